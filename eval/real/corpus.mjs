// The real-reply corpus of `eval/real/`: loading, the holdout guard, and the sentence units the
// labels are scored on. Every script that reads the corpus goes through `loadSplit`; only the
// evaluation (`eval/real/run.mjs`) may pass `{ evaluation: true }` to read the holdout, and it prints
// aggregates only. A test fails if a training or mining script opens the holdout.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REAL_DIR = dirname(fileURLToPath(import.meta.url));
export const SPLITS = ['tune', 'holdout'];
export const MOVES = ['acknowledge', 'align', 'assure'];
export const CATEGORIES = ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect'];
export const LABELS = [...MOVES, ...CATEGORIES.map((c) => `deflecting/${c}`)];

/** Replies of a split (each with `labels`, and `readers` when both readers' labels are kept). */
export function loadSplit(split, { evaluation = false } = {}) {
  if (!SPLITS.includes(split)) throw new Error(`unknown split ${split}`);
  if (split === 'holdout' && !evaluation) {
    throw new Error('the holdout is read by the evaluation only (eval/real/run.mjs); tuning and training scripts use the tune split');
  }
  const dir = join(REAL_DIR, split);
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    for (const r of parse(readFileSync(join(dir, f), 'utf8')) ?? []) out.push({ ...r, file: `${split}/${f}` });
  }
  return out;
}

/**
 * True when a reply may be used to train: every reply except those under a licence that forbids derived
 * works (NC / ND Creative Commons terms, "no derivatives", data sets marked eval-only). Web pages without
 * an open licence ("all-rights-reserved") are trained on as statistics only: the shipped weights hold
 * stems, stem pairs and cue ids, never a sentence. See eval/real/README.md.
 */
export function trainable(licence) {
  const l = String(licence ?? '').toLowerCase();
  return !(/(?:^|[^a-z])n[cd](?:[^a-z]|$)/.test(l) || l.includes('no deriv') || l.includes('noderiv') || l.includes('eval-only'));
}

/** Sentences of a reply as the engine segments them, as source-text ranges (for label and finding units). */
export function sourceSentences(engine, text) {
  const { norm, sentences, toSource, toSourceEnd } = engine.replySentences(text);
  return { norm, sentences, ranges: sentences.map((r) => ({ start: toSource[r.start], end: toSourceEnd[r.end - 1] })) };
}

/** Index of the range in `ranges` overlapping [s, e) most, or -1 when none overlaps. */
export function sentenceIndexOf(ranges, s, e) {
  let best = -1;
  let bestOv = 0;
  ranges.forEach((x, i) => {
    const ov = Math.min(e, x.end) - Math.max(s, x.start);
    if (ov > bestOv) {
      bestOv = ov;
      best = i;
    }
  });
  return best;
}
