/**
 * apology-but: end the apology where the "but" took it back, and state what follows as a sentence of its
 * own ("Sorry for the delay. The warehouse sent…"), instead of swapping the conjunction and keeping the
 * excuse attached. One rewrite only: a semicolon variant reads stiff, and a lead-in such as "Here is
 * what happened:" reads wrong before a policy line or a disclaimer. Ending the apology proves nothing
 * when what follows is still the excuse (the pack's `apology-but.excuses`: "…. You need to work with
 * us", "…. This is an issue with your device", "…. I'm exhausted") or when the apology itself is
 * conditional ("apologies if…"): then the split is a quick fix, never applied by --fix. When what
 * follows is only a reproach for the past ("…, but you should have saved the document"), ending the
 * apology without it is offered first (a quick fix: it drops words the author wrote).
 */
import type { Fix, Locale } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { capitalise, joinedRange, matchesAny, preview, rewriteFix, titleFor } from './common';

/** An apology verb still waiting for its object at the end of the text before the "but". */
const OPEN_VERB: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])(?:regret|we regret|i regret)$/iu,
  es: /(?<![\p{L}])(?<!lo )(?:lamentamos|sentimos|lamento|siento|lamenta|siente)$/iu,
};

/** The rewrite of an apology-but match (none when the sentence cannot be split cleanly). */
export function apologyButRewrites(ctx: RuleContext, match: PhraseMatch): Fix[] {
  const target = match.entry?.target;
  const t = target === undefined ? undefined : joinedRange(ctx, match, target);
  if (!t) return [];
  const text = ctx.reply.text;
  // The separator before "but" (", " or " ") and the space after the conjunction and its comma.
  const sep = /[,;]?[ \t]*$/.exec(text.slice(Math.max(0, t.start - 4), t.start))![0];
  const after = /^,?[ \t]*/.exec(text.slice(t.end))![0];
  const nextAt = t.end + after.length;
  const next = text.slice(nextAt);
  if (!/^\p{L}/u.test(next)) return [];
  // The apology's own words: back to the sentence before (a "However," opening the next one) or its start.
  const parts = text.slice(Math.max(0, t.start - 200), t.start).split(/(?<=[.!?])[ \t]+|\n/).filter((p) => /\p{L}/u.test(p));
  const head = parts[parts.length - 1] ?? '';
  const proven = !matchesAny(ctx.locale, 'apology-but', 'excuses', next.slice(0, 120)) && !matchesAny(ctx.locale, 'apology-but', 'conditional', `${head} `);
  const out: Fix[] = [];
  const add = (start: number, replacement: string, safe: boolean) => {
    const fix = rewriteFix(ctx, start, nextAt + 1, replacement, titleFor(ctx.locale, preview(text, start, nextAt + 1, replacement)), safe);
    if (fix && !out.some((f) => f.title === fix.title)) out.push(fix);
  };
  const startsSentence = /[.!?]["')\]]?[ \t]*$/.test(text.slice(0, t.start));
  if (startsSentence) {
    // "We're sorry. However, the…" → "We're sorry. The…"
    add(t.start, capitalise(next[0]), proven);
    return out;
  }
  const s = t.start - sep.length;
  // "Lamentamos, no obstante, el malestar…": the apology's object comes after the "but"; ending the
  // apology there would leave "Lamentamos." with nothing to regret.
  if (OPEN_VERB[ctx.locale].test(text.slice(Math.max(0, s - 40), s))) return [];
  // "I'm sorry you lost your changes, but you should have saved the document." → "I'm sorry you lost your
  // changes.": a reproach for the past (the pack's `apology-but.reproaches`) that runs to the end of the
  // sentence goes with its "but"; the apology keeps every word of its own. Best first, a quick fix.
  const clause = /^[^.!?;:,\n]*(?=[.!?]|\n|$)/.exec(next)?.[0];
  if (clause && matchesAny(ctx.locale, 'apology-but', 'reproaches', clause)) {
    const end = nextAt + clause.trimEnd().length;
    const fix = rewriteFix(ctx, s, end, '', titleFor(ctx.locale, preview(text, s, end, '')), false);
    if (fix) out.push(fix);
  }
  add(s, `. ${capitalise(next[0])}`, proven);
  return out;
}
