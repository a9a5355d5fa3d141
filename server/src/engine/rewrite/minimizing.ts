/**
 * minimizing: the tables' rewrites remove the minimiser ("just a small delay" → "a delay") or replace
 * the clause ("this delay shouldn't have happened"). Neither is proven: removing the minimiser changes
 * the tone of a sentence the author meant, so both are quick fixes, never applied by --fix. A removal
 * that leaves a clause of a few words ("It was a wait", "Es un detalle") reads curt, so it is not
 * offered at all.
 */
import type { Fix } from '../types';
import type { RuleContext } from '../rule';
import { rewriteTexts } from './common';

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Words of the clause around file offsets [start, end) of `text` (between , ; : . ! ? and line breaks). */
function clauseWords(text: string, start: number, end: number): number {
  let s = start;
  while (s > 0 && !/[,;:.!?¡¿\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[,;:.!?\n]/.test(text[e])) e++;
  return words(text.slice(s, e));
}

/** The minimizing rewrites worth offering, all as quick fixes. */
export function minimizingRewrites(ctx: RuleContext, fixes: readonly Fix[]): Fix[] {
  const limit = Number(rewriteTexts(ctx.locale).minimizing.curtWords ?? 3);
  const doc = ctx.document.text;
  return fixes.flatMap((f) => {
    if (!f.edits.length) return [];
    const e = f.edits[0];
    // The clause after the fix, read in the text with the first edit applied.
    const after = doc.slice(0, e.start) + e.text + doc.slice(e.end);
    const n = clauseWords(after, e.start, e.start + e.text.length);
    return n <= limit ? [] : [{ ...f, safe: false }];
  });
}
