/** `--changed-since`: only changed files, and in libraries only the macros whose lines changed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, runCli, spawnCli, tempDir, writeTree } from './cli-fixtures/helpers';
import { parseUnifiedZero, unquoteGitPath } from '../server/src/cli/git';

const N = 500;
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function yamlLibrary(edited?: number): string {
  const items: string[] = ['macros:'];
  for (let i = 0; i < N; i++) {
    items.push(`  - id: m${i}`, '    anger: none', '    locale: en', '    body: |', `      Hi {{first_name}}, reply number ${i}${i === edited ? ' (now clearer)' : ''}.`, '      FIXME please.');
  }
  return items.join('\n') + '\n';
}

function markdownLibrary(edited?: number): string {
  const out = ['---', 'layout: library', 'locale: en', '---', ''];
  for (let i = 0; i < N; i++) out.push(`## Reply ${i}`, '', `Hi there, reply ${i}${i === edited ? ' (edited)' : ''}. FIXME`, '');
  return out.join('\n');
}

const SINGLE = '---\nid: single\nanger: none\n---\n\nHi, FIXME here.\n';

let repo: string;
let base: string;
beforeAll(() => {
  repo = tempDir('macrolint-git-');
  git(repo, 'init', '-q');
  writeTree(repo, {
    'macros/library.macros.yaml': yamlLibrary(),
    'macros/library.md': markdownLibrary(),
    'macros/single.md': SINGLE,
    'macros/untouched.md': SINGLE.replace('single', 'untouched'),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  base = git(repo, 'rev-parse', 'HEAD').trim();
  writeTree(repo, {
    'macros/library.macros.yaml': yamlLibrary(250),
    'macros/library.md': markdownLibrary(321),
    'macros/single.md': SINGLE.replace('here', 'over here'),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'edit one macro of each library');
  // Uncommitted and untracked changes count too.
  writeTree(repo, { 'macros/new.md': SINGLE.replace('single', 'new') });
});
afterAll(() => cleanup(repo));

interface Json {
  filePath: string;
  messages: { ruleId: string; macroId?: string; line: number }[];
}

describe('--changed-since', () => {
  it('reports only the edited macro of a 500-macro YAML library, and only changed files', async () => {
    const r = await runCli(['--changed-since', base, '--format', 'json'], repo, { testRules: true });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Json[];
    const byFile = Object.fromEntries(results.map((f) => [f.filePath.slice(repo.length + 1), f.messages]));
    expect(Object.keys(byFile).sort()).toEqual(['macros/library.macros.yaml', 'macros/library.md', 'macros/new.md', 'macros/single.md']);
    expect(byFile['macros/library.macros.yaml'].map((m) => m.macroId)).toEqual(['m250']);
    expect(byFile['macros/library.md']).toHaveLength(1);
    expect(byFile['macros/library.md'][0].line).toBe(5 + 321 * 4 + 3);
    expect(byFile['macros/single.md']).toHaveLength(1);
    expect(byFile['macros/new.md']).toHaveLength(1);
  });

  it('without it, the whole library is reported', async () => {
    const r = await runCli(['--format', 'json', 'macros/library.macros.yaml'], repo, { testRules: true });
    expect((JSON.parse(r.stdout) as Json[])[0].messages).toHaveLength(N);
  });

  it('gives the same answer with the cache and with worker threads', async () => {
    const plain = await runCli(['--changed-since', base, '--format', 'json'], repo, { testRules: true });
    const cached1 = await runCli(['--changed-since', base, '--format', 'json', '--cache'], repo, { testRules: true });
    const cached2 = await runCli(['--changed-since', base, '--format', 'json', '--cache'], repo, { testRules: true });
    const pooled = await runCli(['--changed-since', base, '--format', 'json', '--workers', '2'], repo, { testRules: true });
    expect(cached1.stdout).toBe(plain.stdout);
    expect(cached2.stdout).toBe(plain.stdout);
    expect(pooled.stdout).toBe(plain.stdout);
  });

  it('--fix fixes only the changed macros', async () => {
    const clone = tempDir('macrolint-git-fix-');
    try {
      git(clone, 'clone', '-q', repo, '.');
      const r = await runCli(['--changed-since', base, '--fix', 'macros/library.macros.yaml'], clone, { testRules: true });
      expect(r.code).toBe(0);
      const text = readFileSync(join(clone, 'macros/library.macros.yaml'), 'utf8');
      expect(text.match(/\[done\]/g)).toHaveLength(1);
      expect(text.match(/FIXME/g)).toHaveLength(N - 1);
      expect(text).toContain('reply number 250 (now clearer).\n      [done] please.');
    } finally {
      cleanup(clone);
    }
  });

  it('nothing changed: exit 0, no files', async () => {
    const r = await runCli(['--changed-since', 'HEAD', 'macros/library.macros.yaml', '--format', 'json'], repo, { testRules: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('an unknown ref: exit 2 with a clear message', async () => {
    const r = await runCli(['--changed-since', 'origin/nope'], repo, { testRules: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('macrolint: ref origin/nope not found (shallow clone? fetch it with git fetch --depth=<n> origin origin/nope, or check out with fetch-depth: 0)\n');
  });

  it('a shallow clone missing the ref: exit 2 with the message (built CLI)', () => {
    const shallow = tempDir('macrolint-git-shallow-');
    try {
      git(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, '.');
      const r = spawnCli(['--changed-since', base], shallow, { env: { MACROLINT_TEST_RULES: '1' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`ref ${base} not found (shallow clone? fetch it with git fetch --depth=`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    } finally {
      cleanup(shallow);
    }
  });

  it('outside a git repository: exit 2', async () => {
    const d = tempDir();
    try {
      const r = await runCli(['--changed-since', 'HEAD'], d);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not inside a git repository/);
    } finally {
      cleanup(d);
    }
  });
});

describe('diff parsing', () => {
  it('reads new-side lines of -U0 hunks, including pure deletions', () => {
    const diff = [
      'diff --git a/a.yaml b/a.yaml',
      '--- a/a.yaml',
      '+++ b/a.yaml',
      '@@ -3 +3 @@',
      '-x',
      '+y',
      '@@ -10,2 +10,0 @@',
      '-gone',
      '-gone',
      '@@ -20,0 +19,2 @@',
      '+new',
      '+new',
      'diff --git a/b.md b/b.md',
      'deleted file mode 100644',
      '--- a/b.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
    ].join('\n');
    const m = parseUnifiedZero(diff);
    expect([...m.keys()]).toEqual(['a.yaml']);
    expect([...m.get('a.yaml')!].sort((a, b) => a - b)).toEqual([3, 10, 11, 19, 20]);
  });

  it('unquotes C-style quoted paths', () => {
    expect(unquoteGitPath('"b/caf\\303\\251 \\"x\\".md"')).toBe('b/café "x".md');
    expect(unquoteGitPath('b/plain.md')).toBe('b/plain.md');
  });
});
