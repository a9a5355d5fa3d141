/**
 * The trained sentence models: one logistic regression per label (a deflecting category or a move)
 * per locale, trained by `npm run train` and shipped as `locales/<locale>/model.json`. Each label's
 * bias is shifted at training time so that probability 0.5 is the threshold chosen on the tune split:
 * a probability is the finding's confidence.
 */
import type { Locale } from '../types';
import { cacheFamily } from '../caches';
import { perLocale } from '../locale-data';

/** The file format of `model.json`. */
export interface ModelFile {
  version: number;
  labels: string[];
  bias: number[];
  /** Per label: true when its cross-validated precision missed the target, so it only ever gives hints. */
  hintOnly?: boolean[];
  /** Feature -> flat pairs [labelIndex, weight, labelIndex, weight, …]. */
  weights: Record<string, number[]>;
  /** Training provenance (sentences, sources, date-free hash of the inputs). */
  trainedOn?: Record<string, unknown>;
}

/** The models, read at the first use of a locale (as the lexicons are: see lexicon/index.ts). */
const DATA = perLocale<ModelFile>({
  en: () => require('../locales/en/model.json'),
  es: () => require('../locales/es/model.json'),
});

/** The model of a locale. */
export function modelFor(locale: Locale): ModelFile {
  return DATA.get(locale);
}

/** The locales whose model has been read so far (tests check that a lint reads only its document's). */
export function modelsLoaded(): Locale[] {
  return DATA.loaded();
}

/** Per label probability for one sentence's features, and the features that pushed each label up most. */
export interface Scored {
  p: Float64Array;
  /** The three features with the largest positive contribution to label `i` (computed on demand). */
  cues(i: number): string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Weights as a Map (faster than an object for thousands of string keys), built once per model. */
const maps = new WeakMap<ModelFile, Map<string, number[]>>();
function weightsOf(model: ModelFile): Map<string, number[]> {
  let m = maps.get(model);
  if (!m) maps.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** Raw scores of a feature list: per label the summed weights; the strongest features on demand. */
interface Partial {
  z: Float64Array;
  /** Per label, the three strongest positive features (computed when a finding asks for its cue words). */
  top(i: number): [string, number][];
}

/** The three features of `features` with the largest positive weight for label `li`, strongest first. */
function topFeatures(weights: Map<string, number[]>, features: readonly string[], li: number): [string, number][] {
  const t: [string, number][] = [];
  for (const f of features) {
    const w = weights.get(f);
    if (!w || f === 'bias') continue;
    for (let k = 0; k < w.length; k += 2) {
      if (w[k] !== li || !(w[k + 1] > 0)) continue;
      t.push([f, w[k + 1]]);
      if (t.length > 3) {
        t.sort((a, b) => b[1] - a[1]);
        t.length = 3;
      }
    }
  }
  return t;
}

function partial(model: ModelFile, features: readonly string[], withBias: boolean): Partial {
  const n = model.labels.length;
  const z = withBias ? Float64Array.from(model.bias) : new Float64Array(n);
  const weights = weightsOf(model);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) z[w[k]] += w[k + 1];
  }
  return { z, top: lazyTop(weights, () => features) };
}

/** Per label, the strongest features (see `topFeatures`), computed on first ask; `features` read only then. */
function lazyTop(weights: Map<string, number[]>, features: () => readonly string[]): (i: number) => [string, number][] {
  const tops = new Map<number, [string, number][]>();
  return (i: number) => {
    let t = tops.get(i);
    if (!t) tops.set(i, (t = topFeatures(weights, features(), i)));
    return t;
  };
}

function finish(model: ModelFile, parts: readonly Partial[]): Scored {
  const n = model.labels.length;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (const part of parts) z += part.z[i];
    p[i] = sigmoid(z);
  }
  // Cue words are only needed for the few sentences that become findings.
  const cues = (i: number) =>
    parts
      .flatMap((part) => part.top(i))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([f]) => f);
  return { p, cues };
}

/** Scores one sentence's features with `model`. */
export function score(model: ModelFile, features: readonly string[]): Scored {
  return finish(model, [partial(model, features, true)]);
}

/** A sentence's context-free partial score and its final scores, per context partial, once computed. */
interface IntrinsicEntry {
  part: Partial;
  alone?: Scored;
  withContext: WeakMap<Partial, Scored>;
}
/** Per model, per context-free feature list object (an `IntrinsicInfo`'s, reused across replies). */
const intrinsicScores = new WeakMap<ModelFile, WeakMap<readonly string[], IntrinsicEntry>>();
/** Per model, context partial scores by list object (the lists `contextFeatures` interns). */
const contextByList = new WeakMap<ModelFile, WeakMap<readonly string[], Partial>>();
/** Partial scores of context feature lists (a few dozen distinct lists), cached per model and list. */
const contextScores = new WeakMap<ModelFile, Map<string, Partial>>();
const CONTEXT_MAX = 4096;
/** The context score maps of every model, dropped by `clearEngineCaches` (see caches.ts). */
const contextFamily = cacheFamily<Map<string, Partial>>('model.context', (m) => m.clear(), (m) => m.size);

function contextPartial(model: ModelFile, context: readonly string[]): Partial {
  let byList = contextByList.get(model);
  if (!byList) contextByList.set(model, (byList = new WeakMap()));
  let b = byList.get(context);
  if (b) return b;
  let ctx = contextScores.get(model);
  if (!ctx) contextScores.set(model, (ctx = contextFamily.add(new Map())));
  const key = context.join('\u0001');
  b = ctx.get(key);
  if (!b) {
    if (ctx.size >= CONTEXT_MAX) ctx.clear();
    ctx.set(key, (b = partial(model, context, false)));
  }
  byList.set(context, b);
  return b;
}

/**
 * Scores a sentence from its context-free features (an object reused across replies, so its partial
 * score is cached) plus its context features. The result is cached per pair and shared: do not change `p`.
 */
export function scoreParts(model: ModelFile, intrinsic: readonly string[], context: readonly string[]): Scored {
  let cache = intrinsicScores.get(model);
  if (!cache) intrinsicScores.set(model, (cache = new WeakMap()));
  let a = cache.get(intrinsic);
  if (!a) cache.set(intrinsic, (a = { part: partial(model, intrinsic, true), withContext: new WeakMap() }));
  return withContext(model, a, context);
}

/** A sentence's final scores from its cached context-free entry and its context list, cached per pair. */
function withContext(model: ModelFile, a: IntrinsicEntry, context: readonly string[]): Scored {
  if (!context.length) return (a.alone ??= finish(model, [a.part]));
  const b = contextPartial(model, context);
  let s = a.withContext.get(b);
  if (!s) a.withContext.set(b, (s = finish(model, [a.part, b])));
  return s;
}

/**
 * The model's weights indexed for scoring a sentence straight from its tokens, without building the
 * feature strings: stems (`w:`), words (`t:`), stem pairs (`b:a_b`, nested by first stem) and the other
 * features by name. Every feature string maps to one `Feat`, so a feature counts once per sentence (its
 * stamp) as in the string path's set. A pair key with several `_` is entered at every split: the string
 * path cannot tell those pairs apart either.
 */
interface Feat {
  pairs: number[];
  stamp: number;
}
interface TokenIndex {
  w: Map<string, Feat>;
  t: Map<string, Feat>;
  b: Map<string, Map<string, Feat>>;
  other: Map<string, Feat>;
  bias: Float64Array;
  stamp: number;
}
const tokenIndexes = new WeakMap<ModelFile, TokenIndex>();

function tokenIndexOf(model: ModelFile): TokenIndex {
  let idx = tokenIndexes.get(model);
  if (idx) return idx;
  idx = { w: new Map(), t: new Map(), b: new Map(), other: new Map(), bias: Float64Array.from(model.bias), stamp: 0 };
  for (const [name, pairs] of weightsOf(model)) {
    const f: Feat = { pairs, stamp: 0 };
    const rest = name.slice(2);
    if (name.startsWith('w:')) idx.w.set(rest, f);
    else if (name.startsWith('t:')) idx.t.set(rest, f);
    else if (name.startsWith('b:')) {
      for (let j = rest.indexOf('_'); j >= 0; j = rest.indexOf('_', j + 1)) {
        const a = rest.slice(0, j);
        let m = idx.b.get(a);
        if (!m) idx.b.set(a, (m = new Map()));
        m.set(rest.slice(j + 1), f);
      }
    } else idx.other.set(name, f);
  }
  tokenIndexes.set(model, idx);
  return idx;
}

/** Adds a feature's weights to `z` unless this sentence (`stamp`) already counted it. */
function addFeat(z: Float64Array, f: Feat | undefined, stamp: number): void {
  if (f === undefined || f.stamp === stamp) return;
  f.stamp = stamp;
  const p = f.pairs;
  for (let j = 0; j < p.length; j += 2) z[p[j]] += p[j + 1];
}

/**
 * The context-free raw scores (bias included) of a sentence given as its tokens (stems and words) and its
 * other features (`misc`, in the order the feature list holds them after the token features): the same
 * sums, in the same order, as `partial` over the sentence's feature strings (see `intrinsicInfo`).
 */
export function tokenScores(model: ModelFile, toks: readonly { stem: string; word: string }[], misc: readonly string[]): Float64Array {
  const idx = tokenIndexOf(model);
  const stamp = ++idx.stamp;
  const z = new Float64Array(idx.bias.length);
  z.set(idx.bias);
  const w = idx.w;
  const t = idx.t;
  const b = idx.b;
  let prev: Map<string, Feat> | undefined = b.get('^');
  for (const tok of toks) {
    addFeat(z, w.get(tok.stem), stamp);
    addFeat(z, t.get(tok.word), stamp);
    addFeat(z, prev?.get(tok.stem), stamp);
    prev = b.get(tok.stem);
  }
  if (toks.length) addFeat(z, prev?.get('$'), stamp);
  for (const m of misc) addFeat(z, idx.other.get(m), stamp);
  return z;
}

/** A sentence's context-free part as the detector keeps it: raw scores, and its feature strings on demand. */
export interface IntrinsicScores {
  /** Raw scores with the bias, for `model`. */
  readonly z: Float64Array;
  readonly model: ModelFile;
  /** The feature strings (computed on demand: only cue words need them). */
  readonly features: readonly string[];
}

const infoScores = new WeakMap<IntrinsicScores, IntrinsicEntry>();

/**
 * As `scoreParts`, from a sentence's precomputed raw scores (`info.z`, for `model`): no feature strings
 * unless a finding asks for its cue words. Cached per info object and context list; do not change `p`.
 */
export function scoreIntrinsic(model: ModelFile, info: IntrinsicScores, context: readonly string[]): Scored {
  if (info.model !== model) return scoreParts(model, info.features, context);
  let a = infoScores.get(info);
  if (!a) infoScores.set(info, (a = { part: { z: info.z, top: lazyTop(weightsOf(model), () => info.features) }, withContext: new WeakMap() }));
  return withContext(model, a, context);
}

/** A scored sentence's probabilities by label name and its cue lookup (what a sentence verdict exposes). */
export interface Labelled {
  /** Probability per label name; shared by every sentence with the same scores, so frozen. */
  p: Readonly<Record<string, number>>;
  cuesOf(label: string): string[];
}
const labelledOf = new WeakMap<Scored, Labelled>();

/** The probabilities of `s` by label name and its cue lookup, built once per scored pair. */
export function labelled(model: ModelFile, s: Scored): Labelled {
  let l = labelledOf.get(s);
  if (!l) {
    const p: Record<string, number> = {};
    model.labels.forEach((label, k) => {
      p[label] = s.p[k];
    });
    l = { p: Object.freeze(p), cuesOf: (label) => s.cues(model.labels.indexOf(label)) };
    labelledOf.set(s, l);
  }
  return l;
}
