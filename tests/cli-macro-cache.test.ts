/**
 * Issue 14 (CLI): lint results cached per macro by content. Within a run, a macro repeated in many
 * files is linted once; across `--cache` runs, editing one macro of a library re-lints that macro only.
 * The counts come from the run's `macroStats` hook; the reports must equal an uncached run's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectMaker, runCli, VERSION, WORKER } from './cli-fixtures/helpers';
import { run } from '../server/src/cli/main';
import type { MacroStats } from '../server/src/cli/task';
import { WORKSPACE_RULES } from '../server/src/engine/rules/workspace';

const project = projectMaker();

const item = (id: string, reply: string) => `  - id: ${id}\n    locale: en\n    anger: during\n    body: |\n      ${reply}\n`;
const REPLIES = [
  "We're sorry your order is late, but the warehouse closed early on Friday.",
  'Per our policy, refunds take 30 days. Sorry for any inconvenience.',
  "I can see your parcel is late. You're right, and I'll refund the shipping fee today.",
  "You'll need to contact the courier to file a claim, as I already said.",
];
const library = (replies: string[]) => `macros:\n${replies.map((r, i) => item(`m${i}`, r)).join('')}`;

async function lintWith(argv: string[], cwd: string): Promise<{ stdout: string; stats: MacroStats }> {
  const stats: MacroStats = { linted: 0, reused: 0 };
  const r = await runCli(['--format', 'json', '--workers', 'off', ...argv], cwd, { macroStats: stats });
  expect(r.stderr).toBe('');
  return { stdout: r.stdout, stats };
}

describe('per-macro cache across --cache runs', () => {
  it('editing one macro of a library re-lints that macro only, with the same report as an uncached run', async () => {
    const d = project({ 'macros/lib.macros.yaml': library(REPLIES) });
    const file = join(d, 'macros/lib.macros.yaml');
    const first = await lintWith(['--cache'], d);
    expect(first.stats).toEqual({ linted: 4, reused: 0 });
    expect(JSON.parse(first.stdout)[0].messages.length).toBeGreaterThan(0);

    // Unchanged: the whole file comes from the cache, no macro is linted.
    const again = await lintWith(['--cache'], d);
    expect(again.stats).toEqual({ linted: 0, reused: 0 });
    expect(again.stdout).toBe(first.stdout);

    // One macro edited: it alone is linted; the others come from the cache file.
    writeFileSync(file, readFileSync(file, 'utf8').replace('refunds take 30 days', 'refunds take 3 days'));
    const edited = await lintWith(['--cache'], d);
    expect(edited.stats).toEqual({ linted: 1, reused: 3 });
    const uncached = await lintWith([], d);
    expect(uncached.stats).toEqual({ linted: 4, reused: 0 });
    expect(edited.stdout).toBe(uncached.stdout);

    // A macro inserted at the top moves every other one: they are reused at their new offsets.
    writeFileSync(file, readFileSync(file, 'utf8').replace('macros:\n', `macros:\n${item('new', "I'm sorry if you felt rushed, but we are very busy.")}`));
    const moved = await lintWith(['--cache'], d);
    expect(moved.stats).toEqual({ linted: 1, reused: 4 });
    expect(moved.stdout).toBe((await lintWith([], d)).stdout);
  });

  it('a config change invalidates the macro entries', async () => {
    const d = project({ 'macros/lib.macros.yaml': library(REPLIES) });
    await lintWith(['--cache'], d);
    const file = join(d, 'macros/lib.macros.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Friday', 'Monday'));
    const r = await lintWith(['--cache', '--rule', 'deflecting/apology-but:off'], d);
    expect(r.stats).toEqual({ linted: 4, reused: 0 });
    expect(r.stdout).not.toContain('deflecting/apology-but');
    expect(r.stdout).toBe((await lintWith(['--rule', 'deflecting/apology-but:off'], d)).stdout);
  });
});

describe('per-macro results within one run', () => {
  it('a macro repeated in several libraries and Markdown files is linted once per config', async () => {
    const md = `---\nid: a\nanger: during\nlocale: en\n---\n\n${REPLIES[0]}\n`;
    const d = project({
      'macros/one.macros.yaml': library(REPLIES),
      'macros/two.macros.yaml': library([...REPLIES, "It's just a small delay, please calm down."]),
      'macros/three.macros.yaml': library(REPLIES),
      'macros/a.md': md,
      'macros/b.md': md,
      'macros/c.md': md.replace('Friday', 'Monday'),
    });
    const r = await lintWith([], d);
    // one: 4 macros linted; two: the same 4 reused, 1 new one linted; three (a copy of one): 4 reused.
    // a.md and c.md linted, b.md (a copy of a.md) reused.
    expect(r.stats).toEqual({ linted: 7, reused: 9 });
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    // Workspace rules (duplicate ids, near-duplicates) compare the files with each other: left out here.
    const workspace = new Set(WORKSPACE_RULES.map((w) => w.meta.id));
    const by = (name: string) => files.find((f) => f.filePath.endsWith(name))!.messages.filter((m) => !workspace.has(m.ruleId));
    expect(by('three.macros.yaml')).toEqual(by('one.macros.yaml'));
    expect(by('two.macros.yaml').slice(0, by('one.macros.yaml').length)).toEqual(by('one.macros.yaml'));
    expect(by('two.macros.yaml').length).toBeGreaterThan(by('one.macros.yaml').length);
    expect(by('b.md')).toEqual(by('a.md'));
    expect(by('a.md').length).toBeGreaterThan(0);
  });
});

describe('streamed reports', () => {
  it('stylish and json reports of many files are written in pieces whose concatenation is the whole report', async () => {
    // The test rules report each FIXME: 30,000 findings, a report well past the writer's piece size (about 1 MB).
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`macros/m${i}.md`] = `---\nid: m${i}\nanger: during\nlocale: en\n---\n\n${'Hi FIXME there. '.repeat(150)}\n`;
    const d = project(files);
    for (const format of ['json', 'stylish']) {
      const pieces: string[] = [];
      const argv = ['--format', format, '--workers', 'off'];
      const code = await run(argv, { cwd: d, out: (s) => pieces.push(s), err: () => {}, version: VERSION, env: {} }, { workerScript: WORKER, testRules: true });
      expect(code).toBeLessThan(2);
      const whole = pieces.join('');
      if (format === 'json') {
        const parsed = JSON.parse(whole) as { messages: unknown[] }[];
        expect(parsed.map((f) => f.messages.length)).toEqual(Array(200).fill(150));
        expect(whole).toBe(JSON.stringify(parsed) + '\n');
      } else expect(whole.split('\n').filter((l) => l.includes('test/marker'))).toHaveLength(30000);
      expect(pieces.length, format).toBeGreaterThan(1);
      // The same report written to a file.
      await run([...argv, '--output-file', 'out.txt'], { cwd: d, out: () => {}, err: () => {}, version: VERSION, env: {} }, { workerScript: WORKER, testRules: true });
      expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe(whole);
    }
  });
});
