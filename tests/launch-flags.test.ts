// How Node is started: bin/macrolint.js starts the CLI with V8's `--no-regexp-tier-up` where Node can
// replace its own process (process.execve), and asks Node to keep the compiled bundle between runs
// (module.enableCompileCache); the VS Code client starts the server with the same flag. The launcher's
// APIs are stubbed here (the test runner's Node may have neither), through NODE_OPTIONS so that the
// launcher sees a Node started without flags of its own.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const bin = join(root, 'bin/macrolint.js');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

/** Runs `macrolint --version` with a preload (source) that may stub `process.execve` and `module.enableCompileCache`. */
function run(stub: string, { env = {} as Record<string, string>, nodeArgs = [] as string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-bin-'));
  const marker = (name: string) => join(dir, name);
  const preload = join(dir, 'preload.cjs');
  writeFileSync(preload, `const m = require('node:module'); const fs = require('node:fs'); const dir = ${JSON.stringify(dir)};\n${stub}\n`);
  const r = spawnSync(process.execPath, [...nodeArgs, bin, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${preload}`, MACROLINT_NO_RESTART: env.MACROLINT_NO_RESTART ?? '' },
  });
  const read = (name: string) => (existsSync(marker(name)) ? readFileSync(marker(name), 'utf8') : undefined);
  return { r, read };
}

const RECORD_EXECVE = `process.execve = (file, args) => fs.writeFileSync(require('node:path').join(dir, 'execve'), JSON.stringify({ file, args }));`;

describe('CLI launcher', () => {
  it('starts again once with --no-regexp-tier-up, same script and arguments', () => {
    const { r, read } = run(RECORD_EXECVE);
    // The stub returns instead of replacing the process: the launcher then runs as it is.
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    const call = JSON.parse(read('execve') ?? 'null');
    if (process.platform === 'win32') expect(call).toBeNull();
    else expect(call).toEqual({ file: process.execPath, args: [process.execPath, '--no-regexp-tier-up', bin, '--version'] });
  });

  it('does not start again when Node has flags of its own, when MACROLINT_NO_RESTART is set, or without process.execve', () => {
    expect(run(RECORD_EXECVE, { nodeArgs: ['--no-warnings'] }).read('execve')).toBeUndefined();
    expect(run(RECORD_EXECVE, { env: { MACROLINT_NO_RESTART: '1' } }).read('execve')).toBeUndefined();
    const none = run('delete process.execve;');
    expect(none.r.status).toBe(0);
    expect(none.r.stdout.trim()).toBe(version);
  });

  it('runs as it is when starting again fails', () => {
    const { r } = run('process.execve = () => { throw new Error("EACCES"); };');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('enables Node’s compile cache before loading the bundle', () => {
    const { r, read } = run(`delete process.execve; m.enableCompileCache = () => { fs.writeFileSync(require('node:path').join(dir, 'cache'), String(Object.keys(require.cache).some((k) => k.endsWith('cli.js')))); return { status: 0 }; };`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    // Called before dist/cli.js was required, so the bundle's compilation can come from the cache.
    expect(read('cache')).toBe('false');
  });

  it('runs the same when the compile cache API is missing (Node 20) or throws', () => {
    for (const stub of ['delete m.enableCompileCache;', 'm.enableCompileCache = () => { throw new Error("read-only cache folder"); };']) {
      const { r } = run(`delete process.execve; ${stub}`);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
});

describe('--no-regexp-tier-up', () => {
  it('the client starts the server with it', () => {
    const flags = JSON.parse(readFileSync(join(root, 'client/src/server-flags.json'), 'utf8')) as string[];
    expect(flags).toContain('--no-regexp-tier-up');
    const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write(String(/b+c/.test("abbc")))'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true');
  });

  it('changes no finding: the example library gives the same JSON report with and without it', () => {
    const report = (flags: string[]) =>
      spawnSync(process.execPath, [...flags, join(root, 'dist/cli.js'), '--format', 'json', 'examples'], { cwd: root, encoding: 'utf8', env: { ...process.env, MACROLINT_NO_RESTART: '1' } });
    const plain = report([]);
    const flagged = report(['--no-regexp-tier-up']);
    expect(plain.stdout.length).toBeGreaterThan(1000);
    expect(flagged.status).toBe(plain.status);
    expect(flagged.stdout).toBe(plain.stdout);
  });
});
