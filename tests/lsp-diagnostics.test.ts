/** Protocol tests: diagnostics over real LSP (pull and push), document selection, settings. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../server/src/engine/lint';
import { getRule } from '../server/src/engine/rules';
import { defaultConfig, mergeConfigs, type PartialConfig } from '../server/src/engine/config';
import { LspClient, ensureBuilt, fileUri, offsetAt } from './lsp-client';

const EN_MD = `---
id: late-delivery
title: Late delivery
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

const ES_MD_BROKEN = `---
id: entrega-tardia
title: "Entrega tardía
anger: before
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
    anger: after
    locale: en
    acknowledge: |
      I can see the refund we promised last week still hasn't reached your account.
    align: "You're right, this shouldn't have happened."
    assure: I've escalated it and I'll confirm by Friday.
  - id: reembolso
    title: Reembolso pendiente
    locale: es
    reconocer: Entiendo que llevas una semana esperando el reembolso.
    asegurar: ""
`;

/** What the engine says about a text, in the shape diagnostics are compared in. */
function engineView(uri: string, text: string, layer: PartialConfig = {}) {
  return lint({ uri, text }, mergeConfigs(defaultConfig(), layer)).findings.map((f) => ({ code: f.ruleId, start: f.range.start, end: f.range.end, message: f.message, severity: f.severity }));
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as const;
function serverView(text: string, items: Diagnostic[]) {
  return items.map((d) => ({
    code: d.code,
    start: offsetAt(text, d.range.start),
    end: offsetAt(text, d.range.end),
    message: d.message,
    severity: SEVERITY[d.severity as 1 | 2 | 3],
  }));
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, text);
  }
  return root;
}

const clients: LspClient[] = [];
async function start(options: Parameters<typeof LspClient.start>[0]) {
  const r = await LspClient.start(options);
  clients.push(r.client);
  return r;
}

beforeAll(() => ensureBuilt());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

describe('pull diagnostics', () => {
  it('reports the engine findings for Markdown and YAML macros in English and Spanish, with code, link, source and data', async () => {
    const root = workspace({});
    const { client, init } = await start({ workspaceFolders: [root] });
    expect(init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const docs = [
      { uri: fileUri(join(root, 'macros/late.md')), lang: 'markdown', text: EN_MD },
      { uri: fileUri(join(root, 'macros/entrega.md')), lang: 'markdown', text: ES_MD_BROKEN },
      { uri: fileUri(join(root, 'macros/library.macros.yaml')), lang: 'yaml', text: YAML_LIB },
    ];
    for (const d of docs) client.open(d.uri, d.lang, d.text);
    for (const d of docs) {
      const items = await client.diagnostics(d.uri);
      expect(serverView(d.text, items)).toEqual(engineView(d.uri, d.text));
      items.forEach((diag, i) => {
        expect(diag.source).toBe('macrolint');
        expect(diag.data).toEqual({ version: 1, index: i, ruleId: diag.code });
        if (getRule(String(diag.code))) expect(diag.codeDescription?.href).toBe(`https://github.com/macrolint/macrolint/blob/main/docs/rules/${diag.code}.md`);
      });
    }
    // The broken Spanish macro always has its syntax error, reported in Spanish inside the front matter.
    const es = await client.diagnostics(docs[1].uri);
    const syntax = es.find((d) => d.code === 'syntax-error');
    expect(syntax?.severity).toBe(1);
    expect(syntax?.range.start.line).toBeLessThanOrEqual(5);
    expect(syntax?.message).toMatch(/^Error de sintaxis/);
  });

  it('answers unchanged for a previous result id of the same version', async () => {
    const root = workspace({});
    const { client } = await start({ workspaceFolders: [root] });
    const uri = fileUri(join(root, 'macros/entrega.md'));
    client.open(uri, 'markdown', ES_MD_BROKEN);
    const first = await client.pull(uri);
    expect(first.kind).toBe('full');
    const again = await client.pull(uri, undefined, (first as { resultId?: string }).resultId);
    expect(again.kind).toBe('unchanged');
  });

  it('lints only macro documents: globs, macro front matter, and macro-looking untitled buffers', async () => {
    const root = workspace({});
    const { client } = await start({ workspaceFolders: [root] });
    const notes = fileUri(join(root, 'notes/readme.md'));
    const angry = fileUri(join(root, 'notes/angry.md'));
    const untitledMacro = 'untitled:Untitled-1';
    const untitledPlain = 'untitled:Untitled-2';
    const workflow = fileUri(join(root, '.github/workflows/ci.yml'));
    const broken = ES_MD_BROKEN;
    client.open(notes, 'markdown', `# Notes\n\n${broken}`);
    client.open(angry, 'markdown', `---\nanger: during\ntitle: "Oops\n---\n\nHi there,\n`);
    client.open(untitledMacro, 'markdown', `---\nmacro: true\ntitle: "Oops\n---\n\nHi there,\n`);
    client.open(untitledPlain, 'markdown', '# Shopping list\n\n- eggs\n- flour\n');
    client.open(workflow, 'yaml', 'on: [push]\njobs: {}\n');
    expect(await client.diagnostics(notes)).toEqual([]);
    expect(await client.diagnostics(untitledPlain)).toEqual([]);
    expect(await client.diagnostics(workflow)).toEqual([]);
    expect((await client.diagnostics(angry)).map((d) => d.code)).toContain('syntax-error');
    expect((await client.diagnostics(untitledMacro)).map((d) => d.code)).toContain('syntax-error');
  });
});

describe('push diagnostics', () => {
  it('publishes (debounced, versioned) to a client without pull support, and clears on close', async () => {
    const root = workspace({});
    const { client, init } = await start({ workspaceFolders: [root], pull: false });
    expect(init.capabilities.diagnosticProvider).toBeUndefined();
    const uri = fileUri(join(root, 'macros/entrega.md'));
    client.open(uri, 'markdown', ES_MD_BROKEN);
    const first = await client.waitFor(() => client.published.get(uri)?.version === 1 && client.published.get(uri), 'first publish');
    expect(serverView(ES_MD_BROKEN, first.diagnostics)).toEqual(engineView(uri, ES_MD_BROKEN));
    // Fix the quote: the syntax error disappears in the next publish.
    const fixed = ES_MD_BROKEN.replace('"Entrega tardía', '"Entrega tardía"');
    client.change(uri, [{ text: fixed }]);
    const second = await client.waitFor(() => client.published.get(uri)?.version === 2 && client.published.get(uri), 'second publish');
    expect(second.diagnostics.map((d) => d.code)).not.toContain('syntax-error');
    expect(serverView(fixed, second.diagnostics)).toEqual(engineView(uri, fixed));
    client.close(uri);
    await client.waitFor(() => client.published.get(uri)?.diagnostics.length === 0, 'cleared diagnostics');
  });

  it('with run: onSave, publishes on save rather than on every change', async () => {
    const root = workspace({});
    const { client } = await start({ workspaceFolders: [root], pull: false, settings: () => ({ run: 'onSave' }) });
    const uri = fileUri(join(root, 'macros/entrega.md'));
    client.open(uri, 'markdown', ES_MD_BROKEN);
    await client.waitFor(() => client.published.get(uri)?.version === 1, 'publish on open');
    const fixed = ES_MD_BROKEN.replace('"Entrega tardía', '"Entrega tardía"');
    client.change(uri, [{ text: fixed }]);
    client.save(uri);
    const saved = await client.waitFor(() => client.published.get(uri)?.version === 2 && client.published.get(uri), 'publish on save');
    expect(saved.diagnostics.map((d) => d.code)).not.toContain('syntax-error');
  });
});

describe('run: onSave with pull', () => {
  it('reports on the last saved text until the next save', async () => {
    const root = workspace({});
    const { client } = await start({ workspaceFolders: [root], settings: () => ({ run: 'onSave' }) });
    const uri = fileUri(join(root, 'macros/entrega.md'));
    client.open(uri, 'markdown', ES_MD_BROKEN);
    expect((await client.diagnostics(uri)).map((d) => d.code)).toContain('syntax-error');
    const fixed = ES_MD_BROKEN.replace('"Entrega tardía', '"Entrega tardía"');
    client.change(uri, [{ text: fixed }]);
    expect((await client.diagnostics(uri)).map((d) => d.code)).toContain('syntax-error');
    const before = client.refreshCount;
    client.save(uri);
    await client.waitFor(() => client.refreshCount > before, 'refresh after save');
    expect(serverView(fixed, await client.diagnostics(uri))).toEqual(engineView(uri, fixed));
  });
});

describe('settings', () => {
  const RC = 'rules:\n  syntax-error: warning\n';

  it('merges .macrolintrc (wins) with editor settings (fill the rest), per workspace folder', async () => {
    const withRc = workspace({ '.macrolintrc.yaml': RC });
    const without = workspace({});
    const { client } = await start({
      workspaceFolders: [withRc, without],
      // The editor asks for error severity and adds a glob; the file's `warning` must win.
      settings: () => ({ rules: { 'syntax-error': 'error' }, files: ['**/replies/**/*.md'], docsBaseUrl: 'https://docs.example.test/macrolint' }),
    });
    const a = fileUri(join(withRc, 'replies/entrega.md'));
    const b = fileUri(join(without, 'replies/entrega.md'));
    client.open(a, 'markdown', ES_MD_BROKEN);
    client.open(b, 'markdown', ES_MD_BROKEN);
    const da = await client.diagnostics(a);
    const db = await client.diagnostics(b);
    expect(da.find((d) => d.code === 'syntax-error')?.severity).toBe(2);
    expect(db.find((d) => d.code === 'syntax-error')?.severity).toBe(1);
    expect(db.find((d) => d.code === 'syntax-error')?.codeDescription?.href).toBe('https://docs.example.test/macrolint/docs/rules/syntax-error.md');
    expect(serverView(ES_MD_BROKEN, da)).toEqual(engineView(a, ES_MD_BROKEN, { rules: { 'syntax-error': { severity: 'warning' } } }));
    // Settings were asked per document, scoped to its uri.
    expect(client.configurationRequests.flat().map((i) => i.scopeUri)).toEqual(expect.arrayContaining([a, b]));
  });

  it('re-reads settings on didChangeConfiguration and asks the client to refresh', async () => {
    const root = workspace({});
    let enable = true;
    const { client } = await start({ workspaceFolders: [root], settings: () => ({ enable }) });
    await client.waitFor(() => client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'dynamic configuration registration');
    const uri = fileUri(join(root, 'macros/entrega.md'));
    client.open(uri, 'markdown', ES_MD_BROKEN);
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0);
    enable = false;
    const before = client.refreshCount;
    client.changeConfiguration(null);
    await client.waitFor(() => client.refreshCount > before, 'diagnostic refresh');
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('reports config file problems once as a warning, on the open config file, and recovers on watched changes', async () => {
    const root = workspace({ '.macrolintrc.yaml': 'rules:\n  syntax-error: loud\nhelpdesk: zendesk\n' });
    const { client } = await start({ workspaceFolders: [root] });
    await client.waitFor(() => client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const one = fileUri(join(root, 'macros/one.md'));
    const two = fileUri(join(root, 'macros/two.md'));
    client.open(one, 'markdown', ES_MD_BROKEN);
    client.open(two, 'markdown', EN_MD);
    // Invalid parts are dropped: syntax-error keeps its default severity, the server keeps working.
    expect((await client.diagnostics(one)).find((d) => d.code === 'syntax-error')?.severity).toBe(1);
    await client.diagnostics(two);
    const warnings = client.messages.filter((m) => m.type === 2 && /\.macrolintrc\.yaml/.test(m.message));
    expect(warnings).toHaveLength(1);

    const rcUri = fileUri(join(root, '.macrolintrc.yaml'));
    const rcText = 'rules:\n  syntax-error: loud\nhelpdesk: zendesk\n';
    client.open(rcUri, 'yaml', rcText);
    const rcDiags = await client.diagnostics(rcUri);
    expect(rcDiags).toHaveLength(1);
    expect(rcDiags[0]).toMatchObject({ code: 'config-error', source: 'macrolint', severity: 1 });
    expect(rcText.slice(offsetAt(rcText, rcDiags[0].range.start), offsetAt(rcText, rcDiags[0].range.end))).toBe('loud');

    writeFileSync(join(root, '.macrolintrc.yaml'), 'rules:\n  syntax-error: info\n');
    const before = client.refreshCount;
    client.changeWatchedFiles([{ uri: rcUri, type: 2 }]);
    await client.waitFor(() => client.refreshCount > before, 'refresh after config change');
    expect((await client.diagnostics(one)).find((d) => d.code === 'syntax-error')?.severity).toBe(3);
  });
});
