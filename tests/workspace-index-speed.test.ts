/**
 * The workspace index's fast paths say exactly what the straightforward code says: the one-pass
 * tokenizer and hasher of near-duplicate shingles, the MinHash signature, the body hash, and the LSH
 * index's candidate pairs (in the order they are listed) and similarities. Each is compared with a
 * reference copy of the code it replaced, on every UTF-16 code unit and on random inputs.
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { contentHash } from '../server/src/engine/workspace/hash';
import { BOILERPLATE, LshIndex, MAX_BUCKET, ShingleTable, SIGNATURE_SIZE, maskedJaccard, nearDupTokens, shingles, signature, sketch, type ShingleCounts, type Sketch } from '../server/src/engine/workspace/minhash';
import { PLACEHOLDER_RE } from '../server/src/engine/text';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng as benchRng } from '../bench/generate.mjs';

const rng = benchRng as (seed: number) => () => number;

// ---- Reference copies of the code the fast paths replaced ----

function referenceTokens(text: string): string[] {
  const masked = text.replace(PLACEHOLDER_RE, ' \uE000 ').replace(/<!--[\s\S]*?-->/g, ' ');
  const folded = masked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}\uE000]+/gu) ?? [];
}

function referenceHashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function referenceShingles(text: string): Uint32Array {
  const words = referenceTokens(text).map(referenceHashStr);
  if (words.length < 2) return Uint32Array.from(words.slice(0, 1));
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

function referenceSignature(set: Uint32Array): Uint32Array {
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

function referenceContentHash(text: string): string {
  const body = text.normalize('NFC').replace(/[\s\u00A0\u2028\u2029]+/g, ' ').trim();
  return bytesToHex(sha256(utf8ToBytes(body))).slice(0, 12);
}

class ReferenceLshIndex<K> {
  readonly #buckets = new Map<number, number | Set<number>>();
  readonly #items = new Map<K, { n: number; sketch: Sketch }>();
  readonly #keys: (K | undefined)[] = [];
  readonly #sketches: (Sketch | undefined)[] = [];
  readonly #free: number[] = [];
  readonly #adj = new Map<number, Map<number, number>>();
  readonly #sims = new Map<number, number>();
  /** The same shingle counting table as the index (`ShingleTable`): only the LSH structures differ. */
  readonly #shingles: ShingleTable;
  readonly #count: (x: number) => number;

  constructor(background?: ShingleCounts) {
    this.#shingles = new ShingleTable(background);
    this.#count = this.#shingles.count;
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

  set(key: K, s: Sketch): void {
    this.delete(key);
    const n = this.#free.pop() ?? this.#keys.length;
    this.#keys[n] = key;
    this.#sketches[n] = s;
    this.#items.set(key, { n, sketch: s });
    if (this.#shingles.add(s.set, 1)) this.#sims.clear();
    if (this.#shingles.reserve(this.#items.size, () => [...this.#items.values()].map((item) => item.sketch.set))) this.#sims.clear();
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

  #linkAll(items: Set<number>, d: 1 | -1): void {
    const list = [...items];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) this.#link(list[i], list[j], d);
  }

  delete(key: K): void {
    const item = this.#items.get(key);
    if (!item) return;
    const n = item.n;
    this.#items.delete(key);
    if (this.#shingles.add(item.sketch.set, -1)) this.#sims.clear();
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

  *candidates(): Generator<[K, K]> {
    for (const [a, partners] of this.#adj) {
      for (const b of partners.keys()) if (a < b) yield [this.#keys[a]!, this.#keys[b]!];
    }
  }

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

// ---- Tests ----

/** Random text over `alphabet` (strings, each one unit or more), up to `max` pieces. */
function randomText(r: () => number, alphabet: readonly string[], max: number): string {
  let s = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

const TEXT_PIECES = [
  ' ', ' ', ' ', '\n', '\t', '\u00a0', ',', '.', '!', '¿', '¡', "'", '’', '—', '-', '_',
  'a', 'b', 'Z', 'q', '0', '7', 'é', 'É', 'ñ', 'Ñ', 'ü', 'í', 'ß', 'ø', 'Æ', 'œ', 'ı', 'İ', 'Σ', 'σ', 'ς', 'Ω', 'я', 'Ж',
  '\u0301', '\u0308', '\u0323', '\u0345', '\u05b0', 'e\u0301', 'ǅ', 'ﬁ', 'Å', 'K', '가', 'ᄀ', '\u1100\u1161',
  '😀', '𝐀', '\ud800', '\udc00', '\uE000', '\uE001', '٣', '²', 'Ⅻ', '\u200b', '\ufeff',
  '{{ticket.requester.name}}', '{customer_name}', '{%customer.firstName,fallback=there%}', '[Nombre]', '<AGENT NAME>',
  '<!--', '-->', '<!-- note -->', 'refund ', 'order ', 'pedido ', 'reembolso ',
];

describe('near-duplicate shingles: the one-pass tokenizer', () => {
  it('equals the regular-expression pipeline for every UTF-16 code unit, alone and between words', () => {
    const mismatches: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `ab${ch}cd ef`, `É${ch}\u0301 x${ch}${ch}`, `${ch}\u0316e ${ch}Σ`]) {
        const got = shingles(text);
        const want = referenceShingles(text);
        if (got.length !== want.length || got.some((x, i) => x !== want[i])) {
          mismatches.push(c);
          break;
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('equals the regular-expression pipeline on random text (scripts, marks, placeholders, comments)', () => {
    const r = rng(11);
    for (let k = 0; k < 20000; k++) {
      const text = randomText(r, TEXT_PIECES, 40);
      expect([...shingles(text)], JSON.stringify(text)).toEqual([...referenceShingles(text)]);
    }
  });

  it('keeps nearDupTokens as the regular-expression pipeline', () => {
    const r = rng(12);
    for (let k = 0; k < 2000; k++) {
      const text = randomText(r, TEXT_PIECES, 40);
      expect(nearDupTokens(text)).toEqual(referenceTokens(text));
    }
  });

  it('hashes long texts (the scratch buffers grow) as the pipeline does', () => {
    const r = rng(13);
    const text = Array.from({ length: 5000 }, () => randomText(r, TEXT_PIECES, 6)).join(' ');
    expect([...shingles(text)]).toEqual([...referenceShingles(text)]);
    expect([...shingles('one')]).toEqual([...referenceShingles('one')]);
    expect([...shingles('')]).toEqual([]);
  });
});

describe('MinHash signature', () => {
  it('equals the hash-by-hash loop on random sets, empty and one-shingle sets included', () => {
    const r = rng(21);
    for (let k = 0; k < 500; k++) {
      const set = Uint32Array.from({ length: k % 7 === 0 ? k % 2 : Math.floor(r() * 200) }, () => Math.floor(r() * 2 ** 32)).sort();
      expect([...signature(set)]).toEqual([...referenceSignature(set)]);
    }
  });

  it('gives sketches whose keys come from that signature', () => {
    const text = 'Hi {{customer.name}}, your refund of the order is on its way and will arrive by Friday.';
    const s = sketch(text);
    expect([...s.set]).toEqual([...referenceShingles(text)]);
    expect(s.keys).toHaveLength(32);
    expect(sketch(text).keys).toEqual(s.keys);
  });
});

describe('body hash', () => {
  it('equals NFC + whitespace collapse + SHA-256 on random text', () => {
    const r = rng(31);
    const pieces = [...TEXT_PIECES, '\u000b', '\f', '\r', '\u0085', '\u1680', '\u2028', '\u2029', '\u3000', '\u00ff', '\u0100', '\u02ff', '\u0300', 'A\u030a', '\u212b'];
    for (let k = 0; k < 20000; k++) {
      const text = randomText(r, pieces, 30);
      expect(contentHash(text), JSON.stringify(text)).toBe(referenceContentHash(text));
    }
  });

  it('equals it for every UTF-16 code unit between letters and spaces', () => {
    const mismatches: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `${ch}a${ch}b ${ch}${ch} é${ch}`;
      if (contentHash(text) !== referenceContentHash(text)) mismatches.push(c);
    }
    expect(mismatches).toEqual([]);
  });

  it('relies on no character of the one-pass ranges changing under NFC, alone or next to another', () => {
    const units: string[] = [];
    for (let c = 0; c < 0x300; c++) units.push(String.fromCharCode(c));
    for (let c = 0x2000; c <= 0x205f; c++) units.push(String.fromCharCode(c));
    for (let c = 0x20a0; c <= 0x20bf; c++) units.push(String.fromCharCode(c));
    units.push('\u1680', '\u3000', '\ufeff');
    const space = /[\s\u00A0\u2028\u2029]/;
    const bad: string[] = [];
    for (const a of units) {
      // Whitespace may change under NFC (U+2000 → U+2002) as long as it stays whitespace.
      const na = a.normalize('NFC');
      if (na !== a && !(space.test(a) && space.test(na))) bad.push(a);
      for (const b of units) {
        const pair = a + b;
        const np = pair.normalize('NFC');
        if (np !== pair && np !== na + b.normalize('NFC')) bad.push(pair);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('LshIndex: candidate pairs and similarities', () => {
  /** A sketch with chosen bucket keys: few possible keys make shared, duplicate and oversized buckets. */
  function randomSketch(r: () => number, keySpace: number, bands: number, shingleSpace: number): Sketch {
    const set = Uint32Array.from(new Set(Array.from({ length: Math.floor(r() * 30) }, () => Math.imul(Math.floor(r() * shingleSpace) + 1, 0x9e3779b1) >>> 0))).sort();
    return { set, keys: set.length ? Array.from({ length: bands }, () => Math.floor(r() * keySpace)) : [] };
  }

  /** What an index tells: its candidate pairs in order, their similarities, and those of a few random pairs. */
  function view<K>(ix: { candidates(): Iterable<[K, K]>; similarity(a: K, b: K): number }, probes: [K, K][]): string {
    const pairs = [...ix.candidates()];
    return JSON.stringify([pairs, pairs.map(([a, b]) => ix.similarity(a, b)), probes.map(([a, b]) => ix.similarity(a, b))]);
  }

  function expectSame(fast: LshIndex<string>, ref: ReferenceLshIndex<string>, live: string[], r: () => number): void {
    const probes = Array.from({ length: live.length ? 10 : 0 }, (): [string, string] => [live[Math.floor(r() * live.length)], live[Math.floor(r() * live.length)]]);
    expect(view(fast, probes)).toBe(view(ref, probes));
  }

  it('lists the same pairs in the same order as the map-of-maps index through sets, deletes and renames', () => {
    const r = rng(41);
    for (let round = 0; round < 150; round++) {
      const keySpace = 2 + Math.floor(r() * 60);
      const bands = 1 + Math.floor(r() * 32);
      const shingleSpace = 2 + Math.floor(r() * 300);
      const items = 5 + Math.floor(r() * (round % 5 === 0 ? 200 : 60));
      const background: ShingleCounts | undefined = round % 4 === 0 ? new Map([[Math.imul(1, 0x9e3779b1) >>> 0, BOILERPLATE - 1]]) : undefined;
      const fast = new LshIndex<string>(background);
      const ref = new ReferenceLshIndex<string>(background);
      const live = new Set<string>();
      for (let op = 0; op < 400; op++) {
        const key = `k${Math.floor(r() * items)}`;
        const x = r();
        if (x < 0.6) {
          const s = randomSketch(r, keySpace, bands, shingleSpace);
          fast.set(key, s);
          ref.set(key, s);
          live.add(key);
        } else if (x < 0.85) {
          fast.delete(key);
          ref.delete(key);
          live.delete(key);
        } else if (x < 0.9) {
          const to = `k${Math.floor(r() * items)}`;
          if (!live.has(to)) {
            fast.rekey(key, to);
            ref.rekey(key, to);
            if (live.delete(key)) live.add(to);
          }
        } else expectSame(fast, ref, [...live], r);
      }
      expect(fast.size).toBe(ref.size);
      expectSame(fast, ref, [...live], r);
    }
  });

  it('lists the same pairs as the map-of-maps index for sketched texts of one template family', () => {
    const r = rng(42);
    const words = ['refund', 'order', 'today', 'Friday', 'courier', 'trace', 'email', 'sorry', 'late', 'parcel', 'account', 'card'];
    const texts = Array.from({ length: 400 }, (_, i) => `Hi {{customer.name}}, ${Array.from({ length: 12 }, () => words[Math.floor(r() * words.length)]).join(' ')} (case ${i % 50}). Best, Support`);
    const fast = new LshIndex<number>();
    const ref = new ReferenceLshIndex<number>();
    texts.forEach((t, i) => {
      fast.set(i, sketch(t));
      ref.set(i, sketch(t));
    });
    expect([...ref.candidates()].length).toBeGreaterThan(0);
    expect(view(fast, [])).toBe(view(ref, []));
    // Removing most items shrinks oversized buckets back to candidates, as in the reference.
    for (let i = 0; i < 400; i += 1 + (i % 3)) {
      fast.delete(i);
      ref.delete(i);
    }
    expect(view(fast, [])).toBe(view(ref, []));
    expect(MAX_BUCKET).toBeLessThan(400);
  });
});
