/** Helpers of the CLI tests: in-process runs, child-process runs of the built CLI, temp copies, goldens. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect } from 'vitest';
import { run, type RunOptions } from '../../server/src/cli/main';

export const REPO = resolve(__dirname, '../..');
export const CLI = join(REPO, 'dist/cli.js');
export const WORKER = join(REPO, 'dist/cli-worker.js');
export const FIXTURES = __dirname;
export const GOLDEN = join(__dirname, 'golden');
export const VERSION = '0.0.0-test';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process. */
export async function runCli(argv: string[], cwd: string, opts: RunOptions & { stdin?: string; env?: Record<string, string>; isTTY?: boolean } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(
    argv,
    { cwd, out: (s) => (stdout += s), err: (s) => (stderr += s), version: VERSION, stdin: opts.stdin ?? '', env: opts.env ?? {}, isTTY: opts.isTTY ?? false },
    { workerScript: WORKER, ...opts },
  );
  return { code, stdout, stderr };
}

/** Runs the built `dist/cli.js` as a child process. */
export function spawnCli(argv: string[], cwd: string, opts: { env?: Record<string, string | undefined>; input?: string } = {}): Ran {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, MACROLINT_TEST_RULES: undefined, NODE_OPTIONS: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...argv], { cwd, env: env as NodeJS.ProcessEnv, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000 } as SpawnSyncOptions);
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'macrolint-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies a fixture folder into a fresh temporary folder and returns it. */
export function copyFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → content) under a folder. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

/** A `project(files)` maker for a test file: each call writes a fresh temporary folder, all removed after the file's tests. */
export function projectMaker(): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) cleanup(d);
  });
  return (files) => {
    const d = tempDir();
    dirs.push(d);
    writeTree(d, files);
    return d;
  };
}

/** Replaces machine-specific paths so output can be compared with a golden file. */
export function normalize(text: string, dir: string): string {
  const url = pathToFileURL(dir).href;
  return text.split(url).join('file:///PROJECT').split(JSON.stringify(dir).slice(1, -1)).join('<PROJECT>').split(dir).join('<PROJECT>');
}

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/cli-format.test.ts`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `output differs from tests/cli-fixtures/golden/${name} (regenerate deliberately with UPDATE_GOLDEN=1)`).toBe(readFileSync(file, 'utf8'));
}
