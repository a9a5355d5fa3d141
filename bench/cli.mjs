// CLI scaling curve (issue 14): wall time and peak memory of `macrolint --format json` over generated
// Markdown libraries of 1k / 5k / 20k / 100k macros, so linear growth (or not) is visible.
// Called by bench/run.mjs; alone: node bench/cli.mjs [--sizes 1000,5000,20000,100000] [--runs 3]
//   [--cli path/to/cli.js] (another build, e.g. a copy of dist/cli.js from before a change) [--args "--workers off"]
// Each row: median wall and CPU time (user + system, worker threads included), highest peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Peak RSS and CPU time (user + system, µs) of the whole process (worker threads included), written at exit.
const PEAK = "process.on('exit', () => { try { const f = process.env.MACROLINT_RSS_FILE; if (f) { const u = process.resourceUsage(); require('fs').writeFileSync(f, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime)); } } catch {} });\n";

/** Writes `n` Markdown macros (the bench generator's, seed 42) under `dir/md` once; returns their size in bytes. */
function corpus(dir, n) {
  const info = join(dir, 'info.json');
  if (!existsSync(info)) writeFileSync(info, JSON.stringify(generate(dir, { n, m: 0 })));
  return JSON.parse(readFileSync(info, 'utf8')).mdBytes;
}

/** One timed run: wall ms, CPU ms and peak RSS MB. */
function once(cli, args, cwd, rssFile) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args, '--format', 'json', 'md'], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: `--require ${join(tmpdir(), 'macrolint-cli-curve', 'peak.cjs')}`, MACROLINT_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const [kb, us] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [NaN, NaN];
  const rss = kb / 1024;
  const cpu = us / 1000;
  // A failed run (out of memory, a crash) is a row of the table, not the end of the benchmark.
  if (r.status !== 0 && r.status !== 1) {
    const why = /heap out of memory/.test(String(r.stderr)) ? 'out of memory' : `exit ${r.status ?? r.signal}`;
    console.error(`macrolint: ${why}\n${String(r.stderr).slice(0, 500)}`);
    return { wall: NaN, cpu: NaN, rss, failed: why };
  }
  return { wall, cpu, rss };
}

/** Times the CLI at each size (median wall and CPU of `runs` after a warm-up, highest peak RSS); one row per size. */
export function cliCurve({ sizes = [1000, 5000, 20000, 100000], runs = 3, cli = join(root, 'bin/macrolint.js'), args = [] } = {}) {
  const base = join(tmpdir(), 'macrolint-cli-curve');
  mkdirSync(base, { recursive: true });
  writeFileSync(join(base, 'peak.cjs'), PEAK);
  return sizes.map((n) => {
    const dir = join(base, `md-${n}`);
    const bytes = corpus(dir, n);
    const walls = [];
    const cpus = [];
    let rss = 0;
    for (let i = 0; i <= runs; i++) {
      const r = once(cli, args, dir, join(base, `rss-${process.pid}.txt`));
      if (r.failed) return { n, bytes, wall: NaN, cpu: NaN, rss: r.rss, usPerMacro: NaN, failed: r.failed };
      if (i === 0) continue; // warm-up (file cache)
      walls.push(r.wall);
      cpus.push(r.cpu);
      rss = Math.max(rss, r.rss);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const wall = median(walls);
    // CPU time is what a shared, noisy machine measures best (wall time waits for the other processes).
    return { n, bytes, wall, cpu: median(cpus), rss, usPerMacro: (wall * 1000) / n };
  });
}

/** The curve as a Markdown table. */
export function curveTable(rows) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  return ['| macros | size | wall | CPU | µs per macro | peak RSS |', '|---|---|---|---|---|---|', ...rows.map((r) => `| ${r.n} | ${f(r.bytes / 1e6, 1)} MB | ${r.failed ? `failed: ${r.failed}` : `${f(r.wall)} ms`} | ${f(r.cpu)} ms | ${f(r.usPerMacro)} | ${f(r.rss)} MB |`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name, def) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : def);
  const rows = cliCurve({
    sizes: opt('sizes', '1000,5000,20000,100000').split(',').map(Number),
    runs: Number(opt('runs', 3)),
    cli: resolve(opt('cli', join(root, 'bin/macrolint.js'))),
    args: opt('args', '').split(' ').filter(Boolean),
  });
  console.log(`CLI scaling, Markdown macros (median of runs after a warm-up):\n\n${curveTable(rows)}`);
}
