#!/usr/bin/env node
// `npm run bench:library`: the workspace index and the workspace rules on a generated library:
// indexing 20,000 macros, near-duplicate detection at 5k / 10k / 20k macros
// (the curve should be linear), and one edit's workspace-findings update. CPU time of the process
// (user + system: what the work costs, less sensitive than wall time to other load on a shared
// machine), median of --runs runs (default 3) after a warm-up; printed, never asserted.
//   node bench/library.mjs [--n 20000] [--runs 3] [--index-only] [--dir DIR]
// (--index-only stops after indexing: for `node --cpu-prof bench/library.mjs --index-only`;
// --dir indexes the Markdown and YAML files under DIR instead, as the CLI does, and times indexing and
// every file's workspace findings: e.g. --dir /tmp/macrolint-cli-curve/md-20000, bench/cli.mjs's library)
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, d) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const n = arg('--n', 20000);
const runs = arg('--runs', 3);
const dir = process.argv.includes('--dir') ? resolve(process.argv[process.argv.indexOf('--dir') + 1]) : undefined;

async function loadIndex() {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-bench-library-'));
  try {
    await esbuild.build({
      stdin: {
        contents: [
          "export { WorkspaceIndex } from './server/src/engine/workspace';",
          "export { WORKSPACE_RULES } from './server/src/engine/rules/workspace';",
          "export { defaultConfig, mergeConfigs } from './server/src/engine/config';",
          "export { buildReport, renderReport } from './server/src/engine/report';",
          "export { similarPairs } from './server/src/engine/workspace/minhash';",
          "export { NEAR_DUPLICATE_THRESHOLD } from './server/src/engine/rules/workspace/near-duplicate';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: join(dir, 'ws.cjs'),
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(join(dir, 'ws.cjs'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

// A library of distinct macros: each reply is 3–5 sentences drawn from the real replies of
// eval/real/tune (never the holdout), varied word by word, with a case number; 2 %
// of the macros are edited copies of an earlier one (what near-duplicate should find). bench/generate.mjs
// builds its macros from a handful of parts, which makes nearly every pair of them a near-duplicate.
const { parse } = createRequire(import.meta.url)('yaml');
const sentences = { en: [], es: [] };
for (const lang of ['en', 'es']) {
  for (const r of parse(readFileSync(join(root, 'eval', 'real', 'tune', `${lang}.yaml`), 'utf8'))) {
    for (const s of r.text.split(/(?<=[.!?])\s+|\n+/)) if (s.split(/\s+/).length >= 6) sentences[lang].push(s.trim());
  }
}
const rand = rng(7);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
// Words of the replies, to vary the drawn sentences: each macro is written for its own case, so a
// sentence it shares with others is rarely word for word the same (about one word in four differs).
const vocab = { en: [...new Set(sentences.en.join(' ').split(/\s+/))], es: [...new Set(sentences.es.join(' ').split(/\s+/))] };
const vary = (s, lang) => s.split(' ').map((w) => (rand() < 0.25 ? pick(vocab[lang]) : w)).join(' ');
const ANGER = ['before', 'during', 'after', 'none'];
const files = [];
for (let i = 0; i < n; i++) {
  const lang = rand() < 0.6 ? 'en' : 'es';
  let body;
  if (i > 10 && rand() < 0.02) {
    const j = Math.floor(rand() * i);
    body = files[j].body.replace(/\b(\w{5,})\b/, '$1s');
  } else {
    const k = 3 + Math.floor(rand() * 3);
    body = Array.from({ length: k }, () => vary(pick(sentences[lang]), lang)).join(' ') + ` (case ${i})`;
  }
  const text = `---\nid: macro-${i}\ntitle: Macro ${i}\nanger: ${pick(ANGER)}\nlocale: ${lang}\ntags: [t${i % 17}]\n---\n\n${body}\n`;
  files.push({ uri: `file:///bench/macros/${lang}/group-${Math.floor(i / 500)}/macro-${i}.md`, text, body });
}
const ws = await loadIndex();
const config = ws.mergeConfigs(ws.defaultConfig(), { locales: ['en', 'es'] });
const nearDuplicate = ws.WORKSPACE_RULES.find((r) => r.meta.id === 'near-duplicate');

function indexOf(list, rules) {
  const index = new ws.WorkspaceIndex(rules ? { rules } : {});
  for (const f of list) index.update(f.uri, f.text, config);
  return index;
}

/** CPU milliseconds (user + system) since `t0` (a process.cpuUsage() reading). */
const cpuMs = (t0) => {
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000;
};
const now = () => process.cpuUsage();

/** Median CPU time of fn over `runs` runs after one warm-up, and the last result. */
function time(fn) {
  let out = fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    out = fn();
    t.push(cpuMs(t0));
  }
  return { ms: median(t), out };
}

if (dir) {
  // A library on disk, with the default configuration (what the CLI applies where no file configures it).
  const onDisk = readdirSync(dir, { recursive: true })
    .filter((f) => /\.(md|markdown|ya?ml)$/i.test(f))
    .sort()
    .map((f) => ({ uri: pathToFileURL(join(dir, f)).href, text: readFileSync(join(dir, f), 'utf8') }));
  const plain = ws.defaultConfig();
  const build = () => {
    const index = new ws.WorkspaceIndex();
    for (const f of onDisk) index.update(f.uri, f.text, plain);
    return index;
  };
  const idx = time(build);
  // Findings on a fresh index each run (an index keeps them once computed).
  const found = [];
  let count = 0;
  for (let i = 0; i <= runs; i++) {
    const index = build();
    const t0 = now();
    const all = index.allFindings();
    if (i > 0) found.push(cpuMs(t0));
    count = [...all.values()].reduce((k, l) => k + l.length, 0);
  }
  console.log(`Library benchmark: ${onDisk.length} files under ${dir}, Node ${process.version}, CPU time, median of ${runs} runs`);
  console.log('| measure | result |\n|---|---|');
  console.log(`| index ${idx.out.macros().length} macros | ${ms(idx.ms)} |`);
  console.log(`| workspace findings of every file (${count} findings) | ${ms(median(found))} |`);
  process.exit(0);
}

const rows = [];
const idx = time(() => indexOf(files));
rows.push([`index ${files.length} macros (parse, locale, hash, MinHash sketch)`, ms(idx.ms), '≤ 2000 ms']);
const indexOnly = process.argv.includes('--index-only');

const curve = [];
for (const size of [5000, 10000, 20000].filter((s) => s <= files.length && !indexOnly)) {
  const bodies = files.slice(0, size).map((f) => f.body);
  // The detector alone: normalise, shingle, MinHash, LSH buckets, exact similarity of the candidates.
  const d = time(() => ws.similarPairs(bodies, ws.NEAR_DUPLICATE_THRESHOLD));
  // The rule pass on an indexed library (sketches and candidate pairs are kept by the index).
  const index = indexOf(files.slice(0, size), [nearDuplicate]);
  const t0 = now();
  const found = [...index.allFindings().values()].reduce((k, l) => k + l.length, 0);
  const rule = cpuMs(t0);
  curve.push({ size, ms: d.ms });
  rows.push([`near-duplicate detector, ${size} macros (sketch + LSH + similarity; ${d.out.length} pairs)`, ms(d.ms), size === 20000 ? '≤ 3000 ms' : '']);
  rows.push([`near-duplicate rule pass on the indexed ${size} macros (${found} findings)`, ms(rule), '']);
}
if (curve.length > 1) {
  const per = curve.map((c) => `${c.size}: ${((c.ms / c.size) * 1000).toFixed(1)} µs/macro`).join(', ');
  rows.push(['near-duplicate detector cost per macro (linear when flat)', per, 'linear']);
}

// One edit: re-read one file and recompute every workspace rule's findings (all rules on).
if (indexOnly) {
  console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
  process.exit(0);
}
const index = idx.out;
index.allFindings();
const edits = [];
for (let i = 0; i < 21; i++) {
  const f = files[(i * 997) % files.length];
  const text = f.text.replace(/\n$/, ` Edit ${i}.\n`);
  const t0 = now();
  index.update(f.uri, text, config);
  index.findings(f.uri);
  edits.push(cpuMs(t0));
}
rows.push([`one edit → workspace findings (${files.length} macros, every workspace rule), median of 21`, ms(median(edits)), '≤ 100 ms']);

const t0 = now();
const report = ws.buildReport(index, new Map());
const html = ws.renderReport(report, 'html');
rows.push([`health report (build + HTML, ${Math.round(html.length / 1024)} KB)`, ms(cpuMs(t0)), '']);

console.log(`Library benchmark: ${files.length} generated Markdown macros (sentences of real replies), Node ${process.version}, CPU time, median of ${runs} runs`);
console.log('| measure | result | target |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
