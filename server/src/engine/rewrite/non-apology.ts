/**
 * non-apology: remove a stock apology that a specific apology elsewhere in the reply makes redundant
 * (its sentence, or its closing "and …" clause); or replace it with an apology for the specific thing the
 * reply names ("We're sorry for the delay"), in the reply's voice (we / I) and register, admitting no
 * fault the reply does not establish. When the reply names nothing, the offers are removing the apology
 * where the reply acknowledges the problem elsewhere, and a quick fix with a blank.
 */
import type { Fix, Locale, Range } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { capitalise, deleteSentence, fill, joinedRange, keysOf, lowerFirst, matchesAny, opensSentence, patterns, pick, rewriteFix, rewriteTexts, stripLeading, titleFor, type Voice } from './common';
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
  /** The words say the problem happened ("retry your access"): a hedge before them ("you may retry") does not doubt it. */
  presupposed: boolean;
}

const problemCache = new Map<Locale, Problem[]>();

function problems(locale: Locale): Problem[] {
  let p = problemCache.get(locale);
  if (!p) {
    const list = (rewriteTexts(locale)['non-apology'].problems ?? []) as { when: string; thing: unknown; presupposed?: boolean }[];
    p = list.map((x) => ({ re: new RegExp(`(?<![a-z])(?:${x.when})(?![a-z])`), thing: x.thing, presupposed: x.presupposed === true }));
    problemCache.set(locale, p);
  }
  return p;
}

/**
 * The problem the reply names outside the sentence `own` (normalised range), or in it before the
 * apology `at` ("…presentamos un inconveniente sobre nuestro sistema… Lamento mucho los inconvenientes"),
 * as the apology names it. A mention after the apology in its own sentence is left out ("Apologies for the
 * inconvenience, missing parcels can occur" would become "Sorry for the missing item, missing parcels…"),
 * and so is one a hedge comes before ("the shipping time might be delayed": the reply does not establish
 * a delay) unless its words presuppose the problem ("you may retry your access").
 */
function namedProblem(ctx: RuleContext, own: Range, at: Range): unknown {
  const norm = ctx.reply.normalized.norm;
  const hedges = patterns(ctx.locale, 'non-apology', 'hedges');
  for (const p of problems(ctx.locale)) {
    const re = new RegExp(p.re.source, 'g');
    for (const m of norm.matchAll(re)) {
      const from = m.index;
      if (from < own.end && own.start < from + m[0].length && from + m[0].length > at.start) continue;
      const clause = /[^.!?;,\n]*$/.exec(norm.slice(Math.max(0, from - 40), from))![0];
      if (!p.presupposed && hedges.some((h) => h.test(clause))) continue;
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
 * With `acknowledged`, another sentence acknowledging the specific problem ("I can see your parcel is
 * late") is enough, but the reply then has no apology left: a quick fix, never applied by --fix.
 */
function removeRedundant(ctx: RuleContext, match: PhraseMatch, acknowledged = false): Fix | undefined {
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
  // The acknowledgement must state the problem: not a question asking for it ("May we know the specific
  // error you are encountering?").
  const acknowledges = () =>
    an.moves.acknowledge.matches.some((m) => {
      const j = sentenceIndex(an, m.start);
      return j >= 0 && j !== k && !/\?\s*$/.test(norm.slice(m.start, an.sentences[j].end)) && !an.generic.some((g) => overlaps(g, m)) && !an.unfilled(m);
    });
  if (acknowledged ? specific || !acknowledges() : !specific) return undefined;
  // Only the apology (and a lead-in that opens it) goes: never a greeting sharing its sentence ("Hi, we apologize…").
  if (acknowledged && !leadIn && /[\p{L}\p{N}]/u.test(norm.slice(own.start, match.start))) return undefined;
  const r = sourceRange(ctx.reply.normalized, own.start, own.end);
  const edits = deleteSentence(ctx, r.start, r.end);
  if (!edits?.length) return undefined;
  const phrase = ctx.reply.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
  const title = fill(String(rewriteTexts(ctx.locale)['non-apology'][acknowledged ? 'removeAcknowledged' : 'remove']), { phrase });
  return { title, edits, safe: !acknowledged, rewrite: true };
}

/**
 * Removing a stock apology that closes its sentence as the last clause joined by "and" / "y" ("We're
 * sorry about your missing drinks and we apologise for any inconvenience caused." → "We're sorry about
 * your missing drinks.", "…su paciencia y lamentamos las posibles molestias causadas." → "…su
 * paciencia.") when another apology of the reply, in this sentence before the clause or in another one,
 * names what it is for. The first clause stays as written; nothing is guessed or left blank. A quick fix:
 * the first clause may be one the reader would rather end differently.
 */
function removeTrailingClause(ctx: RuleContext, match: PhraseMatch): Fix | undefined {
  const an = ctx.analysis;
  const norm = ctx.reply.normalized.norm;
  const k = sentenceIndex(an, match.start);
  if (k < 0) return undefined;
  const own = an.sentences[k];
  // Only the sentence's closing punctuation may follow the apology.
  if (!/^[\s.!?]*$/.test(norm.slice(match.end, own.end))) return undefined;
  // The table's phrase may hold its own conjunction ("y le ofrecemos nuestras disculpas…").
  const inner = /^(?:and|y|e)[ \t]+/.exec(norm.slice(match.start, match.end))?.[0].length ?? 0;
  const head = norm.slice(own.start, match.start + inner);
  const conj = /,?[ \t]+(?:and|y|e)[ \t]+([^,;:.!?]*)$/.exec(head);
  if (!conj || stripLeading(ctx.locale, 'non-apology', 'clauseLeads', conj[1])) return undefined;
  const cut = own.start + conj.index;
  // The clause left must still say something: three words at least ("Thanks." alone reads curt).
  if (norm.slice(own.start, cut).split(/\s+/).filter((w) => /[a-z\u00c0-\u024f]/.test(w)).length < 3) return undefined;
  const stock = an.deflecting('non-apology');
  const specific = an.apologies.some((ap) => {
    if (ap.start >= cut && ap.start < own.end) return false;
    if (stock.some((m) => overlaps(m, ap))) return false;
    const j = sentenceIndex(an, ap.start);
    if (j < 0) return false;
    return namesSomething(norm, ap, j === k ? { start: own.start, end: cut } : an.sentences[j]);
  });
  if (!specific) return undefined;
  const r = sourceRange(ctx.reply.normalized, cut, match.end);
  const edits = ctx.reply.edit(r.start, r.end, '');
  if (!edits?.length) return undefined;
  const phrase = ctx.reply.text.slice(r.start, r.end).replace(/^[\s,]+/, '').replace(/\s+/g, ' ').trim();
  const title = fill(String(rewriteTexts(ctx.locale)['non-apology'].remove), { phrase });
  return { title, edits, safe: false, rewrite: true };
}

/** The rewrites of a non-apology match, best first (the table's own rewrites follow them). */
export function nonApologyRewrites(ctx: RuleContext, match: PhraseMatch): Fix[] {
  if (match.entry?.target !== undefined) {
    // A table entry with its own rewrite ("if" → "that"): the rebuilt conditional apology goes first.
    const rebuilt = conditionalRewrite(ctx, match);
    return rebuilt ? [rebuilt] : [];
  }
  const removal = removeRedundant(ctx, match) ?? removeTrailingClause(ctx, match);
  if (removal) return [removal];
  const whole = joinedRange(ctx, match);
  if (!whole) return [];
  const text = ctx.reply.text;
  // A phrase that holds its own conjunction ("…molestias, y le ofrecemos nuestras disculpas…") keeps it.
  const conj = /^(?:and|y|e)[ \t]+/i.exec(text.slice(whole.start, whole.end))?.[0].length ?? 0;
  const r = { start: whole.start + conj, end: whole.end };
  const original = text.slice(r.start, r.end);
  // Only a phrase that is the whole clause is rebuilt: "sorry you're dissatisfied with the repair" is not.
  if (!/^[ \t]*(?:[.!?,;:)]|\r?\n|$)/.test(text.slice(r.end))) return [];
  const texts = rewriteTexts(ctx.locale)['non-apology'];
  // The phrase's own subject is the voice to keep ("I'm sorry…" in a reply that mostly says "we").
  const subject = VOICE_SUBJECT[ctx.locale].exec(original)?.[1]?.toLowerCase();
  const keys = { ...keysOf(ctx), ...(subject ? { voice: (WE_SUBJECT.test(subject) ? 'we' : 'i') as Voice } : {}) };
  // "Sorry for any confusion!" has no subject: keep it that way.
  const bare = /^(?:sorry|apologies|perd[oó]n|disculpas)(?![\p{L}])/iu.test(original);
  // "Lamento mucho los inconvenientes" keeps its "mucho": a plain "Siento…" would read colder than the reply.
  const intense = !bare && matchesAny(ctx.locale, 'non-apology', 'intensifiers', original);
  const form = pick(bare ? texts.bare : intense ? texts.intense : texts.apology, keys);
  if (!form) return [];
  const atStart = opensSentence(text, r.start) || /^\p{Lu}/u.test(original);
  const cased = (s: string) => (atStart ? capitalise(s) : lowerFirst(s));
  // "Apologies for the inconvenience, missing parcels can occur…": a clause of its own after the comma
  // (not one the pack's `continues` opens) is a comma splice the rebuilt apology ends with a period.
  // The apology opens its sentence, or only its subject comes before it ("Te pido disculpas…, el…").
  const lead = /[^.!?\n]*$/.exec(text.slice(Math.max(0, r.start - 40), r.start))![0];
  const opening = atStart || (!/[,;:]/.test(lead) && lead.split(/\s+/).filter(Boolean).length <= 2 && !/^\s*$/.test(lead) && /^\s*\p{Lu}/u.test(lead));
  const splice = opening ? /^,[ \t]+(?=\p{L})/u.exec(text.slice(r.end)) : null;
  const tail = splice ? /^[^.!?\n]*/.exec(text.slice(r.end + splice[0].length))![0] : '';
  const spliced = !!splice && tail.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 4 && !matchesAny(ctx.locale, 'non-apology', 'continues', tail.split(/\s+/).slice(0, 2).join(' ').replace(/^(\S+).*$/, '$1'));
  const out: Fix[] = [];
  const add = (thing: string, safe: boolean) => {
    const replacement = cased(fill(form, { thing }));
    const fix = spliced
      ? rewriteFix(ctx, r.start, r.end + splice![0].length + 1, `${replacement}. ${capitalise(text[r.end + splice![0].length])}`, titleFor(ctx.locale, replacement), safe)
      : rewriteFix(ctx, r.start, r.end, replacement, titleFor(ctx.locale, replacement), safe);
    if (fix) out.push(fix);
  };
  // "Sorry if this isn't the answer you hoped for" regrets the answer, not a problem: name nothing.
  const aboutAnswer = /answer|news|response|hoping|respuesta|noticia|esperab/i.test(original);
  const k = sentenceIndex(ctx.analysis, match.start);
  const own = k >= 0 ? ctx.analysis.sentences[k] : { start: match.start, end: match.end };
  const thing = aboutAnswer ? undefined : pick(namedProblem(ctx, own, match), keys);
  // A guess from the reply's words, not a proof: offered, never applied by --fix.
  if (thing) add(thing, false);
  // Where nothing is named, every rewrite above would leave a blank: dropping the stock apology is the
  // one the agent can send as it is, when the reply acknowledges the problem elsewhere.
  const dropped = thing ? undefined : removeRedundant(ctx, match, true);
  if (dropped) out.push(dropped);
  const blank = pick(texts.blank, keys);
  if (blank) add(blank, false);
  return out;
}
