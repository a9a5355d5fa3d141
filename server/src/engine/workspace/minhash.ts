/**
 * Near-duplicate detection: normalised word shingles, MinHash signatures and locality-sensitive
 * hashing (banded signatures), so candidate pairs come from shared buckets, never from all pairs.
 *
 * Text is compared after masking placeholders (`{{ticket.requester.name}}` and `{{customer.name}}`
 * are the same token), folding case and accents and dropping punctuation. Similarity is the Jaccard
 * index of the sets of word 2-shingles, computed exactly for each candidate pair, leaving out the
 * library's boilerplate: shingles that BOILERPLATE or more macros of the library share (a greeting,
 * a sign-off, a project's stock paragraph), so two replies of one template family that tell the
 * customer different things are compared on what differs.
 */
import { PLACEHOLDER_RE } from '../text';

/** Number of hash functions in a signature. */
export const SIGNATURE_SIZE = 96;
/** Bands of the LSH index (rows per band = SIGNATURE_SIZE / BANDS). */
export const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Shingle width in words. */
export const SHINGLE = 2;

const MASK = '\uE000';
const WORD = /[\p{L}\p{N}\uE000]+/gu;

/** Words of `text` after masking placeholders and folding case and accents. */
export function nearDupTokens(text: string): string[] {
  const masked = text.replace(PLACEHOLDER_RE, ` ${MASK} `).replace(/<!--[\s\S]*?-->/g, ' ');
  const folded = masked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded.match(WORD) ?? [];
}

function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The set of hashed word shingles of `text` (one-word texts: their single word), sorted. */
export function shingles(text: string): Uint32Array {
  const words = nearDupTokens(text).map(hashStr);
  if (words.length < SHINGLE) return Uint32Array.from(words.slice(0, 1));
  // Shingles of two words, combined from the words' hashes (order matters); sorted, then deduplicated
  // in place (cheaper than a Set for the ~100 shingles of a reply).
  const all = new Uint32Array(words.length - 1);
  for (let i = 0; i + 1 < words.length; i++) {
    let h = Math.imul(words[i] ^ 0x5bd1e995, 0x01000193) ^ words[i + 1];
    h ^= h >>> 15;
    all[i] = Math.imul(h, 0x2c1b3c6d) >>> 0;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.subarray(0, n);
}

// Fixed odd multipliers and offsets of the universal hash family (reproducible across runs).
const A = new Uint32Array(SIGNATURE_SIZE);
const B = new Uint32Array(SIGNATURE_SIZE);
{
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

/** The MinHash signature of a shingle set. */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < set.length; j++) {
    const x = set[j];
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = (Math.imul(A[i], x) + B[i]) | 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * The LSH bucket keys of a signature, one per band: a 30-bit hash of the band number and its rows.
 * Small integers make the bucket map several times faster than 2^32-scale keys; two bands sharing a
 * key by chance (about one in a billion) only add a candidate that the exact similarity then rejects.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    h ^= h >>> 15;
    out.push(Math.imul(h, 0x2c1b3c6d) >>> 2);
  }
  return out;
}

/** Exact Jaccard index of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length && !b.length) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/**
 * A shingle held by this many macros of the library is boilerplate, left out of similarity. Fixed by
 * design rather than tuned: above the size of a cluster of copies (so copies never mask themselves),
 * below how often a project's stock greeting or paragraph recurs.
 */
export const BOILERPLATE = 8;

/** Counts of how many sets hold each shingle (a library's shingle document frequencies). */
export type ShingleCounts = ReadonlyMap<number, number>;

/** The shingle counts of a set of texts (each text once). */
export function shingleCounts(texts: Iterable<string>): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of texts) for (const x of shingles(t)) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** The shingles of a sorted set that are not boilerplate under `count`. */
function unmasked(set: Uint32Array, count: (x: number) => number): Uint32Array {
  let n = 0;
  for (let i = 0; i < set.length; i++) if (count(set[i]) < BOILERPLATE) n++;
  if (n === set.length) return set;
  const out = new Uint32Array(n);
  let j = 0;
  for (let i = 0; i < set.length; i++) if (count(set[i]) < BOILERPLATE) out[j++] = set[i];
  return out;
}

/**
 * Jaccard index of two sorted shingle sets with the library's boilerplate (shingles `count` says
 * BOILERPLATE or more macros hold) left out; the whole sets when masking leaves nothing of either
 * (a reply that is all boilerplate is compared as written).
 */
export function maskedJaccard(a: Uint32Array, b: Uint32Array, count: (x: number) => number): number {
  const ma = unmasked(a, count);
  const mb = unmasked(b, count);
  if (!ma.length || !mb.length) return jaccard(a, b);
  return jaccard(ma, mb);
}

/** A shingle set, its signature and its bucket keys. */
export interface Sketch {
  set: Uint32Array;
  keys: number[];
}

/** Sketch of a reply text. */
export function sketch(text: string): Sketch {
  const set = shingles(text);
  return { set, keys: set.length ? bandKeys(signature(set)) : [] };
}

/** Buckets larger than this are boilerplate shared by many macros (a signature line): not compared. */
export const MAX_BUCKET = 16;

/**
 * An LSH index of sketches by key. It keeps its candidate pairs (keys sharing a bucket) current as
 * items are set and deleted, with each pair's exact similarity computed once: adding or removing one
 * item costs its BANDS buckets, never a pass over the whole index.
 */
export class LshIndex<K> {
  /** Items by bucket key: one item as a number (most buckets), more as a set. */
  readonly #buckets = new Map<number, number | Set<number>>();
  readonly #items = new Map<K, { n: number; sketch: Sketch }>();
  readonly #keys: (K | undefined)[] = [];
  readonly #sketches: (Sketch | undefined)[] = [];
  readonly #free: number[] = [];
  /** Candidate partners of each item, with the number of buckets they share. */
  readonly #adj = new Map<number, Map<number, number>>();
  /** Exact similarity of each candidate pair (key a * 2^21 + b, a < b), computed on first use. */
  readonly #sims = new Map<number, number>();
  /**
   * How many items hold each shingle, by the top bits of its hash: a counting table, far faster than
   * a map of millions of shingles. Two shingles sharing a slot add up; with the table at least 64
   * times the number of items, a rare shingle shares a slot with boilerplate about once in a thousand
   * (it is then left out of similarity too, on both sides alike). Counts saturate at 65535.
   */
  #table = new Uint16Array(1 << 12);
  #shift = 32 - 12;
  readonly #background: ShingleCounts | undefined;
  readonly #count = (x: number) => this.#table[x >>> this.#shift] + (this.#background?.get(x) ?? 0);

  /** `background`: shingle counts of texts outside the index that still belong to the library (eval). */
  constructor(background?: ShingleCounts) {
    this.#background = background?.size === 0 ? undefined : background;
  }

  /** Adds `d` to the counts of a set's shingles; cached similarities go when a shingle turns boilerplate or stops being it. */
  #countSet(set: Uint32Array, d: 1 | -1): void {
    const table = this.#table;
    const shift = this.#shift;
    const bg = this.#background;
    let flipped = false;
    for (let i = 0; i < set.length; i++) {
      const x = set[i];
      const k = x >>> shift;
      const own = table[k];
      if (own === 65535) continue;
      const before = bg ? own + (bg.get(x) ?? 0) : own;
      table[k] = own + d;
      if (d > 0 ? before + 1 === BOILERPLATE : before === BOILERPLATE) flipped = true;
    }
    if (flipped) this.#sims.clear();
  }

  /** Grows the counting table (recounting every item) once the items outgrow it. */
  #reserve(): void {
    const bits = 32 - this.#shift;
    if (bits >= 22 || this.#items.size * 64 <= 1 << bits) return;
    const next = Math.min(22, Math.ceil(Math.log2(this.#items.size * 256)));
    this.#table = new Uint16Array(1 << next);
    this.#shift = 32 - next;
    for (const item of this.#items.values()) {
      const set = item.sketch.set;
      for (let i = 0; i < set.length; i++) {
        const k = set[i] >>> this.#shift;
        if (this.#table[k] < 65535) this.#table[k]++;
      }
    }
    // Slots changed: so may what counts as boilerplate.
    this.#sims.clear();
  }

  #link(a: number, b: number, d: 1 | -1): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      let m = this.#adj.get(x);
      if (!m) this.#adj.set(x, (m = new Map()));
      const c = (m.get(y) ?? 0) + d;
      if (c > 0) m.set(y, c);
      else {
        m.delete(y);
        if (!m.size) this.#adj.delete(x);
        this.#sims.delete(Math.min(x, y) * 2097152 + Math.max(x, y));
      }
    }
  }

  /** Adds or replaces an item. */
  set(key: K, s: Sketch): void {
    this.delete(key);
    const n = this.#free.pop() ?? this.#keys.length;
    this.#keys[n] = key;
    this.#sketches[n] = s;
    this.#items.set(key, { n, sketch: s });
    this.#countSet(s.set, 1);
    this.#reserve();
    for (const b of s.keys) {
      const v = this.#buckets.get(b);
      if (v === undefined) this.#buckets.set(b, n);
      else if (typeof v === 'number') {
        this.#link(v, n, 1);
        this.#buckets.set(b, new Set([v, n]));
      } else {
        // A bucket shared by many items is boilerplate (a signature line): it makes no candidates,
        // whatever the order its items came in (the one that makes it too big unlinks the others).
        if (v.size < MAX_BUCKET) for (const m of v) this.#link(m, n, 1);
        else if (v.size === MAX_BUCKET) this.#linkAll(v, -1);
        v.add(n);
      }
    }
  }

  /** Links (or unlinks) every pair of a bucket's items. */
  #linkAll(items: Set<number>, d: 1 | -1): void {
    const list = [...items];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) this.#link(list[i], list[j], d);
  }

  /** Removes an item. */
  delete(key: K): void {
    const item = this.#items.get(key);
    if (!item) return;
    const n = item.n;
    this.#items.delete(key);
    this.#countSet(item.sketch.set, -1);
    for (const b of item.sketch.keys) {
      const v = this.#buckets.get(b);
      if (typeof v === 'number') {
        if (v === n) this.#buckets.delete(b);
      } else if (v?.has(n)) {
        v.delete(n);
        if (v.size < MAX_BUCKET) for (const m of v) this.#link(m, n, -1);
        // Small enough again: its items are candidates of each other.
        else if (v.size === MAX_BUCKET) this.#linkAll(v, 1);
        if (v.size === 1) this.#buckets.set(b, v.values().next().value!);
        else if (!v.size) this.#buckets.delete(b);
      }
    }
    for (const m of [...(this.#adj.get(n)?.keys() ?? [])]) {
      this.#adj.get(m)?.delete(n);
      if (!this.#adj.get(m)?.size) this.#adj.delete(m);
      this.#sims.delete(Math.min(m, n) * 2097152 + Math.max(m, n));
    }
    this.#adj.delete(n);
    this.#keys[n] = undefined;
    this.#sketches[n] = undefined;
    this.#free.push(n);
  }

  /** Gives the item of `from` the key `to` (same sketch: its buckets, candidates and similarities stay). */
  rekey(from: K, to: K): void {
    const item = this.#items.get(from);
    if (!item || from === to) return;
    this.#items.delete(from);
    this.#items.set(to, item);
    this.#keys[item.n] = to;
  }

  get(key: K): Sketch | undefined {
    return this.#items.get(key)?.sketch;
  }

  get size(): number {
    return this.#items.size;
  }

  /** Candidate pairs (each once) that share at least one bucket of at most MAX_BUCKET items. */
  *candidates(): Generator<[K, K]> {
    for (const [a, partners] of this.#adj) {
      for (const b of partners.keys()) if (a < b) yield [this.#keys[a]!, this.#keys[b]!];
    }
  }

  /** Exact similarity of two items, the library's boilerplate left out (cached for candidate pairs). */
  similarity(x: K, y: K): number {
    const a = this.#items.get(x)?.n;
    const b = this.#items.get(y)?.n;
    if (a === undefined || b === undefined) return 0;
    const pair = Math.min(a, b) * 2097152 + Math.max(a, b);
    let sim = this.#sims.get(pair);
    if (sim === undefined) {
      sim = maskedJaccard(this.#sketches[a]!.set, this.#sketches[b]!.set, this.#count);
      if (this.#adj.get(a)?.has(b)) this.#sims.set(pair, sim);
    }
    return sim;
  }
}

/**
 * Similar pairs among standalone texts (eval and benchmarks): [i, j, similarity] with similarity ≥
 * threshold; `background` counts the shingles of the rest of the library (see shingleCounts).
 */
export function similarPairs(texts: readonly string[], threshold: number, background?: ShingleCounts): [number, number, number][] {
  const lsh = new LshIndex<number>(background);
  texts.forEach((t, i) => lsh.set(i, sketch(t)));
  const out: [number, number, number][] = [];
  for (const [a, b] of lsh.candidates()) {
    const s = lsh.similarity(a, b);
    if (s >= threshold) out.push(a < b ? [a, b, s] : [b, a, s]);
  }
  return out;
}
