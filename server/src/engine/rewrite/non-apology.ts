/**
 * non-apology: remove a stock apology that a specific apology elsewhere in the reply makes redundant;
 * or replace it with an apology for the specific thing the reply names ("We're sorry for the delay"),
 * in the reply's voice (we / I) and register, admitting no fault the reply does not establish. When the
 * reply names nothing, the only offer is a quick fix with a blank.
 */
import type { Fix, Locale, Range } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { capitalise, deleteSentence, fill, joinedRange, keysOf, lowerFirst, opensSentence, patterns, pick, rewriteFix, rewriteTexts, stripLeading, titleFor, type Voice } from './common';
import { bareSentence, namesSomething } from './merge-apologies';
import { sentenceIndex } from '../analysis';
import { sourceRange } from '../text';
import { conditionalRewrite } from './conditional';

// The first word of the phrase that says who apologises ("please accept MY apologies", "le PEDIMOS disculpas").
const VOICE_SUBJECT: Record<Locale, RegExp> = {
  en: /(?<![\p{L}'])(we|our|us|i|my|me)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(sentimos|lamentamos|pedimos|nuestras?|siento|lamento|pido|mis?)(?![\p{L}])/iu,
};
const WE_SUBJECT = /^(?:we|our|us|sentimos|lamentamos|pedimos|nuestras?)$/i;

interface Problem {
  re: RegExp;
  thing: unknown;
}

const problemCache = new Map<Locale, Problem[]>();

function problems(locale: Locale): Problem[] {
  let p = problemCache.get(locale);
  if (!p) {
    const list = (rewriteTexts(locale)['non-apology'].problems ?? []) as { when: string; thing: unknown }[];
    p = list.map((x) => ({ re: new RegExp(`(?<![a-z])(?:${x.when})(?![a-z])`), thing: x.thing }));
    problemCache.set(locale, p);
  }
  return p;
}

/**
 * The problem the reply names outside the sentence `own` (normalised range), as the apology names it.
 * A mention in the apology's own sentence is left out ("Apologies for the inconvenience, missing parcels
 * can occur" would become "Sorry for the missing item, missing parcels…"), and so is one a hedge comes
 * before ("the shipping time might be delayed": the reply does not establish a delay).
 */
function namedProblem(ctx: RuleContext, own: Range): unknown {
  const norm = ctx.reply.normalized.norm;
  const hedges = patterns(ctx.locale, 'non-apology', 'hedges');
  for (const p of problems(ctx.locale)) {
    const re = new RegExp(p.re.source, 'g');
    for (const m of norm.matchAll(re)) {
      const at = m.index;
      if (at < own.end && own.start < at + m[0].length) continue;
      const clause = /[^.!?;,\n]*$/.exec(norm.slice(Math.max(0, at - 40), at))![0];
      if (hedges.some((h) => h.test(clause))) continue;
      return p.thing;
    }
  }
  return undefined;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Removing the sentence of a stock apology ("We apologize for the inconvenience.") when another
 * sentence of the reply apologises for what went wrong ("We sincerely regret that you haven't received
 * your package"): the reply keeps its own specific apology, and nothing is guessed or left blank.
 */
function removeRedundant(ctx: RuleContext, match: PhraseMatch): Fix | undefined {
  const an = ctx.analysis;
  const norm = ctx.reply.normalized.norm;
  const k = sentenceIndex(an, match.start);
  if (k < 0) return undefined;
  const own = an.sentences[k];
  // "In the meantime, please accept my apologies for any inconvenience caused.": the lead-in goes with it.
  const leadIn = !stripLeading(ctx.locale, 'non-apology', 'leadIns', norm.slice(own.start, match.start));
  if (!bareSentence(norm, { start: leadIn ? own.start : match.start, end: match.end }, own)) return undefined;
  const stock = an.deflecting('non-apology');
  const specific = an.apologies.some((ap) => {
    const j = sentenceIndex(an, ap.start);
    return j >= 0 && j !== k && !stock.some((m) => overlaps(m, ap)) && namesSomething(norm, ap, an.sentences[j]);
  });
  if (!specific) return undefined;
  const r = sourceRange(ctx.reply.normalized, own.start, own.end);
  const edits = deleteSentence(ctx, r.start, r.end);
  if (!edits?.length) return undefined;
  const phrase = ctx.reply.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
  const title = fill(String(rewriteTexts(ctx.locale)['non-apology'].remove), { phrase });
  return { title, edits, safe: true, rewrite: true };
}

/** The rewrites of a non-apology match, best first (the table's own rewrites follow them). */
export function nonApologyRewrites(ctx: RuleContext, match: PhraseMatch): Fix[] {
  if (match.entry?.target !== undefined) {
    // A table entry with its own rewrite ("if" → "that"): the rebuilt conditional apology goes first.
    const rebuilt = conditionalRewrite(ctx, match);
    return rebuilt ? [rebuilt] : [];
  }
  const removal = removeRedundant(ctx, match);
  if (removal) return [removal];
  const r = joinedRange(ctx, match);
  if (!r) return [];
  const text = ctx.reply.text;
  const original = text.slice(r.start, r.end);
  // Only a phrase that is the whole clause is rebuilt: "sorry you're dissatisfied with the repair" is not.
  if (!/^[ \t]*(?:[.!?,;:)]|\r?\n|$)/.test(text.slice(r.end))) return [];
  const texts = rewriteTexts(ctx.locale)['non-apology'];
  // The phrase's own subject is the voice to keep ("I'm sorry…" in a reply that mostly says "we").
  const subject = VOICE_SUBJECT[ctx.locale].exec(original)?.[1]?.toLowerCase();
  const keys = { ...keysOf(ctx), ...(subject ? { voice: (WE_SUBJECT.test(subject) ? 'we' : 'i') as Voice } : {}) };
  // "Sorry for any confusion!" has no subject: keep it that way.
  const bare = /^(?:sorry|apologies|perd[oó]n|disculpas)(?![\p{L}])/iu.test(original);
  const form = pick(bare ? texts.bare : texts.apology, keys);
  if (!form) return [];
  const atStart = opensSentence(text, r.start) || /^\p{Lu}/u.test(original);
  const cased = (s: string) => (atStart ? capitalise(s) : lowerFirst(s));
  const out: Fix[] = [];
  const add = (thing: string, safe: boolean) => {
    const replacement = cased(fill(form, { thing }));
    const fix = rewriteFix(ctx, r.start, r.end, replacement, titleFor(ctx.locale, replacement), safe);
    if (fix) out.push(fix);
  };
  // "Sorry if this isn't the answer you hoped for" regrets the answer, not a problem: name nothing.
  const aboutAnswer = /answer|news|response|hoping|respuesta|noticia|esperab/i.test(original);
  const k = sentenceIndex(ctx.analysis, match.start);
  const own = k >= 0 ? ctx.analysis.sentences[k] : { start: match.start, end: match.end };
  const thing = aboutAnswer ? undefined : pick(namedProblem(ctx, own), keys);
  // A guess from the reply's words, not a proof: offered, never applied by --fix.
  if (thing) add(thing, false);
  const blank = pick(texts.blank, keys);
  if (blank) add(blank, false);
  return out;
}
