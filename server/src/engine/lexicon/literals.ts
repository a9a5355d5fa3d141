/**
 * Prefilters for lexicon patterns. From each pattern's regular-expression source we derive a set of
 * literal strings one of which every match must contain ("courier", "lost", …) and the sentence
 * punctuation it can never cross (both computed at build time by scripts/build-packs.mjs into
 * `lexicon.json`); one Aho–Corasick automaton per locale finds where those literals occur in a
 * normalised reply, in one pass over it, and a table then runs only the patterns whose literals
 * occur, each only on the sentences that hold them. A pattern the analysis cannot bound (it may match
 * without any fixed text) is always run on the whole reply. Skipping a pattern where it cannot match
 * changes no match of the combined expression, so results stay identical (tests/lexicon-packs.test.ts).
 */
import { cacheFamily } from '../caches';

/** A set of literals one of which every match contains, or undefined when none can be derived. */
type Need = string[] | undefined;

interface Parsed {
  need: Need;
  /**
   * Every string the node can match, when that set is finite and small (`[sz]`, `(?:a|an|the) `,
   * `c(?:ourier|arrier)`): neighbours multiply out into longer, rarer literals ("courier", "carrier").
   */
  set?: string[];
  /** True when the node can match the empty string. */
  empty: boolean;
}

const NONE: Parsed = { need: undefined, empty: false };
/** Lookarounds, anchors and `\b` consume nothing: the empty string, for concatenation. */
const NOTHING: Parsed = { need: undefined, set: [''], empty: true };
/** Largest set kept while multiplying neighbours out (beyond it the run is cut into two literals). */
const MAX_SET = 256;

/** Shortest literal in a set: longer literals are rarer, so better filters. */
function weight(n: Need): number {
  if (!n) return -1;
  let min = Infinity;
  for (const s of n) min = Math.min(min, s.length);
  return min;
}

/**
 * What a need costs: the chance that some literal of it occurs in a reply (a rough model: each letter
 * past the second makes a literal 2.5 times rarer) plus a little per literal (automaton states and
 * checks). Lower is better.
 */
function cost(n: readonly string[]): number {
  let c = 0;
  for (const s of n) c += 0.4 ** Math.max(s.length - 2, 0) + 0.01;
  return c;
}

/** The better filter of two (the cheaper; either when the other is undefined). */
function better(a: Need, b: Need): Need {
  // One-letter literals ("a", "s") filter nothing and cost a state each: never a need.
  if (b && weight(b) < 2) return a;
  if (a && weight(a) < 2) return b;
  if (!a || !b) return a ?? b;
  return cost(b) < cost(a) ? b : a;
}

function product(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/**
 * The smallest equivalent need: a literal that contains another literal of the set adds nothing (a
 * text holding "courier service" holds "courier"), so `{courier, the courier, courier service}` is `{courier}`.
 */
function reduce(lits: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of [...new Set(lits)].sort((a, b) => a.length - b.length)) if (!out.some((o) => l.includes(o))) out.push(l);
  return out;
}

/** A set as a need: usable when it holds no empty string (then every match contains one of its strings). */
function needOf(set: readonly string[] | undefined): Need {
  return set && set.length && !set.includes('') ? reduce(set) : undefined;
}

/**
 * Recursive-descent reader of a regular-expression source (the subset the lexicons use). Anything it
 * does not understand yields "no need" for that node, which only makes the filter weaker, never wrong.
 */
class Reader {
  #src: string;
  #i = 0;
  constructor(src: string) {
    this.#src = src;
  }

  parse(): Need {
    const p = this.#alternation();
    if (this.#i !== this.#src.length) return undefined;
    return p.empty ? undefined : p.need;
  }

  #alternation(): Parsed {
    const alts: Parsed[] = [this.#sequence()];
    while (this.#src[this.#i] === '|') {
      this.#i++;
      alts.push(this.#sequence());
    }
    if (alts.length === 1) return alts[0];
    const empty = alts.some((a) => a.empty);
    let set: string[] | undefined;
    if (alts.every((a) => a.set)) {
      const all = [...new Set(alts.flatMap((a) => a.set!))];
      if (all.length <= MAX_SET) set = all;
    }
    if (empty || alts.some((a) => !a.need)) return { need: undefined, set, empty };
    return { need: reduce(alts.flatMap((a) => a.need!)), set, empty: false };
  }

  #sequence(): Parsed {
    let need: Need;
    // The strings the atoms read so far (since the last cut) can match; [''] = nothing read yet.
    let cur: string[] = [''];
    // The sets of the atoms in `cur`: one of them alone may filter better than their product.
    let run: string[][] = [];
    let finite = true;
    let empty = true;
    const flush = () => {
      need = better(need, needOf(cur));
      for (const a of run) need = better(need, needOf(a));
      cur = [''];
      run = [];
    };
    const s = this.#src;
    while (this.#i < s.length && s[this.#i] !== '|' && s[this.#i] !== ')') {
      let atom = this.#atom();
      const q = this.#quantifier();
      if (q && !(q.min === 1 && q.max === 1)) {
        if (q.min === 0) atom = { need: undefined, set: q.max === 1 && atom.set ? [...new Set(['', ...atom.set])] : undefined, empty: true };
        // A repeated atom still contains its text at least once, but cannot be joined with neighbours.
        else atom = { need: atom.need ?? needOf(atom.set), empty: atom.empty };
      }
      if (!atom.empty) empty = false;
      if (atom.set) {
        const joined = product(cur, atom.set);
        if (joined) cur = joined;
        else {
          finite = false;
          flush();
          cur = atom.set;
        }
        run.push(atom.set);
        continue;
      }
      finite = false;
      flush();
      if (atom.need) need = better(need, atom.need);
    }
    const set = finite ? cur : undefined;
    flush();
    return { need, set, empty };
  }

  #quantifier(): { min: number; max: number } | undefined {
    const s = this.#src;
    const c = s[this.#i];
    let q: { min: number; max: number } | undefined;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.#i));
      if (!m) return undefined;
      this.#i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    }
    if (!q) return undefined;
    this.#i++;
    if (s[this.#i] === '?') this.#i++;
    return q;
  }

  #atom(): Parsed {
    const s = this.#src;
    const c = s[this.#i];
    if (c === '(') {
      this.#i++;
      let look = false;
      if (s.startsWith('?:', this.#i)) this.#i += 2;
      else if (s.startsWith('?=', this.#i) || s.startsWith('?!', this.#i)) {
        this.#i += 2;
        look = true;
      } else if (s.startsWith('?<=', this.#i) || s.startsWith('?<!', this.#i)) {
        this.#i += 3;
        look = true;
      } else if (s.startsWith('?<', this.#i)) {
        const close = s.indexOf('>', this.#i);
        this.#i = close + 1;
      }
      const inner = this.#alternation();
      if (s[this.#i] !== ')') throw new Error('unbalanced');
      this.#i++;
      // Lookarounds consume nothing: they neither need text nor add to their neighbours.
      if (look) return NOTHING;
      return inner;
    }
    if (c === '[') return this.#class();
    if (c === '.') {
      this.#i++;
      return NONE;
    }
    if (c === '^' || c === '$') {
      this.#i++;
      return NOTHING;
    }
    if (c === '\\') {
      const d = s[this.#i + 1];
      this.#i += 2;
      if (d === 'b' || d === 'B') return NOTHING;
      const ch = this.#escape(d);
      return ch === undefined ? NONE : this.#char(ch);
    }
    this.#i++;
    return this.#char(c);
  }

  /** The character an escape `\d…` stands for (the backslash and `d` already read), or undefined for a class. */
  #escape(d: string): string | undefined {
    const s = this.#src;
    if (d === 'u' || d === 'x') {
      const hex = (d === 'u' ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(s.slice(this.#i));
      if (!hex) return undefined;
      this.#i += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (d === 'p' || d === 'P') {
      if (s[this.#i] === '{') this.#i = s.indexOf('}', this.#i) + 1;
      return undefined;
    }
    if (d === 'k') {
      this.#i = s.indexOf('>', this.#i) + 1;
      return undefined;
    }
    if (/[dDwWsSnrtfv0-9c]/.test(d)) return undefined;
    return d;
  }

  /** A character class: the set of its characters when it lists a few plain ones (`[sz]`, `[- ]`). */
  #class(): Parsed {
    const s = this.#src;
    this.#i++;
    let plain = s[this.#i] !== '^';
    if (!plain) this.#i++;
    const chars = new Set<string>();
    while (this.#i < s.length && s[this.#i] !== ']') {
      let ch: string | undefined = s[this.#i];
      this.#i++;
      if (ch === '\\') {
        const d = s[this.#i];
        this.#i++;
        ch = d === 'b' ? undefined : this.#escape(d);
      } else if (ch === '-' && chars.size && s[this.#i] !== ']') ch = undefined; // a range
      if (ch === undefined) plain = false;
      else chars.add(ch);
    }
    this.#i++;
    return plain && chars.size > 0 && chars.size <= 8 ? { need: [...chars], set: [...chars], empty: false } : NONE;
  }

  #char(ch: string): Parsed {
    return { need: [ch], set: [ch], empty: false };
  }
}

/** Literals one of which every match of `source` contains; undefined when the pattern is unbounded. */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const need = new Reader(source).parse();
    // One-letter literals ("a", "s") filter nothing and cost a state each.
    return need && weight(need) >= 2 ? need : undefined;
  } catch {
    return undefined;
  }
}

/** Sentence punctuation that may cut a reply into segments a pattern cannot cross. */
const SEPARATORS = '.!?;:';

/**
 * The separators (of `.!?;:`) that no part of `source` can consume, lookarounds included: a match
 * never spans one, and no lookaround reads past one. Empty when the pattern can consume them all or
 * uses what this reader does not follow (`^`, `$`, `.`, negated escapes, back references).
 */
export function barriers(source: string): string {
  const consumed = new Set<string>();
  const all = () => {
    for (const c of SEPARATORS) consumed.add(c);
  };
  const s = source;
  let i = 0;
  /** The character an escape stands for, 'ALL' for a class that may hold punctuation, '' for one that holds none. */
  const escape = (): string => {
    const d = s[i + 1];
    i += 2;
    if (d === 'u' || d === 'x') {
      const hex = (d === 'u' ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(s.slice(i));
      if (!hex) return 'ALL';
      i += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (d === 'd' || d === 'w' || d === 's' || d === 'b' || d === 'B') return '';
    if (d === 'p') {
      const m = /^\{(L|N|Lu|Ll|Letter|Number)\}/.exec(s.slice(i));
      if (!m) return 'ALL';
      i += m[0].length;
      return '';
    }
    if (/[A-Za-z0-9]/.test(d ?? '')) return 'ALL';
    return d ?? 'ALL';
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') {
      const e = escape();
      if (e === 'ALL') return '';
      consumed.add(e);
    } else if (c === '[') {
      i++;
      const negated = s[i] === '^';
      if (negated) i++;
      const listed: string[] = [];
      const ranges: [string, string][] = [];
      while (i < s.length && s[i] !== ']') {
        let ch: string;
        if (s[i] === '\\') {
          ch = escape();
          if (ch === 'ALL') return '';
        } else ch = s[i++];
        if (s[i] === '-' && s[i + 1] !== ']' && ch) {
          i++;
          let hi: string;
          if (s[i] === '\\') {
            hi = escape();
            if (hi === 'ALL' || !hi) return '';
          } else hi = s[i++];
          ranges.push([ch, hi]);
        } else if (ch) listed.push(ch);
      }
      i++;
      for (const sep of SEPARATORS) {
        const inClass = listed.includes(sep) || ranges.some(([a, b]) => sep >= a && sep <= b);
        if (inClass !== negated) consumed.add(sep);
      }
    } else if (c === '(') {
      i++;
      if (s[i] === '?') {
        i++;
        if (s[i] === '<' && s[i + 1] !== '=' && s[i + 1] !== '!') i = s.indexOf('>', i) + 1;
        else i += s[i] === '<' ? 2 : 1;
      }
    } else if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(s.slice(i));
      if (!m) return '';
      i += m[0].length;
    } else if (c === '^' || c === '$' || c === '.') return '';
    else {
      if (!'|)?*+'.includes(c)) consumed.add(c);
      i++;
    }
  }
  if (consumed.size && [...SEPARATORS].every((sep) => consumed.has(sep))) return '';
  return [...SEPARATORS].filter((sep) => !consumed.has(sep)).join('');
}

/** A pattern's prefilter: the literals one of which every match contains (null: none), and its barriers. */
export type PatternFilter = readonly [readonly string[] | null, string];

/** Where the literals of a scan occur: per literal id, its end offsets (a linked list over `pos`). */
export interface Scan {
  /** The literals that occur, each once, in order of first occurrence. */
  ids: number[];
  /** Per literal that occurs, the index into `pos` / `link` of its last hit. */
  last: Map<number, number>;
  /** End offset (exclusive) of each hit. */
  pos: number[];
  /** Index of the previous hit of the same literal, or -1. */
  link: number[];
  /** Per-text work shared by every table that reads this scan (segments, their strings). */
  shared?: ScanShared;
}

/** What the tables of a locale share about one scanned text. */
interface ScanShared {
  /** Per barrier set: the text's segments and the segment of each hit. */
  segments: Map<string, Segmentation>;
  /** Segment strings with their context characters, by start × (length + 1) + end. */
  slices: Map<number, string>;
  /** Per registered table, (pattern, literal id) pairs of the literals that occur (see `LiteralScanner.candidates`). */
  on?: number[][];
}

/** The runs of a text between barrier characters, and which run each literal hit falls in. */
interface Segmentation {
  /** [start, end) pairs. */
  seg: Int32Array;
  /** Per hit (index into `Scan.pos`), the index of its segment. */
  hitSeg: Int32Array;
  /** Per literal id that occurs, the segments holding it (ascending, each once). */
  litSegs: Map<number, number[]>;
}

/** Which of a fixed list of literals occur in a text, and where: one Aho–Corasick pass over it. */
export class LiteralScanner {
  readonly literals: readonly string[];
  #index = new Map<string, number>();
  #alphabet = new Uint16Array(65536);
  #width = 1;
  #next: Int32Array = new Int32Array(0);
  /** Literal ids reported in each state (its own and its suffixes'). */
  #out: number[][] = [];
  #cache = new WeakMap<object, Scan>();
  #runs = new Map<string, Scan>();
  /** The scans it keeps, per text and per run: dropped by `clearEngineCaches` (see caches.ts). */
  static #memos = cacheFamily<LiteralScanner>(
    'literals.scans',
    (s) => {
      s.#cache = new WeakMap();
      s.#runs.clear();
    },
    (s) => s.#runs.size,
  );
  /** Per literal id, the (table, pattern) pairs that need it, as table × 65536 + pattern. */
  #postings: (number[] | undefined)[] = [];
  /** Pattern count of each registered table. */
  #tables: number[] = [];

  constructor() {
    this.literals = [];
    LiteralScanner.#memos.add(this);
  }

  /** Registers a table's patterns (their literal ids; undefined = always run); returns the table's id. */
  register(needs: readonly (readonly number[] | undefined)[]): number {
    const t = this.#tables.length;
    this.#tables.push(needs.length);
    needs.forEach((need, i) => {
      for (const id of need ?? []) {
        const list = (this.#postings[id] ??= []);
        const v = t * 65536 + i;
        if (list[list.length - 1] !== v) list.push(v);
      }
    });
    return t;
  }

  /**
   * The literals of table `t` that occur in the scanned text, as flat (pattern, literal id) pairs:
   * computed for every registered table in one walk over the scan's literals.
   */
  candidates(scan: Scan, t: number): number[] {
    const shared: ScanShared = (scan.shared ??= { segments: new Map(), slices: new Map() });
    let on = shared.on;
    if (!on || on.length <= t) {
      on = shared.on = this.#tables.map(() => []);
      const postings = this.#postings;
      const ids = scan.ids;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        const list = postings[id];
        if (list === undefined) continue;
        for (let j = 0; j < list.length; j++) {
          const v = list[j];
          on[(v / 65536) | 0].push(v & 65535, id);
        }
      }
    }
    return on[t];
  }

  /** Id of a literal, added to the automaton (before the first scan). */
  add(lit: string): number {
    let id = this.#index.get(lit);
    if (id === undefined) {
      id = this.literals.length;
      (this.literals as string[]).push(lit);
      this.#index.set(lit, id);
      // A new literal invalidates the automaton and every cached scan.
      this.#next = new Int32Array(0);
      this.#cache = new WeakMap();
      this.#runs = new Map();
    }
    return id;
  }

  #build(): void {
    const alpha = this.#alphabet;
    alpha.fill(0);
    let w = 1;
    for (const lit of this.literals) for (let k = 0; k < lit.length; k++) if (!alpha[lit.charCodeAt(k)]) alpha[lit.charCodeAt(k)] = w++;
    this.#width = w;
    // Trie.
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.literals.forEach((lit, id) => {
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const a = alpha[lit.charCodeAt(k)];
        let t = goto[s].get(a);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s].set(a, t);
        }
        s = t;
      }
      out[s].push(id);
    });
    // Full transition table by breadth-first search over failure links.
    const n = goto.length;
    const next = new Int32Array(n * w);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let a = 0; a < w; a++) {
      const t = goto[0].get(a);
      if (t !== undefined) {
        next[a] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      if (out[fail[s]].length) out[s] = [...new Set([...out[s], ...out[fail[s]]])];
      for (let a = 0; a < w; a++) {
        const t = goto[s].get(a);
        if (t !== undefined) {
          fail[t] = next[fail[s] * w + a];
          next[s * w + a] = t;
          queue.push(t);
        } else next[s * w + a] = next[fail[s] * w + a];
      }
    }
    this.#next = next;
    this.#out = out;
  }

  /**
   * The scan of a run of a reply (see `SplitPatterns.matches`), kept by the run's text for the other
   * tables that miss on the same run. Bounded; cleared when full.
   */
  scanRun(run: string): Scan {
    let s = this.#runs.get(run);
    if (!s) {
      if (this.#runs.size >= 1024) this.#runs.clear();
      this.#runs.set(run, (s = this.scan(run)));
    }
    return s;
  }

  /** The literals `text` holds and where; cached per `key` object (the normalised text). */
  scan(text: string, key?: object): Scan {
    if (key) {
      const hit = this.#cache.get(key);
      if (hit) return hit;
    }
    if (!this.#next.length) this.#build();
    const last = new Map<number, number>();
    const pos: number[] = [];
    const link: number[] = [];
    const ids: number[] = [];
    const next = this.#next;
    const alpha = this.#alphabet;
    const out = this.#out;
    const w = this.#width;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s * w + alpha[text.charCodeAt(i)]];
      const o = out[s];
      if (o.length)
        for (let k = 0; k < o.length; k++) {
          const id = o[k];
          const prev = last.get(id);
          if (prev === undefined) ids.push(id);
          link.push(prev ?? -1);
          last.set(id, pos.length);
          pos.push(i + 1);
        }
    }
    const result = { ids, last, pos, link };
    if (key) this.#cache.set(key, result);
    return result;
  }
}

/** A table's match in a run, relative to the run's text (see `SplitPatterns.matches`). */
interface ChunkMatch {
  pattern: number;
  c: SegmentMatch;
}

/** One match of a `SplitPatterns`: the exec result and the index of the pattern that made it. */
export interface SplitMatch {
  m: RegExpExecArray;
  pattern: number;
}

/** The runs of `text` between characters of `stops` and the run of each hit of `scan`, cached per text and stops. */
function segmentsOf(text: string, stops: string, scan: Scan, cache: Map<string, Segmentation>): Segmentation {
  let s = cache.get(stops);
  if (s) return s;
  const cuts: number[] = [0];
  const codes = [...stops].map((c) => c.charCodeAt(0));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every separator is ASCII punctuation below 'A'.
    if (c < 65 && codes.includes(c)) cuts.push(i, i + 1);
  }
  cuts.push(text.length);
  const seg = Int32Array.from(cuts);
  // Hits come in text order: one merge walk gives each its segment (the last one starting at or before it).
  const pos = scan.pos;
  const hitSeg = new Int32Array(pos.length);
  const last = seg.length / 2 - 1;
  let k = 0;
  for (let h = 0; h < pos.length; h++) {
    const at = pos[h] - 1;
    while (k < last && seg[2 * (k + 1)] <= at) k++;
    hitSeg[h] = k;
  }
  cache.set(stops, (s = { seg, hitSeg, litSegs: new Map() }));
  return s;
}

/** The segments of `sg` holding a hit of literal `id` (ascending, each once), walked once per literal and barrier set. */
function segmentsHolding(scan: Scan, id: number, sg: Segmentation): number[] {
  let list = sg.litSegs.get(id);
  if (list === undefined) {
    list = [];
    for (let h = scan.last.get(id) ?? -1; h >= 0; h = scan.link[h]) list.push(sg.hitSeg[h]);
    // The links run from the last hit back.
    list.reverse();
    let w = 0;
    for (let j = 0; j < list.length; j++) if (j === 0 || list[j] !== list[w - 1]) list[w++] = list[j];
    list.length = w;
    sg.litSegs.set(id, list);
  }
  return list;
}

/** The segments of `sg` holding a hit of any of the literals `ids` (ascending, each once). */
function segmentsHoldingAny(scan: Scan, ids: readonly number[], sg: Segmentation): readonly number[] {
  if (ids.length === 1) return segmentsHolding(scan, ids[0], sg);
  const all: number[] = [];
  for (const id of ids) for (const x of segmentsHolding(scan, id, sg)) all.push(x);
  all.sort((x, y) => x - y);
  return all.filter((x, j) => j === 0 || x !== all[j - 1]);
}

/** A match found in a segment, kept relative to the segment's slice. */
interface SegmentMatch {
  index: number;
  strings: (string | undefined)[];
  groups?: Record<string, string | undefined>;
  indices?: ([number, number] | undefined)[];
  groupIndices?: Record<string, [number, number] | undefined>;
}

/** What an exec result says, relative to the string it ran on. */
function keep(m: RegExpExecArray): SegmentMatch {
  return {
    index: m.index,
    strings: [...m],
    groups: m.groups ? { ...m.groups } : undefined,
    indices: m.indices ? [...m.indices] : undefined,
    groupIndices: m.indices?.groups ? { ...m.indices.groups } : undefined,
  };
}

/**
 * Results of a pattern on a segment, by pattern, start offset and the segment's text with its context:
 * replies and libraries repeat sentences, and a pattern that cannot cross the segment's edges finds
 * the same there whatever surrounds it. Bounded (a key is a slice, which keeps its reply's text alive);
 * cleared when full.
 */
class SegmentMemo {
  /** Segment text (with its context characters) → flat pairs (start offset × 4096 + pattern, result). */
  #map = new Map<string, (number | SegmentMatch | null)[]>();
  static readonly MAX = 8192;
  static #memos = cacheFamily<SegmentMemo>(
    'literals.segments',
    (m) => m.#map.clear(),
    (m) => m.#map.size,
  );

  constructor() {
    SegmentMemo.#memos.add(this);
  }

  /** The results kept for a segment text (created empty on first use). */
  of(slice: string): (number | SegmentMatch | null)[] {
    let m = this.#map.get(slice);
    if (!m) {
      if (this.#map.size >= SegmentMemo.MAX) this.#map.clear();
      this.#map.set(slice, (m = []));
    }
    return m;
  }
}

/** An exec result for the whole text from a segment match found `a` characters into it. */
function revive(c: SegmentMatch, a: number, input: string): RegExpExecArray {
  const m = c.strings.slice() as unknown as RegExpExecArray;
  const shift = (r: [number, number] | undefined) => r && ([r[0] + a, r[1] + a] as [number, number]);
  m.index = c.index + a;
  m.input = input;
  m.groups = c.groups ? ({ ...c.groups } as Record<string, string>) : undefined;
  if (c.indices) {
    const idx = c.indices.map(shift) as unknown as RegExpIndicesArray;
    const named = c.groupIndices;
    idx.groups = named ? (Object.fromEntries(Object.entries(named).map(([k, r]) => [k, shift(r)])) as Record<string, [number, number]>) : undefined;
    m.indices = idx;
  }
  return m;
}

/**
 * The matches of one pattern in order, running its expression only on the segments (runs between its
 * barrier characters) that hold one of its literals. The expression runs on the segment with one
 * character of context on each side, the barrier itself: the pattern can neither consume it nor look
 * past it, so it sees what it would see in the whole text; offsets are moved back to the whole text.
 */
class SegmentRunner {
  #re: RegExp;
  #id: number;
  #memo: SegmentMemo;
  #text: string;
  /** Segment [start, end) pairs holding a literal of the pattern, in order. */
  #spans: number[];
  /** The segment [start, end) with its context characters, one string object per segment and text. */
  #slices: (start: number, end: number) => string;
  #k = 0;
  constructor(re: RegExp, id: number, memo: SegmentMemo, text: string, spans: number[], slices: (start: number, end: number) => string) {
    this.#re = re;
    this.#id = id;
    this.#memo = memo;
    this.#text = text;
    this.#spans = spans;
    this.#slices = slices;
  }

  /** The first match starting at or after `from`, or null. */
  next(from: number): RegExpExecArray | null {
    const spans = this.#spans;
    const text = this.#text;
    while (this.#k < spans.length) {
      const start = spans[this.#k];
      const end = spans[this.#k + 1];
      if (end <= from && end < text.length) {
        this.#k += 2;
        continue;
      }
      const a = start > 0 ? start - 1 : 0;
      const slice = this.#slices(start, end);
      const rel = Math.max(from, start) - a;
      const c = this.#find(slice, rel);
      if (c) return revive(c, a, text);
      this.#k += 2;
    }
    return null;
  }

  #find(slice: string, rel: number): SegmentMatch | null {
    const kept = this.#memo.of(slice);
    const key = rel * 4096 + this.#id;
    for (let j = 0; j < kept.length; j += 2) if (kept[j] === key) return kept[j + 1] as SegmentMatch | null;
    const re = this.#re;
    re.lastIndex = rel;
    const m = re.exec(slice);
    const c = m ? keep(m) : null;
    kept.push(key, c);
    return c;
  }
}

/** The slice of a run [start, end) of `text` with its context characters, one string per run and text (kept in the scan). */
function slicer(text: string, scan: Scan): (start: number, end: number) => string {
  const slices = scan.shared!.slices;
  return (start: number, end: number): string => {
    const k = start * (text.length + 1) + end;
    let sl = slices.get(k);
    if (sl === undefined) {
      const a = start > 0 ? start - 1 : 0;
      const b = end < text.length ? end + 1 : end;
      slices.set(k, (sl = a === 0 && b === text.length ? text : text.slice(a, b)));
    }
    return sl;
  };
}

/** A pattern's own expression, as the whole text or segment by segment. */
type Runner = { next(from: number): RegExpExecArray | null };

/** Runs a global expression over the whole text. */
function wholeText(re: RegExp, text: string): Runner {
  return {
    next(from: number) {
      if (from > text.length) return null;
      re.lastIndex = from;
      return re.exec(text);
    },
  };
}

/**
 * The matches that one global expression `B(?:(p0)|(p1)|…)A` would find, computed with one small
 * expression per pattern (`compile(i)`), run only for the patterns whose literals occur in the text
 * and, when a pattern cannot cross sentence punctuation, only on the sentences that hold its literals.
 *
 * Why: V8 compiles a small expression to machine code but leaves a very large one (a whole table
 * of phrases) to its bytecode interpreter, several times slower; and most patterns of a table cannot
 * match a given reply at all. The merge keeps the combined expression's semantics exactly: the
 * leftmost match wins, at equal start the earlier pattern wins, and the search resumes at its end.
 */
export class SplitPatterns {
  #scanner: LiteralScanner;
  /** Literal ids per pattern; undefined = always run. */
  #needs: (number[] | undefined)[];
  /** Characters each pattern can never cross ('' = run it on the whole text). */
  #stops: string[];
  #compile: (i: number) => RegExp;
  #res: (RegExp | undefined)[];
  /** Patterns that run on every text (no literal could be derived). */
  #always: number[] = [];
  /** This table's id in the shared scanner. */
  #table: number;
  /** Patterns picked for the current text (cleared after each call). */
  #marks: Uint8Array;
  /** Per pattern picked for the current text, the ids of its literals that occur (scratch, cleared after each call). */
  #found: number[][];
  #memo = new SegmentMemo();
  /**
   * Sentence punctuation that no pattern of the table with literals can cross ('' when they share none):
   * the table's combined matches in a run between two of these characters depend on that run alone.
   */
  #chunkStops = '';
  /** Per pattern, 1 when it may cross `#chunkStops` (it runs on the whole text, or has no literal). */
  #crossing: Uint8Array;
  /** The table's combined matches per run (with its context characters), relative to the run; bounded. */
  #chunks = new Map<string, ChunkMatch[]>();
  static readonly MAX_CHUNKS = 8192;
  static #memos = cacheFamily<SplitPatterns>(
    'literals.chunks',
    (t) => t.#chunks.clear(),
    (t) => t.#chunks.size,
  );
  /**
   * The patterns' own expressions, compiled on first use: most of a table's compiled code (V8 keeps each
   * expression's machine code with it), and a keystroke needs only the few whose literals it meets.
   */
  static #compiled = cacheFamily<SplitPatterns>(
    'literals.expressions',
    (t) => t.#res.fill(undefined),
    (t) => t.#res.reduce((n, re) => n + (re ? 1 : 0), 0),
  );

  /**
   * `filters`: each pattern's literals and barriers as the build computed them (`lexicon.json`'s
   * `prefilter`); derived here when absent or when they do not fit the list.
   */
  constructor(scanner: LiteralScanner, sources: readonly string[], compile: (i: number) => RegExp, filters?: readonly PatternFilter[]) {
    this.#scanner = scanner;
    SplitPatterns.#memos.add(this);
    SplitPatterns.#compiled.add(this);
    const pre = filters?.length === sources.length ? filters : undefined;
    this.#needs = sources.map((src, i) => (pre ? pre[i][0] ?? undefined : requiredLiterals(src))?.map((l) => scanner.add(l)));
    this.#needs.forEach((need, i) => {
      if (!need) this.#always.push(i);
    });
    if (sources.length > 65536) throw new Error('a phrase table holds more than 65536 patterns');
    this.#table = scanner.register(this.#needs);
    this.#marks = new Uint8Array(sources.length);
    this.#found = sources.map(() => []);
    // Only a pattern with literals and no empty match can be run segment by segment.
    this.#stops = sources.map((src, i) => (this.#needs[i] ? (pre ? pre[i][1] : barriers(src)) : ''));
    this.#compile = compile;
    this.#res = sources.map(() => undefined);
    const bounded = this.#stops.filter((st) => st !== '');
    this.#chunkStops = bounded.length ? [...bounded[0]].filter((c) => bounded.every((st) => st.includes(c))).join('') : '';
    this.#crossing = Uint8Array.from(this.#stops, (st) => (st === '' || [...this.#chunkStops].some((c) => !st.includes(c)) ? 1 : 0));
  }

  /**
   * The combined expression's non-empty matches in `text`, in order (`key`: cache key of the text's scan).
   *
   * When every pattern whose literals occur is bounded by the table's chunk punctuation, the text is cut
   * into runs at that punctuation and the table's matches in each run holding a literal come from a memo
   * keyed by the run's text (computed on a miss by the per-pattern path on the run alone): the combined
   * expression cannot match across a run's edge nor see past it, and it resumes after each match inside
   * the run, so its matches in the text are the runs' matches in order. Replies and libraries repeat
   * sentences; a repeated one then costs one lookup per table instead of one per pattern.
   */
  matches(text: string, key?: object): SplitMatch[] {
    const scan = this.#scanner.scan(text, key);
    if (this.#chunkStops && !this.#always.length) {
      const pairs = this.#scanner.candidates(scan, this.#table);
      if (!pairs.length) return [];
      let bounded = true;
      for (let k = 0; k < pairs.length && bounded; k += 2) if (this.#crossing[pairs[k]]) bounded = false;
      if (bounded || this.#crossingSilent(text, scan, pairs)) return this.#byChunk(text, scan, pairs);
    }
    return this.#matches(text, scan);
  }

  /**
   * True when no candidate pattern that may cross the chunk punctuation matches anywhere in `text`: a
   * pattern with no match from the start has none from any later position, so it never takes part in
   * the combined expression's matches, and the bounded patterns' runs decide them alone.
   */
  #crossingSilent(text: string, scan: Scan, pairs: readonly number[]): boolean {
    const lits = new Map<number, number[]>();
    for (let k = 0; k < pairs.length; k += 2) {
      const i = pairs[k];
      if (!this.#crossing[i]) continue;
      const l = lits.get(i);
      if (l) l.push(pairs[k + 1]);
      else lits.set(i, [pairs[k + 1]]);
    }
    const sliceOf = slicer(text, scan);
    for (const [i, l] of lits) if (this.#runner(i, text, scan, sliceOf, l).next(0)) return false;
    return true;
  }

  /** The matches when every candidate pattern is bounded by the chunk punctuation (see `matches`). */
  #byChunk(text: string, scan: Scan, pairs: readonly number[]): SplitMatch[] {
    const sg = segmentsOf(text, this.#chunkStops, scan, scan.shared!.segments);
    const seg = sg.seg;
    const lits: number[] = [];
    for (let k = 1; k < pairs.length; k += 2) if (pairs[k] !== lits[lits.length - 1]) lits.push(pairs[k]);
    const out: SplitMatch[] = [];
    const chunks = this.#chunks;
    // One string object per run shared by the tables: its hash is computed once.
    const sliceOf = slicer(text, scan);
    for (const x of segmentsHoldingAny(scan, lits, sg)) {
      const start = seg[2 * x];
      const a = start > 0 ? start - 1 : 0;
      const slice = sliceOf(start, seg[2 * x + 1]);
      let found = chunks.get(slice);
      if (found === undefined) {
        found = this.#matches(slice, this.#scanner.scanRun(slice)).map(({ m, pattern }) => ({ pattern, c: keep(m) }));
        if (chunks.size >= SplitPatterns.MAX_CHUNKS) chunks.clear();
        chunks.set(slice, found);
      }
      for (const f of found) out.push({ m: revive(f.c, a, text), pattern: f.pattern });
    }
    return out;
  }

  /** The combined expression's matches, pattern by pattern (each on the whole text or on the runs holding its literals). */
  #matches(text: string, scan: Scan): SplitMatch[] {
    // Patterns in table order (the earlier pattern wins a tie), each once.
    const marks = this.#marks;
    const on: number[] = [];
    for (const i of this.#always) if (!marks[i]) on.push(i), (marks[i] = 1);
    const found = this.#found;
    const pairs = this.#scanner.candidates(scan, this.#table);
    for (let k = 0; k < pairs.length; k += 2) {
      const i = pairs[k];
      if (!marks[i]) on.push(i), (marks[i] = 1);
      found[i].push(pairs[k + 1]);
    }
    const out: SplitMatch[] = [];
    if (!on.length) return out;
    for (const i of on) marks[i] = 0;
    on.sort((x, y) => x - y);
    const sliceOf = slicer(text, scan);
    let runners: Runner[];
    try {
      runners = on.map((i): Runner => this.#runner(i, text, scan, sliceOf, found[i]));
    } finally {
      for (const i of on) found[i].length = 0;
    }
    const next: (RegExpExecArray | null)[] = runners.map((r) => r.next(0));
    for (;;) {
      let best = -1;
      for (let j = 0; j < next.length; j++) {
        const m = next[j];
        if (m && (best < 0 || m.index < next[best]!.index)) best = j;
      }
      if (best < 0) return out;
      const m = next[best]!;
      const len = m[0].length;
      // The combined expression steps over an empty match without reporting it.
      if (len) out.push({ m, pattern: on[best] });
      const pos = m.index + (len || 1);
      for (let j = 0; j < next.length; j++) {
        const n = next[j];
        if (n && n.index < pos) next[j] = pos <= text.length ? runners[j].next(pos) : null;
      }
    }
  }

  /** The runner of pattern `i` on `text`: the whole text, or the segments holding its literals. */
  #runner(i: number, text: string, scan: Scan, sliceOf: (start: number, end: number) => string, lits: readonly number[]): Runner {
    const re = (this.#res[i] ??= this.#compile(i));
    const stops = this.#stops[i];
    if (!stops) return wholeText(re, text);
    const sg = segmentsOf(text, stops, scan, scan.shared!.segments);
    const spans: number[] = [];
    for (const x of segmentsHoldingAny(scan, lits, sg)) spans.push(sg.seg[2 * x], sg.seg[2 * x + 1]);
    return new SegmentRunner(re, i, this.#memo, text, spans, sliceOf);
  }
}

/** One scanner per lexicon object (all tables of a locale share one pass over the text). */
const scanners = new WeakMap<object, LiteralScanner>();

/**
 * The literal scanner shared by every table of `lexicon`. The build-time prefilter's literals are all
 * added at once, so the automaton is built once per locale, not again as each table is first used.
 */
export function scannerFor(lexicon: { prefilter?: Readonly<Record<string, readonly PatternFilter[]>> }): LiteralScanner {
  let s = scanners.get(lexicon);
  if (!s) {
    scanners.set(lexicon, (s = new LiteralScanner()));
    for (const list of Object.values(lexicon.prefilter ?? {})) for (const [lits] of list) for (const l of lits ?? []) s.add(l);
  }
  return s;
}
