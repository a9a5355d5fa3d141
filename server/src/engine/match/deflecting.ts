/**
 * Matching of the deflecting phrase tables (and the user's extra phrases) on a normalised reply: the
 * engine's core reads them through the analysis, the `deflecting/*` rules through `findMatches`. Each
 * table is compiled once per process; guards drop matches in quotations or next to a guard phrase.
 */
import type { Lexicon } from '../lexicon';
import type { DeflectingCategory, DeflectingCategoryTable, DeflectingEntry } from '../lexicon/deflecting-types';
import { SplitPatterns, scannerFor } from '../lexicon/literals';
import { PLACEHOLDER_CHAR, compileUserPhrases, type PhraseMatcher, type ReplyText } from '../text';

interface CompiledEntry {
  entry: DeflectingEntry;
  /** Index of the wrapper group of this entry in the combined expression. */
  group: number;
}

interface CompiledTable {
  re: RegExp;
  entries: CompiledEntry[];
  before?: RegExp;
  after?: RegExp;
}

/** One compiled table per lexicon category object: compiled once per process, never per macro. */
const compiled = new WeakMap<DeflectingCategoryTable, CompiledTable>();

/**
 * Word boundaries over normalised text. ASCII classes instead of \p{L} (several times faster in a
 * lookbehind tried at every position); any character past Latin-1 punctuation counts as a letter,
 * and so does U+E000, so a phrase never starts or ends against a placeholder.
 */
const BOUNDARY_BEFORE = '(?<![a-z0-9_\\u00c0-\\u024f\\u0370-\\uffff])';
const BOUNDARY_AFTER = '(?![a-z0-9_\\u00c0-\\u024f\\u0370-\\uffff])';

function groupCount(src: string): number {
  return new RegExp(`${src}|`).exec('')!.length - 1;
}

/** One expression for `list` whose wrapper groups tell which entry matched. */
function compileEntries(list: readonly DeflectingEntry[]): { re: RegExp; entries: CompiledEntry[] } {
  const entries: CompiledEntry[] = [];
  const parts: string[] = [];
  let group = 1;
  for (const entry of list) {
    entries.push({ entry, group });
    parts.push(`(${entry.pattern})`);
    group += 1 + groupCount(entry.pattern);
  }
  const re = parts.length ? new RegExp(`${BOUNDARY_BEFORE}(?:${parts.join('|')})${BOUNDARY_AFTER}`, 'gd') : /(?!)/dg;
  return { re, entries };
}

type Guards = Pick<CompiledTable, 'before' | 'after'>;

function compileGuards(table: DeflectingCategoryTable): Guards {
  const before = table.guards?.before?.length ? new RegExp(`(?:${table.guards.before.map((g) => `(?:${g})`).join('|')})$`) : undefined;
  const after = table.guards?.after?.length ? new RegExp(`^(?:${table.guards.after.map((g) => `(?:${g})`).join('|')})`) : undefined;
  return { before, after };
}

/**
 * Compiles a category table into one expression whose wrapper groups tell which entry matched.
 * (The rules match with `splitFor` instead, which finds exactly the same matches faster.)
 */
export function compileTable(table: DeflectingCategoryTable): CompiledTable {
  let c = compiled.get(table);
  if (c) return c;
  const { re, entries } = compileEntries(table.entries);
  c = { re, entries, ...guardsOf(table) };
  compiled.set(table, c);
  return c;
}

/** Guards compiled once per table, without building the table's combined expression. */
const guardCache = new WeakMap<DeflectingCategoryTable, Guards>();
function guardsOf(table: DeflectingCategoryTable): Guards {
  let g = guardCache.get(table);
  if (!g) guardCache.set(table, (g = compileGuards(table)));
  return g;
}

/**
 * Per table, one expression per entry, run only when the entry's required literals occur in the
 * reply (see lexicon/literals.ts); merged, they find exactly what `compileTable(table).re` finds.
 */
const split = new WeakMap<DeflectingCategoryTable, SplitPatterns>();
function splitFor(lexicon: Lexicon, category: DeflectingCategory, table: DeflectingCategoryTable): SplitPatterns {
  let f = split.get(table);
  if (!f) {
    f = new SplitPatterns(
      scannerFor(lexicon),
      table.entries.map((e) => e.pattern),
      (i) => new RegExp(`${BOUNDARY_BEFORE}(?:(${table.entries[i].pattern}))${BOUNDARY_AFTER}`, 'gd'),
      lexicon.prefilter?.[`deflecting.${category}`],
    );
    split.set(table, f);
  }
  return f;
}

/** User phrase lists compiled once per distinct list (bounded cache). */
const userCache = new Map<string, PhraseMatcher | undefined>();
function userMatcher(list: readonly string[] | undefined): PhraseMatcher | undefined {
  if (!list?.length) return undefined;
  const key = list.join('\u0001');
  if (userCache.has(key)) return userCache.get(key);
  if (userCache.size > 200) userCache.clear();
  const re = compileUserPhrases(list);
  userCache.set(key, re);
  return re;
}

/** A match of a category in the normalised reply. */
export interface PhraseMatch {
  /** Normalised range of the whole phrase. */
  start: number;
  end: number;
  /** Lexicon entry (undefined for a user phrase) and the exec result. */
  entry?: DeflectingEntry;
  group?: number;
  exec?: RegExpExecArray;
}

const SENTENCE_END = /[.!?]/;
const WINDOW = 240;

function sentenceStart(norm: string, at: number): number {
  const lo = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= lo; i--) {
    if (SENTENCE_END.test(norm[i]) && (i + 1 >= norm.length || norm[i + 1] === ' ' || norm[i + 1] === PLACEHOLDER_CHAR)) return i + 1;
  }
  return lo;
}

function sentenceEnd(norm: string, at: number): number {
  const hi = Math.min(norm.length, at + WINDOW);
  for (let i = at; i < hi; i++) if (SENTENCE_END.test(norm[i]) && (i + 1 >= norm.length || norm[i + 1] === ' ')) return i;
  return hi;
}

/** True when normalised index `at` sits inside a quotation that opened earlier in its paragraph. */
function insideQuote(norm: string, at: number): boolean {
  const lo = Math.max(0, at - WINDOW);
  let dbl = false;
  let sgl = false;
  for (let i = lo; i < at; i++) {
    const ch = norm[i];
    if (ch === '"') dbl = !dbl;
    else if (ch === "'") {
      const prev = i > 0 ? norm[i - 1] : ' ';
      const next = i + 1 < norm.length ? norm[i + 1] : ' ';
      const prevWord = /[\p{L}\p{N}]/u.test(prev);
      const nextWord = /[\p{L}\p{N}]/u.test(next);
      // An apostrophe sits between letters; an opening quote follows a space, a closing one a word.
      if (!prevWord && nextWord) sgl = true;
      else if (prevWord && !nextWord && sgl) sgl = false;
    }
  }
  return dbl || sgl;
}

function guarded(norm: string, start: number, end: number, c: Guards): boolean {
  if (insideQuote(norm, start)) return true;
  if (c.before) {
    const s = sentenceStart(norm, start);
    if (c.before.test(norm.slice(s, start))) return true;
  }
  if (c.after) {
    const e = sentenceEnd(norm, end);
    if (c.after.test(norm.slice(end, e))) return true;
  }
  return false;
}

/** Matches of a category (lexicon entries, then user phrases that overlap none of them). */
export function findMatches(lexicon: Lexicon, reply: ReplyText, category: DeflectingCategory, userPhrases?: readonly string[]): PhraseMatch[] {
  const table = lexicon.deflecting[category];
  const norm = reply.normalized.norm;
  const out: PhraseMatch[] = [];
  if (!table) return out;
  const c = guardsOf(table);
  for (const { m, pattern } of splitFor(lexicon, category, table).matches(norm, reply.normalized)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].includes(PLACEHOLDER_CHAR)) continue;
    if (guarded(norm, start, end, c)) continue;
    // Each entry has its own expression, whose group 1 wraps the entry's pattern.
    out.push({ start, end, entry: table.entries[pattern], group: 1, exec: m });
  }
  const user = userMatcher(userPhrases);
  if (user) {
    let added = false;
    for (const { start, end } of user.find(norm)) {
      if (end <= start || norm.slice(start, end).includes(PLACEHOLDER_CHAR)) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      if (guarded(norm, start, end, c)) continue;
      out.push({ start, end });
      added = true;
    }
    if (added) out.sort((a, b) => a.start - b.start);
  }
  // One finding per category and sentence: two phrases of one kind in a sentence are one deflection.
  if (out.length > 1) {
    let lastSentence = -1;
    return out.filter((m) => {
      const s = sentenceStart(norm, m.start);
      if (s === lastSentence) return false;
      lastSentence = s;
      return true;
    });
  }
  return out;
}

