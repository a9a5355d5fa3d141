/**
 * Shared analysis of a macro's reply, computed once per macro and read by several rules: which moves
 * the reply makes and where, its apologies, vague promises and generic acknowledgements, its
 * sentences and paragraphs, and where a greeting and a sign-off sit (insertion points for fixes).
 *
 * The lexicon's patterns are compiled once per lexicon (module-level cache) into one regular
 * expression per table, so analysing a macro costs a handful of linear scans of its normalised text.
 */
import type { Anger, Edit, Locale, Macro, Move, Range, Section } from './types';
import type { DeflectingCategory } from './lexicon/deflecting-types';
import { findMatches, type PhraseMatch } from './match/deflecting';
import type { PhraseCategory } from './config';
import { MOVES } from './types';
import { FileSpan, ReplyText, type NormalizedText } from './text';
import { SplitPatterns, scannerFor } from './lexicon/literals';
import { getLexicon } from './lexicon';
import { cacheFamily } from './caches';
import { PLACEHOLDER_CHAR, WORD_AFTER, WORD_BEFORE, matchAll, normalize, sourceRange } from './text';
import type { Lexicon, MovesLexicon } from './lexicon';
import type { PhraseTable } from './lexicon/moves-types';
import type { Register, RuleContext } from './rule';
import { sentenceInfos, type SentenceInfo } from './detect/features';
import { detectReply, type SentenceVerdict } from './detect/reply';

export interface MoveEvidence {
  /** Normalised-text ranges (of `reply.normalized`) of phrases that make the move. */
  matches: Range[];
  /** Phrases of the move in a sentence that still holds an unfilled blank: the move is not made until it is filled. */
  unfilled: Range[];
}

/** An over-the-top apology and the plain text that replaces it (empty: delete it). */
export interface InflatedMatch {
  range: Range;
  replacement: string;
}

export interface Analysis {
  moves: Record<Move, MoveEvidence>;
  /** Every apology expression, normalised ranges in text order. (Fields below are computed on first read.) */
  apologies: Range[];
  /** Over-the-top apologies (normalised ranges). */
  inflated: InflatedMatch[];
  /** Promises with no action, owner or time (normalised ranges). */
  vague: Range[];
  /** Acknowledgements that name no specific problem (normalised ranges). */
  generic: Range[];
  /** True when some acknowledgement names the problem (an acknowledge match that is not generic). */
  specificAcknowledge: boolean;
  /** Sentences, normalised ranges in order (line breaks after `,:;` and paragraph breaks end one). */
  sentences: Range[];
  /** Paragraphs, normalised ranges in order. */
  paragraphs: Range[];
  /** Joined-text range (of `reply.text`) of the greeting line, if the reply opens with one. */
  greeting?: Range;
  /** Joined-text offset where the sign-off starts, if the reply ends with one. */
  signOff?: number;
  /** The trained models' verdict per sentence (empty when models are off or the locale has none). */
  detection: SentenceDetection[];
  /** Each sentence's tokens, slots, cues and model features (what the models read). */
  sentenceFeatures: SentenceInfo[];
  /** Phrases of a deflecting category the tables (and the user's extra phrases) match, memoised. */
  deflecting(category: DeflectingCategory): PhraseMatch[];
  /** Joined-text ranges (of `reply.text`) of unfilled blanks (`[Describe…]`, `[Día]`, `XX/XX`). */
  blanks: Range[];
  /** True when the normalised range lies in a sentence that holds an unfilled blank. */
  unfilled(range: Range): boolean;
  /** The models' verdicts with the sentences that hold blanks left out (sentence and context): what makes a move. */
  moveDetection: SentenceDetection[];
}

/** The user's extra phrases per category, for the language of the reply (from the configuration). */
export type UserPhrases = Partial<Record<PhraseCategory, string[]>>;

/** What the trained models say about one sentence (detect/reply.ts). */
export type SentenceDetection = SentenceVerdict;

/** The cue words behind a sentence verdict, as the reader sees them ("contact", "courier", "you must contact"). */
export function cueWords(s: SentenceDetection, label: string, norm: string): string {
  const words: string[] = [];
  const text = norm.slice(s.range.start, s.range.end);
  for (const f of s.cuesOf(label)) {
    const [kind, rest] = [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)];
    let w: string;
    if (kind === 'w' || kind === 't') {
      // Show the word as written in the sentence when a word of it starts with the stem.
      w = new RegExp(`(?:^|[^a-z0-9])(${rest.replace(/[^a-z0-9]/g, '')}[a-z]*)`).exec(text)?.[1] ?? rest;
    } else if (kind === 'b') w = rest.replace(/[\^$]/g, '').replace(/_/g, ' ').trim();
    else if (kind === 'c' || kind === 'prev') w = rest.replace(/-/g, ' ');
    else if (kind === 's') w = `{${rest}}`;
    else continue;
    if (w && !words.includes(w)) words.push(w);
  }
  return words.map((w) => `"${w}"`).join(', ') || '-';
}

/** Probability at or above which a model verdict counts (the models are calibrated to 0.5). */
export const MODEL_THRESHOLD = 0.5;

/** Model verdicts for each sentence of a normalised reply; `tables` are the phrase tables' matches by name. */
export { detectReply as detectSentences };

interface CompiledTable {
  /** The table's patterns, each run only when its required literals occur (same matches as one alternation). */
  split: SplitPatterns;
  guard?: RegExp;
  sentenceGuard?: RegExp;
  /**
   * Guard verdicts by window text (and, for `guard`, the match's place in it): a verdict depends on
   * nothing else, and replies repeat sentences. Bounded; cleared when full.
   */
  verdicts: Map<string, boolean>;
}

/** Most guard verdicts kept per table. */
const MAX_VERDICTS = 8192;
/** Every table's verdicts, dropped by `clearEngineCaches` (see caches.ts). */
const verdictMaps = cacheFamily<Map<string, boolean>>('analysis.verdicts', (m) => m.clear(), (m) => m.size);

interface Compiled {
  moves: Record<Move, CompiledTable>;
  apologies: CompiledTable;
  inflated: RegExp;
  inflatedEntries: { re: RegExp; replacement: string }[];
  vague: CompiledTable;
  generic: CompiledTable;
  tail: RegExp;
  greeting: RegExp;
  signOff: RegExp;
}

const cache = new WeakMap<Lexicon, Compiled>();

/*
 * Word boundaries for normalised text (lower case, accents removed): ASCII classes plus everything
 * above U+00C0 run much faster than Unicode property escapes. A placeholder (U+E000) counts as a word
 * before a match, and not after it, like text.ts's WORD_BEFORE / WORD_AFTER.
 */
const FAST_BEFORE = '(?<![a-z0-9_\\u00c0-\\uffff])';
const FAST_AFTER = '(?![a-z0-9_\\u00c0-\\ud7ff\\uf900-\\uffff])';

/** One global regular expression for a list of lexicon patterns, with fast word boundaries. */
function compileFast(patterns: readonly string[]): RegExp {
  if (!patterns.length) return /(?!)/gu;
  return new RegExp(`${FAST_BEFORE}(?:${patterns.map((p) => `(?:${p})`).join('|')})${FAST_AFTER}`, 'gu');
}

/**
 * The matches `compileFast(patterns)` finds, with one small expression per pattern run only when the
 * pattern's required literals occur in the text (one Aho–Corasick pass per reply for the whole locale).
 */
function splitFast(lexicon: Lexicon, name: string, patterns: readonly string[]): SplitPatterns {
  const compile = (i: number) => new RegExp(`${FAST_BEFORE}(?:(?:${patterns[i]}))${FAST_AFTER}`, 'gu');
  return new SplitPatterns(scannerFor(lexicon), patterns, compile, lexicon.prefilter?.[`moves.${name}`]);
}

function table(lexicon: Lexicon, name: string, t: PhraseTable): CompiledTable {
  return {
    split: splitFast(lexicon, name, t.patterns),
    guard: t.guards?.length ? compileFast(t.guards) : undefined,
    sentenceGuard: t.sentenceGuards?.length ? compileFast(t.sentenceGuards) : undefined,
    verdicts: verdictMaps.add(new Map()),
  };
}

/** A sticky (anchored at lastIndex) regex: the alternatives must match exactly at the given index. */
function sticky(patterns: readonly string[], boundary = true): RegExp {
  const body = patterns.map((p) => `(?:${p})`).join('|');
  return new RegExp(boundary ? `(?:${body})${WORD_AFTER}` : `(?:${body})`, 'uy');
}

function compile(lexicon: Lexicon): Compiled {
  let c = cache.get(lexicon);
  if (c) return c;
  const lex: MovesLexicon = lexicon.moves;
  const stripNames = (p: string) => p.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?:');
  const moves = {
    acknowledge: table(lexicon, 'acknowledge', lex.moves.acknowledge),
    align: table(lexicon, 'align', lex.moves.align),
    assure: table(lexicon, 'assure', lex.moves.assure),
  };
  c = {
    moves,
    apologies: table(lexicon, 'apologies', lex.apologies),
    inflated: compileFast(lex.inflated.map((e) => stripNames(e.pattern))),
    inflatedEntries: lex.inflated.map((e) => ({ re: new RegExp(`^(?:${e.pattern})$`, 'u'), replacement: e.replacement })),
    vague: table(lexicon, 'vague', lex.vague),
    // Generic acknowledgements are guarded like acknowledgements.
    generic: { split: splitFast(lexicon, 'generic', lex.generic.patterns), guard: moves.acknowledge.guard, verdicts: verdictMaps.add(new Map()) },
    tail: sticky(lex.specificTail, false),
    greeting: new RegExp(`^${WORD_BEFORE}(?:${lex.greeting.map((p) => `(?:${p})`).join('|')})`, 'u'),
    signOff: new RegExp(`^${WORD_BEFORE}(?:${lex.signOff.map((p) => `(?:${p})`).join('|')})`, 'u'),
  };
  cache.set(lexicon, c);
  return c;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Longest text before a match that a guard overlapping it may start at (guards are short phrases). */
const GUARD_REACH = 100;

/** The window [from, to) of `norm` widened to word edges (spaces), as [start, end). */
function windowOf(norm: string, from: number, to: number): [number, number] {
  let a = Math.max(0, from);
  while (a > 0 && norm.charCodeAt(a - 1) !== 32) a--;
  let b = Math.min(norm.length, to);
  while (b < norm.length && norm.charCodeAt(b) !== 32) b++;
  return [a, b];
}

/**
 * True when `re` matches inside `win` (a window of the text starting at offset `a`) with a match that
 * `accept` accepts. The window is sliced so a miss costs the window, not the rest of the text.
 */
function matchesIn(re: RegExp, win: string, a: number, accept: (m: Range) => boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (accept({ start: a + m.index, end: a + m.index + m[0].length })) return true;
  }
  return false;
}

/** A guard's verdict on a window, memoised in `t.verdicts` under `key` (the window text, with what else decides it). */
function verdict(t: CompiledTable, key: string, compute: () => boolean): boolean {
  let v = t.verdicts.get(key);
  if (v === undefined) {
    v = compute();
    if (t.verdicts.size >= MAX_VERDICTS) t.verdicts.clear();
    t.verdicts.set(key, v);
  }
  return v;
}

/**
 * Matches of `t` in `norm` that no guard overlaps and no sentence guard shares a sentence with.
 * Guards are only scanned in windows around the (few) candidate matches (widened to word edges).
 */
function guarded(t: CompiledTable, nt: NormalizedText, sentences: readonly Range[]): Range[] {
  const norm = nt.norm;
  const found: Range[] = [];
  for (const { m } of t.split.matches(norm, nt)) found.push({ start: m.index, end: m.index + m[0].length });
  if (!found.length) return found;
  return found.filter((m) => {
    if (t.guard) {
      const guard = t.guard;
      const [a, b] = windowOf(norm, m.start - GUARD_REACH, m.end + GUARD_REACH);
      const win = norm.slice(a, b);
      // The guard part of the key is told apart from the sentence-guard part by its leading "g".
      if (verdict(t, `g${m.start - a} ${m.end - a} ${win}`, () => matchesIn(guard, win, a, (g) => overlaps(g, m)))) return false;
    }
    if (t.sentenceGuard && sentences.length) {
      const guard = t.sentenceGuard;
      const s = sentences[indexAt(sentences, m.start)];
      const [a, b] = windowOf(norm, s.start, s.end);
      const win = norm.slice(a, b);
      if (verdict(t, `s${win}`, () => matchesIn(guard, win, a, () => true))) return false;
    }
    return true;
  });
}

/** Index of the range in sorted `ranges` that holds `pos` (or the last one starting before it). */
function indexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sentences and paragraphs of normalised text, using the source text to see line breaks. */
function segment(text: string, norm: string, toSource: Int32Array, toSourceEnd: Int32Array): { sentences: Range[]; paragraphs: Range[] } {
  const sentences: Range[] = [];
  const paragraphs: Range[] = [];
  let sStart = 0;
  let pStart = 0;
  const endSentence = (end: number, next: number) => {
    if (end > sStart && norm.slice(sStart, end).trim()) sentences.push({ start: sStart, end });
    sStart = next;
  };
  for (let i = 0; i < norm.length; i++) {
    const ch = norm.charCodeAt(i);
    if (ch === 32) {
      let breaks = 0;
      for (let k = toSource[i]; k < toSourceEnd[i] && breaks < 2; k++) if (text.charCodeAt(k) === 10) breaks++;
      if (breaks > 0) {
        const para = breaks > 1;
        const prev = norm[i - 1];
        if (para) {
          endSentence(i, i + 1);
          if (i > pStart) paragraphs.push({ start: pStart, end: i });
          pStart = i + 1;
        } else if (prev === ',' || prev === ':' || prev === ';' || prev === PLACEHOLDER_CHAR || /[-*\d]/.test(norm[i + 1] ?? '')) {
          endSentence(i, i + 1);
        }
      }
    } else if (ch === 46 || ch === 33 || ch === 63) {
      // '.', '!', '?' followed by a space or the end; "e.g." and "3.5" stay inside.
      const next = norm.charCodeAt(i + 1);
      if (i + 1 >= norm.length || next === 32) {
        if (ch === 46 && /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|mr|mrs|ms|dr|sr|sra|st|no|approx|vs|aprox|ud|uds|dto|pag)$/u.test(norm.slice(Math.max(0, i - 7), i))) continue;
        endSentence(i + 1, i + 1);
      }
    }
  }
  endSentence(norm.length, norm.length);
  if (norm.length > pStart) paragraphs.push({ start: pStart, end: norm.length });
  // Trim the leading spaces of each sentence.
  for (const s of sentences) while (s.start < s.end && norm.charCodeAt(s.start) === 32) s.start++;
  return { sentences, paragraphs };
}

function lineBounds(text: string, start: number): { start: number; end: number } {
  const nl = text.indexOf('\n', start);
  let end = nl < 0 ? text.length : nl;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

function findGreeting(text: string, c: Compiled): Range | undefined {
  let s = 0;
  while (s < text.length && /\s/.test(text[s])) s++;
  const line = lineBounds(text, s);
  if (line.end >= text.length || line.end - line.start > 80) return undefined;
  const n = normalize(text.slice(line.start, line.end)).norm;
  return c.greeting.test(n) ? line : undefined;
}

function findSignOff(text: string, c: Compiled): number | undefined {
  const lines: Range[] = [];
  let pos = text.length;
  // The last few non-empty lines, bottom up.
  while (pos > 0 && lines.length < 4) {
    const nl = text.lastIndexOf('\n', pos - 1);
    const start = nl + 1;
    const l = lineBounds(text, start);
    if (text.slice(l.start, l.end).trim()) lines.unshift(l);
    pos = nl < 0 ? 0 : nl;
  }
  for (const l of lines.slice(1)) {
    const raw = text.slice(l.start, l.end);
    if (raw.trim().length > 60) continue;
    const n = normalize(raw.trimStart()).norm;
    if (c.signOff.test(n)) return l.start + (raw.length - raw.trimStart().length);
  }
  return undefined;
}

/** When true, a generic acknowledgement ("I understand your frustration") counts as acknowledging. */
const GENERIC_COUNTS_AS_ACKNOWLEDGE = true;

/** The analysis of a bare reply text (no file around it): what the training and eval scripts read. */
export function analyzeText(text: string, locale: Locale): Analysis & { norm: string; toSource: Int32Array; toSourceEnd: Int32Array } {
  const reply = new ReplyText([new FileSpan(text, 0, text.length, '\n')]);
  const a = analyze(reply, getLexicon(locale), locale, true);
  const nt = reply.normalized;
  return Object.assign(a, { norm: nt.norm, toSource: nt.toSource, toSourceEnd: nt.toSourceEnd });
}

/** Normalised text and sentences of a reply text, as the analysis sees them (for training and eval scripts). */
export function replySentences(text: string): { norm: string; sentences: Range[]; toSource: Int32Array; toSourceEnd: Int32Array } {
  const nt = normalize(text);
  return { norm: nt.norm, sentences: segment(text, nt.norm, nt.toSource, nt.toSourceEnd).sentences, toSource: nt.toSource, toSourceEnd: nt.toSourceEnd };
}

/** Analyses a reply: which moves it makes and where, and its apologies and promises. */
export function analyze(reply: ReplyText, lexicon: Lexicon, locale: Locale, useModels = true, phrases: UserPhrases = {}): Analysis {
  const c = compile(lexicon);
  const nt = reply.normalized;
  const norm = nt.norm;
  const { sentences, paragraphs } = segment(reply.text, norm, nt.toSource, nt.toSourceEnd);

  // A sentence with an unfilled blank makes no move until the author fills it (an inserted template).
  const blanks = findBlanks(reply.text);
  const blankSentences = new Set<number>();
  for (const b of sentences.length ? blanks : []) {
    const from = normIndex(nt.toSource, b.start);
    const to = Math.max(from, normIndex(nt.toSource, b.end) - 1);
    for (let k = indexAt(sentences, from); k < sentences.length && sentences[k].start <= to; k++) blankSentences.add(k);
  }
  const unfilled = (r: Range): boolean => blankSentences.size > 0 && blankSentences.has(indexAt(sentences, r.start));
  const split = (found: Range[]): MoveEvidence => ({ matches: found.filter((m) => !unfilled(m)), unfilled: found.filter(unfilled) });
  const ackAll = split(guarded(c.moves.acknowledge, nt, sentences));
  const alignAll = split(guarded(c.moves.align, nt, sentences));
  const assureAll = split(guarded(c.moves.assure, nt, sentences));
  const ack = ackAll.matches;
  const align = alignAll.matches;
  const assure = assureAll.matches;

  // Generic acknowledgements: those not followed by what makes them specific, and not cancelled by
  // the acknowledge guards (a non-apology is another rule's business).
  let genericCache: Range[] | undefined;
  const genericAll = (): Range[] =>
    (genericCache ??= guarded(c.generic, nt, sentences).filter((g) => {
      c.tail.lastIndex = g.end;
      return !c.tail.test(norm);
    }));
  let specificCache: boolean | undefined;
  const specific = (): boolean => (specificCache ??= ack.some((m) => !genericAll().some((g) => overlaps(g, m))));
  let ackCache: Range[] | undefined;
  const ackMatches = (): Range[] =>
    (ackCache ??= !GENERIC_COUNTS_AS_ACKNOWLEDGE
      ? ack.filter((m) => !genericAll().some((g) => overlaps(g, m)))
      : ack.length
        ? ack
        : genericAll().filter((g) => !unfilled(g)));

  let vagueCache: Range[] | undefined;
  const vague = (): Range[] => {
    if (vagueCache) return vagueCache;
    let v = guarded(c.vague, nt, sentences);
    if (v.length > 1) {
      // "We'll look into it and get back to you as soon as possible" is one vague promise, not three.
      const merged: Range[] = [{ ...v[0] }];
      for (const x of v.slice(1)) {
        const last = merged[merged.length - 1];
        const gap = norm.slice(last.end, x.start);
        if (gap.length <= 40 && /^[^.!?;:]*$/.test(gap)) last.end = x.end;
        else merged.push({ ...x });
      }
      v = merged;
    }
    return (vagueCache = v);
  };

  let inflatedCache: InflatedMatch[] | undefined;
  const inflated = (): InflatedMatch[] => {
    if (inflatedCache) return inflatedCache;
    const out: InflatedMatch[] = [];
    for (const r of matchAll(c.inflated, norm)) {
      const s = norm.slice(r.start, r.end);
      const entry = c.inflatedEntries.find((e) => e.re.test(s));
      if (!entry) continue;
      out.push({ range: r, replacement: s.replace(entry.re, entry.replacement).replace(/\s+/g, ' ').trim() });
    }
    return (inflatedCache = out);
  };

  let apologiesCache: Range[] | undefined;
  // The tables' own verdicts are features of the models (a sentence the tables call an apology…).
  const tableEvidence = (): Record<string, readonly Range[]> => ({
    acknowledge: ackMatches(),
    align,
    assure,
    apology: (apologiesCache ??= guarded(c.apologies, nt, sentences)),
    vague: vague(),
  });
  let detectionCache: SentenceDetection[] | undefined;
  const detection = (): SentenceDetection[] => (detectionCache ??= useModels ? detectReply(norm, sentences, locale, tableEvidence()) : []);
  let moveDetectionCache: SentenceDetection[] | undefined;
  // The models read a sentence's neighbours too: leave blank sentences out of their context as well.
  const moveDetection = (): SentenceDetection[] => {
    if (!blankSentences.size || !useModels) return detection();
    if (moveDetectionCache) return moveDetectionCache;
    const tables = Object.fromEntries(Object.entries(tableEvidence()).map(([k, v]) => [k, v.filter((r) => !unfilled(r))]));
    return (moveDetectionCache = detectReply(norm, sentences.filter((_, i) => !blankSentences.has(i)), locale, tables));
  };
  const deflectingCache = new Map<DeflectingCategory, PhraseMatch[]>();
  let featuresCache: SentenceInfo[] | undefined;
  let greetingCache: { v?: Range } | undefined;
  let signOffCache: { v?: number } | undefined;
  const moves = {
    get acknowledge(): MoveEvidence {
      return { matches: ackMatches(), unfilled: ackAll.unfilled };
    },
    align: alignAll,
    assure: assureAll,
  };
  return {
    moves,
    get apologies() {
      return (apologiesCache ??= guarded(c.apologies, nt, sentences));
    },
    get inflated() {
      return inflated();
    },
    get vague() {
      return vague();
    },
    get generic() {
      return specific() ? [] : genericAll();
    },
    get specificAcknowledge() {
      return specific();
    },
    sentences,
    paragraphs,
    get detection() {
      return detection();
    },
    get moveDetection() {
      return moveDetection();
    },
    deflecting(category: DeflectingCategory) {
      let m = deflectingCache.get(category);
      if (!m) deflectingCache.set(category, (m = findMatches(lexicon, reply, category, phrases[category])));
      return m;
    },
    get sentenceFeatures() {
      return (featuresCache ??= sentenceInfos(norm, sentences, locale, tableEvidence()));
    },
    get greeting() {
      return (greetingCache ??= { v: findGreeting(reply.text, c) }).v;
    },
    get signOff() {
      return (signOffCache ??= { v: findSignOff(reply.text, c) }).v;
    },
    blanks,
    unfilled,
  };
}

/** Index of the first normalised character whose source is at or after joined offset `pos`. */
function normIndex(toSource: Int32Array, pos: number): number {
  let lo = 0;
  let hi = toSource.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toSource[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence (of `analysis.sentences`) holding normalised offset `pos`. */
export function sentenceIndex(analysis: Analysis, pos: number): number {
  return analysis.sentences.length ? indexAt(analysis.sentences, pos) : -1;
}

/** Index of the paragraph (of `analysis.paragraphs`) holding normalised offset `pos`. */
export function paragraphIndex(analysis: Analysis, pos: number): number {
  return analysis.paragraphs.length ? indexAt(analysis.paragraphs, pos) : -1;
}

/** Deflections that, alone in an align section, show it does not align ("We're sorry, but…", blame). */
const NOT_ALIGNING: readonly DeflectingCategory[] = ['apology-but', 'blame-shifting', 'customer-blame', 'minimizing', 'policy-shield', 'dismissive', 'redirect'];

/**
 * True when the macro makes `move`, judging the reply's text (the labelling guide judges the text,
 * not the headings):
 * - any phrase of the move in the reply makes it; for `assure`, so does a vague promise (an assurance
 *   made badly is `vague-assurance`'s finding, not a missing one);
 * - an `acknowledge` section with text makes it (retelling the problem is how such sections read);
 * - an `align` section makes it unless its text deflects (a blame, an apology-but, a minimisation…)
 *   and holds no phrase that aligns;
 * - an `assure` section makes it only through its text (a status fact is not a commitment);
 * - an empty section is `empty-section`'s finding, not a missing move.
 */
export function makesMoveIn(macro: Macro, ctx: RuleContext, move: Move): boolean {
  const analysis = ctx.analysis;
  if (analysis.moves[move].matches.length > 0) return true;
  if (move === 'assure' && analysis.vague.some((v) => !analysis.unfilled(v))) return true;
  if (moveProbability(analysis, move) >= MODEL_THRESHOLD) return true;
  if (!macro.sectioned) return false;
  const sections = macro.sections.filter((s) => s.move === move);
  if (!sections.length) return false;
  const ranges = sectionRanges(ctx.reply, sections);
  // Sections we cannot locate in the reply, or with no text, count as made (as before).
  if (!ranges) return true;
  const nt = ctx.reply.normalized;
  const nonEmpty = ranges.filter((r) => ctx.reply.text.slice(r.start, r.end).trim());
  if (!nonEmpty.length) return true;
  // A section whose only sentences hold unfilled blanks (a template just inserted) makes no move yet.
  const texty = nonEmpty.filter((r) =>
    analysis.sentences.some((s) => {
      const at = sourceRange(nt, s.start, s.end).start;
      return at >= r.start && at < r.end && !analysis.unfilled(s);
    }),
  );
  if (!texty.length) return false;
  if (move === 'acknowledge') return true;
  if (move === 'assure') return false;
  const inSection = (start: number, end: number) => {
    const r = sourceRange(nt, start, end);
    return texty.some((s) => r.start >= s.start && r.start < s.end);
  };
  const deflects = NOT_ALIGNING.some((cat) => analysis.deflecting(cat).some((m) => inSection(m.start, m.end)));
  return !deflects;
}

/** The highest model probability that some sentence of the reply makes `move` (0 without a model). */
export function moveProbability(analysis: Analysis, move: Move): number {
  let best = 0;
  for (const s of analysis.moveDetection) best = Math.max(best, s.p[move] ?? 0);
  return best;
}

/** Joined-text ranges of the sections' spans in the reply, or undefined when a span is not part of it. */
function sectionRanges(reply: ReplyText, sections: readonly Section[]): Range[] | undefined {
  const out: Range[] = [];
  for (const s of sections) {
    for (const span of s.spans) {
      const k = reply.spans.indexOf(span);
      if (k < 0) return undefined;
      const start = reply.spanStart(k);
      out.push({ start, end: start + span.text.length });
    }
  }
  return out;
}

/*
 * Unfilled blanks: what a template leaves for the author to write, as opposed to a placeholder that the
 * helpdesk (or the agent's tooling) fills. A bracketed token is a blank when a word inside it is an
 * instruction (a verb telling the author what to write, a question word) or asks for a date or a time,
 * in English or Spanish: a blank can sit in a reply of either language. `[Nombre]`, `<ORDER NUMBER>`,
 * `{customer_name}`, `{{…}}` and `{%…%}` name a value and stay placeholders.
 */
const BLANK_WORDS = new Set([
  // English: instructions, question words, dates and times.
  'describe', 'insert', 'add', 'enter', 'type', 'fill', 'write', 'explain', 'say', 'state', 'mention', 'specify', 'include',
  'replace', 'paste', 'choose', 'pick', 'select', 'list', 'give', 'tbd', 'tbc', 'todo', 'what', 'why', 'how', 'when', 'which',
  'date', 'dates', 'day', 'days', 'weekday', 'time', 'times', 'hour', 'hours', 'deadline', 'eta',
  // Spanish (accents folded): imperatives (tú and usted) and infinitives, dates and times.
  'describir', 'describa', 'inserta', 'insertar', 'inserte', 'anade', 'anadir', 'anada', 'agrega', 'agregar', 'agregue',
  'escribe', 'escribir', 'escriba', 'explica', 'explicar', 'explique', 'indica', 'indicar', 'indique', 'incluye', 'incluir',
  'incluya', 'completa', 'completar', 'complete', 'rellena', 'rellenar', 'rellene', 'pon', 'ponga', 'especifica', 'especificar',
  'especifique', 'detalla', 'detallar', 'detalle', 'introduce', 'introducir', 'introduzca', 'sustituye', 'sustituya',
  'reemplaza', 'reemplace', 'menciona', 'mencione', 'elige', 'elija', 'fecha', 'fechas', 'dia', 'dias', 'hora', 'horas', 'plazo',
]);

/*
 * Candidates, then the words decide: `[…]` not followed by `(`, `[` or `:` (a Markdown link, reference or
 * task box), `<…>` in capitals or with a space and no markup characters (not an HTML tag), `XX/XX`-style
 * and `DD/MM/YYYY`-style masks, `$XX`, and a run of three or more underscores between words.
 */
const BLANK_RE =
  /\[([^[\]\n]{1,120})\](?![([:])|<([A-Z][A-Z0-9 _-]{1,40}|[A-Za-z][^<>\n="'/]{0,80} [^<>\n="'/]{1,80})>|(?<![\p{L}\p{N}])(?:[Xx]{2,}(?:[/:.,-][Xx]{1,4})+|(?:DD|MM|YYYY|YY|AAAA|HH)(?:[/.:-](?:DD|MM|YYYY|YY|AAAA|HH|SS))+)(?![\p{L}\p{N}])|(?<=[#$€£])X{2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu;

/** True when the words inside a bracketed token make it an instruction to the author. */
function instructs(inner: string): boolean {
  if (/(?:\u2026|\.\.\.)\s*$/.test(inner) && /\p{L}/u.test(inner)) return true;
  const words = inner.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => BLANK_WORDS.has(w));
}

/** Ranges of `text` holding unfilled blanks (`[Describe…]`, `[Día]`, `<ADD DATE>`, `XX/XX`, `___`), in order. */
export function findBlanks(text: string): Range[] {
  const out: Range[] = [];
  if (!/[[<Xx_DMHYA]/.test(text)) return out;
  BLANK_RE.lastIndex = 0;
  for (let m = BLANK_RE.exec(text); m; m = BLANK_RE.exec(text)) {
    const r = { start: m.index, end: m.index + m[0].length };
    const inner = m[1] ?? m[2];
    if (inner !== undefined && !instructs(inner)) continue;
    if (m[0][0] === '_') {
      // A line of underscores alone is a Markdown thematic break, not a blank.
      const ls = text.lastIndexOf('\n', r.start - 1) + 1;
      const le = text.indexOf('\n', r.end);
      if (!text.slice(ls, le < 0 ? text.length : le).replace(/[_ \t\r]/g, '')) continue;
    }
    out.push(r);
  }
  return out;
}

/** The insertion template for a move, anger type and register. */
export function moveTemplate(lexicon: Lexicon, move: Move, anger: Anger | undefined, register: Register): string {
  const t = lexicon.moves.templates[move][anger ?? 'none'];
  return register === 'usted' ? t.usted : t.tu;
}

/** Joined-text offset of the end of the paragraph holding joined offset `pos`. */
function paragraphEnd(text: string, pos: number): number {
  const re = /\r?\n[ \t]*\r?\n/g;
  re.lastIndex = pos;
  const m = re.exec(text);
  let end = m ? m.index : text.length;
  while (end > pos && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Edits that insert `template` as its own paragraph where `move` belongs in a plain reply:
 * acknowledge after the greeting (else first), align after the acknowledgement, assure before the
 * sign-off (else last). Undefined when the reply has no text to anchor on.
 */
export function insertionEdits(reply: ReplyText, analysis: Analysis, move: Move, template: string): Edit[] | undefined {
  const text = reply.text;
  if (!reply.spans.length) return undefined;
  const atStart = (): Edit[] | undefined => {
    if (analysis.greeting) return reply.edit(analysis.greeting.end, analysis.greeting.end, `\n\n${template}`);
    let s = 0;
    while (s < text.length && /\s/.test(text[s])) s++;
    return reply.edit(s, s, `${template}\n\n`);
  };
  const atEnd = (): Edit[] | undefined => {
    let e = text.length;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    if (e === 0) return reply.edit(0, 0, template);
    return reply.edit(e, e, `\n\n${template}`);
  };
  if (move === 'acknowledge') return atStart();
  if (move === 'align') {
    const ack = analysis.moves.acknowledge.matches[0] ?? analysis.moves.acknowledge.unfilled[0];
    if (!ack) return atStart();
    const at = paragraphEnd(text, sourceRange(reply.normalized, ack.start, ack.end).end);
    return reply.edit(at, at, `\n\n${template}`);
  }
  if (analysis.signOff !== undefined) {
    const at = analysis.signOff;
    const before = text.slice(0, at);
    const prefix = /\n[ \t]*\n[ \t]*$/.test(before) || !before.trim() ? '' : /\n[ \t]*$/.test(before) ? '\n' : '\n\n';
    return reply.edit(at, at, `${prefix}${template}\n\n`);
  }
  return atEnd();
}

/** Reports a missing move on the macro's name, with an (unsafe) insertion fix for a human to complete. */
export function checkMissingMove(move: Move, macro: Macro, ctx: RuleContext): void {
  const analysis = ctx.analysis;
  if (makesMoveIn(macro, ctx, move)) return;
  const template = moveTemplate(ctx.lexicon, move, ctx.anger, ctx.register);
  let edits: Edit[] | undefined;
  if (macro.sectioned && macro.addSection) edits = macro.addSection(move, template, ctx.locale);
  else if (!macro.sectioned) edits = insertionEdits(ctx.reply, analysis, move, template);
  const title = FIX_TITLES[ctx.locale][move];
  ctx.report({
    range: macro.nameRange,
    messageId: 'missing',
    // Sure when no sentence comes near the move; less sure the closer the best one came.
    confidence: analysis.detection.length ? 1 - moveProbability(analysis, move) : undefined,
    fixes: edits && edits.length ? [{ title, edits: edits.map(withBlanks), safe: false }] : [],
  });
}

/** The edit with its unfilled blanks marked (for snippet tab stops), when it has any. */
function withBlanks(e: Edit): Edit {
  const blanks = findBlanks(e.text);
  return blanks.length ? { ...e, blanks } : e;
}

const FIX_TITLES: Record<Locale, Record<Move, string>> = {
  en: {
    acknowledge: 'Insert an acknowledgement to complete',
    align: 'Insert an alignment sentence to complete',
    assure: 'Insert a next step to complete',
  },
  es: {
    acknowledge: 'Insertar un reconocimiento para completar',
    align: 'Insertar una frase de alineación para completar',
    assure: 'Insertar un siguiente paso para completar',
  },
};

/** The moves, in order (re-exported for rules). */
export const MOVE_ORDER = MOVES;
