/**
 * minimizing: where the minimiser opens its sentence and shrinks a problem ("It's just a small delay
 * with the warehouse", "Solo es un pequeño retraso del almacén"), the best offer apologises for that
 * problem instead, in the reply's voice ("We're sorry for the delay with the warehouse", "Sentimos el
 * retraso del almacén"). The tables' rewrites follow: removing the minimiser ("just a small delay" →
 * "a delay") or replacing the clause ("this delay shouldn't have happened"). None is proven: each
 * changes the tone of a sentence the author meant, so all are quick fixes, never applied by --fix. A
 * removal that leaves a clause of a few words ("It was a wait") or one that only states "it is a X"
 * ("Le informamos que es un retraso") reads curt, so it is not offered at all.
 */
import type { Fix } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { fill, fold, joinedRange, keysOf, opensSentence, pick, rewriteFix, rewriteTexts, titleFor } from './common';

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** The clause around file offsets [start, end) of `text` (between , ; : . ! ? and line breaks). */
function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[,;:.!?¡¿\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[,;:.!?\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/** Lower case, no accents: same length as `text`, so offsets carry over. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * "It's just a small delay with the warehouse." → "We're sorry for the delay with the warehouse.": only
 * when the minimiser opens the sentence and what follows the problem is a complement of it (no clause
 * joined by a comma or "and": "It was only a short wait, and the reminder did ask you…" keeps its blame).
 */
function apologyFor(ctx: RuleContext, match: PhraseMatch): Fix | undefined {
  const r = joinedRange(ctx, match);
  if (!r) return undefined;
  const text = ctx.reply.text;
  if (!opensSentence(text, r.start)) return undefined;
  const texts = rewriteTexts(ctx.locale).minimizing;
  const nouns = String(texts.nouns ?? '');
  const form = pick(texts.apology, keysOf(ctx));
  if (!nouns || !form) return undefined;
  const phrase = plain(text.slice(r.start, r.end));
  if (phrase.length !== r.end - r.start) return undefined;
  const m = new RegExp(`(?<![a-z])(?:(un|una|a|an) (?:[a-z]+ )?)?(${nouns})(?![a-z])`).exec(phrase);
  // The problem must end the phrase ("just a small delay"), not sit inside it ("only affected a few orders").
  if (!m || m.index + m[0].length !== phrase.length) return undefined;
  const rest = text.slice(r.end);
  if (!/^(?:[ \t]+(?:with|in|on|at|of|for|from|del?|en|con|al?)[ \t][^,;:.!?\n]*)?[ \t]*(?=[.!?]|\n|$)/u.test(rest)) return undefined;
  const noun = text.slice(r.end - m[2].length, r.end);
  // Spanish article: "un retraso" → "el retraso", "una demora" → "la demora".
  const article = m[1] === 'una' || (!m[1] && /(?:a|ion)$/.test(m[2])) ? 'la' : 'el';
  const replacement = fill(form, { noun, the: article });
  return rewriteFix(ctx, r.start, r.end, replacement, titleFor(ctx.locale, replacement), false);
}

/** The minimizing rewrites worth offering, best first, all as quick fixes. */
export function minimizingRewrites(ctx: RuleContext, match: PhraseMatch, fixes: readonly Fix[]): Fix[] {
  const texts = rewriteTexts(ctx.locale).minimizing;
  const limit = Number(texts.curtWords ?? 3);
  const curt = texts.curtClause ? new RegExp(`(?<![a-z])${String(texts.curtClause)}(?![a-z])`) : undefined;
  const doc = ctx.document.text;
  const apology = apologyFor(ctx, match);
  const kept = fixes.flatMap((f) => {
    if (!f.edits.length) return [];
    const e = f.edits[0];
    // The clause after the fix, read in the text with the first edit applied.
    // Only the edit's lines: a clause never crosses a line break (a whole-file copy per fix was quadratic on a library).
    const lo = e.start > 0 ? doc.lastIndexOf('\n', e.start - 1) + 1 : 0;
    const nl = doc.indexOf('\n', e.end);
    const after = doc.slice(lo, e.start) + e.text + doc.slice(e.end, nl < 0 ? doc.length : nl);
    const clause = clauseAround(after, e.start - lo, e.start - lo + e.text.length);
    if (words(clause) <= limit) return [];
    // A removal ("es solo un pequeño retraso" → "es un retraso") is curt however long its clause.
    if (curt?.test(fold(e.text))) return [];
    return [{ ...f, safe: false }];
  });
  return [...(apology ? [apology] : []), ...kept];
}
