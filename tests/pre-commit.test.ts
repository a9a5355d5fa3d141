/**
 * The pre-commit hooks (.pre-commit-hooks.yaml) with Debian's `pre-commit`: `language: node` installs a
 * clone of this repository with npm (`prepare` builds it), packs it and installs the tarball, then runs
 * the hook's entry. Run against a temporary clone of the working tree, as `try-repo` and as a configured
 * repository with `language_version: system`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneRepository, git, tempDir } from './helpers/repo-copy';

/** Whether Debian's pre-commit is installed (.ci/run installs it; a developer machine may lack it). */
function hasPreCommit(): boolean {
  try {
    execFileSync('pre-commit', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const available = hasPreCommit();
if (!available && process.env.CI) throw new Error('pre-commit is not installed (.ci/run installs the Debian package)');

const MACRO = (id: string, body: string) => `---\nid: ${id}\nanger: during\nlocale: en\n---\n\nHi {{first_name}},\n\n${body}\n\nThanks\n`;
const REDUNDANT = 'As I already said, we will refund the order.';

let dir: string;
let hooks: string;
let project: string;

/** Runs pre-commit in the project with its own store (PRE_COMMIT_HOME). */
function preCommit(args: string[], home: string) {
  const r = spawnSync('pre-commit', args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', NODE_OPTIONS: '', PRE_COMMIT_COLOR: 'never' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  if (!available) return;
  dir = tempDir('pre-commit');
  hooks = cloneRepository(join(dir, 'hooks'));
  project = join(dir, 'project');
  mkdirSync(join(project, 'macros'), { recursive: true });
  git(project, 'init', '-q');
  writeFileSync(join(project, 'macros/redundant.md'), MACRO('redundant', REDUNDANT));
  writeFileSync(join(project, 'macros/fixable.md'), MACRO('fixable', REDUNDANT));
  // Not a macro: --macro-files-only must leave it alone although it matches the hooks' `files`.
  writeFileSync(join(project, 'README.md'), '# Replies\n\nAs I already said, it is our policy.\n');
  git(project, 'add', '-A');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(available)('pre-commit', () => {
  it('try-repo: the macrolint hook installs, lints the staged macros and fails on warnings', () => {
    const r = preCommit(['try-repo', hooks, 'macrolint', '--files', 'macros/redundant.md', 'README.md'], join(dir, 'home-try'));
    expect(r.out).not.toMatch(/Cannot find module|npm ERR|An unexpected error has occurred/);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('macros/redundant.md');
    expect(r.out).toContain('anger-type');
    expect(r.out).not.toContain('README.md\n');
  });

  it('configured with language_version: system: macrolint-fix rewrites, macrolint passes a clean macro', () => {
    const rev = git(hooks, 'rev-parse', 'HEAD').trim();
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: macrolint\n        language_version: system\n      - id: macrolint-fix\n        language_version: system\n`,
    );
    const home = join(dir, 'home-config');
    const fix = preCommit(['run', 'macrolint-fix', '--files', 'macros/fixable.md'], home);
    expect(fix.out).not.toMatch(/Cannot find module|npm ERR|An unexpected error has occurred/);
    expect(fix.out).toContain('files were modified by this hook');
    const fixed = readFileSync(join(project, 'macros/fixable.md'), 'utf8');
    expect(fixed).not.toContain('As I already said');
    expect(fixed).toMatch(/we will refund the order/i);

    writeFileSync(join(project, 'macros/clean.md'), readFileSync(join(hooks, 'examples/macros/en/late-delivery.md'), 'utf8'));
    const clean = preCommit(['run', 'macrolint', '--files', 'macros/clean.md', 'README.md'], home);
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toMatch(/macrolint\.+Passed/);
  });
});
