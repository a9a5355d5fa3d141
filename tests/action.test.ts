/**
 * The GitHub Action (action.yml): its steps run scripts of action/ that build and run the action's own
 * code (never `npx macrolint` from the registry). The scripts run here as the runner would run them,
 * with the inputs as environment variables, in a shallow clone of a fixture repository whose pull
 * request branch and base branch have both moved on.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepository, git, ROOT, tempDir } from './helpers/repo-copy';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };
const runSteps = action.runs.steps.filter((s) => s.run !== undefined);

/** The script a step runs: `bash "$GITHUB_ACTION_PATH/action/<name>.sh"`. */
function scriptOf(step: Step): string {
  const m = /^bash "\$GITHUB_ACTION_PATH\/(action\/[a-z-]+\.sh)"$/.exec(step.run!.trim());
  if (!m) throw new Error(`step "${step.name}" must run one script of action/, got: ${step.run}`);
  return m[1];
}

const BAD = (id: string) => `---\nid: ${id}\nanger: during\nlocale: en\n---\n\nHi {{first_name}},\n\nAs I already said, it is our policy.\n\nThanks\n`;

let dir: string;
let actionPath: string;
let work: string;
let fakeBin: string;
let npxLog: string;

/** Runs a step of action.yml the way the runner does: its env (inputs filled in), in the workspace. */
function runStep(name: string, inputs: Record<string, string>, context: { event_name: string; base_ref: string }) {
  const step = runSteps.find((s) => s.name === name);
  if (!step) throw new Error(`no step named ${name}`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.env ?? {})) {
    env[k] = v.replace(/\$\{\{\s*(inputs|github)\.([a-z_-]+)\s*\}\}/g, (_, scope: string, key: string) => {
      if (scope === 'github') return context[key as keyof typeof context] ?? '';
      return inputs[key] ?? action.inputs[key]?.default ?? '';
    });
  }
  const r = spawnSync('bash', ['-c', step.run!], {
    cwd: work,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, PATH: `${fakeBin}:${process.env.PATH}`, NO_COLOR: '1', NODE_OPTIONS: '', GITHUB_ACTION_PATH: actionPath, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PR = { event_name: 'pull_request', base_ref: 'main' };

beforeAll(() => {
  dir = tempDir('action');
  actionPath = copyRepository(join(dir, 'action'), { nodeModules: true });
  // Any use of npx (the registry's macrolint) is recorded and fails.
  fakeBin = join(dir, 'bin');
  npxLog = join(dir, 'npx.log');
  mkdirSync(fakeBin);
  writeFileSync(join(fakeBin, 'npx'), `#!/bin/sh\necho "npx $*" >> '${npxLog}'\nexit 97\n`);
  chmodSync(join(fakeBin, 'npx'), 0o755);

  // origin: main has an old macro; the feature branch adds one; then main moves on (README only).
  const origin = join(dir, 'origin');
  mkdirSync(join(origin, 'macros'), { recursive: true });
  git(origin, 'init', '-q');
  writeFileSync(join(origin, 'macros/old.md'), BAD('old'));
  writeFileSync(join(origin, 'README.md'), '# Replies\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  for (let i = 0; i < 3; i++) {
    writeFileSync(join(origin, 'macros/new.md'), BAD(`new-${i}`));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', `feature ${i}`);
  }
  git(origin, 'checkout', '-q', 'main');
  for (let i = 0; i < 3; i++) {
    writeFileSync(join(origin, 'README.md'), `# Replies\n\nRevision ${i}.\n`);
    git(origin, 'commit', '-q', '-am', `main ${i}`);
  }
  // actions/checkout: a shallow clone (depth 1) of the pull request's head, without the base branch.
  work = join(dir, 'work');
  git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, work);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('is a composite action whose run steps each call one script of action/', () => {
    expect(action.runs.using).toBe('composite');
    expect(runSteps.length).toBeGreaterThan(0);
    for (const step of runSteps) {
      expect(step.run).not.toMatch(/\bnpx\b|npm (exec|install|i) /);
      expect(existsSync(join(ROOT, scriptOf(step))), scriptOf(step)).toBe(true);
    }
  });

  it('passes every input to a step, and each script reads only variables its step provides', () => {
    const passed = new Set(runSteps.flatMap((s) => Object.values(s.env ?? {}).flatMap((v) => [...v.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]))));
    expect([...passed].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const step of runSteps) {
      const script = readFileSync(join(ROOT, scriptOf(step)), 'utf8');
      const read = new Set([...script.matchAll(/\$\{?([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
      const provided = new Set([...Object.keys(step.env ?? {}), 'GITHUB_ACTION_PATH']);
      expect([...read].filter((v) => !provided.has(v)), scriptOf(step)).toEqual([]);
    }
  });
});

describe('the steps, run locally', () => {
  it('build: builds the CLI in the action folder', () => {
    const r = runStep('Build Macrolint', {}, PR);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(actionPath, 'dist/cli.js'))).toBe(true);
    expect(existsSync(join(actionPath, 'dist/cli-worker.js'))).toBe(true);
  });

  it('fetch base: fetches the base branch and enough history for the merge base', () => {
    expect(git(work, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const r = runStep('Fetch the pull request base', {}, PR);
    expect(r.code, r.stderr).toBe(0);
    const mergeBase = git(work, 'merge-base', 'HEAD', 'origin/main').trim();
    expect(git(work, 'log', '-1', '--format=%s', mergeBase).trim()).toBe('base');
  });

  it('run: on a pull request, annotates only the macros the pull request changed', () => {
    const r = runStep('Run macrolint', {}, PR);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=macros\/new\.md,line=\d+/m);
    expect(r.stdout).not.toContain('file=macros/old.md');
  });

  it('run: fail-on-warnings fails the step; changed-since "none" lints everything', () => {
    const failing = runStep('Run macrolint', { 'fail-on-warnings': 'true' }, PR);
    expect(failing.code).toBe(1);
    const all = runStep('Run macrolint', { 'changed-since': 'none' }, PR);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('file=macros/old.md');
    expect(all.stdout).toContain('file=macros/new.md');
  });

  it('run: paths, format and output-file reach the CLI; a push lints everything', () => {
    const r = runStep('Run macrolint', { paths: 'macros/old.md', format: 'json', 'output-file': 'out/report.json' }, { event_name: 'push', base_ref: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(work, 'out/report.json'), 'utf8')) as { filePath: string }[];
    expect(report.map((f) => f.filePath.replace(/\\/g, '/'))).toEqual([expect.stringMatching(/macros\/old\.md$/)]);
  });

  it('never ran npx', () => {
    expect(existsSync(npxLog) ? readFileSync(npxLog, 'utf8') : '').toBe('');
  });
});
