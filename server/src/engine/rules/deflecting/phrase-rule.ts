/**
 * The one implementation behind every `deflecting/*` rule: report the phrases of a category that the
 * tables match (see match/deflecting.ts) and the sentences the trained model finds, and offer each
 * table entry's rewrites as fixes.
 */
import type { Rule, RuleContext, RuleExample } from '../../rule';
import type { Fix, Locale, Range } from '../../types';
import type { DeflectingCategory, DeflectingRewrite } from '../../lexicon/deflecting-types';
import { MODEL_THRESHOLD, cueWords, type SentenceDetection } from '../../analysis';
import type { PhraseMatch } from '../../match/deflecting';
import { PLACEHOLDER_RE, matchCase, sourceRange, type ReplyText } from '../../text';
import { rewritesFor } from '../../rewrite';

const FIX_TITLES: Record<Locale, { replace: string; remove: string }> = {
  en: { replace: 'Rewrite as "{text}"', remove: 'Remove "{phrase}"' },
  es: { replace: 'Cambiar por «{text}»', remove: 'Quitar «{phrase}»' },
};

function fill(tpl: string, data: Record<string, string>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);
}

function isLetter(ch: string | undefined): boolean {
  return !!ch && /\p{L}/u.test(ch);
}

/** True when joined index `s` starts a sentence (start of span, after . ! ? or a line break / list bullet). */
function atSentenceStart(text: string, s: number, spanStart: number): boolean {
  if (s <= spanStart) return true;
  const from = Math.max(spanStart, s - 200);
  const before = text.slice(from, s);
  if (from === spanStart && /^[ \t]*$/.test(before)) return true;
  return /(?:[.!?]["')\]]?[ \t\u00A0]+|\n[ \t]*(?:[-*+>][ \t]+|\d+[.)][ \t]+)?)$/.test(before);
}

/** A template that is a clause of its own ("I understand how frustrating this is", "this $2 shouldn't have happened"). */
function isClause(tpl: string): boolean {
  const words = tpl.replace(/\$\d/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 3 && !/(?<![\p{L}])(?:to|of|que|de|con|a)$/iu.test(tpl.trim());
}

/**
 * True when joined [s, e) is a whole clause: it opens a sentence and ends the sentence, or ends at a
 * comma followed by a clause of its own (three words or more). A clause template written over less
 * leaves "I would ask you to I understand how frustrating this is…" or "…, por favor." hanging.
 */
function wholeClause(text: string, s: number, e: number, spanStart: number, spanEnd: number): boolean {
  if (!atSentenceStart(text, s, spanStart)) return false;
  const rest = /^[^.!?\n]*/.exec(text.slice(e, spanEnd))![0];
  if (/^[ \t]*$/.test(rest)) return true;
  const clause = /^[ \t]*[,;:][ \t]*(.*)$/.exec(rest)?.[1];
  return clause !== undefined && clause.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
}

/** A connective that joined a deleted opening clause to the rest of its sentence. */
const CONNECTIVE: Record<Locale, RegExp> = {
  en: /^(?:and so|so|therefore)[ \t]+/i,
  es: /^(?:así que|por lo que|por eso|por tanto)[ \t,]+/i,
};

const EN_I = /(^|[^\p{L}])i(?=(?:'|\u2019)(?:m|ll|ve|d)\b|\s|$)/gu;

/** Builds the fix of one rewrite for a lexicon match; undefined when it cannot be applied cleanly. */
function buildFix(ctx: RuleContext, match: PhraseMatch, rewrite: DeflectingRewrite, titleLocale: Locale): Fix | undefined {
  const reply: ReplyText = ctx.reply;
  const nt = reply.normalized;
  const m = match.exec!;
  const base = match.group!;
  const target = match.entry!.target ?? 0;
  const ind = m.indices?.[base + target];
  if (!ind) return undefined;
  const src = sourceRange(nt, ind[0], ind[1]);
  let s = src.start;
  let e = src.end;
  const text = reply.text;
  const original = text.slice(s, e);
  const tpl = typeof rewrite.text === 'string' ? rewrite.text : ctx.register === 'usted' ? rewrite.text.usted : rewrite.text.tu;
  const k = reply.spanAt(s);
  const spanStart = reply.spanStart(k);
  const spanEnd = spanStart + reply.spans[k].text.length;
  if (e > spanEnd) return undefined;
  let replacement: string;
  if (tpl === '') {
    replacement = '';
    // Deletion: take the punctuation and space the phrase leaves behind with it.
    const prevComma = /,[ \t]*$/.exec(text.slice(spanStart, s));
    const after = text.slice(e, spanEnd);
    if (prevComma && /^[ \t]*[.!?;:]/.test(after)) {
      s -= prevComma[0].length;
    } else if (prevComma && /^,/.test(after)) {
      // "Hi {{name}}, per our policy, refunds…": the comma after a name addressed stays with the name.
      const addressed = new RegExp(`(?:${PLACEHOLDER_RE.source})$`).test(text.slice(spanStart, s - prevComma[0].length));
      if (addressed) e += /^,[ \t]*/.exec(after)![0].length;
      else {
        s -= prevComma[0].length;
        e += 1;
      }
    } else if (/^[ \t]*(?:[.!?;:,)]|\r?\n|$)/.test(after) && !atSentenceStart(text, s, spanStart)) {
      // Deleting the end of a clause: drop the space before it instead.
      const sp = /[ \t]+$/.exec(text.slice(spanStart, s));
      if (sp) s -= sp[0].length;
    } else {
      const trail = /^,?[ \t]*/.exec(after)![0];
      e += trail.length;
      if (atSentenceStart(text, s, spanStart)) {
        // "We've covered this already, so the limit…": the connective goes with the clause it joined.
        const conn = trail.includes(',') ? CONNECTIVE[ctx.locale].exec(text.slice(e, spanEnd)) : null;
        if (conn) e += conn[0].length;
        const rest = text.slice(e, spanEnd);
        const punct = /^[.!?]+[ \t]*/.exec(rest);
        if (punct) {
          e += punct[0].length;
        } else if (isLetter(rest[0]) && rest[0] !== rest[0].toUpperCase()) {
          replacement = rest[0].toUpperCase();
          e += 1;
        }
      }
    }
  } else {
    if (isClause(tpl) && !wholeClause(text, s, e, spanStart, spanEnd)) return undefined;
    let cased = tpl;
    if (!/^\s*\$\d/.test(tpl)) {
      cased = matchCase(original, tpl);
      if (!/^\p{L}/u.test(original) || original[0] === original[0].toLowerCase()) {
        // Lower-case original mid-sentence: still capitalise at a sentence start.
        if (atSentenceStart(text, s, spanStart)) cased = matchCase('A', cased);
      }
      if (ctx.locale === 'en' && cased !== cased.toUpperCase()) cased = cased.replace(EN_I, (_x, p: string) => `${p}I`);
    }
    replacement = cased.replace(/\$(\d)/g, (_x, d: string) => {
      const gi = m.indices?.[base + Number(d)];
      if (!gi) return '';
      const r = sourceRange(nt, gi[0], gi[1]);
      return text.slice(r.start, r.end);
    });
    if (/^\s*\$\d/.test(tpl)) {
      // The template opens with original text: give it the case the phrase had at its start.
      const first = original.match(/\p{L}/u)?.[0];
      const upper = (first && first !== first.toLowerCase() && first === first.toUpperCase()) || atSentenceStart(text, s, spanStart);
      if (upper) replacement = matchCase('A', replacement);
    }
  }
  if (s === e && replacement === '') return undefined;
  const edits = reply.edit(s, e, replacement);
  if (!edits?.length) return undefined;
  const phrase = original.trim();
  const title =
    tpl === ''
      ? fill(FIX_TITLES[titleLocale].remove, { phrase })
      : fill(FIX_TITLES[titleLocale].replace, { text: replacement.trim() || phrase });
  return { title, edits, safe: rewrite.safe !== false, rewrite: true };
}

/** Metadata a phrase rule supplies; the rest of `RuleMeta` is filled in by `phraseRule`. */
export interface PhraseRuleSpec {
  category: DeflectingCategory;
  description: Record<Locale, string>;
  rationale: Record<Locale, string>;
  example: Record<Locale, RuleExample>;
  /** Message per locale, with `{phrase}` for the matched text. */
  message: Record<Locale, string>;
  defaultSeverity?: 'error' | 'warning' | 'info';
  /** Rules this one supersedes on an overlapping span (declared precedence, see RuleMeta.supersedes). */
  supersedes?: readonly string[];
  /** Drops matches another rule already reports for this macro (e.g. `anger-type` on an `anger: during` reply). */
  skip?: (ctx: RuleContext) => ((match: PhraseMatch) => boolean) | undefined;
}

/** The normalised and file ranges of a match, and the original phrase text. */
function located(reply: ReplyText, match: PhraseMatch): { range: Range; phrase: string } {
  const r = sourceRange(reply.normalized, match.start, match.end);
  return { range: reply.fileRange(r.start, r.end), phrase: reply.text.slice(r.start, r.end) };
}

/** Model verdicts below this are not reported at all; between it and the threshold they are hints. */
const HINT_LEVEL = 0.3;

function sentenceOf(detection: readonly SentenceDetection[], pos: number): SentenceDetection | undefined {
  return detection.find((s) => pos >= s.range.start && pos < s.range.end);
}

/**
 * Reports the sentences the model finds for `label` where no phrase of the table matched: the whole
 * sentence is the range (the model judges sentences), the message names the cue words, no fix (a
 * rewrite needs to know which words deflect).
 */
function reportModelFindings(ctx: RuleContext, label: string, detection: readonly SentenceDetection[], matches: readonly PhraseMatch[]): void {
  const norm = ctx.reply.normalized.norm;
  for (const s of detection) {
    const p = s.p[label] ?? 0;
    if (p < HINT_LEVEL) continue;
    if (matches.some((m) => m.start < s.range.end && s.range.start < m.end)) continue;
    let end = s.range.end;
    while (end > s.range.start && norm.charCodeAt(end - 1) === 32) end--;
    const range = ctx.reply.fileRangeOfNorm(s.range.start, end);
    const cues = cueWords(s, label, norm);
    // Below the tuned threshold, or from a model that missed its precision target, a verdict is at most
    // a hint: keep its confidence under the default level.
    const confidence = p >= MODEL_THRESHOLD && !s.hintOnly.has(label) ? p : Math.min(p, 0.49);
    ctx.report({ range, messageId: 'model', data: { cues }, fixes: [], confidence });
  }
}

/** Creates a `deflecting/<category>` rule driven by the lexicon category of the same name. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  return {
    meta: {
      id: `deflecting/${spec.category}`,
      family: 'deflecting',
      description: spec.description,
      rationale: spec.rationale,
      example: spec.example,
      defaultSeverity: spec.defaultSeverity ?? 'warning',
      fixable: true,
      locales: ['en', 'es'],
      ...(spec.supersedes ? { supersedes: spec.supersedes } : {}),
      messages: {
        en: { found: spec.message.en, model: `${spec.description.en} Cues: {cues}.` },
        es: { found: spec.message.es, model: `${spec.description.es} Indicios: {cues}.` },
      },
    },
    check(_macro, ctx) {
      let matches = ctx.analysis.deflecting(spec.category);
      const label = `deflecting/${spec.category}`;
      const detection = ctx.analysis.detection;
      if (detection.length) reportModelFindings(ctx, label, detection, matches);
      if (!matches.length) return;
      const skip = spec.skip?.(ctx);
      if (skip) matches = matches.filter((m) => !skip(m));
      if (!matches.length) return;
      const titleLocale: Locale = ctx.config.messageLocale === 'auto' ? ctx.locale : ctx.config.messageLocale;
      for (const match of matches) {
        const { range, phrase } = located(ctx.reply, match);
        const legacy: Fix[] = [];
        for (const rw of match.entry?.rewrites ?? []) {
          const fix = buildFix(ctx, match, rw, titleLocale);
          if (fix && !legacy.some((f) => f.title === fix.title)) legacy.push(fix);
        }
        const fixes = rewritesFor(spec.category, ctx, match, legacy);
        const p = detection.length ? sentenceOf(detection, match.start)?.p[label] : undefined;
        // A phrase of the table is strong evidence, never certainty: the model moves it within 0.75..0.95.
        const confidence = p === undefined ? undefined : 0.75 + 0.2 * p;
        ctx.report({ range, messageId: 'found', data: { phrase: phrase.replace(/\s+/g, ' ').trim() }, fixes, confidence });
      }
    },
  };
}
