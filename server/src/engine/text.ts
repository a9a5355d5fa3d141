/**
 * Text utilities shared by the readers and the rules: the reply text of a macro joined from its
 * spans, normalisation for matching (case, accents, quotes, whitespace, placeholders) with a map back
 * to the original offsets, and safe phrase compilation.
 */
import type { Edit, Range, Span } from './types';

/** Placeholder syntaxes of the supported helpdesks, matched as opaque tokens. */
export const PLACEHOLDER_RE =
  /\{\{[^{}\n]{0,200}\}\}|\{%[^\n]{0,200}?%\}|\{[A-Za-z_][\w.-]{0,80}\}|\[[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ ]{0,40}\]|<[A-Z][A-Z0-9 _-]{1,40}>/g;

/** Placeholder ranges in `text`, as [start, end) pairs. */
export function findPlaceholders(text: string): Range[] {
  const out: Range[] = [];
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(text); m; m = PLACEHOLDER_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const COMMENT_RE = /<!--[\s\S]*?-->/g;

/** Ranges that are never words of the reply: placeholders and HTML comments, sorted, disjoint. */
export function findOpaque(text: string): Range[] {
  const ph = findPlaceholders(text);
  if (!text.includes('<!--')) return ph;
  const out: Range[] = [];
  COMMENT_RE.lastIndex = 0;
  for (let m = COMMENT_RE.exec(text); m; m = COMMENT_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const p of ph) if (!out.some((c) => p.start < c.end && c.start < p.end)) out.push(p);
  return out.sort((a, b) => a.start - b.start);
}

/** The character standing in for a placeholder in normalised text. */
export const PLACEHOLDER_CHAR = '\uE000';

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u2026': '.', '\u00A0': ' ',
};

const COMBINING = /[\u0300-\u036f]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const WS = /[\s\u00A0\u2028\u2029]/;

/** Normalised text and the map from each of its indices to an index of the source text. */
export interface NormalizedText {
  /** Lower case, no accents, straight quotes, single spaces, placeholders as PLACEHOLDER_CHAR. */
  norm: string;
  /** `toSource[i]` is the source index of norm[i]; `toSource[norm.length]` is the source length. */
  toSource: Int32Array;
  /** Source index just after the source of norm[i] (placeholders end after their closing brace). */
  toSourceEnd: Int32Array;
}

const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = QUOTES[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Keep one UTF-16 unit per source unit where possible; 'İ'.toLowerCase() has two.
    if (f.length > 1 && ch.length === 1) f = f[0];
    foldCache.set(ch, f);
  }
  return f;
}

/** Normalises `text` for matching and keeps a map back to source offsets. */
export function normalize(text: string, placeholders: Range[] = findOpaque(text)): NormalizedText {
  const n = text.length;
  // Each source unit gives at most one normalised unit (foldChar keeps one unit per unit; a placeholder
  // or a run of spaces gives one for several), so typed arrays of the source's length hold the result.
  const codes = new Uint16Array(n);
  const src = new Int32Array(n + 1);
  const srcEnd = new Int32Array(n + 1);
  let len = 0;
  let p = 0;
  let lastSpace = true;
  for (let i = 0; i < n; ) {
    if (p < placeholders.length && placeholders[p].start === i) {
      codes[len] = 0xe000;
      src[len] = i;
      srcEnd[len++] = placeholders[p].end;
      i = placeholders[p].end;
      p++;
      lastSpace = false;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) {
        if (!lastSpace) {
          codes[len] = 32;
          src[len] = i;
          srcEnd[len++] = i + 1;
          lastSpace = true;
        } else if (len) {
          srcEnd[len - 1] = i + 1;
        }
      } else {
        codes[len] = code >= 65 && code <= 90 ? code + 32 : code;
        src[len] = i;
        srcEnd[len++] = i + 1;
        lastSpace = false;
      }
      i++;
      continue;
    }
    const c = text[i];
    if (COMBINING.test(c) || ZERO_WIDTH.test(c)) {
      if (len) srcEnd[len - 1] = i + 1;
      i++;
      continue;
    }
    if (WS.test(c)) {
      if (!lastSpace) {
        codes[len] = 32;
        src[len] = i;
        srcEnd[len++] = i + 1;
        lastSpace = true;
      }
      i++;
      continue;
    }
    // Keep surrogate pairs together so no range ever splits one.
    const hi = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const f = hi === 2 ? text.slice(i, i + 2) : foldChar(c);
    for (let k = 0; k < f.length; k++) {
      codes[len] = f.charCodeAt(k);
      src[len] = i;
      srcEnd[len++] = i + hi;
    }
    lastSpace = false;
    i += hi;
  }
  let norm = '';
  for (let a = 0; a < len; a += 4096) norm += String.fromCharCode.apply(null, codes.subarray(a, Math.min(len, a + 4096)) as unknown as number[]);
  src[len] = n;
  srcEnd[len] = n;
  return { norm, toSource: src.slice(0, len + 1), toSourceEnd: srcEnd.slice(0, len + 1) };
}

/** Normalises a phrase (pattern text) the same way as document text. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase, []).norm.trim();
}

/** Maps a [start, end) range of normalised text back to the source text. */
export function sourceRange(nt: NormalizedText, start: number, end: number): Range {
  const s = nt.toSource[start];
  const e = end > start ? nt.toSourceEnd[end - 1] : s;
  return { start: s, end: e };
}

/** Letters and digits, used for word boundaries (JS `\b` is not Unicode aware). */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}_\\uE000])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds user phrases in normalised text. */
export interface PhraseMatcher {
  /**
   * Normalised ranges of every match, in order, non-overlapping. `work.steps`, when given, counts the
   * automaton states visited (a deterministic measure of the matching work, for tests).
   */
  find(norm: string, work?: { steps: number }): Range[];
}

/** One token of a user phrase: a literal word (or punctuation mark), or a wildcard of up to N words. */
type PhraseToken = string | number;

const TOKEN_RE = /[\p{L}\p{N}_\uE000]+|[^\s\p{L}\p{N}_\uE000]/gu;
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);
const WILDCARD_WORDS = 6;

function phraseTokens(raw: string): PhraseToken[] {
  const out: PhraseToken[] = [];
  for (const part of normalizePhrase(raw.slice(0, 200)).split('*').map((x, i) => [x, i] as const)) {
    if (part[1] > 0 && typeof out[out.length - 1] !== 'number') out.push(WILDCARD_WORDS);
    for (const m of part[0].matchAll(TOKEN_RE)) out.push(m[0]);
  }
  while (typeof out[0] === 'number') out.shift();
  while (typeof out[out.length - 1] === 'number') out.pop();
  return out;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Leftmost matches of one phrase over a token sequence, by simulating its automaton: at most
 * (tokens × (WILDCARD_WORDS + 1)) live states per input token, so time is linear in the text.
 */
function runPhrase(tokens: readonly PhraseToken[], words: readonly Token[], out: Range[], work?: { steps: number }): void {
  const L = tokens.length;
  const size = L * 8;
  // State (ti, used) → earliest start word index; two buffers swapped per input token.
  let cur = new Int32Array(size).fill(-1);
  let nxt = new Int32Array(size).fill(-1);
  let curKeys: number[] = [];
  let nxtKeys: number[] = [];
  for (let j = 0; j < words.length; j++) {
    const w = words[j].text;
    const add = (ti: number, used: number, start: number) => {
      if (ti === L) {
        out.push({ start: words[start].start, end: words[j].end });
        return;
      }
      const key = ti * 8 + used;
      const prev = nxt[key];
      if (prev === -1) nxtKeys.push(key);
      if (prev === -1 || start < prev) nxt[key] = start;
    };
    if (tokens[0] === w) add(1, 0, j);
    const sentenceEnd = SENTENCE_END.has(w);
    if (work) work.steps += curKeys.length + 1;
    for (const key of curKeys) {
      const start = cur[key];
      cur[key] = -1;
      const ti = key >> 3;
      const tok = tokens[ti];
      if (typeof tok === 'string') {
        if (tok === w) add(ti + 1, 0, start);
        continue;
      }
      const used = key & 7;
      if (used < tok && !sentenceEnd) add(ti, used + 1, start);
      if (tokens[ti + 1] === w) add(ti + 2, 0, start);
    }
    [cur, nxt] = [nxt, cur];
    curKeys = nxtKeys;
    nxtKeys = [];
  }
}

/**
 * Compiles user phrases (plain text, `*` = up to six words, never a regular expression) into a
 * matcher over normalised text. Matching runs a small automaton per phrase over the text's words
 * (after a check that every literal word of the phrase occurs at all), so a hostile list
 * (thousands of entries, runs of wildcards) keeps matching linear in the text length.
 */
export function compileUserPhrases(phrases: readonly string[]): PhraseMatcher | undefined {
  const seen = new Set<string>();
  const compiled: PhraseToken[][] = [];
  for (const raw of phrases) {
    const toks = phraseTokens(String(raw));
    if (!toks.length) continue;
    const key = JSON.stringify(toks);
    if (seen.has(key)) continue;
    seen.add(key);
    compiled.push(toks);
  }
  if (!compiled.length) return undefined;
  return {
    find(norm: string, work?: { steps: number }): Range[] {
      const words: Token[] = [];
      for (const m of norm.matchAll(TOKEN_RE)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
      const present = new Set(words.map((w) => w.text));
      const raw: Range[] = [];
      for (const toks of compiled) {
        if (toks.every((t) => typeof t === 'number' || present.has(t))) runPhrase(toks, words, raw, work);
      }
      raw.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: Range[] = [];
      for (const r of raw) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
      return out;
    },
  };
}

/**
 * Compiles internal lexicon patterns (regular-expression source over normalised text, written as
 * data in `locales/<locale>/*.yaml`) into one global regular expression with word boundaries.
 */
export function compilePatterns(patterns: readonly string[]): RegExp {
  if (!patterns.length) return /(?!)/gu;
  return new RegExp(`${WORD_BEFORE}(?:${patterns.map((p) => `(?:${p})`).join('|')})${WORD_AFTER}`, 'gu');
}

/** All matches of a global regex in normalised text, as normalised ranges. */
export function matchAll(re: RegExp, norm: string): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Separator placed between spans in the joined reply text: a paragraph break. */
const JOIN = '\n\n';

/**
 * The reply of a macro as one string joined from its spans, with maps back to spans and file offsets,
 * and its normalised form.
 */
export class ReplyText {
  readonly text: string;
  readonly spans: readonly Span[];
  readonly #starts: number[] = [];
  #normalized?: NormalizedText;

  constructor(spans: readonly Span[]) {
    this.spans = spans;
    let pos = 0;
    const parts: string[] = [];
    spans.forEach((s, i) => {
      if (i > 0) {
        parts.push(JOIN);
        pos += JOIN.length;
      }
      this.#starts.push(pos);
      parts.push(s.text);
      pos += s.text.length;
    });
    this.text = parts.join('');
  }

  get normalized(): NormalizedText {
    return (this.#normalized ??= normalize(this.text));
  }

  /** Index of the span holding joined index `i` (the previous span for an index in a separator). */
  spanAt(i: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  spanStart(k: number): number {
    return this.#starts[k];
  }

  /** File offset of joined index `i`. */
  toOffset(i: number): number {
    if (!this.spans.length) return 0;
    const k = this.spanAt(i);
    const local = Math.min(i - this.#starts[k], this.spans[k].text.length);
    return this.spans[k].toOffset(local);
  }

  /** File range of joined range [start, end), clamped to the span holding `start`. */
  fileRange(start: number, end: number): Range {
    if (!this.spans.length) return { start: 0, end: 0 };
    const k = this.spanAt(start);
    const s0 = this.#starts[k];
    const span = this.spans[k];
    const ls = Math.min(start - s0, span.text.length);
    const le = Math.max(ls, Math.min(end - s0, span.text.length));
    return { start: span.toOffset(ls), end: span.toOffset(le) };
  }

  /** File range of a normalised range. */
  fileRangeOfNorm(start: number, end: number): Range {
    const r = sourceRange(this.normalized, start, end);
    return this.fileRange(r.start, r.end);
  }

  /** Edits replacing joined range [start, end) by `replacement`; undefined if the range crosses spans. */
  edit(start: number, end: number, replacement: string): Edit[] | undefined {
    if (!this.spans.length) return undefined;
    const k = this.spanAt(start);
    const s0 = this.#starts[k];
    const span = this.spans[k];
    if (end - s0 > span.text.length || start - s0 > span.text.length) return undefined;
    return span.edit(start - s0, end - s0, replacement);
  }
}

/** Matches `text`'s letter case onto `replacement` (all caps, or a capital first letter). */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  const rFirst = replacement.match(/\p{L}/u);
  if (first && rFirst && rFirst.index !== undefined) {
    const up = first === first.toUpperCase() && first !== first.toLowerCase();
    const c = up ? rFirst[0].toUpperCase() : rFirst[0].toLowerCase();
    return replacement.slice(0, rFirst.index) + c + replacement.slice(rFirst.index + 1);
  }
  return replacement;
}

/** Offsets of the start of each line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the line holding `offset`, given the line starts from `lineStarts`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of line `k` (before its line break). */
export function lineEnd(text: string, starts: number[], k: number): number {
  let e = k + 1 < starts.length ? starts[k + 1] : text.length;
  if (e > starts[k] && text.charCodeAt(e - 1) === 10) e--;
  if (e > starts[k] && text.charCodeAt(e - 1) === 13) e--;
  return e;
}

/** The line break the file uses most ("\r\n" or "\n"). */
export function detectEol(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** A span whose decoded text is the file text itself (Markdown). */
export class FileSpan implements Span {
  readonly style = 'markdown' as const;
  readonly range: Range;
  readonly text: string;
  readonly #eol: string;
  constructor(fileText: string, start: number, end: number, eol: string) {
    this.range = { start, end };
    this.text = fileText.slice(start, end);
    this.#eol = eol;
  }
  toOffset(index: number): number {
    return this.range.start + Math.max(0, Math.min(index, this.text.length));
  }
  edit(start: number, end: number, replacement: string): Edit[] {
    const text = this.#eol === '\r\n' ? replacement.replace(/\r?\n/g, '\r\n') : replacement;
    return [{ start: this.toOffset(start), end: this.toOffset(end), text }];
  }
}
