/** Shape of the per-locale tables that detect the three moves (owned with analysis.ts). */
export interface MovesLexicon {
  /** Placeholder until the tables land. */
  readonly placeholder?: true;
}
