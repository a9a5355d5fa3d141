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
  return fold(mask(text)).match(WORD) ?? [];
}

/** `text` with its placeholders masked and its HTML comments dropped. */
function mask(text: string): string {
  const masked = text.replace(PLACEHOLDER_RE, ` ${MASK} `);
  return masked.includes('<!--') ? masked.replace(/<!--[\s\S]*?-->/g, ' ') : masked;
}

/** `text` without accents (decomposed, combining marks dropped), lower case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const FNV_OFFSET = 0x811c9dc5 | 0;

/** The end of hashStr: mixes the FNV-1a state `h` of a word. */
function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function hashStr(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finishHash(h);
}

/**
 * What `fold` makes of each UTF-16 code unit where the unit alone decides it, filled on first use:
 * 0 not looked at yet, SEPARATOR (no word character), SLOW (fold the whole text), else the folded
 * unit + 1 (a word character). Character by character is exact for units that are no combining mark
 * (NFD only reorders combining marks, and every other unit decomposes to a starter first) and fold
 * to one unit; capital sigma is lower-cased by context, surrogates pair up.
 */
const FOLDED = new Int32Array(0x10000);
const SEPARATOR = -1;
const SLOW = -2;
const WORD_CHAR = /^[\p{L}\p{N}\uE000]$/u;
const MARK = /\p{M}/u;

function foldedUnit(c: number): number {
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) return SLOW;
  const s = String.fromCharCode(c);
  if (MARK.test(s)) return SLOW;
  const f = fold(s);
  if (f.length !== 1) return SLOW;
  return WORD_CHAR.test(f) ? f.charCodeAt(0) + 1 : SEPARATOR;
}

/** Scratch space for word hashes (grown on demand; shingles copy out of it). */
let wordBuffer = new Uint32Array(1024);

function pushWord(n: number, h: number): number {
  if (n === wordBuffer.length) {
    const grown = new Uint32Array(n * 2);
    grown.set(wordBuffer);
    wordBuffer = grown;
  }
  wordBuffer[n] = h;
  return n + 1;
}

/**
 * The hashes of the words of `text` (`nearDupTokens(text).map(hashStr)`) into wordBuffer; their
 * number. Folds and hashes in one pass over the masked text, no string per word; a text holding a
 * unit FOLDED cannot map alone goes through nearDupTokens.
 */
function wordHashes(text: string): number {
  const masked = mask(text);
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    let f = FOLDED[c];
    if (f === 0) f = FOLDED[c] = foldedUnit(c);
    if (f > 0) {
      h = Math.imul(h ^ (f - 1), 0x01000193);
      inWord = true;
    } else if (f === SEPARATOR) {
      if (inWord) {
        n = pushWord(n, finishHash(h));
        h = FNV_OFFSET;
        inWord = false;
      }
    } else {
      n = 0;
      for (const w of fold(masked).match(WORD) ?? []) n = pushWord(n, hashStr(w));
      return n;
    }
  }
  return inWord ? pushWord(n, finishHash(h)) : n;
}

/** The set of hashed word shingles of `text` (one-word texts: their single word), sorted. */
export function shingles(text: string): Uint32Array {
  const count = wordHashes(text);
  const words = wordBuffer;
  if (count < SHINGLE) return count ? Uint32Array.of(words[0]) : new Uint32Array(0);
  // Shingles of two words, combined from the words' hashes (order matters); sorted, then deduplicated
  // in place (cheaper than a Set for the ~100 shingles of a reply).
  if (shingleBuffer.length < count) shingleBuffer = new Uint32Array(wordBuffer.length);
  const all = shingleBuffer.subarray(0, count - 1);
  for (let i = 0; i + 1 < count; i++) {
    let h = Math.imul(words[i] ^ 0x5bd1e995, 0x01000193) ^ words[i + 1];
    h ^= h >>> 15;
    all[i] = Math.imul(h, 0x2c1b3c6d) >>> 0;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

/** Scratch space for the shingles of a text before deduplication (the set is copied out). */
let shingleBuffer = new Uint32Array(1024);

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
  return signatureInto(set, new Uint32Array(SIGNATURE_SIZE));
}

/** Scratch signature of sketch() (only its bucket keys are kept). */
const scratchSignature = new Uint32Array(SIGNATURE_SIZE);

/** Writes the MinHash signature of `set` into `sig`; returns `sig`. */
function signatureInto(set: Uint32Array, sig: Uint32Array): Uint32Array {
  const n = set.length;
  // Four hash functions at a time (SIGNATURE_SIZE is a multiple of 4) over the whole set: their
  // multipliers, offsets and minima stay in registers, and the four chains of multiplications overlap.
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const a0 = A[i];
    const b0 = B[i];
    const a1 = A[i + 1];
    const b1 = B[i + 1];
    const a2 = A[i + 2];
    const b2 = B[i + 2];
    const a3 = A[i + 3];
    const b3 = B[i + 3];
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const x = set[j];
      let h0 = (Math.imul(a0, x) + b0) | 0;
      let h1 = (Math.imul(a1, x) + b1) | 0;
      let h2 = (Math.imul(a2, x) + b2) | 0;
      let h3 = (Math.imul(a3, x) + b3) | 0;
      h0 = Math.imul(h0 ^ (h0 >>> 15), 0x2c1b3c6d) >>> 0;
      h1 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) >>> 0;
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0x2c1b3c6d) >>> 0;
      h3 = Math.imul(h3 ^ (h3 >>> 15), 0x2c1b3c6d) >>> 0;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
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
  return jaccardOfUnmasked(a, b, unmasked(a, count), unmasked(b, count));
}

/** `maskedJaccard` given each set's unmasked shingles `ma`, `mb`. */
function jaccardOfUnmasked(a: Uint32Array, b: Uint32Array, ma: Uint32Array, mb: Uint32Array): number {
  return !ma.length || !mb.length ? jaccard(a, b) : jaccard(ma, mb);
}

/** A shingle set, its signature and its bucket keys. */
export interface Sketch {
  set: Uint32Array;
  keys: number[];
}

/** Sketch of a reply text. */
export function sketch(text: string): Sketch {
  const set = shingles(text);
  return { set, keys: set.length ? bandKeys(signatureInto(set, scratchSignature)) : [] };
}

const NONE = -1;
const EMPTY = -1;
const DELETED = -2;

/** A bigger copy of a typed array, the new part filled with `fill`. */
function grow<T extends Int32Array | Float64Array>(a: T, size: number, fill: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  out.fill(fill, a.length);
  return out;
}

/**
 * The candidate pairs of an LshIndex: for each pair of items sharing buckets, how many buckets and
 * the pair's kept similarity. A pair is a record found through an open-addressing table of the
 * pair's hash, and chained in each of its items' lists in the order the pairs appeared, so linking,
 * unlinking and listing partners cost the same however many partners an item has.
 */
class PairIndex {
  // Records: the pair (lo < hi), buckets shared, kept similarity and its generation, and the record's
  // neighbours in lo's and in hi's chain.
  lo = new Int32Array(256);
  hi = new Int32Array(256);
  count = new Int32Array(256);
  sim = new Float64Array(256);
  generation = new Int32Array(256);
  #nextLo = new Int32Array(256);
  #prevLo = new Int32Array(256);
  #nextHi = new Int32Array(256);
  #prevHi = new Int32Array(256);
  #records = 0;
  readonly #freeRecords: number[] = [];
  // Per item: first and last record of its chain, its number of partners (itself counted when
  // linked to itself: two bands of one item sharing a key), and its link count with itself.
  head = new Int32Array(256).fill(NONE);
  #tail = new Int32Array(256).fill(NONE);
  #degree = new Int32Array(256);
  #self = new Int32Array(256);
  // Record of each pair by hash: EMPTY, DELETED or a record.
  #slots = new Int32Array(1024).fill(EMPTY);
  #filled = 0;
  #live = 0;
  /** The items that have partners, in the order they got them (what LshIndex.candidates() walks). */
  readonly order = new Set<number>();

  /** The pair's record, or NONE. */
  find(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const mask = this.#slots.length - 1;
    for (let i = pairHash(lo, hi) & mask; ; i = (i + 1) & mask) {
      const r = this.#slots[i];
      if (r === EMPTY) return NONE;
      if (r !== DELETED && this.lo[r] === lo && this.hi[r] === hi) return r;
    }
  }

  /** The record after `r` in the chain of `x`. */
  next(r: number, x: number): number {
    return this.lo[r] === x ? this.#nextLo[r] : this.#nextHi[r];
  }

  /** The item paired with `x` in record `r`. */
  other(r: number, x: number): number {
    return this.lo[r] === x ? this.hi[r] : this.lo[r];
  }

  /**
   * Adds `d` to the count of the pair (a, b), as two halves of one link each did for their direction:
   * a pair is new at its first link (a's list gets it before b's), gone when its count reaches 0.
   */
  link(a: number, b: number, d: 1 | -1): void {
    if (a === b) return this.#linkSelf(a, d);
    const r = this.find(a, b);
    if (r === NONE) {
      if (d > 0) this.#create(a, b);
      return;
    }
    const c = this.count[r] + d;
    if (c > 0) this.count[r] = c;
    else this.#remove(r);
  }

  /** Drops every pair of `n`. */
  removeItem(n: number): void {
    if (n >= this.head.length) return;
    for (let r = this.head[n]; r !== NONE; ) {
      const next = this.next(r, n);
      const m = this.other(r, n);
      this.#unchain(r, m);
      if (--this.#degree[m] === 0) this.order.delete(m);
      this.#unslot(r);
      this.#freeRecords.push(r);
      r = next;
    }
    this.head[n] = NONE;
    this.#tail[n] = NONE;
    this.#degree[n] = 0;
    this.#self[n] = 0;
    this.order.delete(n);
  }

  /** An item linked to itself counts twice per link (both halves land on one entry) and is never a candidate. */
  #linkSelf(n: number, d: 1 | -1): void {
    this.#reserveItem(n);
    if (d > 0) {
      if (this.#self[n] === 0) this.#gain(n);
      this.#self[n] += 2;
    } else if (this.#self[n] > 0) {
      this.#self[n] -= 2;
      if (this.#self[n] === 0 && --this.#degree[n] === 0) this.order.delete(n);
    }
  }

  #gain(x: number): void {
    if (this.#degree[x]++ === 0) this.order.add(x);
  }

  #create(a: number, b: number): void {
    this.#reserveItem(a > b ? a : b);
    let r = this.#freeRecords.pop();
    if (r === undefined) {
      if (this.#records === this.lo.length) this.#growRecords();
      r = this.#records++;
    }
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    this.lo[r] = lo;
    this.hi[r] = hi;
    this.count[r] = 1;
    this.generation[r] = -1;
    this.#nextLo[r] = NONE;
    this.#nextHi[r] = NONE;
    this.#append(r, lo, this.#prevLo, this.#nextLo);
    this.#append(r, hi, this.#prevHi, this.#nextHi);
    this.#gain(a);
    this.#gain(b);
    if ((this.#filled + 1) * 2 > this.#slots.length) this.#rehash();
    const mask = this.#slots.length - 1;
    let i = pairHash(lo, hi) & mask;
    while (this.#slots[i] >= 0) i = (i + 1) & mask;
    if (this.#slots[i] === EMPTY) this.#filled++;
    this.#slots[i] = r;
    this.#live++;
  }

  #remove(r: number): void {
    const lo = this.lo[r];
    const hi = this.hi[r];
    this.#unchain(r, lo);
    this.#unchain(r, hi);
    // As the two halves: lo's and hi's partner lists each lose the pair.
    if (--this.#degree[lo] === 0) this.order.delete(lo);
    if (--this.#degree[hi] === 0) this.order.delete(hi);
    this.#unslot(r);
    this.#freeRecords.push(r);
  }

  #append(r: number, x: number, prev: Int32Array, next: Int32Array): void {
    const tail = this.#tail[x];
    prev[r] = tail;
    if (tail === NONE) this.head[x] = r;
    else if (this.lo[tail] === x) this.#nextLo[tail] = r;
    else this.#nextHi[tail] = r;
    this.#tail[x] = r;
    next[r] = NONE;
  }

  /** Takes record `r` out of the chain of `x` (one of its items). */
  #unchain(r: number, x: number): void {
    const atLo = this.lo[r] === x;
    const prev = atLo ? this.#prevLo[r] : this.#prevHi[r];
    const next = atLo ? this.#nextLo[r] : this.#nextHi[r];
    if (prev === NONE) this.head[x] = next;
    else if (this.lo[prev] === x) this.#nextLo[prev] = next;
    else this.#nextHi[prev] = next;
    if (next === NONE) this.#tail[x] = prev;
    else if (this.lo[next] === x) this.#prevLo[next] = prev;
    else this.#prevHi[next] = prev;
  }

  #unslot(r: number): void {
    const mask = this.#slots.length - 1;
    let i = pairHash(this.lo[r], this.hi[r]) & mask;
    while (this.#slots[i] !== r) i = (i + 1) & mask;
    this.#slots[i] = DELETED;
    this.#live--;
  }

  /** A table for the live records (deleted slots dropped), at most a quarter full. */
  #rehash(): void {
    let size = 1024;
    while (size < (this.#live + 1) * 4) size *= 2;
    const slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (const r of this.#slots) {
      if (r < 0) continue;
      let i = pairHash(this.lo[r], this.hi[r]) & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = r;
    }
    this.#slots = slots;
    this.#filled = this.#live;
  }

  #growRecords(): void {
    const size = this.lo.length * 2;
    this.lo = grow(this.lo, size, 0);
    this.hi = grow(this.hi, size, 0);
    this.count = grow(this.count, size, 0);
    this.sim = grow(this.sim, size, 0);
    this.generation = grow(this.generation, size, -1);
    this.#nextLo = grow(this.#nextLo, size, NONE);
    this.#prevLo = grow(this.#prevLo, size, NONE);
    this.#nextHi = grow(this.#nextHi, size, NONE);
    this.#prevHi = grow(this.#prevHi, size, NONE);
  }

  #reserveItem(n: number): void {
    if (n < this.head.length) return;
    let size = this.head.length * 2;
    while (size <= n) size *= 2;
    this.head = grow(this.head, size, NONE);
    this.#tail = grow(this.#tail, size, NONE);
    this.#degree = grow(this.#degree, size, 0);
    this.#self = grow(this.#self, size, 0);
  }
}

type Bucket = number | number[] | Set<number>;

/**
 * LSH buckets by key (a map of bucket keys, which are non-negative 30-bit numbers): an open-addressing
 * table of typed arrays, where a bucket of one item (most of them) is a number in the table. A
 * library's 32 buckets per macro make a map of millions of entries, which a Map grows and probes far slower.
 */
class BucketMap {
  #keys = new Int32Array(1024).fill(EMPTY);
  /** A one-item bucket's item (>= 0), else -2 - the index of the bucket's items in #lists. */
  #values = new Int32Array(1024);
  readonly #lists: (number[] | Set<number> | undefined)[] = [];
  readonly #freeLists: number[] = [];
  #filled = 0;
  #live = 0;

  get(key: number): Bucket | undefined {
    const i = this.#find(key);
    if (i < 0) return undefined;
    const v = this.#values[i];
    return v >= 0 ? v : this.#lists[-2 - v];
  }

  set(key: number, value: Bucket): void {
    let i = this.#find(key);
    if (i < 0) {
      if ((this.#filled + 1) * 2 > this.#keys.length) this.#rehash();
      const mask = this.#keys.length - 1;
      i = slotOf(key) & mask;
      while (this.#keys[i] >= 0) i = (i + 1) & mask;
      if (this.#keys[i] === EMPTY) this.#filled++;
      this.#keys[i] = key;
      this.#values[i] = 0;
      this.#live++;
    }
    const old = this.#values[i];
    if (typeof value === 'number') {
      if (old < 0) this.#freeList(-2 - old);
      this.#values[i] = value;
    } else if (old < 0) this.#lists[-2 - old] = value;
    else {
      const at = this.#freeLists.pop() ?? this.#lists.length;
      this.#lists[at] = value;
      this.#values[i] = -2 - at;
    }
  }

  delete(key: number): void {
    const i = this.#find(key);
    if (i < 0) return;
    const old = this.#values[i];
    if (old < 0) this.#freeList(-2 - old);
    this.#keys[i] = DELETED;
    this.#live--;
  }

  #freeList(at: number): void {
    this.#lists[at] = undefined;
    this.#freeLists.push(at);
  }

  #find(key: number): number {
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  /** A table for the live buckets (deleted slots dropped), at most a quarter full. */
  #rehash(): void {
    let size = 1024;
    while (size < (this.#live + 1) * 4) size *= 2;
    const keys = new Int32Array(size).fill(EMPTY);
    const values = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < this.#keys.length; j++) {
      const key = this.#keys[j];
      if (key < 0) continue;
      let i = slotOf(key) & mask;
      while (keys[i] !== EMPTY) i = (i + 1) & mask;
      keys[i] = key;
      values[i] = this.#values[j];
    }
    this.#keys = keys;
    this.#values = values;
    this.#filled = this.#live;
  }
}

/** Bucket keys are hashes already: their bits only need folding down to the table's size. */
function slotOf(key: number): number {
  return key ^ (key >>> 13);
}

function pairHash(lo: number, hi: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

/** A bucket's list longer than this turns into a set when it loses an item. */
const SMALL_LIST = 64;

/** Buckets larger than this are boilerplate shared by many macros (a signature line): not compared. */
export const MAX_BUCKET = 16;

/**
 * How many items hold each shingle, by the top bits of its hash: a counting table, far faster than a
 * map of millions of shingles. Two shingles sharing a slot add up; with the table at least 64 times the
 * number of items, a rare shingle shares a slot with boilerplate about once in a thousand (it is then
 * left out of similarity too, on both sides alike). Counts saturate at 65535.
 */
export class ShingleTable {
  #table = new Uint16Array(1 << 12);
  #shift = 32 - 12;
  readonly #background: ShingleCounts | undefined;
  /** How many items (and background texts) hold shingle `x`. */
  readonly count = (x: number): number => this.#table[x >>> this.#shift] + (this.#background?.get(x) ?? 0);

  /** `background`: shingle counts of texts outside the index that still belong to the library (eval). */
  constructor(background?: ShingleCounts) {
    this.#background = background?.size === 0 ? undefined : background;
  }

  /** Adds `d` to the counts of a set's shingles; true when a shingle turned boilerplate or stopped being it. */
  add(set: Uint32Array, d: 1 | -1): boolean {
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
    return flipped;
  }

  /**
   * Grows the table once `items` items outgrow it, recounting the sets `sets()` gives (every item's);
   * true when it grew (slots changed: so may what counts as boilerplate).
   */
  reserve(items: number, sets: () => Iterable<Uint32Array>): boolean {
    const bits = 32 - this.#shift;
    if (bits >= 22 || items * 64 <= 1 << bits) return false;
    const next = Math.min(22, Math.ceil(Math.log2(items * 256)));
    this.#table = new Uint16Array(1 << next);
    this.#shift = 32 - next;
    for (const set of sets()) {
      for (let i = 0; i < set.length; i++) {
        const k = set[i] >>> this.#shift;
        if (this.#table[k] < 65535) this.#table[k]++;
      }
    }
    return true;
  }
}

/**
 * An LSH index of sketches by key. It keeps its candidate pairs (keys sharing a bucket) current as
 * items are set and deleted, with each pair's exact similarity computed once: adding or removing one
 * item costs its BANDS buckets, never a pass over the whole index.
 */
export class LshIndex<K> {
  /**
   * Items by bucket key, in the order they came: one item as a number (most buckets), more as a list,
   * turned into a set once a big list loses an item (deleting from a set costs the same at any size).
   */
  readonly #buckets = new BucketMap();
  readonly #items = new Map<K, { n: number; sketch: Sketch }>();
  readonly #keys: (K | undefined)[] = [];
  readonly #sketches: (Sketch | undefined)[] = [];
  readonly #free: number[] = [];
  /** Candidate pairs: items sharing a bucket, with how many buckets they share. */
  readonly #pairs = new PairIndex();
  /**
   * The exact similarity of a candidate pair is computed on first use and kept in its record while
   * its generation is current; a change of what counts as boilerplate starts a new generation
   * (forgets every kept similarity at once).
   */
  #generation = 0;
  /** Each item's shingles without the boilerplate of generation #unmaskedGeneration[n] (computed on first use). */
  readonly #unmasked: (Uint32Array | undefined)[] = [];
  readonly #unmaskedGeneration: number[] = [];
  readonly #shingles: ShingleTable;
  readonly #count: (x: number) => number;

  /** `background`: shingle counts of texts outside the index that still belong to the library (eval). */
  constructor(background?: ShingleCounts) {
    this.#shingles = new ShingleTable(background);
    this.#count = this.#shingles.count;
  }

  /** Adds or replaces an item. */
  set(key: K, s: Sketch): void {
    this.delete(key);
    const n = this.#free.pop() ?? this.#keys.length;
    this.#keys[n] = key;
    this.#sketches[n] = s;
    this.#unmasked[n] = undefined;
    this.#unmaskedGeneration[n] = -1;
    this.#items.set(key, { n, sketch: s });
    // A shingle turning boilerplate, or the table growing (its slots change), starts a new generation.
    if (this.#shingles.add(s.set, 1)) this.#generation++;
    if (this.#shingles.reserve(this.#items.size, () => [...this.#items.values()].map((item) => item.sketch.set))) this.#generation++;
    for (const b of s.keys) {
      const v = this.#buckets.get(b);
      if (v === undefined) this.#buckets.set(b, n);
      else if (typeof v === 'number') {
        this.#pairs.link(v, n, 1);
        this.#buckets.set(b, v === n ? [n] : [v, n]);
      } else if (Array.isArray(v)) {
        // A bucket shared by many items is boilerplate (a signature line): it makes no candidates,
        // whatever the order its items came in (the one that makes it too big unlinks the others).
        const size = v.length;
        if (size < MAX_BUCKET) for (let i = 0; i < size; i++) this.#pairs.link(v[i], n, 1);
        else if (size === MAX_BUCKET) this.#linkAll(v, -1);
        // `n` is in a bucket already only when two of its bands share the key: then it came in last.
        if (v[size - 1] !== n) v.push(n);
      } else {
        if (v.size < MAX_BUCKET) for (const m of v) this.#pairs.link(m, n, 1);
        else if (v.size === MAX_BUCKET) this.#linkAll(v, -1);
        v.add(n);
      }
    }
  }

  /** Links (or unlinks) every pair of a bucket's items. */
  #linkAll(items: number[] | Set<number>, d: 1 | -1): void {
    const list = Array.isArray(items) ? items : [...items];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) this.#pairs.link(list[i], list[j], d);
  }

  /** Removes an item. */
  delete(key: K): void {
    const item = this.#items.get(key);
    if (!item) return;
    const n = item.n;
    this.#items.delete(key);
    if (this.#shingles.add(item.sketch.set, -1)) this.#generation++;
    for (const b of item.sketch.keys) {
      let v = this.#buckets.get(b);
      if (typeof v === 'number') {
        if (v === n) this.#buckets.delete(b);
        continue;
      }
      if (Array.isArray(v) && v.length > SMALL_LIST) this.#buckets.set(b, (v = new Set(v)));
      let size: number;
      if (v === undefined) continue;
      else if (Array.isArray(v)) {
        const at = v.indexOf(n);
        if (at < 0) continue;
        v.splice(at, 1);
        size = v.length;
      } else {
        if (!v.delete(n)) continue;
        size = v.size;
      }
      if (size < MAX_BUCKET) for (const m of v) this.#pairs.link(m, n, -1);
      // Small enough again: its items are candidates of each other.
      else if (size === MAX_BUCKET) this.#linkAll(v, 1);
      if (size === 1) this.#buckets.set(b, v.values().next().value!);
      else if (!size) this.#buckets.delete(b);
    }
    this.#pairs.removeItem(n);
    this.#keys[n] = undefined;
    this.#sketches[n] = undefined;
    this.#unmasked[n] = undefined;
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
    const pairs = this.#pairs;
    for (const a of pairs.order) {
      for (let r = pairs.head[a]; r !== NONE; r = pairs.next(r, a)) {
        const b = pairs.other(r, a);
        if (a < b) yield [this.#keys[a]!, this.#keys[b]!];
      }
    }
  }

  /** Exact similarity of two items, the library's boilerplate left out (kept for candidate pairs). */
  similarity(x: K, y: K): number {
    const a = this.#items.get(x)?.n;
    const b = this.#items.get(y)?.n;
    if (a === undefined || b === undefined) return 0;
    const pairs = this.#pairs;
    const r = a === b ? NONE : pairs.find(a, b);
    if (r !== NONE && pairs.generation[r] === this.#generation) return pairs.sim[r];
    // maskedJaccard, with each item's shingles unmasked once per generation rather than once per pair.
    const ma = this.#unmaskedOf(a);
    const mb = this.#unmaskedOf(b);
    const sim = jaccardOfUnmasked(this.#sketches[a]!.set, this.#sketches[b]!.set, ma, mb);
    if (r !== NONE) {
      pairs.sim[r] = sim;
      pairs.generation[r] = this.#generation;
    }
    return sim;
  }

  /** The shingles of item `n` that are not boilerplate now. */
  #unmaskedOf(n: number): Uint32Array {
    if (this.#unmaskedGeneration[n] === this.#generation) return this.#unmasked[n]!;
    const out = unmasked(this.#sketches[n]!.set, this.#count);
    this.#unmasked[n] = out;
    this.#unmaskedGeneration[n] = this.#generation;
    return out;
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
