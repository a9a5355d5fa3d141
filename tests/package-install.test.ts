/**
 * The npm package: packed from a fresh copy of the repository (no dist/), installed from the tarball into
 * an empty folder, its `macrolint` bin runs (version, linting a macro, worker threads) and its language
 * server answers `initialize`. The package holds only what runs and needs no runtime dependency.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { copyRepository, ROOT, tempDir } from './helpers/repo-copy';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CALM = '---\nid: calm\nanger: during\nlocale: en\n---\n\nHi {{first_name}},\n\nAs I already said, it is our policy.\n\nThanks\n';

let dir: string;
let src: string;
let app: string;
let packed: { filename: string; files: { path: string }[] };

/** Runs the installed bin in the app folder. */
function macrolint(args: string[]) {
  const bin = join(app, 'node_modules/.bin/macrolint');
  const r = spawnSync(bin, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = tempDir('pack');
  src = copyRepository(join(dir, 'src'), { nodeModules: true });
  expect(existsSync(join(src, 'dist'))).toBe(false);
  // `prepack` builds dist/ in the copy: a fresh clone has none.
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: src, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  packed = JSON.parse(out)[0];
  app = join(dir, 'app');
  mkdirSync(join(app, 'macros'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  writeFileSync(join(app, 'macros/calm.md'), CALM);
  execFileSync('npm', ['install', join(dir, packed.filename), '--no-audit', '--no-fund', '--omit=dev', '--prefer-offline'], { cwd: app, stdio: 'pipe', timeout: 120_000 });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm package', () => {
  it('holds the built CLI, worker and server, and no sources, tests or source maps', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const required of ['bin/macrolint.js', 'dist/cli.js', 'dist/cli-worker.js', 'dist/server.js', 'package.json', 'README.md', 'LICENSE']) {
      expect(files, required).toContain(required);
    }
    for (const f of files) expect(f).not.toMatch(/\.ts$|\.map$|^tests\/|^server\/|^client\/|^eval\/|^scripts\/|^\.|^schemas\/vendor\/|^dist\/client\.js$/);
  });

  it('needs no runtime dependency: the bundles are self-contained', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/macrolint/package.json'), 'utf8'));
    expect(installed.version).toBe(pkg.version);
    for (const bundle of ['cli.js', 'cli-worker.js', 'server.js']) {
      const code = readFileSync(join(app, 'node_modules/macrolint/dist', bundle), 'utf8');
      const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      // fdir's optional picomatch is behind a try/catch (tinyglobby passes its own matcher).
      const external = required.filter((m) => !m.startsWith('node:') && !/^(buffer|child_process|crypto|fs|module|net|os|path|process|url|util|worker_threads|stream|events|assert|tty|zlib|readline|string_decoder)$/.test(m) && m !== 'picomatch');
      expect(external, bundle).toEqual([]);
    }
  });

  it('the installed bin prints its version', () => {
    const r = macrolint(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toContain(pkg.version);
    expect(r.code).toBe(0);
  });

  it('the installed bin lints a macro, on the main thread and on worker threads', () => {
    for (const workers of ['off', '2']) {
      const r = macrolint(['--format', 'json', '--max-warnings', '0', '--workers', workers, 'macros']);
      expect(r.stderr).not.toMatch(/Cannot find module|\n\s+at /);
      expect(r.code).toBe(1);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
      expect(results).toHaveLength(1);
      expect(results[0].filePath).toMatch(/calm\.md$/);
      expect(results[0].messages.map((m) => m.ruleId)).toContain('missing-assure');
    }
  });

  it('the installed language server answers initialize over stdio', async () => {
    const proc = spawn(process.execPath, [join(app, 'node_modules/macrolint/dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
      conn.listen();
      const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      expect(init.capabilities.textDocumentSync).toBeTruthy();
      conn.dispose();
    } finally {
      proc.kill();
    }
  });
});

/** This process's environment without vitest's own variables or colours, plus `extra`. */
function freshEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...extra };
  for (const k of Object.keys(env)) if (/^VITEST|^FORCE_COLOR$/.test(k)) delete env[k];
  return env;
}

describe('a fresh clone with nothing beside it', () => {
  it('passes the SARIF schema validation in CI (the schema is vendored, nothing outside is read)', () => {
    expect(readdirSync(dir).sort()).toEqual(['app', 'src', packed.filename].sort());
    const r = spawnSync(process.execPath, [join(src, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/cli-format.test.ts', '-t', 'validates against the SARIF 2.1.0 schema'], {
      cwd: src,
      encoding: 'utf8',
      env: freshEnv({ CI: 'true', NO_COLOR: '1' }),
      timeout: 180_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+1 passed/);
  });
});

