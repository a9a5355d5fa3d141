/**
 * The CLI lets go of what it no longer needs (issue 14): a file's bytes once read (kept only when fixing)
 * and each file's lint result once its report entry exists. Lint and fix runs, the pool and the main
 * thread must still report the same.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectMaker, runCli } from './cli-fixtures/helpers';

const project = projectMaker();

const BODY = 'I can see your order is three days late and you needed it for Saturday. You are right to be upset: we promised Wednesday. I have asked the courier to trace it today and I will email you by 5pm tomorrow.';
const BODY2 = 'Your refund was issued today and will reach your card within five working days. I will check it reached you on Friday.';
const MACRO = (id: string, body: string, title = body.slice(0, 30)) => `---\nid: ${id}\ntitle: ${title}\nanger: before\nlocale: en\n---\n\nHi {{ticket.requester.first_name}},\n\n${body}\n`;

const WS = new Set(['duplicate-id', 'near-duplicate', 'missing-translation', 'stale-translation', 'title-collision']);

/** A library with workspace findings (a duplicate id, near-duplicates, a title collision) and per-file findings. */
function library(): string {
  const files: Record<string, string> = { '.macrolintrc.yaml': 'locales: [en]\n' };
  for (let i = 0; i < 12; i++) files[`macros/m${String(i).padStart(2, '0')}.md`] = MACRO(i % 4 === 0 ? 'refund' : `m${i}`, i % 2 ? BODY : BODY2, i % 3 ? undefined : 'Same title');
  files['macros/sorry.md'] = MACRO('sorry', "We're sorry your order is late, but the warehouse closed early on Friday. I will email you by 5pm tomorrow.");
  return project(files);
}

interface Json {
  filePath: string;
  messages: { ruleId: string }[];
}

describe('lint run order', () => {
  it('reports the same when linting as when dry-running fixes with nothing to fix', async () => {
    const d = project({ '.macrolintrc.yaml': 'locales: [en]\n', 'macros/a.md': MACRO('refund', BODY2), 'macros/b.md': MACRO('refund', BODY), 'macros/c.md': MACRO('c', BODY) });
    const lint = await runCli(['--format', 'json', '--workers', 'off'], d);
    // --fix-dry-run keeps the bytes it read and writes its report to stderr.
    const dry = await runCli(['--format', 'json', '--workers', 'off', '--fix-dry-run'], d);
    expect(dry.stdout).toBe('');
    expect(lint.stdout).toBe(dry.stderr);
    const ws = (JSON.parse(lint.stdout) as Json[]).flatMap((f) => f.messages.filter((m) => WS.has(m.ruleId)).map((m) => m.ruleId));
    expect(ws).toContain('duplicate-id');
    expect(ws).toContain('near-duplicate');
  });

  it('gives the same JSON, stylish and SARIF output on the worker pool as on the main thread', async () => {
    const d = library();
    for (const format of ['json', 'stylish', 'sarif']) {
      const off = await runCli(['--format', format, '--workers', 'off'], d);
      const pool = await runCli(['--format', format, '--workers', '2'], d, { poolThreshold: { files: 1, bytes: 1 } });
      expect(pool.code).toBe(off.code);
      expect(pool.stdout).toBe(off.stdout);
    }
    const json = JSON.parse((await runCli(['--format', 'json', '--workers', 'off'], d)).stdout) as Json[];
    expect(json).toHaveLength(13);
    expect(json.some((f) => f.messages.some((m) => WS.has(m.ruleId)))).toBe(true);
    expect(json.some((f) => f.messages.some((m) => !WS.has(m.ruleId)))).toBe(true);
  });

  it('still judges the library on the fixed texts when fixing', async () => {
    const d = library();
    const before = readFileSync(join(d, 'macros/sorry.md'), 'utf8');
    const fixed = await runCli(['--format', 'json', '--workers', 'off', '--fix'], d);
    const after = readFileSync(join(d, 'macros/sorry.md'), 'utf8');
    // A lint of the fixed library reports what the fixing run reported.
    const again = await runCli(['--format', 'json', '--workers', 'off'], d);
    expect(after).not.toBe(before);
    expect(fixed.stderr).toBe('');
    expect(again.stdout).toBe(fixed.stdout);
  });
});
