/**
 * A copy of the repository as a fresh clone would see it (tracked and new, non-ignored files of the
 * working tree; no dist/, no node_modules), for the tests of what users install: the npm package, the
 * GitHub Action and the pre-commit hook. Building or packing in the copy never touches the checkout's
 * dist/, which other tests run in parallel.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** Runs git in `cwd` with a fixed identity; returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new temporary folder; returns its path. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `macrolint-${prefix}-`));
}

/**
 * Copies the repository's files into `dest` (created if needed); returns `dest`.
 * `nodeModules: true` links the checkout's node_modules (to build without installing).
 */
export function copyRepository(dest: string, opts: { nodeModules?: boolean } = {}): string {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    // A tracked file deleted in the working tree, or a folder (submodule), is not part of the copy.
    if (!existsSync(from) || !lstatSync(from).isFile()) continue;
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    copyFileSync(from, join(dest, f));
  }
  if (opts.nodeModules) symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}

/** Copies the repository into a new git repository with one commit; returns its path. */
export function cloneRepository(dest: string): string {
  copyRepository(dest);
  git(dest, 'init', '-q');
  git(dest, 'add', '-A');
  git(dest, 'commit', '-q', '-m', 'snapshot');
  return dest;
}
