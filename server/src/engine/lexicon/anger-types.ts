/**
 * Shape of the per-locale tables used by the `anger-type` checks (`locales/<locale>/anger.yaml`). Every
 * entry is a regular-expression source over normalised text (lower case, no accents, straight quotes, single spaces, placeholders as
 * U+E000); the rule compiles each list once per locale with word boundaries.
 */
export interface AngerLexicon {
  /** `during`: the agent makes the customer feel unheard ("as I said", "como ya le dije"). */
  readonly repeatYourself: readonly string[];
  /** `after`: the reply owns the earlier failure ("we didn't follow up as promised"). */
  readonly ownFailure: readonly string[];
  /** `after`: a concrete follow-up time ("by Friday", "within 24 hours", "mañana antes de las 12"). */
  readonly followUpTime: readonly string[];
  /** `before`: acknowledgements that name no problem ("I understand your frustration"). */
  readonly genericAcknowledge: readonly string[];
  /** `before`: words that restate what went wrong (the order, the charge, "hasn't arrived"). */
  readonly specificProblem: readonly string[];
}
