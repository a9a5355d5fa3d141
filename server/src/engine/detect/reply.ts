/**
 * The detector over one reply: each sentence's context-free features (cached by text), its context
 * features (interned lists), and the models' verdict, shared by every sentence scored the same way.
 */
import type { Locale, Range } from '../types';
import { intrinsicInfo, replyContexts } from './features';
import { labelled, modelFor, scoreIntrinsic, type ModelFile } from './model';

/** What the trained models say about one sentence (the analysis exposes it as `SentenceDetection`). */
export interface SentenceVerdict {
  /** Normalised range of the sentence. */
  range: Range;
  /** Probability per label (`deflecting/<category>` or a move); 0.5 is the tuned threshold; shared between sentences with the same scores (frozen). */
  p: Readonly<Record<string, number>>;
  /** The features that pushed `label` up most (shown in messages and hovers). */
  cuesOf(label: string): string[];
  /** Labels whose model only gives hints (its precision on the tune split missed the target). */
  hintOnly: ReadonlySet<string>;
}

const hintSets = new WeakMap<ModelFile, ReadonlySet<string>>();

/** Model verdicts for each sentence of a normalised reply; `tables` are the phrase tables' matches by name. */
export function detectReply(norm: string, sentences: readonly Range[], locale: Locale, tables: Record<string, readonly Range[]>): SentenceVerdict[] {
  const model = modelFor(locale);
  if (!model.labels.length) return [];
  let hintOnly = hintSets.get(model);
  if (!hintOnly) hintSets.set(model, (hintOnly = new Set(model.labels.filter((_, i) => model.hintOnly?.[i]))));
  const intrinsic = sentences.map((r) => intrinsicInfo(norm, r.start, r.end, locale));
  const contexts = replyContexts(intrinsic, sentences, tables);
  const out: SentenceVerdict[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const l = labelled(model, scoreIntrinsic(model, intrinsic[i], contexts[i]));
    out.push({ range: sentences[i], p: l.p, cuesOf: l.cuesOf, hintOnly });
  }
  return out;
}
