/** Item: two rules on one span give one finding by declared precedence; the other is related information. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs, type PartialConfig } from '../server/src/engine/config';
import { applyPrecedence } from '../server/src/engine/precedence';
import { RULES, getRule } from '../server/src/engine/rules';
import type { Finding } from '../server/src/engine/types';
import type { Rule } from '../server/src/engine/rule';
import { LspClient, ensureBuilt, fileUri } from './lsp-client';

const root = join(__dirname, '..');
const BUT = '---\nanger: during\nlocale: en\n---\n\nSorry for any inconvenience this may have caused, but we are on it.\n';
const GENERIC = '---\nanger: before\nlocale: en\n---\n\nI understand your frustration.\n';

const run = (text: string, config: PartialConfig = {}) => lint({ uri: 'file:///w/macros/m.md', text }, mergeConfigs(defaultConfig(), config)).findings;
const overlapping = (fs: Finding[], a: string, b: string) =>
  fs.filter((f) => f.ruleId === a).some((x) => fs.some((y) => y.ruleId === b && x.range.start < y.range.end && y.range.start < x.range.end));

describe('declared precedence', () => {
  it('is declared in rule metadata, between existing rules', () => {
    expect(getRule('deflecting/non-apology')!.meta.supersedes).toContain('deflecting/apology-but');
    expect(getRule('anger-type')!.meta.supersedes).toContain('generic-acknowledge');
    for (const r of RULES) for (const id of r.meta.supersedes ?? []) expect(getRule(id), `${r.meta.id} supersedes ${id}`).toBeDefined();
  });

  it('non-apology and apology-but on one span: one finding, apology-but as related', () => {
    const f = run(BUT);
    expect(overlapping(f, 'deflecting/non-apology', 'deflecting/apology-but')).toBe(false);
    const kept = f.find((x) => x.ruleId === 'deflecting/non-apology')!;
    expect(kept.related?.map((r) => r.ruleId)).toEqual(['deflecting/apology-but']);
    expect(kept.related![0].message).toContain('the "but" takes the apology back');
    // Its quick fixes stay available after the winner's own.
    expect(kept.fixes.length).toBeGreaterThan(1);
  });

  it('anger-type and generic-acknowledge on one phrase: one finding, generic-acknowledge as related', () => {
    const f = run(GENERIC, { rules: { 'generic-acknowledge': { severity: 'warning', options: { anyAnger: true } } } });
    expect(overlapping(f, 'anger-type', 'generic-acknowledge')).toBe(false);
    const kept = f.find((x) => x.ruleId === 'anger-type')!;
    expect(kept.related?.map((r) => r.ruleId)).toEqual(['generic-acknowledge']);
  });

  it('never makes a problem quieter: the kept finding takes the higher severity', () => {
    const f = run(BUT, { rules: { 'deflecting/apology-but': { severity: 'error' } } });
    const kept = f.find((x) => x.ruleId === 'deflecting/non-apology')!;
    expect(kept.severity).toBe('error');
    expect(kept.related?.[0].severity).toBe('error');
  });

  it('keeps the other rule when the winner is off', () => {
    const f = run(BUT, { rules: { 'deflecting/non-apology': { severity: 'off' } } });
    expect(f.find((x) => x.ruleId === 'deflecting/apology-but')?.related).toBeUndefined();
  });

  it('leaves findings on other spans and of undeclared pairs alone, and does not mutate its input', () => {
    const rule = (id: string, supersedes?: string[]) => ({ meta: { id, supersedes } }) as unknown as Rule;
    const f = (ruleId: string, start: number, end: number, macroIndex = 0): Finding => ({ ruleId, severity: 'warning', range: { start, end }, message: ruleId, locale: 'en', fixes: [], macroIndex });
    const input = [f('a', 0, 10), f('b', 5, 8), f('b', 20, 30), f('c', 0, 10), f('b', 0, 10, 1), f('d', 2, 3)];
    const copy = JSON.parse(JSON.stringify(input));
    const out = applyPrecedence(input, [rule('a', ['b']), rule('c'), rule('d', ['a'])]);
    expect(JSON.parse(JSON.stringify(input))).toEqual(copy);
    // d beats a which beats b: both fold into d (a chain).
    expect(out.map((x) => [x.ruleId, x.range.start, (x.related ?? []).map((r) => r.ruleId)])).toEqual([
      ['b', 20, []],
      ['c', 0, []],
      ['b', 0, []],
      ['d', 2, ['a', 'b']],
    ]);
  });
});

describe('related information in the outputs', () => {
  let client: LspClient;
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'macrolint-precedence-'));
    mkdirSync(join(dir, 'macros'));
    writeFileSync(join(dir, 'macros/but.md'), BUT);
    client = (await LspClient.start({ workspaceFolders: [dir] })).client;
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('LSP: one diagnostic with relatedInformation', async () => {
    const uri = fileUri(join(dir, 'macros/but.md'));
    client.open(uri, 'markdown', BUT);
    const diags = await client.diagnostics(uri);
    expect(diags.filter((d) => d.code === 'deflecting/apology-but')).toEqual([]);
    const d = diags.find((x) => x.code === 'deflecting/non-apology')!;
    expect(d.relatedInformation?.map((r) => [r.location.uri, r.message.split(':')[0]])).toEqual([[uri, 'deflecting/apology-but']]);
  });

  it('JSON: one message with `related`', () => {
    const out = execFileSync(process.execPath, [join(root, 'bin/macrolint.js'), 'macros', '--format', 'json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const msgs = JSON.parse(out)[0].messages as { ruleId: string; related?: { ruleId: string; line: number; column: number }[] }[];
    expect(msgs.some((m) => m.ruleId === 'deflecting/apology-but')).toBe(false);
    const m = msgs.find((x) => x.ruleId === 'deflecting/non-apology')!;
    expect(m.related?.map((r) => [r.ruleId, r.line, r.column])).toEqual([['deflecting/apology-but', 6, 1]]);
  });
});
