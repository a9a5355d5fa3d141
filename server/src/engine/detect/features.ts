/**
 * Sentence features for the trained models: stems, stem bigrams, the words as written, the language
 * pack's slots and cues, negation, and where the sentence sits in the reply (first, last, after an
 * apology). Feature names are plain strings; the model file maps them to weights.
 */
import type { Locale, Range } from '../types';
import { findCues, findSlots } from './pack';
import { tokenize, type Token } from './tokens';
import { modelFor, tokenScores, type IntrinsicScores, type ModelFile } from './model';
import { registerCache } from '../caches';

/** One sentence of a reply, analysed for detection. */
export interface SentenceInfo {
  /** Range in the normalised reply. */
  range: Range;
  slots: ReadonlySet<string>;
  /** Ids of the pack's cues found in the sentence. */
  cues: readonly string[];
  features: string[];
}

const SUBJECTS: Record<Locale, Set<string>> = {
  en: new Set(['we', 'i', 'you', 'they', 'it', 'this', 'that', 'he', 'she']),
  es: new Set(['nosotros', 'usted', 'tu', 'yo', 'ellos', 'ellas', 'vos', 'te', 'le']),
};
const SUBJECTS_NORM: Record<string, string> = { te: 'tu', le: 'usted', vos: 'tu' };
const LEAD_SKIP: Record<Locale, Set<string>> = {
  en: new Set(['please', 'kindly', 'so', 'also', 'and', 'then', 'just', 'simply', 'now', 'hi', 'hello', '<ph>']),
  es: new Set(['por', 'favor', 'y', 'tambien', 'solo', 'simplemente', 'ahora', 'hola', '<ph>']),
};
const EN_VERBS = new Set(['contact', 'use', 'post', 'ask', 'call', 'email', 'visit', 'check', 'go', 'try', 'see', 'read', 'refer', 'note',
  'make', 'send', 'fill', 'follow', 'provide', 'submit', 'open', 'file', 'review', 'stop', 'do', 'don\'t', 'reach', 'get', 'head', 'hop',
  'take', 'keep', 'be', 'let', 'consider', 'feel', 'remember', 'bear', 'understand', 'look', 'click', 'update', 'install', 'upgrade',
  'report', 'raise', 'join', 'write', 'search', 'consult', 'direct', 'avoid', 'refrain', 'ensure', 'include', 'attach', 'verify']);
const IMPERATIVE: Record<Locale, (w: string) => boolean> = {
  en: (w) => EN_VERBS.has(w),
  // Usted and tú imperatives with clitics ("comuniquese", "dirigete", "contactanos") and voseo ("contacta").
  es: (w) => /(?:ese|ate|ete|ite|anos|enos|alo|elo|ela|ala)$/.test(w) || /^(?:contacte|contacta|escriba|escribe|llame|llama|visite|visita|consulte|consulta|revise|revisa|acuda|acude|ingrese|ingresa|recuerde|recuerda|recorda|tenga|ten|verifique|verifica|utilice|utiliza|envie|envia|complete|completa|adjunte|adjunta)$/.test(w),
};

/** What a sentence says on its own (no context): cached by locale and text, since libraries repeat sentences. */
export interface IntrinsicInfo {
  slots: ReadonlySet<string>;
  cueIds: readonly string[];
  /** Features of the sentence alone (stems, words, pairs, slots, cues, who acts, negation, length). */
  features: readonly string[];
}

const INTRINSIC_MAX = 20_000;
const intrinsicCache: Record<Locale, Map<string, IntrinsicInfo & IntrinsicScores>> = { en: new Map(), es: new Map() };

/**
 * Feature names of stems, words, stem pairs, slots and cues, memoised per locale (bounded): a sentence's
 * features are then strings already hashed, so the dedup set and the model's weight map find them fast.
 */
interface Names {
  w: Map<string, string>;
  t: Map<string, string>;
  b: Map<string, Map<string, string>>;
  s: Map<string, string>;
  c: Map<string, string>;
  size: number;
}
const NAMES_MAX = 100_000;
const newNames = (): Names => ({ w: new Map(), t: new Map(), b: new Map(), s: new Map(), c: new Map(), size: 0 });
const namesOf: Record<Locale, Names> = { en: newNames(), es: newNames() };
const LEN_NAMES = ['len:0', 'len:1', 'len:2', 'len:3', 'len:4'];
registerCache(
  'features.intrinsic',
  () => {
    intrinsicCache.en.clear();
    intrinsicCache.es.clear();
  },
  () => intrinsicCache.en.size + intrinsicCache.es.size,
);
// The same reset the names memo gets when it is full.
registerCache(
  'features.names',
  () => {
    namesOf.en = newNames();
    namesOf.es = newNames();
  },
  () => namesOf.en.size + namesOf.es.size,
);

/** The names memo of a locale, started afresh when full. */
function namesFor(locale: Locale): Names {
  if (namesOf[locale].size >= NAMES_MAX) namesOf[locale] = newNames();
  return namesOf[locale];
}

function named(ns: Names, m: Map<string, string>, prefix: string, key: string): string {
  let s = m.get(key);
  if (s === undefined) {
    s = `${prefix}${key}`;
    m.set(key, s);
    ns.size++;
  }
  return s;
}

function pairName(ns: Names, a: string, b: string): string {
  let m = ns.b.get(a);
  if (!m) ns.b.set(a, (m = new Map()));
  let s = m.get(b);
  if (s === undefined) {
    s = `b:${a}_${b}`;
    m.set(b, s);
    ns.size++;
  }
  return s;
}

/** The features after the token features (who acts, negation, slots, cues, punctuation, length, bias), in list order. */
function otherFeatures(toks: readonly Token[], text: string, slots: ReadonlySet<string>, cueIds: readonly string[], locale: Locale, ns: Names): string[] {
  const f: string[] = [];
  // Who acts: the first pronoun of the sentence, and whether it opens with a verb (an instruction).
  const subj = toks.find((t) => SUBJECTS[locale].has(t.stem));
  if (subj) f.push(`subj:${SUBJECTS_NORM[subj.stem] ?? subj.stem}`);
  const lead = toks.find((t) => !LEAD_SKIP[locale].has(t.word));
  if (lead && IMPERATIVE[locale](lead.word)) f.push('imperative');
  if (toks.some((t) => t.word === 'not' || t.word === 'no' || t.word === 'never' || t.word === 'nunca')) f.push('neg');
  for (const sl of slots) f.push(named(ns, ns.s, 's:', sl));
  for (const c of cueIds) f.push(named(ns, ns.c, 'c:', c));
  if (text.includes('?')) f.push('q');
  if (text.includes('!')) f.push('excl');
  f.push(LEN_NAMES[Math.min(4, Math.floor(toks.length / 6))]);
  f.push('bias');
  return f;
}

/** The feature strings of a sentence: its tokens' (stems, words, stem pairs), then `other`; each once, first place kept. */
function featureList(toks: readonly Token[], other: readonly string[], ns: Names): string[] {
  const f = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    f.add(named(ns, ns.w, 'w:', toks[k].stem));
    f.add(named(ns, ns.t, 't:', toks[k].word));
    f.add(pairName(ns, k === 0 ? '^' : toks[k - 1].stem, toks[k].stem));
  }
  if (toks.length) f.add(pairName(ns, toks[toks.length - 1].stem, '$'));
  for (const x of other) f.add(x);
  return [...f];
}

/**
 * What the intrinsic cache holds for a sentence: the raw scores of the locale's model, computed from the
 * tokens without feature strings, and the strings themselves built on first use (cue words, training).
 */
class Intrinsic implements IntrinsicInfo, IntrinsicScores {
  readonly slots: ReadonlySet<string>;
  readonly cueIds: readonly string[];
  readonly z: Float64Array;
  readonly model: ModelFile;
  #text: string;
  #locale: Locale;
  #other: readonly string[];
  #features?: readonly string[];
  constructor(text: string, locale: Locale, slots: ReadonlySet<string>, cueIds: readonly string[], other: readonly string[], z: Float64Array, model: ModelFile) {
    this.#text = text;
    this.#locale = locale;
    this.slots = slots;
    this.cueIds = cueIds;
    this.#other = other;
    this.z = z;
    this.model = model;
  }
  get features(): readonly string[] {
    if (this.#features === undefined) {
      const toks = tokenize(this.#text, 0, this.#text.length, this.#locale);
      this.#features = featureList(toks, this.#other, namesFor(this.#locale));
    }
    return this.#features;
  }
}

/** The context-free features of one sentence (normalised text [start, end) of `norm`). */
export function intrinsicInfo(norm: string, start: number, end: number, locale: Locale): IntrinsicInfo & IntrinsicScores {
  const text = norm.slice(start, end);
  const cache = intrinsicCache[locale];
  const hit = cache.get(text);
  if (hit) return hit;
  const toks = tokenize(text, 0, text.length, locale);
  const hits = findSlots(toks, locale);
  const slots = new Set(hits.map((h) => h.slot));
  const cueIds = findCues(toks, hits, locale).map((c) => c.id);
  const other = otherFeatures(toks, text, slots, cueIds, locale, namesFor(locale));
  const model = modelFor(locale);
  const z = tokenScores(model, toks, other);
  const info = new Intrinsic(text, locale, slots, cueIds, other, z, model);
  if (cache.size >= INTRINSIC_MAX) cache.clear();
  cache.set(text, info);
  return info;
}

/**
 * Context feature lists are interned: one array per distinct list, so the model caches its scores by
 * array identity (no key string per sentence). A list is fixed by the table names (in order), a code
 * (first, last, previous sentence an apology, which tables overlap the sentence) and the previous
 * sentence's cue ids (an `IntrinsicInfo` array, so keyed by identity too).
 */
interface ContextIntern {
  names: readonly string[];
  byCode: Map<number, { none?: readonly string[]; byCues: WeakMap<readonly string[], readonly string[]> }>;
}
const INTERN_MAX = 64;
const interns = new Map<string, ContextIntern>();
registerCache('features.interns', () => interns.clear(), () => interns.size);

/** Per tables object (one per reply): which tables overlap each sentence, as bits of the table order. */
interface TableMasks {
  ranges: readonly Range[];
  masks: number[];
  intern: ContextIntern;
}
const tableMasks = new WeakMap<object, TableMasks>();
/** More tables than this and the overlap bits would not fit a small integer: lists are then built each time. */
const MAX_TABLES = 24;

function computeMasks(tables: Record<string, readonly Range[]>, ranges: readonly Range[]): TableMasks | undefined {
  const names = Object.keys(tables);
  if (names.length > MAX_TABLES) return undefined;
  const lists = names.map((n) => tables[n]);
  const masks: number[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    let m = 0;
    for (let t = 0; t < lists.length; t++) {
      const list = lists[t];
      for (let k = 0; k < list.length; k++) {
        const x = list[k];
        if (x.start < r.end && r.start < x.end) {
          m |= 1 << t;
          break;
        }
      }
    }
    masks.push(m);
  }
  return { ranges, masks, intern: internFor(names) };
}

function internFor(names: string[]): ContextIntern {
  const key = names.join('\u0001');
  let intern = interns.get(key);
  if (!intern) {
    if (interns.size >= INTERN_MAX) interns.clear();
    interns.set(key, (intern = { names, byCode: new Map() }));
  }
  return intern;
}

function masksOf(tables: Record<string, readonly Range[]>, ranges: readonly Range[]): TableMasks | undefined {
  let tm = tableMasks.get(tables);
  if (tm && tm.ranges === ranges) return tm;
  tm = computeMasks(tables, ranges);
  if (tm) tableMasks.set(tables, tm);
  return tm;
}

/** The interned context list of sentence `i` given the reply's overlap masks. */
function internedContext(infos: readonly IntrinsicInfo[], i: number, tm: TableMasks): readonly string[] {
  const first = i === 0;
  const last = i === infos.length - 1;
  const prev = infos[i - 1];
  const mask = tm.masks[i];
  const apology = prev !== undefined && prev.slots.has('apology');
  const code = (first ? 1 : 0) | (last ? 2 : 0) | (apology ? 4 : 0) | (mask << 3);
  let slot = tm.intern.byCode.get(code);
  if (!slot) tm.intern.byCode.set(code, (slot = { byCues: new WeakMap() }));
  const cues = prev?.cueIds;
  if (!cues || !cues.length) return (slot.none ??= buildContext(first, last, prev, tm.intern.names, mask));
  let list = slot.byCues.get(cues);
  if (!list) slot.byCues.set(cues, (list = buildContext(first, last, prev, tm.intern.names, mask)));
  return list;
}

/** The context features of every sentence of a reply (interned lists, as `contextFeatures` gives them one by one). */
export function replyContexts(infos: readonly IntrinsicInfo[], ranges: readonly Range[], tables: Record<string, readonly Range[]>): (readonly string[])[] {
  const tm = computeMasks(tables, ranges);
  const out: (readonly string[])[] = [];
  for (let i = 0; i < ranges.length; i++) out.push(tm ? internedContext(infos, i, tm) : contextFeatures(infos, ranges, i, tables));
  return out;
}

function buildContext(first: boolean, last: boolean, prev: IntrinsicInfo | undefined, names: readonly string[], mask: number): string[] {
  const out: string[] = [];
  if (first) out.push('first');
  if (last) out.push('last');
  if (prev) {
    if (prev.slots.has('apology')) out.push('prev:apology');
    for (const c of prev.cueIds) out.push(`prev:${c}`);
  }
  for (let t = 0; t < names.length; t++) if (mask & (1 << t)) out.push(`tbl:${names[t]}`);
  return out;
}

/**
 * Features that depend on the sentence's place in the reply and on the phrase tables' verdicts. The list
 * is shared (interned) and must not be changed; `tables` and `ranges` are read once per tables object.
 */
export function contextFeatures(infos: readonly IntrinsicInfo[], ranges: readonly Range[], i: number, tables: Record<string, readonly Range[]>): readonly string[] {
  const tm = masksOf(tables, ranges);
  if (tm) return internedContext(infos, i, tm);
  const out = buildContext(i === 0, i === infos.length - 1, infos[i - 1], [], 0);
  const r = ranges[i];
  for (const [name, list] of Object.entries(tables)) {
    if (list.some((x) => x.start < r.end && r.start < x.end)) out.push(`tbl:${name}`);
  }
  return out;
}

/** Features of each sentence of a normalised reply (its sentences as normalised ranges). */
export function sentenceInfos(norm: string, sentences: readonly Range[], locale: Locale, tables: Record<string, readonly Range[]> = {}): SentenceInfo[] {
  const intrinsic = sentences.map((r) => intrinsicInfo(norm, r.start, r.end, locale));
  return sentences.map((range, i) => ({
    range,
    slots: intrinsic[i].slots,
    cues: intrinsic[i].cueIds,
    features: [...intrinsic[i].features, ...contextFeatures(intrinsic, sentences, i, tables)],
  }));
}
