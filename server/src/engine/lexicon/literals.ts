/**
 * Prefilters for lexicon patterns. From each pattern's regular-expression source we derive a set of
 * literal strings one of which every match must contain ("courier", "lost", …); one Aho–Corasick
 * automaton per locale finds which of those literals a normalised reply contains, in one pass over
 * it, and a table then runs only the patterns whose literals occur. A pattern the analysis cannot
 * bound (it may match without any fixed text) is always run. Skipping a pattern that cannot match
 * anywhere in the text changes no match of the combined expression, so results stay identical.
 */

/** A set of literals one of which every match contains, or undefined when none can be derived. */
type Need = string[] | undefined;

interface Parsed {
  need: Need;
  /** Literal text the node always matches exactly (for joining with neighbours), if it is fixed. */
  fixed?: string;
  /** True when the node can match the empty string. */
  empty: boolean;
}

const NONE: Parsed = { need: undefined, empty: false };

/** Shortest literal in a set: longer literals are rarer, so better filters. */
function weight(n: Need): number {
  if (!n) return -1;
  let min = Infinity;
  for (const s of n) min = Math.min(min, s.length);
  return min;
}

function better(a: Need, b: Need): Need {
  const wa = weight(a);
  const wb = weight(b);
  if (wa !== wb) return wa > wb ? a : b;
  return a && b && b.length < a.length ? b : a;
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
    if (empty || alts.some((a) => !a.need)) return { need: undefined, empty };
    return { need: [...new Set(alts.flatMap((a) => a.need!))], empty: false };
  }

  #sequence(): Parsed {
    let need: Need;
    let run = '';
    let empty = true;
    const flush = () => {
      if (run) need = better(need, [run]);
      run = '';
    };
    const s = this.#src;
    while (this.#i < s.length && s[this.#i] !== '|' && s[this.#i] !== ')') {
      let atom = this.#atom();
      const q = this.#quantifier();
      if (q) {
        if (q.min === 0) atom = { need: undefined, empty: true };
        else atom = { need: atom.need, empty: atom.empty, fixed: q.min === 1 && q.max === 1 ? atom.fixed : undefined };
        // A repeated fixed atom still contains its text, but cannot be joined with neighbours.
        if (q.min > 0 && atom.fixed === undefined && atom.need === undefined && !atom.empty) atom = NONE;
      }
      if (atom.fixed !== undefined) {
        run += atom.fixed;
        if (atom.fixed) empty = false;
        continue;
      }
      flush();
      if (atom.need) need = better(need, atom.need);
      if (!atom.empty) empty = false;
    }
    flush();
    return { need, empty };
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
      // Lookarounds consume nothing: they neither need text nor join their neighbours.
      if (look) return { need: undefined, empty: true };
      return inner;
    }
    if (c === '[') {
      this.#i++;
      if (s[this.#i] === '^') this.#i++;
      if (s[this.#i] === ']') this.#i++;
      while (this.#i < s.length && s[this.#i] !== ']') this.#i += s[this.#i] === '\\' ? 2 : 1;
      this.#i++;
      return NONE;
    }
    if (c === '.') {
      this.#i++;
      return NONE;
    }
    if (c === '^' || c === '$') {
      this.#i++;
      return { need: undefined, empty: true };
    }
    if (c === '\\') {
      const d = s[this.#i + 1];
      this.#i += 2;
      if (d === 'b' || d === 'B') return { need: undefined, empty: true };
      if (d === 'u') {
        const hex = /^[0-9a-fA-F]{4}/.exec(s.slice(this.#i));
        if (!hex) return NONE;
        this.#i += 4;
        return this.#char(String.fromCharCode(parseInt(hex[0], 16)));
      }
      if (d === 'x') {
        const hex = /^[0-9a-fA-F]{2}/.exec(s.slice(this.#i));
        if (!hex) return NONE;
        this.#i += 2;
        return this.#char(String.fromCharCode(parseInt(hex[0], 16)));
      }
      if (d === 'p' || d === 'P') {
        if (s[this.#i] === '{') this.#i = s.indexOf('}', this.#i) + 1;
        return NONE;
      }
      if (d === 'k') {
        this.#i = s.indexOf('>', this.#i) + 1;
        return NONE;
      }
      if (/[dDwWsSnrtfv0-9c]/.test(d)) return NONE;
      return this.#char(d);
    }
    this.#i++;
    return this.#char(c);
  }

  #char(ch: string): Parsed {
    return { need: [ch], fixed: ch, empty: false };
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

/** Which of a fixed list of literals occur in a text: one Aho–Corasick pass over it. */
export class LiteralScanner {
  readonly literals: readonly string[];
  #index = new Map<string, number>();
  #alphabet = new Uint16Array(65536);
  #width = 1;
  #next: Int32Array = new Int32Array(0);
  /** Literal ids reported in each state (its own and its suffixes'). */
  #out: number[][] = [];
  #cache = new WeakMap<object, Uint8Array>();

  constructor() {
    this.literals = [];
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
      out[s] = [...new Set([...out[s], ...out[fail[s]]])];
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

  /** Flags (1 = present) per literal id for `text`; cached per `key` object (the normalised text). */
  scan(text: string, key?: object): Uint8Array {
    if (key) {
      const hit = this.#cache.get(key);
      if (hit) return hit;
    }
    if (!this.#next.length) this.#build();
    const found = new Uint8Array(this.literals.length);
    const next = this.#next;
    const alpha = this.#alphabet;
    const out = this.#out;
    const w = this.#width;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s * w + alpha[text.charCodeAt(i)]];
      const o = out[s];
      if (o.length) for (let k = 0; k < o.length; k++) found[o[k]] = 1;
    }
    if (key) this.#cache.set(key, found);
    return found;
  }
}

/** One match of a `SplitPatterns`: the exec result and the index of the pattern that made it. */
export interface SplitMatch {
  m: RegExpExecArray;
  pattern: number;
}

/**
 * The matches that one global expression `B(?:(p0)|(p1)|…)A` would find, computed with one small
 * expression per pattern (`compile(i)`), run only for the patterns whose literals occur in the text.
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
  #compile: (i: number) => RegExp;
  #res: (RegExp | undefined)[];

  constructor(scanner: LiteralScanner, sources: readonly string[], compile: (i: number) => RegExp) {
    this.#scanner = scanner;
    this.#needs = sources.map((src) => requiredLiterals(src)?.map((l) => scanner.add(l)));
    this.#compile = compile;
    this.#res = sources.map(() => undefined);
  }

  /** The combined expression's non-empty matches in `text`, in order (`key`: cache key of the text's scan). */
  matches(text: string, key?: object): SplitMatch[] {
    const found = this.#scanner.scan(text, key);
    const on: number[] = [];
    for (let i = 0; i < this.#needs.length; i++) {
      const need = this.#needs[i];
      if (!need) on.push(i);
      else for (let k = 0; k < need.length; k++) if (found[need[k]]) {
        on.push(i);
        break;
      }
    }
    const out: SplitMatch[] = [];
    if (!on.length) return out;
    const res = on.map((i) => (this.#res[i] ??= this.#compile(i)));
    const next: (RegExpExecArray | null)[] = res.map((re) => {
      re.lastIndex = 0;
      return re.exec(text);
    });
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
        if (n && n.index < pos) {
          res[j].lastIndex = pos;
          next[j] = pos <= text.length ? res[j].exec(text) : null;
        }
      }
    }
  }
}

/** One scanner per lexicon object (all tables of a locale share one pass over the text). */
const scanners = new WeakMap<object, LiteralScanner>();

/** The literal scanner shared by every table of `lexicon`. */
export function scannerFor(lexicon: object): LiteralScanner {
  let s = scanners.get(lexicon);
  if (!s) scanners.set(lexicon, (s = new LiteralScanner()));
  return s;
}
