#!/usr/bin/env node
// `npm run bench:startup`: how long a short CLI run takes — the bundled example macros, and one macro —
// the way a pre-commit hook or a CI job on a small change runs it. Median wall time of 7 runs
// (after one warm-up), started through bin/macrolint.js as users start it: once with
// MACROLINT_NO_RESTART=1 (no restart with --no-regexp-tier-up) and once as shipped. The restart needs
// process.execve (Node 22.15+); on older Node both rows are the same run. Run it with the Node to measure:
//   node bench/startup.mjs [--runs 7]     (e.g. with Node 24: /path/to/node24 bench/startup.mjs)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 7);
const bin = join(root, 'bin/macrolint.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time (ms) of `bin args` with `env`: what a user waits for. */
function time(args, env) {
  const walls = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`macrolint ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    if (i === 0) continue;
    walls.push(wall);
  }
  return { wall: median(walls) };
}

const cases = [
  ['the example macros (examples/macros: 7 Markdown macros, 2 YAML libraries)', ['examples/macros']],
  ['one macro (examples/macros/en/late-delivery.md)', ['examples/macros/en/late-delivery.md']],
];
console.log(`start-up bench: Node ${process.version}, process.execve ${typeof process.execve === 'function' ? 'available' : 'not available (no restart)'}, ${RUNS} runs each`);
for (const [label, args] of cases) {
  const plain = time(args, { MACROLINT_NO_RESTART: '1' });
  const shipped = time(args, { MACROLINT_NO_RESTART: '' });
  console.log(`  ${label}: ${plain.wall.toFixed(0)} ms without the restart, ${shipped.wall.toFixed(0)} ms as shipped (median wall)`);
}
