/**
 * The trained sentence models: one logistic regression per label (a deflecting category or a move)
 * per locale, trained by `npm run train` and shipped as `locales/<locale>/model.json`. Each label's
 * bias is shifted at training time so that probability 0.5 is the threshold chosen on the tune split:
 * a probability is the finding's confidence.
 */
import type { Locale } from '../types';
import modelEn from '../locales/en/model.json';
import modelEs from '../locales/es/model.json';

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

const MODELS: Record<Locale, ModelFile> = { en: modelEn as ModelFile, es: modelEs as ModelFile };

/** The model of a locale. */
export function modelFor(locale: Locale): ModelFile {
  return MODELS[locale];
}

/** Per label probability for one sentence's features, and the features that pushed each label up most. */
export interface Scored {
  p: Float64Array;
  /** Per label: the three features with the largest positive contribution. */
  cues: string[][];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Scores one sentence's features with `model`. */
export function score(model: ModelFile, features: readonly string[]): Scored {
  const n = model.labels.length;
  const z = Float64Array.from(model.bias);
  const top: [string, number][][] = model.labels.map(() => []);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) {
      const li = w[k];
      z[li] += w[k + 1];
      if (w[k + 1] > 0 && f !== 'bias') top[li].push([f, w[k + 1]]);
    }
  }
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = sigmoid(z[i]);
  return { p, cues: top.map((t) => t.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f)) };
}
