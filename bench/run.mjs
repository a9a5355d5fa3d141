// `npm run bench`: the performance figures of issue 7, printed as one table.
// Usage: node bench/run.mjs [--n 20000] [--m 5000] [--runs 5] [--edits 200] [--yaml-edits N] [--skip-peers] [--markdown BENCHMARKS.md]
//   [--server-only] (skip the CLI) [--curve 500,5000,20000] [--curve-edits 50] (server scaling, one YAML file;
//   `--curve none` skips it) [--server-args "--cpu-prof --cpu-prof-dir=DIR"] (node flags of the servers, after
//   the client's, client/src/server-flags.json) [--idle 10000] (ms of idleness before RSS is read again)
//   [--cli-curve 1000,5000,20000,100000] (CLI scaling over Markdown libraries, bench/cli.mjs; `none` skips it)
//   [--server PATH] (another server bundle than dist/server.js, e.g. one built from an older commit)
//   [--no-folder] (open the files without a workspace folder: no workspace index, the document alone)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, rng, yamlLibrary } from './generate.mjs';
import { cliCurve, curveTable } from './cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const N = Number(opt('n', 20000));
const M = Number(opt('m', 5000));
const RUNS = Number(opt('runs', 5));
// Edits per language-server session (the figure is 200; fewer keeps a slow server's run short).
const EDITS = Number(opt('edits', 200));
const YAML_EDITS = Number(opt('yaml-edits', EDITS));
const skipPeers = argv.includes('--skip-peers');
const mdOut = opt('markdown', undefined);
const serverOnly = argv.includes('--server-only');
const CURVE = opt('curve', '500,5000,20000') === 'none' ? [] : opt('curve', '500,5000,20000').split(',').map(Number);
const CURVE_EDITS = Number(opt('curve-edits', 50));
// Idle time before the server's RSS is read a second time (`--idle 0` skips the wait).
const IDLE_MS = Number(opt('idle', 10000));
// The servers start with the node flags the VS Code client gives them (client/src/server-flags.json),
// then `--server-args`.
const CLIENT_FLAGS = JSON.parse(readFileSync(join(root, 'client/src/server-flags.json'), 'utf8'));
const SERVER_ARGS = [...CLIENT_FLAGS, ...(opt('server-args', '') ?? '').split(' ').filter(Boolean)];
const SERVER = resolve(opt('server', join(root, 'dist/server.js')));
const noFolder = argv.includes('--no-folder');
// CLI scaling (bench/cli.mjs): Markdown libraries of these sizes; `--cli-curve none` skips it.
const CLI_CURVE = opt('cli-curve', '1000,5000,20000,100000') === 'none' ? [] : opt('cli-curve', '1000,5000,20000,100000').split(',').map(Number);

const work = join(tmpdir(), `macrolint-bench-${N}-${M}`);
const peak = join(work, 'peak-rss.cjs');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Runs a command RUNS times after a warm-up; wall time (ms) and peak RSS (MB), medians. */
function timeCommand(label, cmd, args, cwd) {
  const walls = [];
  const rss = [];
  for (let i = 0; i <= RUNS; i++) {
    const rssFile = join(work, `rss-${process.pid}-${i}.txt`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, {
      cwd,
      env: { ...process.env, NODE_OPTIONS: `--require ${peak}`, MACROLINT_RSS_FILE: rssFile, NO_COLOR: '1' },
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) {
      console.error(`${label}: exit ${r.status}\n${String(r.stderr).slice(0, 2000)}`);
      return undefined;
    }
    if (i === 0) continue; // warm-up (file cache)
    walls.push(ms);
    if (existsSync(rssFile)) rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  return { wall: median(walls), rss: rss.length ? Math.max(...rss) : NaN };
}

function setup() {
  mkdirSync(work, { recursive: true });
  if (!existsSync(join(work, 'yaml', 'macros', 'library.macros.yaml'))) {
    console.error(`generating ${N} Markdown macros and a ${M}-macro YAML library in ${work}`);
    writeFileSync(join(work, 'info.json'), JSON.stringify(generate(work, { n: N, m: M })));
  }
  // Peak RSS of every Node process: written at exit (children of children included, max wins).
  writeFileSync(
    peak,
    "process.on('exit', () => { try { const f = process.env.MACROLINT_RSS_FILE; if (f) { const fs = require('fs'); const kb = process.resourceUsage().maxRSS; let prev = 0; try { prev = Number(fs.readFileSync(f, 'utf8')); } catch {} if (kb > prev) fs.writeFileSync(f, String(kb)); } } catch {} });\n",
  );
  // Peers: textlint + prh with the same deflecting phrases, markdownlint-cli2 with defaults.
  const phrases = [
    ["sorry, but", 'sorry, and'],
    ['sorry for any inconvenience', "I'm sorry we let you down"],
    ['per our policy', 'we can'],
    ["you'll need to contact the courier", "I'll contact the courier for you"],
    ['as I already said', ''],
    ['calm down', ''],
    ["it's just a small", "it's a"],
    ['as soon as possible', 'by <time>'],
    ['disculpe las molestias', 'siento mucho que le hayamos fallado'],
    ['lo sentimos, pero', 'lo sentimos, y'],
    ['según nuestra política', 'podemos'],
    ['debe contactar con', 'contactaré con'],
    ['como ya le dije', ''],
    ['cálmese', ''],
    ['no es para tanto', ''],
    ['lo antes posible', 'antes de <hora>'],
  ];
  const prh = ['version: 1', 'rules:', ...phrases.flatMap(([p, e]) => [`  - expected: ${JSON.stringify(e || 'x')}`, `    pattern: ${JSON.stringify(p)}`])].join('\n');
  writeFileSync(join(work, 'prh.yml'), prh + '\n');
  writeFileSync(join(work, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(work, 'prh.yml')] } } }));
  writeFileSync(
    join(work, 'floor.mjs'),
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const re = new RegExp(${JSON.stringify(phrases.map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))}, 'gi');
let hits = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else { const t = readFileSync(p, 'utf8'); re.lastIndex = 0; while (re.exec(t)) hits++; } } };
walk(process.argv[2]);
console.log(hits);
`,
  );
}

// ---- Language server over stdio ----------------------------------------------------------

async function lspSession(fileUri, text, languageId, edits, nodeArgs = []) {
  const rpc = await import(pathToFileURL(join(root, 'node_modules/vscode-jsonrpc/lib/node/main.js')).href);
  const t0 = performance.now();
  // As the VS Code client starts it: with a compile cache (used by Node 22.1+; see client/src/client.ts).
  const env = { ...process.env, NODE_COMPILE_CACHE: join(work, 'node-compile-cache') };
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  // A server that lints a big file in the background announces it with work done progress.
  const progress = new Set();
  let passEnded;
  const passDone = new Promise((r) => (passEnded = r));
  // The pass over this file is the progress whose title names it (the workspace index has its own).
  const name = decodeURIComponent(fileUri.slice(fileUri.lastIndexOf('/') + 1));
  let created = 0;
  conn.onRequest('window/workDoneProgress/create', () => void created++ ?? null);
  conn.onNotification('$/progress', (p) => {
    if (p.value?.kind === 'begin' && p.value.title?.includes(name)) progress.add(p.token);
    if (progress.has(p.token) && p.value?.kind === 'end') passEnded();
  });
  conn.onNotification(() => {});
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: noFolder ? null : pathToFileURL(dirname(fileURLToPath(fileUri))).href,
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
      workspace: { configuration: true },
      window: { workDoneProgress: true },
    },
    workspaceFolders: noFolder ? null : [{ uri: pathToFileURL(dirname(fileURLToPath(fileUri))).href, name: 'bench' }],
  });
  conn.sendNotification('initialized', {});
  const tOpen = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId, version: 1, text } });
  // Pulls like VS Code does: with the result id of the last report, so a server may answer `unchanged`.
  let resultId;
  let unchanged = 0;
  const pull = async () => {
    const r = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: fileUri }, previousResultId: resultId });
    resultId = r.resultId;
    if (r.kind === 'unchanged') unchanged++;
    return r;
  };
  const first = await pull();
  const startup = performance.now() - t0;
  const open = performance.now() - tOpen;
  // The whole file linted: at once, or when the background pass announced at open ends (its `begin`
  // follows the answer to its creation: one more round trip makes sure it has arrived).
  if (created) await pull();
  if (progress.size) {
    await passDone;
    await pull();
  }
  const complete = performance.now() - tOpen;
  unchanged = 0;
  const lat = [];
  let version = 1;
  let current = text;
  const lines = current.split('\n');
  for (let i = 0; i < edits; i++) {
    // A one-character insertion spread over the file, at the end of a line.
    const line = Math.floor(((i + 0.5) / edits) * (lines.length - 1));
    const ch = lines[line].length;
    lines[line] += ' ';
    version++;
    const t = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: fileUri, version },
      contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: ' ' }],
    });
    await pull();
    lat.push(performance.now() - t);
  }
  current = lines.join('\n');
  const diags = (await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: fileUri } })).items ?? [];
  const ca = [];
  for (const d of diags.slice(0, 50)) {
    const t = performance.now();
    await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: fileUri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    ca.push(performance.now() - t);
  }
  const rssNow = () => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
    } catch {
      return NaN;
    }
  };
  const rssMb = rssNow();
  // What a user's editor holds once they stop typing: the server gives memory back when idle.
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const rssIdleMb = rssNow();
  await conn.sendRequest('shutdown');
  const exited = new Promise((r) => child.once('exit', r));
  conn.sendNotification('exit');
  // Let the server exit by itself (a `--cpu-prof` profile is written at exit), then make sure.
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  conn.dispose();
  child.kill();
  return { startup, open, complete, unchanged, firstCount: first.items?.length ?? 0, p50: median(lat), p95: pct(lat, 95), codeAction: ca.length ? median(ca) : NaN, codeActionP95: ca.length ? pct(ca, 95) : NaN, rssMb, rssIdleMb, diagnostics: diags.length };
}

// ---- Main -------------------------------------------------------------------------------------

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

setup();
const info = JSON.parse(readFileSync(join(work, 'info.json'), 'utf8'));
const node = process.execPath;
const rows = [];
const cli = join(root, 'bin/macrolint.js');

const mdCli = serverOnly ? undefined : timeCommand('macrolint (Markdown)', node, [cli, '--format', 'json', 'md'], work);
const yamlCli = serverOnly ? undefined : timeCommand('macrolint (YAML)', node, [cli, '--format', 'json', 'yaml'], work);
const floor = serverOnly ? undefined : timeCommand('floor', node, [join(work, 'floor.mjs'), 'md'], work);
let textlint;
let mdl;
if (!skipPeers && !serverOnly) {
  textlint = timeCommand('textlint+prh', node, [join(root, 'node_modules/textlint/bin/textlint.js'), '--config', join(work, '.textlintrc.json'), '--format', 'json', 'md'], work);
  mdl = timeCommand('markdownlint-cli2', node, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'md/**/*.md'], work);
}

if (!serverOnly) {
  rows.push(['CLI, ' + N + ' Markdown macros (' + fmt(info.mdBytes / 1e6, 1) + ' MB): wall', `${fmt(mdCli?.wall)} ms`, '≤ 1500 ms']);
  rows.push(['CLI, Markdown: peak RSS', `${fmt(mdCli?.rss)} MB`, '≤ 250 MB']);
  if (textlint) rows.push(['textlint + prh (same phrases): wall', `${fmt(textlint.wall)} ms (macrolint ${fmt(textlint.wall / mdCli?.wall, 1)}× faster)`, '≥ 7×']);
  if (mdl) rows.push(['markdownlint-cli2: wall', `${fmt(mdl.wall)} ms (macrolint ${fmt(mdl.wall / mdCli?.wall, 1)}× faster)`, '≥ 8×']);
  rows.push(['floor (read + one regex): wall', `${fmt(floor?.wall)} ms (macrolint/floor ${fmt(mdCli?.wall / floor?.wall, 1)}×)`, '']);
  rows.push(['CLI, ' + M + '-macro YAML library (' + fmt(info.yamlBytes / 1e6, 1) + ' MB): wall', `${fmt(yamlCli?.wall)} ms`, '≤ 600 ms']);
}

if (existsSync(SERVER)) {
  const yamlFile = join(work, 'yaml', 'macros', 'library.macros.yaml');
  const y = await lspSession(pathToFileURL(yamlFile).href, readFileSync(yamlFile, 'utf8'), 'yaml', YAML_EDITS, SERVER_ARGS);
  rows.push([`Server, ${M}-macro YAML: open → first diagnostics / all diagnostics`, `${fmt(y.open)} / ${fmt(y.complete)} ms`, '≤ 1000 ms']);
  rows.push([`Server, ${M}-macro YAML: edit → diagnostics p50 / p95 (${YAML_EDITS} edits, ${y.unchanged} answered unchanged)`, `${fmt(y.p50, 1)} / ${fmt(y.p95, 1)} ms`, '≤ 30 / ≤ 60 ms']);
  rows.push(['Server, YAML: code actions p50 / p95', `${fmt(y.codeAction, 1)} / ${fmt(y.codeActionP95, 1)} ms`, '≤ 20 ms']);
  rows.push(['Server, YAML: RSS after edits / after ' + IDLE_MS / 1000 + ' s idle', `${fmt(y.rssMb)} / ${fmt(y.rssIdleMb)} MB`, '≤ 150 MB']);
  const mdFile = join(work, 'md', 'macros', 'group-0', 'macro-1.md');
  const md = await lspSession(pathToFileURL(mdFile).href, readFileSync(mdFile, 'utf8'), 'markdown', EDITS, SERVER_ARGS);
  rows.push(['Server, single Markdown macro: edit → diagnostics p50', `${fmt(md.p50, 2)} ms`, '≤ 5 ms']);
  rows.push(['Server start → first diagnostics (Markdown macro)', `${fmt(md.startup)} ms`, '≤ 300 ms']);
}

// Server scaling curve: the same generated library at several sizes, one file each.
const curve = [];
if (existsSync(SERVER)) {
  for (const m of CURVE) {
    const file = join(work, 'curve', 'macros', `library-${m}.macros.yaml`);
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, yamlLibrary(rng(42), m));
    }
    const text = readFileSync(file, 'utf8');
    const r = await lspSession(pathToFileURL(file).href, text, 'yaml', CURVE_EDITS, SERVER_ARGS);
    curve.push({ m, bytes: Buffer.byteLength(text), ...r });
    // Printed as it comes, so a run stopped in a bigger session keeps the smaller ones.
    console.error(`curve ${m}: open ${fmt(r.open)} / ${fmt(r.complete)} ms, edit p50 ${fmt(r.p50, 1)} p95 ${fmt(r.p95, 1)} ms, RSS ${fmt(r.rssMb)} MB, idle ${fmt(r.rssIdleMb)} MB`);
  }
}

const cliRows = serverOnly || !CLI_CURVE.length ? [] : cliCurve({ sizes: CLI_CURVE, runs: Math.min(RUNS, 3) });

const date = new Date().toISOString().slice(0, 10);
const header = `Macrolint benchmark, ${date}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, median of ${RUNS} runs after a warm-up`;
let table = ['| measure | result | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
if (curve.length) {
  table += `\n\nServer scaling, one YAML library file (${CURVE_EDITS} one-character edits each, pulled with the previous result id):\n\n`;
  table += ['| macros | size | open → first diagnostics | open → all diagnostics | edit p50 / p95 | answered unchanged | diagnostics | RSS after edits / idle |', '|---|---|---|---|---|---|---|---|']
    .concat(curve.map((c) => `| ${c.m} | ${fmt(c.bytes / 1e6, 1)} MB | ${fmt(c.open)} ms | ${fmt(c.complete)} ms | ${fmt(c.p50, 1)} / ${fmt(c.p95, 1)} ms | ${c.unchanged} | ${c.diagnostics} | ${fmt(c.rssMb)} / ${fmt(c.rssIdleMb)} MB |`))
    .join('\n');
}
if (cliRows.length) table += `\n\nCLI scaling, Markdown macros (\`--format json\`, median of ${Math.min(RUNS, 3)} runs after a warm-up, bench/cli.mjs):\n\n${curveTable(cliRows)}`;
console.log(header + '\n\n' + table);
if (mdOut) {
  writeFileSync(resolve(mdOut), `# Benchmarks\n\n${header}.\n\nGenerated by \`npm run bench -- --markdown BENCHMARKS.md\` (see bench/run.mjs).\n\n${table}\n`);
}
if (argv.includes('--clean')) rmSync(work, { recursive: true, force: true });
