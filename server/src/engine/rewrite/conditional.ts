/**
 * Conditional apologies, rebuilt (English): "Sorry if this caused you any concern" → "Sorry this caused
 * you concern"; "We apologize if the delay has caused you any concern" → "We apologize that the delay
 * caused you concern"; "We're sorry if you feel the product didn't meet your expectations" → "We're
 * sorry the product didn't meet your expectations". The table's own rewrite only swaps "if" for "that"
 * and keeps the hedges ("that the delay has caused you any concern", "that you feel…"), which readers
 * rated needs-edit. A quick fix, never applied by --fix: it states what the apology only supposed.
 */
import type { Fix } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { joinedRange, rewriteFix, titleFor } from './common';

/**
 * The apology before "if": a "sorry" (then no "that"), an "apologise" (then "that") or a noun
 * "apologies" (group 2: "my" / "our" or nothing), which becomes a "sorry" in the same voice ("Apologies
 * if our reply came across as unhelpful" → "Sorry our reply came across as unhelpful": "Apologies that…"
 * is not English).
 */
const HEAD = /^((?:(?:we|i)(?:'re|'m| are| am) (?:so |very |truly |really )?)?sorry|(?:(?:we|i) (?:do |sincerely |truly )?)?apologi[sz]e|(?:(my|our) )?apologies) if /i;
/** The "sorry" a noun "apologies" becomes, by the word before it. */
const SORRY_FOR: Record<string, string> = { '': 'sorry', my: "I'm sorry", our: "we're sorry" };
/** "you feel (that)" before a clause of its own; "you feel that way" names nothing and is left alone. */
const YOU_FEEL = /^you (?:feel|felt|think|thought)(?: that)? (?!(?:that|this) way|like that|upset|so\b|let down)/i;
/** Hedged perfects: "may have caused" → "caused", "has caused" → "caused". */
const HEDGED = /\b(?:(?:may|might|could) have|has|have) (\w+ed)\b/i;

/** The rebuilt conditional apology of a match, when its sentence can be rebuilt. */
export function conditionalRewrite(ctx: RuleContext, match: PhraseMatch): Fix | undefined {
  if (ctx.locale !== 'en') return undefined;
  const r = joinedRange(ctx, match);
  if (!r) return undefined;
  const text = ctx.reply.text;
  // The clause runs to the end of its sentence (or a comma, colon or semicolon after it).
  const rest = /^[^.!?;:,\n]*/.exec(text.slice(r.start))![0];
  const head = HEAD.exec(rest);
  if (!head) return undefined;
  let clause = rest.slice(head[0].length);
  if (/^you (?:feel|felt|think|thought)\b/i.test(clause)) {
    if (!YOU_FEEL.test(clause)) return undefined;
    clause = clause.replace(/^you (?:feel|felt|think|thought)(?: that)? /i, '');
  }
  // The clause needs a verb of its own after the subject, else there is nothing to state.
  if (!/\b(?:\w+ed|is|was|were|has|have|did(?:n't| not)?|does(?:n't| not)?|came|come|went|made|sent|took|left|got|seemed|sounded|felt)\b/i.test(clause)) return undefined;
  clause = clause.replace(HEDGED, '$1').replace(/\bany (?=\w)/i, '').trimEnd();
  let apology = head[1];
  let start = r.start;
  if (/apologies$/i.test(apology)) {
    // "My apologies if…": the table's phrase may begin at "apologies"; its owner goes with it.
    const owner = head[2] ? undefined : /(?<![\p{L}'])(my|our)[ \t]+$/iu.exec(text.slice(Math.max(0, r.start - 8), r.start));
    if (owner) start = r.start - owner[0].length;
    const first = owner ? owner[1] : apology;
    const sorry = SORRY_FOR[(owner?.[1] ?? head[2] ?? '').toLowerCase()];
    apology = /^\p{Lu}/u.test(first) ? sorry[0].toUpperCase() + sorry.slice(1) : sorry;
  }
  const joined = /apologi[sz]e$/i.test(apology) ? `${apology} that ${clause}` : `${apology} ${clause}`;
  const end = r.start + head[0].length + rest.slice(head[0].length).trimEnd().length;
  return rewriteFix(ctx, start, end, joined, titleFor(ctx.locale, joined), false);
}
