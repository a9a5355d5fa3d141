/** Shape of the per-locale tables used by the anger-type checks. */
export interface AngerLexicon {
  /** Placeholder until the tables land. */
  readonly placeholder?: true;
}
