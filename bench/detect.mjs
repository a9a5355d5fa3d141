#!/usr/bin/env node
// `npm run bench:detect`: the cost of the analysis pass per macro on the generated library, with the
// phrase tables alone and with the detector (tokens, packs, features, models), and the size of what the
// detector ships. CPU time per macro, median over batches of 100 macros after a warm-up pass (the
// per-sentence caches then hold the library's sentences, as when a library is linted or re-linted),
// and once more for the first pass of a fresh engine; then the real replies of eval/real's tune split, first
// pass and again (their sentences rarely repeat, unlike the generated library's), and as new text to a warm
// engine (its memos dropped, its compiled expressions kept): what each new reply of a real library costs.
//   node bench/detect.mjs [--n 20000]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { loadEngine } from '../scripts/load-engine.mjs';
import { loadSplit } from '../eval/real/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv.includes('--n') ? process.argv[process.argv.indexOf('--n') + 1] : 20000);
const dir = join(tmpdir(), `macrolint-bench-detect-${n}`);
generate(dir, { n, m: 10 });
const md = join(dir, 'md');
const files = readdirSync(md, { recursive: true })
  .filter((f) => String(f).endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(md, String(f)), 'utf8').replace(/^---[\s\S]*?---\n/, ''));
const lang = (t) => (/\b(?:que|el|la|los|las|de|tu|su|usted)\b/.test(t) ? 'es' : 'en');
const engine = await loadEngine();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median CPU µs per macro of `fn` over batches of 100 macros (after one warm-up pass). */
function measure(fn) {
  for (const t of files) fn(t);
  const per = [];
  for (let i = 0; i < files.length; i += 100) {
    const batch = files.slice(i, i + 100);
    const t0 = process.cpuUsage();
    for (const t of batch) fn(t);
    const u = process.cpuUsage(t0);
    per.push((u.user + u.system) / batch.length);
  }
  return median(per);
}

const tables = measure((t) => {
  const a = engine.analyzeText(t, lang(t));
  void a.moves.acknowledge.matches, a.moves.align, a.moves.assure, a.apologies, a.vague;
  for (const c of ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect']) a.deflecting(c);
});
const all = measure((t) => {
  const a = engine.analyzeText(t, lang(t));
  void a.moves.acknowledge.matches, a.moves.align, a.moves.assure, a.apologies, a.vague;
  for (const c of ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect']) a.deflecting(c);
  void a.detection;
});
// A fresh engine, one pass, no warm-up: every sentence is new to the per-sentence caches and the JIT is cold.
const fresh = await loadEngine();
const coldPer = [];
for (let i = 0; i < files.length; i += 100) {
  const batch = files.slice(i, i + 100);
  const t0 = process.cpuUsage();
  for (const t of batch) {
    const a = fresh.analyzeText(t, lang(t));
    void a.moves.acknowledge.matches, a.moves.align, a.moves.assure, a.apologies, a.vague;
    for (const c of ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect']) a.deflecting(c);
    void a.detection;
  }
  const u = process.cpuUsage(t0);
  coldPer.push((u.user + u.system) / batch.length);
}
const cold = median(coldPer);
// Real replies (the tune split of eval/real: longer, and their sentences rarely repeat), each once on a
// fresh engine and once more warm: what the generated library's repeated sentences do not show.
const real = loadSplit('tune');
const realEngine = await loadEngine();
const realPass = () => {
  const t0 = process.cpuUsage();
  for (const r of real) {
    const a = realEngine.analyzeText(r.text, r.lang === 'es' ? 'es' : 'en');
    void a.moves.acknowledge.matches, a.moves.align, a.moves.assure, a.apologies, a.vague;
    for (const c of ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect']) a.deflecting(c);
    void a.detection;
  }
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / real.length;
};
const realCold = realPass();
const realWarm = realPass();
// Text the engine has not seen, with a warm JIT and compiled expressions: every memo dropped before each
// pass (engine/caches.ts), the expressions kept. What each new reply of a real library costs.
const realNew = [];
for (let i = 0; i < 3; i++) {
  realEngine.clearEngineCaches((name) => name !== 'literals.expressions');
  realNew.push(realPass());
}
const realChars = real.reduce((n, r) => n + r.text.length, 0) / real.length;
const size = ['en', 'es']
  .flatMap((l) => ['pack.json', 'model.json'].map((f) => statSync(join(root, 'server/src/engine/locales', l, f)).size))
  .reduce((x, y) => x + y, 0);
console.log(`detect bench: ${files.length} Markdown macros of the generated library`);
console.log(`  analysis with the phrase tables (moves + 8 deflecting categories): ${tables.toFixed(0)} µs CPU per macro (median)`);
console.log(`  analysis + detector (tokens, packs, features, models):             ${all.toFixed(0)} µs CPU per macro (median)`);
console.log(`  detector alone:                                                    ${(all - tables).toFixed(0)} µs`);
console.log(`  analysis + detector, first pass of a fresh engine (cold caches):   ${cold.toFixed(0)} µs CPU per macro (median)`);
console.log(`  real replies (eval/real tune, ${real.length}, ${realChars.toFixed(0)} characters on average), first pass / again: ${realCold.toFixed(0)} / ${realWarm.toFixed(0)} µs CPU per reply (mean)`);
console.log(`  real replies as new text (memos dropped, expressions kept; median of 3 passes):          ${median(realNew).toFixed(0)} µs CPU per reply (mean)`);
console.log(`  shipped packs + weights: ${(size / 1024 / 1024).toFixed(2)} MB (target ≤ 3 MB); target analysis + detection ≤ 60 µs`);
