#!/usr/bin/env node
// Micro-benchmark of rule evaluation: bundles the engine (lint + config + rule registry) with
// esbuild, reads a generated macro library into memory and times `lint()` with every rule on, with
// no rule on (the floor: reading, reply text, locale), and with each rule and each family alone.
// CPU time of this process (user + system) and wall time, median of --runs runs after a warm-up.
//
//   node bench/generate.mjs /tmp/benchlib 20000 5000
//   node scripts/bench-rules.mjs [--dir /tmp/benchlib/md] [--runs 5] [--only all|families|rules]
//                                [--yaml] [--dump findings.jsonl] [--root <copy of the repo to bundle>]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench-rules.mjs --only all --runs 3
//   node scripts/bench-rules.mjs --family deflecting,moves   (families or rule ids, alone)
//   node scripts/bench-rules.mjs --profile-summary /tmp/prof/<file>.cpuprofile
//
// --dump writes every finding (rule, range, message, fixes) of every file, one JSON line per file,
// so two versions of the engine can be compared with `cmp`.
import { loadEngine as load } from './load-engine.mjs';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

let ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { dir: '/tmp/benchlib/md', runs: 5, only: 'all,families,rules', yaml: false, dump: undefined, profileSummary: undefined, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') o.dir = argv[++i];
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--family') o.family = argv[++i];
    else if (a === '--yaml') o.yaml = true;
    else if (a === '--dump') o.dump = argv[++i];
    else if (a === '--root') ROOT = argv[++i];
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--profile-summary') o.profileSummary = argv[++i];
    else {
      console.error(`bench-rules: unknown option ${a}`);
      process.exit(2);
    }
  }
  return o;
}

function readTree(dir, ext, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, ext, out);
    else if (ext.some((e) => name.endsWith(e))) out.push({ uri: `file://${p}`, text: readFileSync(p, 'utf8') });
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU ms (user + system) and wall ms of one pass of lint() over every document. */
function pass(engine, docs, config) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let n = 0;
  for (const d of docs) n += engine.lint(d, config).findings.length;
  const wall = performance.now() - w0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, findings: n };
}

function measure(engine, docs, config, runs) {
  pass(engine, docs, config); // warm-up: compiles the lexicons, lets the JIT settle
  const r = [];
  for (let i = 0; i < runs; i++) r.push(pass(engine, docs, config));
  return { cpu: median(r.map((x) => x.cpu)), wall: median(r.map((x) => x.wall)), min: Math.min(...r.map((x) => x.cpu)), findings: r[0].findings };
}

/** Sums self time per function (and per file) of a .cpuprofile, top 30. */
function profileSummary(file) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++) {
    const n = byId.get(prof.samples[i]);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total sampled ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.profileSummary) return profileSummary(o.profileSummary);
  const engine = await load({ sourcemap: true, root: ROOT });
  let docs = readTree(o.dir, o.yaml ? ['.yaml', '.yml', '.md'] : ['.md']).slice(0, o.limit);
  const bytes = docs.reduce((a, d) => a + d.text.length, 0);
  const ids = engine.RULES.map((r) => r.meta.id);
  const configFor = (on) => engine.mergeConfigs(engine.defaultConfig(), { rules: Object.fromEntries(ids.filter((id) => !on.includes(id)).map((id) => [id, { severity: 'off' }])) });

  if (o.dump) {
    const all = engine.defaultConfig();
    const lines = docs.map((d) => JSON.stringify({ uri: d.uri, findings: engine.lint(d, all).findings }));
    writeFileSync(o.dump, lines.join('\n') + '\n');
    console.log(`wrote ${lines.length} files' findings to ${o.dump}`);
    return;
  }

  console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB from ${o.dir}; ${o.runs} runs, median CPU ms; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const only = o.only.split(',');
  const floor = measure(engine, docs, configFor([]), o.runs);
  const row = (name, m) =>
    console.log(`${name.padEnd(28)} cpu ${m.cpu.toFixed(0).padStart(6)} ms  (min ${m.min.toFixed(0).padStart(6)})  over floor ${(m.cpu - floor.cpu).toFixed(0).padStart(6)} ms  wall ${m.wall.toFixed(0).padStart(6)} ms  findings ${m.findings}`);
  row('(no rules: floor)', floor);
  if (o.family) {
    for (const f of o.family.split(',')) row(`family ${f}`, measure(engine, docs, configFor(engine.RULES.filter((r) => r.meta.family === f || r.meta.id === f).map((r) => r.meta.id)), o.runs));
    return;
  }
  if (only.includes('all')) row('ALL RULES', measure(engine, docs, configFor(ids), o.runs));
  if (only.includes('families')) {
    const fams = [...new Set(engine.RULES.map((r) => r.meta.family))];
    for (const f of fams) row(`family ${f}`, measure(engine, docs, configFor(engine.RULES.filter((r) => r.meta.family === f).map((r) => r.meta.id)), o.runs));
  }
  if (only.includes('rules')) for (const id of ids) row(id, measure(engine, docs, configFor([id]), o.runs));
}

await main();
