/** Shape of the per-locale tables of deflecting phrases and their rewrites. */
export interface DeflectingLexicon {
  /** Placeholder until the tables land. */
  readonly placeholder?: true;
}
