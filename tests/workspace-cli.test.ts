/**
 * Workspace rules in a partial lint run (one path, `--changed-since`): the CLI indexes the whole
 * library and reports only on the files it lints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanup, projectMaker, runCli, tempDir, writeTree } from './cli-fixtures/helpers';

const project = projectMaker();

const BODY_EN = 'I can see your order is three days late and you needed it for Saturday. You are right to be upset: we promised Wednesday. I have asked the courier to trace it today and I will email you by 5pm tomorrow.';
const BODY_EN2 = 'Your refund was issued today and will reach your card within five working days. I will check it reached you on Friday.';
const BODY_ES = 'Veo que tu pedido lleva tres días de retraso y lo necesitabas para el sábado. Tienes razón en estar molesta. He pedido hoy al transportista que lo localice y mañana antes de las 17:00 te escribo.';

const EN = (id: string, body = BODY_EN) => `---\nid: ${id}\ntitle: ${body.slice(0, 30)}\nanger: before\nlocale: en\n---\n\nHi {{ticket.requester.first_name}},\n\n${body}\n`;
const ES = (id: string, of: string) => `---\nid: ${id}\ntitle: ${id} ${of}\nanger: before\nlocale: es\ntranslationOf: ${of}\n---\n\nHola, {{ticket.requester.first_name}}:\n\n${BODY_ES}\n`;

interface Json {
  filePath: string;
  messages: { ruleId: string; macroId?: string; relatedInformation?: { filePath: string; macroId?: string }[] }[];
}

const WS = new Set(['duplicate-id', 'near-duplicate', 'missing-translation', 'stale-translation', 'title-collision']);

/** Workspace findings by file (relative path) of a JSON report. */
function workspaceOf(stdout: string, root: string): Record<string, { ruleId: string; macroId?: string; related: string[] }[]> {
  const out: Record<string, { ruleId: string; macroId?: string; related: string[] }[]> = {};
  for (const f of JSON.parse(stdout) as Json[]) {
    out[f.filePath.slice(root.length + 1)] = f.messages
      .filter((m) => WS.has(m.ruleId))
      .map((m) => ({ ruleId: m.ruleId, macroId: m.macroId, related: (m.relatedInformation ?? []).map((r) => r.filePath.slice(root.length + 1)) }));
  }
  return out;
}

describe('one path', () => {
  it('does not report a missing translation when the translation sits in an unlinted file', async () => {
    const d = project({ '.macrolintrc.yaml': 'locales: [en, es]\n', 'macros/en/order-late.md': EN('order-late'), 'macros/es/pedido-retrasado.md': ES('pedido-retrasado', 'order-late') });
    const r = await runCli(['--format', 'json', 'macros/en/order-late.md'], d);
    expect(r.stderr).toBe('');
    expect(workspaceOf(r.stdout, d)).toEqual({ 'macros/en/order-late.md': [] });
    // The translation's absence is still seen when it is really absent.
    const alone = project({ '.macrolintrc.yaml': 'locales: [en, es]\n', 'macros/en/order-late.md': EN('order-late') });
    const r2 = await runCli(['--format', 'json', 'macros/en/order-late.md'], alone);
    expect(workspaceOf(r2.stdout, alone)['macros/en/order-late.md'].map((m) => m.ruleId)).toEqual(['missing-translation']);
  });

  it('reports a duplicate id on the linted file, pointing at the unlinted copy, and nothing on the unlinted file', async () => {
    const d = project({ 'macros/a.md': EN('refund', BODY_EN2), 'macros/b.md': EN('refund') });
    const r = await runCli(['--format', 'json', 'macros/a.md'], d);
    expect(r.code).toBe(1);
    expect(workspaceOf(r.stdout, d)).toEqual({ 'macros/a.md': [{ ruleId: 'duplicate-id', macroId: 'refund', related: ['macros/b.md'] }] });
  });

  it('finds the library from the folder of the configuration file that applies, not beyond it', async () => {
    const d = project({
      'brand-a/.macrolintrc.yaml': 'locales: [en]\n',
      'brand-a/macros/a.md': EN('refund', BODY_EN2),
      'brand-a/macros/b.md': EN('refund'),
      'brand-b/.macrolintrc.yaml': 'locales: [en]\n',
      'brand-b/macros/c.md': EN('refund'),
      // A broken configuration of an unlinted folder inside the library is not this run's problem.
      'brand-a/legacy/.macrolintrc.yaml': 'rules:\n  no-such-rule: error\n',
      'brand-a/legacy/d.md': EN('refund'),
    });
    const r = await runCli(['--format', 'json', 'brand-a/macros/a.md'], d);
    expect(r.stderr).toBe('');
    expect(workspaceOf(r.stdout, d)).toEqual({ 'brand-a/macros/a.md': [{ ruleId: 'duplicate-id', macroId: 'refund', related: ['brand-a/macros/b.md'] }] });
  });

  it('leaves ignored files out of the library', async () => {
    const d = project({ '.macrolintignore': 'old/\n', 'macros/a.md': EN('refund', BODY_EN2), 'old/b.md': EN('refund') });
    const r = await runCli(['--format', 'json', 'macros/a.md'], d);
    expect(workspaceOf(r.stdout, d)).toEqual({ 'macros/a.md': [] });
    // --no-ignore brings them back, as it does for a run with no paths.
    const all = await runCli(['--format', 'json', '--no-ignore', 'macros/a.md'], d);
    expect(workspaceOf(all.stdout, d)['macros/a.md'].map((m) => m.ruleId)).toEqual(['duplicate-id']);
  });
});

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('--changed-since', () => {
  let repo: string;
  let base: string;
  beforeAll(() => {
    repo = tempDir('macrolint-ws-git-');
    git(repo, 'init', '-q');
    writeTree(repo, {
      '.macrolintrc.yaml': 'locales: [en, es]\n',
      'macros/en/order-late.md': EN('order-late'),
      'macros/es/pedido-retrasado.md': ES('pedido-retrasado', 'order-late'),
      'macros/en/refund.md': EN('refund', BODY_EN2),
      'macros/es/reembolso.md': ES('reembolso', 'refund').replace(BODY_ES, 'Tu reembolso se emitió hoy y llegará a tu tarjeta en cinco días hábiles. El viernes compruebo que te ha llegado.'),
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    base = git(repo, 'rev-parse', 'HEAD').trim();
    // The branch edits one English macro and adds one whose id an unchanged macro already has.
    writeTree(repo, {
      'macros/en/order-late.md': EN('order-late', BODY_EN.replace('5pm', '6pm')),
      'macros/en/refund-late.md': EN('refund', 'Your refund is late and I am sorry. I have asked the bank to trace it today and I will write to you by Friday with what they say.'),
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'edit');
  });
  afterAll(() => cleanup(repo));

  it('judges the changed files against the whole library and reports only on them', async () => {
    const r = await runCli(['--changed-since', base, '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(workspaceOf(r.stdout, repo)).toEqual({
      'macros/en/order-late.md': [],
      'macros/en/refund-late.md': [{ ruleId: 'duplicate-id', macroId: 'refund', related: ['macros/en/refund.md'] }],
    });
  });
});
