/** Protocol tests: code actions (quick fixes, disable comments, fix-all) applied to the text. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../server/src/engine/lint';
import { applyFixes, fixAll } from '../server/src/engine/fix';
import { LspClient, applyWorkspaceEdit, editsFor, ensureBuilt, fileUri, offsetAt } from './lsp-client';

const EN_MD = `---
id: late-delivery
title: Late delivery
anger: before
locale: en
---

Hi {{ticket.requester.first_name}},

## Assure

I've asked the courier to redeliver tomorrow and I'll email you by 5pm with the tracking link.

## Acknowledge

I can see your order still hasn't arrived, a week after we promised it.

Best,
{{current_user.name}}
`;

const ES_MD = `---
id: entrega-tardia
title: Entrega tardía
locale: es
---

Hola {{ticket.requester.first_name}}:

Entiendo que llevas una semana esperando tu pedido, y tienes toda la razón: esto no debería haber pasado.
Hoy mismo he pedido un nuevo envío y te escribiré mañana antes de las 12 con el número de seguimiento.

Un saludo,
{{current_user.name}}
`;

const YAML_LIB = `macros:
  - id: refund-delay
    title: Refund delay
    anger: before
    locale: en
    assure: I've escalated it and I'll confirm by Friday.
    acknowledge: |
      I can see the refund we promised last week still hasn't reached your account.
`;

// One server for the file: every test works on its own document.
let shared: LspClient;
let root: string;
beforeAll(async () => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-actions-'));
  shared = (await LspClient.start({ workspaceFolders: [root] })).client;
});
afterAll(async () => {
  await shared?.stop();
});

async function open(rel: string, languageId: string, text: string) {
  const uri = fileUri(join(root, rel));
  shared.open(uri, languageId, text);
  return { client: shared, uri };
}

async function diagnostic(client: LspClient, uri: string, code: string): Promise<Diagnostic> {
  const d = (await client.diagnostics(uri)).find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic`);
  return d;
}

describe('quick fixes', () => {
  it('offers the engine fix (preferred) and a disable action; applying the fix gives the engine text', async () => {
    const { client, uri } = await open('macros/late.md', 'markdown', EN_MD);
    const diag = await diagnostic(client, uri, 'section-order');
    const actions = await client.codeActions(uri, diag.range, [diag]);
    const finding = lint({ uri, text: EN_MD }).findings.find((f) => f.ruleId === 'section-order')!;
    const fixes = actions.filter((a) => a.kind === 'quickfix' && !/^Disable /.test(a.title));
    expect(fixes.map((a) => a.title)).toEqual(finding.fixes.map((f) => f.title));
    expect(fixes[0].isPreferred).toBe(true);
    expect(fixes[0].diagnostics).toEqual([diag]);
    const after = applyWorkspaceEdit(EN_MD, fixes[0].edit!, uri);
    expect(after).toBe(applyFixes(EN_MD, [finding.fixes[0]]).text);
    expect(after.indexOf('## Acknowledge')).toBeLessThan(after.indexOf('## Assure'));

    client.change(uri, [{ text: after }]);
    expect((await client.diagnostics(uri)).map((d) => d.code)).not.toContain('section-order');
  });

  it('disables a rule for one line with an inline comment (English title)', async () => {
    const { client, uri } = await open('macros/late-disable.md', 'markdown', EN_MD);
    const diag = await diagnostic(client, uri, 'section-order');
    const actions = await client.codeActions(uri, diag.range, [diag]);
    const disable = actions.find((a) => a.title === 'Disable section-order for this line');
    expect(disable?.kind).toBe('quickfix');
    expect(disable?.isPreferred).toBeFalsy();
    const after = applyWorkspaceEdit(EN_MD, disable!.edit!, uri);
    expect(after).toContain('<!-- macrolint-disable-next-line section-order -->\n## Acknowledge');
    client.change(uri, [{ text: after }]);
    expect((await client.diagnostics(uri)).map((d) => d.code)).not.toContain('section-order');
  });

  it('offers no "disable for this line" on a notice about a disable comment itself', async () => {
    const text = EN_MD.replace('## Acknowledge', '<!-- macrolint-disable-next-line deflecting/redirect -->\n## Acknowledge');
    const { client, uri } = await open('macros/late-unused.md', 'markdown', text);
    const diag = await diagnostic(client, uri, 'unused-disable-directive');
    const actions = await client.codeActions(uri, diag.range, [diag]);
    expect(actions.filter((a) => /^Disable /.test(a.title))).toEqual([]);
  });

  it('titles the disable action in Spanish for a Spanish macro and silences the rule', async () => {
    const { client, uri } = await open('macros/entrega.md', 'markdown', ES_MD);
    const diag = await diagnostic(client, uri, 'anger-type');
    const actions = await client.codeActions(uri, diag.range, [diag]);
    const disable = actions.find((a) => a.title === 'Desactivar anger-type en esta línea');
    expect(disable).toBeDefined();
    // Choosing an anger type is a human call: no fix of it is preferred.
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    const after = applyWorkspaceEdit(ES_MD, disable!.edit!, uri);
    client.change(uri, [{ text: after }]);
    expect((await client.diagnostics(uri)).map((d) => d.code)).not.toContain('anger-type');
    expect(() => parseYaml(after.split('---')[1])).not.toThrow();
  });

  it('fixes a YAML library and keeps it valid YAML', async () => {
    const { client, uri } = await open('macros/library.macros.yaml', 'yaml', YAML_LIB);
    const diag = await diagnostic(client, uri, 'section-order');
    const [fix] = (await client.codeActions(uri, diag.range, [diag], ['quickfix'])).filter((a) => a.isPreferred);
    const after = applyWorkspaceEdit(YAML_LIB, fix.edit!, uri);
    const finding = lint({ uri, text: YAML_LIB }).findings.find((f) => f.ruleId === 'section-order')!;
    expect(after).toBe(applyFixes(YAML_LIB, [finding.fixes[0]]).text);
    const before = parseYaml(YAML_LIB).macros[0];
    const parsed = parseYaml(after).macros[0];
    expect(parsed).toEqual(before);
    expect(Object.keys(parsed).indexOf('acknowledge')).toBeLessThan(Object.keys(parsed).indexOf('assure'));
  });

  it('ignores diagnostics from a stale version whose finding moved', async () => {
    const { client, uri } = await open('macros/late-stale.md', 'markdown', EN_MD);
    const diag = await diagnostic(client, uri, 'section-order');
    // Appending at the end leaves the finding where it was: still matched by rule id and range.
    client.change(uri, [{ range: { start: { line: 19, character: 0 }, end: { line: 19, character: 0 } }, text: '\n' }]);
    expect((await client.codeActions(uri, diag.range, [diag], ['quickfix'])).length).toBeGreaterThan(0);
    // Inserting lines above moves it: the old diagnostic no longer names a finding.
    client.change(uri, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'Thanks for your patience.\n\n' }]);
    expect(await client.codeActions(uri, diag.range, [diag], ['quickfix'])).toEqual([]);
  });
});

describe('fix-all', () => {
  function checkMinimal(before: string, action: CodeAction, uri: string) {
    const edits = editsFor(action.edit!, uri);
    expect(edits).toHaveLength(1);
    const start = offsetAt(before, edits[0].range.start);
    const end = offsetAt(before, edits[0].range.end);
    const fixed = fixAll({ uri, text: before }).text;
    expect(applyWorkspaceEdit(before, action.edit!, uri)).toBe(fixed);
    // Minimal: the unchanged head and tail are not part of the replacement.
    expect(before.slice(0, start)).toBe(fixed.slice(0, start));
    expect(before.slice(end)).toBe(fixed.slice(fixed.length - (before.length - end)));
    expect(end - start).toBeLessThan(before.length);
    const old = before.slice(start, end);
    const neu = edits[0].newText;
    if (old && neu) expect(old[0] !== neu[0] || old[old.length - 1] !== neu[neu.length - 1]).toBe(true);
  }

  it('source.fixAll.macrolint replaces only the changed range with the fixAll text', async () => {
    const { client, uri } = await open('macros/fixall.md', 'markdown', EN_MD);
    await client.diagnostics(uri);
    for (const only of [['source.fixAll'], ['source.fixAll.macrolint'], ['source']]) {
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], only);
      const fa = actions.find((a) => a.kind === 'source.fixAll.macrolint');
      expect(fa?.title).toBe('Fix all auto-fixable Macrolint problems');
      checkMinimal(EN_MD, fa!, uri);
    }
    expect(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['refactor'])).toEqual([]);
  });

  it('the macrolint.applyFixAll command edits the document through workspace/applyEdit', async () => {
    const { client, uri } = await open('macros/command.macros.yaml', 'yaml', YAML_LIB);
    const r = await client.executeCommand('macrolint.applyFixAll', [{ uri, version: 1 }]);
    expect(r).toEqual({ applied: true });
    expect(client.appliedEdits).toHaveLength(1);
    expect(client.text(uri)).toBe(fixAll({ uri, text: YAML_LIB }).text);
    expect(client.text(uri)).not.toBe(YAML_LIB);
    // A stale version is refused, in either argument shape.
    expect(await client.executeCommand('macrolint.applyFixAll', [{ uri, version: 1 }])).toEqual({ applied: false });
    expect(await client.executeCommand('macrolint.applyFixAll', [uri, 1])).toEqual({ applied: false });
    // Nothing left to fix at the current version.
    expect(await client.executeCommand('macrolint.applyFixAll', [uri, 2])).toEqual({ applied: false });
    expect(client.appliedEdits).toHaveLength(1);
  });
});
