/** Types of eval/fixes/aggregate.mjs (the rating aggregation of `npm run eval:fixes`). */
export type Rating = 'sendable' | 'needs-edit' | 'wrong';
export interface RewriteItem {
  key: string;
  lang: string;
  set: string;
  finding: string;
  safe: boolean;
  /** The rewritten sentence (a blank in it, "[describe…]", makes it never sendable as it is). */
  after?: string;
}
export interface FigureRow {
  lang: string;
  set: string;
  safe: { items: number; rated: number; sendable: number; wrong: number; sendableShare?: number };
  alternatives: { findings: number; ratedFindings: number; withSendable: number; items: number; rated: number; wrong: number; blankOnly: number; findingsWithSendableShare?: number; withoutBlanksShare?: number; wrongShare?: number };
  unrated: number;
}
export const RATINGS: Rating[];
export function verdict(a: unknown, b: unknown): Rating | undefined;
export function aggregate(items: readonly RewriteItem[], ratingsA?: Record<string, unknown>, ratingsB?: Record<string, unknown>): FigureRow[];
export function formatFigures(rows: readonly FigureRow[]): string;
