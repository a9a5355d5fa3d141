#!/usr/bin/env node
// Near-duplicate detector on the labelled pairs (eval/near-dup/pairs.yaml): precision and recall at
// the default threshold on the tune and test halves. Each pair is judged as two macros of a library
// holding every real reply of eval/real/tune (never the holdout): the detector leaves out the
// library's boilerplate (shingles many replies share), as it does in a workspace. `--sweep` prints them for a range of thresholds
// on the tune half (how the default was chosen). Used by `npm run eval` (eval/run.mjs) and alone:
//   node eval/near-dup/run.mjs [--sweep] [--json]
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
export const TARGET = { precision: 0.95, recall: 0.9 };

async function loadDetector() {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-neardup-'));
  try {
    await esbuild.build({
      stdin: {
        contents: "export { similarPairs, jaccard, shingles, shingleCounts } from './server/src/engine/workspace/minhash'; export { NEAR_DUPLICATE_THRESHOLD } from './server/src/engine/rules/workspace/near-duplicate';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(dir, 'd.cjs'),
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(join(dir, 'd.cjs'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The library the pairs are judged in: every real tune reply, once. */
function library(d) {
  const texts = new Set();
  for (const lang of ['en', 'es']) for (const r of parse(readFileSync(join(ROOT, 'eval', 'real', 'tune', `${lang}.yaml`), 'utf8'))) texts.add(r.text);
  return { texts, counts: d.shingleCounts(texts) };
}

/** Whether the detector (MinHash + LSH + masked similarity) flags a pair, its texts being two macros of the library. */
function flags(d, lib, p, threshold) {
  // The pair's texts are in the index: the library's own copies of them are not counted twice.
  const own = d.shingleCounts([...new Set([p.textA, p.textB])].filter((t) => lib.texts.has(t)));
  const background = { get: (x) => (lib.counts.get(x) ?? 0) - (own.get(x) ?? 0) };
  return d.similarPairs([p.textA, p.textB], threshold, background).length > 0;
}

/** Precision and recall of the detector on pairs at a threshold (a pair is flagged when the LSH index reports it). */
function score(d, lib, pairs, threshold) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of pairs) {
    const flagged = flags(d, lib, p, threshold);
    const dup = p.label === 'dup';
    if (flagged && dup) tp++;
    else if (flagged) fp++;
    else if (dup) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { pairs: pairs.length, tp, fp, fn, tn, precision, recall };
}

/** The detector's figures on both halves at the default threshold. */
export async function nearDupEval({ sweep = false } = {}) {
  const d = await loadDetector();
  const pairs = parse(readFileSync(join(here, 'pairs.yaml'), 'utf8'));
  const halves = { tune: pairs.filter((p) => p.half === 'tune'), test: pairs.filter((p) => p.half === 'test') };
  const threshold = d.NEAR_DUPLICATE_THRESHOLD;
  const lib = library(d);
  const out = { threshold, target: TARGET, tune: score(d, lib, halves.tune, threshold), test: score(d, lib, halves.test, threshold) };
  if (sweep) out.sweep = Array.from({ length: 33 }, (_, i) => 0.1 + i * 0.025).map((t) => ({ threshold: Math.round(t * 1000) / 1000, ...score(d, lib, halves.tune, t) }));
  // Misses and false alarms per kind (both halves), to see what the detector gets wrong.
  out.errorsByKind = {};
  for (const p of pairs) {
    const flagged = flags(d, lib, p, threshold);
    if (flagged !== (p.label === 'dup')) out.errorsByKind[p.kind] = (out.errorsByKind[p.kind] ?? 0) + 1;
  }
  return out;
}

const f = (x) => x.toFixed(3);

/** Text lines of the evaluation. */
export function nearDupLines(r) {
  const line = (name, s) => `  ${name.padEnd(5)} ${String(s.pairs).padStart(4)} pairs  TP ${String(s.tp).padStart(3)} FP ${String(s.fp).padStart(3)} FN ${String(s.fn).padStart(3)}  P ${f(s.precision)} R ${f(s.recall)}`;
  const met = (s) => s.precision >= r.target.precision && s.recall >= r.target.recall;
  const out = [`Near-duplicate detector (eval/near-dup/pairs.yaml, threshold ${r.threshold} tuned on the tune half):`, line('tune', r.tune), line('test', r.test)];
  if (r.sweep) for (const s of r.sweep) out.push(`  sweep ${s.threshold.toFixed(3)}: P ${f(s.precision)} R ${f(s.recall)} (FP ${s.fp}, FN ${s.fn})`);
  const errs = Object.entries(r.errorsByKind);
  out.push(`  errors by kind: ${errs.length ? errs.map(([k, v]) => `${k} ${v}`).join(', ') : 'none'}`);
  out.push(`  Target (P ≥ ${r.target.precision}, R ≥ ${r.target.recall}): tune ${met(r.tune) ? 'met' : 'NOT met'}, test ${met(r.test) ? 'met' : 'NOT met'}`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await nearDupEval({ sweep: process.argv.includes('--sweep') });
  console.log(process.argv.includes('--json') ? JSON.stringify(r, null, 2) : nearDupLines(r).join('\n'));
}
