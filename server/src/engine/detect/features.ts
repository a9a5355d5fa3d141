/**
 * Sentence features for the trained models: stems, stem bigrams, the words as written, the language
 * pack's slots and cues, negation, and where the sentence sits in the reply (first, last, after an
 * apology). Feature names are plain strings; the model file maps them to weights.
 */
import type { Locale, Range } from '../types';
import { findCues, findSlots } from './pack';
import { tokenize, type Token } from './tokens';

/** One sentence of a reply, analysed for detection. */
export interface SentenceInfo {
  /** Range in the normalised reply. */
  range: Range;
  tokens: Token[];
  slots: Set<string>;
  cues: { id: string; at: number; end: number }[];
  features: string[];
}

/** Features of each sentence of a normalised reply (its sentences as normalised ranges). */
export function sentenceInfos(norm: string, sentences: readonly Range[], locale: Locale, tables: Record<string, readonly Range[]> = {}): SentenceInfo[] {
  const infos: SentenceInfo[] = sentences.map((range) => {
    const tokens = tokenize(norm, range.start, range.end, locale);
    const hits = findSlots(tokens, locale);
    const cues = findCues(tokens, hits, locale);
    return { range, tokens, slots: new Set(hits.map((h) => h.slot)), cues, features: [] };
  });
  infos.forEach((s, i) => {
    const f = new Set<string>();
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      f.add(`w:${toks[k].stem}`);
      f.add(`t:${toks[k].word}`);
      f.add(`b:${k === 0 ? '^' : toks[k - 1].stem}_${toks[k].stem}`);
    }
    if (toks.length) f.add(`b:${toks[toks.length - 1].stem}_$`);
    for (const sl of s.slots) f.add(`s:${sl}`);
    for (const c of s.cues) f.add(`c:${c.id}`);
    const text = norm.slice(s.range.start, s.range.end);
    if (text.includes('?')) f.add('q');
    if (text.includes('!')) f.add('excl');
    if (i === 0) f.add('first');
    if (i === infos.length - 1) f.add('last');
    const prev = infos[i - 1];
    if (prev) {
      if (prev.slots.has('apology')) f.add('prev:apology');
      for (const c of prev.cues) f.add(`prev:${c.id}`);
    }
    for (const [name, ranges] of Object.entries(tables)) {
      if (ranges.some((r) => r.start < s.range.end && s.range.start < r.end)) f.add(`tbl:${name}`);
    }
    f.add(`len:${Math.min(4, Math.floor(toks.length / 6))}`);
    f.add('bias');
    s.features = [...f];
  });
  return infos;
}
