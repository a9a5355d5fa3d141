/**
 * minimizing: where the minimiser opens its sentence and shrinks a problem ("It's just a small delay
 * with the warehouse", "Solo es un pequeño retraso del almacén"), the best offer apologises for that
 * problem instead, in the reply's voice ("We're sorry for the delay with the warehouse", "Sentimos el
 * retraso del almacén"). The tables' rewrites follow: removing the minimiser ("just a small delay" →
 * "a delay") or replacing the clause ("this delay shouldn't have happened"). None is proven: each
 * changes the tone of a sentence the author meant, so all are quick fixes, never applied by --fix. A
 * removal that leaves a clause of a few words ("It was a wait") or one that only states "it is a X"
 * ("Le informamos que es un retraso") reads curt, so it is not offered at all. Where the minimiser is
 * a short clause of its own joined to one the team says ("It's not really a big deal, but I've added a
 * £2 credit"), that clause can go with its joiner: "I've added a £2 credit".
 */
import type { Fix } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { VOICE, capitalise, fill, fold, joinedRange, keysOf, opensSentence, patterns, pick, rewriteFix, rewriteTexts, titleFor } from './common';

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

/** True when `word` is a first-person form of the locale (either voice). */
function firstPerson(locale: RuleContext['locale'], word: string): boolean {
  return Object.values(VOICE[locale]).some((re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(word));
}

/**
 * "It's not really a big deal, but I've added a £2 credit to your account." → "I've added a £2 credit to
 * your account.": only when the minimiser sits in the short first clause of its sentence (no fact in it:
 * no number, placeholder or bracket) and the clause after the joiner speaks as the team ("I", "we"),
 * so what is left is neither blame ("…, and the reminder did ask you to confirm") nor curt.
 */
function dropClause(ctx: RuleContext, match: PhraseMatch): Fix | undefined {
  const r = joinedRange(ctx, match);
  if (!r) return undefined;
  const text = ctx.reply.text;
  let s = r.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  while (s < r.start && /\s/.test(text[s])) s++;
  if (!opensSentence(text, s) || /[,;:]/.test(text.slice(s, r.start))) return undefined;
  let c = r.end;
  while (c < text.length && !/[,;.!?\n]/.test(text[c])) c++;
  if (!/[,;]/.test(text[c] ?? '')) return undefined;
  const clause = text.slice(s, c);
  if (words(clause) > 7 || /[\d{}[\]<>%]/.test(clause)) return undefined;
  const after = fold(text.slice(c + 1, c + 41));
  const joiner = patterns(ctx.locale, 'minimizing', 'joiners')
    .map((re) => new RegExp(`^[ \t]+${re.source}[ \t]+`).exec(after))
    .find(Boolean);
  if (!joiner || fold(text.slice(c + 1, c + 1 + joiner[0].length)) !== joiner[0]) return undefined;
  const restStart = c + 1 + joiner[0].length;
  let e = restStart;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  const rest = text.slice(restStart, e);
  const first = /^[\p{L}']+/u.exec(rest)?.[0] ?? '';
  // The verb may come after a pronoun or "ya" ("pero ya te hemos devuelto…", "but now we've…").
  const verb = /^(?:(?:te|le|les|os|se|lo|la|los|las|ya|ahora|also|now|already) ){0,2}([\p{L}']+)/u.exec(fold(rest))?.[1] ?? '';
  if (!(firstPerson(ctx.locale, first) || firstPerson(ctx.locale, verb)) || words(rest) < Number(rewriteTexts(ctx.locale).minimizing.curtWords ?? 4)) return undefined;
  const lead = capitalise(first);
  return rewriteFix(ctx, s, restStart + first.length, lead, titleFor(ctx.locale, capitalise(rest) + (text[e] && text[e] !== '\n' ? text[e] : '')), false);
}

/** The minimizing rewrites worth offering, best first, all as quick fixes. */
export function minimizingRewrites(ctx: RuleContext, match: PhraseMatch, fixes: readonly Fix[]): Fix[] {
  const texts = rewriteTexts(ctx.locale).minimizing;
  const limit = Number(texts.curtWords ?? 3);
  const curt = texts.curtClause ? new RegExp(`(?<![a-z])${String(texts.curtClause)}(?![a-z])`) : undefined;
  const doc = ctx.document.text;
  const apology = apologyFor(ctx, match);
  const dropped = dropClause(ctx, match);
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
  return [...(apology ? [apology] : []), ...(dropped ? [dropped] : []), ...kept];
}
