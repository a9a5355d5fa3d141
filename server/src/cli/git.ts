/** `--changed-since`: which files, and which lines of them, changed since a git ref. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** A git problem to report with exit code 2. */
export class GitError extends Error {}

export interface ChangedFiles {
  root: string;
  /** Absolute path → changed lines (1-based, in the working tree file), or 'all' for new files. */
  files: Map<string, Set<number> | 'all'>;
}

function git(cwd: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    return { ok: true, stdout, stderr: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: string; message: string };
    if (err.code === 'ENOENT') throw new GitError('--changed-since needs git, which was not found on PATH');
    return { ok: false, stdout: String(err.stdout ?? ''), stderr: String(err.stderr ?? err.message) };
  }
}

/** Undoes git's C-style quoting of a path ("a\\tb", octal UTF-8 bytes). */
export function unquoteGitPath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const s = p.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = s[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses `git diff -U0` output into new-side changed lines per repository-relative path. */
export function parseUnifiedZero(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const p = line.slice(4).replace(/\t$/, '');
      if (p === '/dev/null') current = undefined;
      else {
        const path = unquoteGitPath(p).replace(/^b\//, '');
        current = out.get(path) ?? new Set<number>();
        out.set(path, current);
      }
      continue;
    }
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && current) {
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      if (count === 0) {
        // Lines were removed between `start` and `start + 1`: the macro on either side changed.
        current.add(Math.max(1, start));
        current.add(start + 1);
      } else for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return out;
}

/** Files (and lines) changed in the working tree since the merge base of `ref` and HEAD, plus untracked files. */
export function changedSince(ref: string, cwd: string): ChangedFiles {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new GitError(`--changed-since: ${cwd} is not inside a git repository`);
  const root = resolve(top.stdout.trim());
  const verify = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!verify.ok || !verify.stdout.trim()) {
    throw new GitError(`ref ${ref} not found (shallow clone? fetch it with git fetch --depth=<n> origin ${ref}, or check out with fetch-depth: 0)`);
  }
  // Changes of this branch only, as `git diff ref...` shows them: against the merge base, so commits
  // that landed on `ref` after the branch forked are not reported as changed here.
  const mergeBase = git(cwd, ['merge-base', verify.stdout.trim(), 'HEAD']);
  if (!mergeBase.ok || !mergeBase.stdout.trim()) {
    throw new GitError(`--changed-since ${ref}: no merge base between ${ref} and HEAD (shallow clone? fetch more history with git fetch --deepen=<n>, or check out with fetch-depth: 0)`);
  }
  const base = mergeBase.stdout.trim();
  const common = ['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '--no-textconv'];
  const names = git(root, [...common, '--name-only', '-z', base, '--']);
  if (!names.ok) throw new GitError(`--changed-since ${ref}: git diff failed: ${names.stderr.trim().split('\n')[0]}`);
  const hunks = git(root, [...common, '-U0', base, '--']);
  if (!hunks.ok) throw new GitError(`--changed-since ${ref}: git diff failed: ${hunks.stderr.trim().split('\n')[0]}`);
  const lines = parseUnifiedZero(hunks.stdout);
  const files = new Map<string, Set<number> | 'all'>();
  for (const rel of names.stdout.split('\0').filter(Boolean)) files.set(resolve(root, rel), lines.get(rel) ?? 'all');
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  if (untracked.ok) for (const rel of untracked.stdout.split('\0').filter(Boolean)) files.set(resolve(root, rel), 'all');
  return { root, files };
}
