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

/** The apology before "if": a "sorry" (then no "that") or an "apologise" (then "that"). */
const HEAD = /^((?:(?:we|i)(?:'re|'m| are| am) (?:so |very |truly |really )?)?sorry|(?:(?:we|i) (?:do |sincerely |truly )?)?apologi[sz]e) if /i;
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
  const apology = head[1];
  const joined = /apologi[sz]e$/i.test(apology) ? `${apology} that ${clause}` : `${apology} ${clause}`;
  const end = r.start + head[0].length + rest.slice(head[0].length).trimEnd().length;
  return rewriteFix(ctx, r.start, end, joined, titleFor(ctx.locale, joined), false);
}
