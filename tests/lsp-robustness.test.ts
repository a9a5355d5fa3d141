/**
 * Protocol tests for issue 8.5: the server stays up and answers under cancellation, closed documents,
 * edit storms, malformed requests and a rule that throws.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, LSPErrorCodes, type Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../server/src/engine/lint';
import { LspClient, ensureBuilt, fileUri, offsetAt, positionAt } from './lsp-client';

const ES_MD = `---
id: entrega-tardia
title: "Entrega tardía
locale: es
---

Hola {{ticket.requester.first_name}}:

Entiendo que llevas una semana esperando tu pedido, y tienes toda la razón: esto no debería haber pasado.
Hoy mismo he pedido un nuevo envío y te escribiré mañana antes de las 12 con el número de seguimiento.

Un saludo,
{{current_user.name}}
`;

const LIBRARY_MD = `---
layout: library
anger: before
---

## Late delivery

Hi {{ticket.requester.first_name}},

I can see your order still hasn't arrived. You're right, this shouldn't have happened.
I've asked the courier to redeliver tomorrow and I'll email you by 5pm with the tracking link.

## Entrega tardía
<!-- id: entrega, locale: es -->

Hola {{ticket.requester.first_name}}:

Entiendo que llevas una semana esperando tu pedido. Tienes toda la razón.
Te escribiré mañana antes de las 12 con el número de seguimiento.
`;

const view = (text: string, items: Diagnostic[]) => items.map((d) => ({ code: d.code, start: offsetAt(text, d.range.start), end: offsetAt(text, d.range.end), message: d.message }));
const engineView = (uri: string, text: string) => lint({ uri, text }).findings.map((f) => ({ code: f.ruleId, start: f.range.start, end: f.range.end, message: f.message }));

const clients: LspClient[] = [];
let root: string;
async function start(options: Parameters<typeof LspClient.start>[0] = {}) {
  const { client } = await LspClient.start({ workspaceFolders: [root], ...options });
  clients.push(client);
  return client;
}
beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-robust-'));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

/** Holds the client's workspace/configuration answers until `release()`. */
function gate(client: LspClient) {
  let release!: () => void;
  client.configurationGate = new Promise<void>((r) => (release = r));
  return () => {
    client.configurationGate = undefined;
    release();
  };
}

describe('cancellation', () => {
  it('a cancelled diagnostic pull answers RequestCancelled and the server keeps serving', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/cancel.md'));
    const release = gate(client);
    client.open(uri, 'markdown', ES_MD);
    const source = client.newToken();
    const pending = client.pull(uri, source.token);
    // The server is now waiting for this document's settings: cancel before they arrive.
    await client.waitFor(() => client.configurationRequests.flat().some((i) => i.scopeUri === uri), 'configuration request');
    source.cancel();
    release();
    await expect(pending).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    expect(view(ES_MD, await client.diagnostics(uri))).toEqual(engineView(uri, ES_MD));
  });

  it('a cancelled code action request answers RequestCancelled', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/cancel-actions.md'));
    client.open(uri, 'markdown', ES_MD);
    const diags = await client.diagnostics(uri);
    // New settings generation, so the next request must ask the client again.
    const asked = client.configurationRequests.length;
    const release = gate(client);
    client.changeConfiguration(null);
    const source = client.newToken();
    const pending = client.codeActions(uri, diags[0].range, diags, undefined, source.token);
    await client.waitFor(() => client.configurationRequests.length > asked, 'configuration request');
    source.cancel();
    release();
    await expect(pending).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    expect(await client.codeActions(uri, diags[0].range, diags)).toBeInstanceOf(Array);
  });
});

describe('closed and unknown documents', () => {
  it('answer empty for every request', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/closed.md'));
    client.open(uri, 'markdown', ES_MD);
    const diags = await client.diagnostics(uri);
    expect(diags.length).toBeGreaterThan(0);
    client.close(uri);
    for (const u of [uri, fileUri(join(root, 'macros/never-opened.md'))]) {
      expect(await client.pull(u)).toEqual({ kind: 'full', items: [] });
      expect(await client.codeActions(u, diags[0].range, diags)).toEqual([]);
      expect(await client.hover(u, diags[0].range.start)).toBeNull();
      expect(await client.symbols(u)).toEqual([]);
      expect(await client.completion(u, { line: 1, character: 0 })).toEqual([]);
    }
  });

  it('a document closed while its pull is in flight gets an empty answer', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/closing.md'));
    const release = gate(client);
    client.open(uri, 'markdown', ES_MD);
    const pending = client.pull(uri);
    await client.waitFor(() => client.configurationRequests.flat().some((i) => i.scopeUri === uri), 'configuration request');
    client.close(uri);
    release();
    expect(await pending).toEqual({ kind: 'full', items: [] });
    // Reopening starts afresh at version 1.
    client.open(uri, 'markdown', ES_MD);
    expect(view(ES_MD, await client.diagnostics(uri))).toEqual(engineView(uri, ES_MD));
  });
});

/** Types `count` characters one incremental change at a time, with a deletion every 7th change. */
function storm(client: LspClient, uri: string, count: number): void {
  const typed = 'Siento mucho el retraso; ya he hablado con el almacén. ';
  let anchor = client.text(uri).indexOf('Un saludo');
  for (let i = 0; i < count; i++) {
    const text = client.text(uri);
    if (i % 7 === 6) {
      const p = positionAt(text, anchor - 1);
      client.change(uri, [{ range: { start: p, end: positionAt(text, anchor) }, text: '' }]);
      anchor--;
    } else {
      const ch = i % 80 === 79 ? '\n' : typed[i % typed.length];
      const p = positionAt(text, anchor);
      client.change(uri, [{ range: { start: p, end: p }, text: ch }]);
      anchor++;
    }
  }
}

describe('edit storms', () => {
  it('1,000 rapid incremental edits, then a pull that reflects the final text', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/storm.md'));
    client.open(uri, 'markdown', ES_MD);
    storm(client, uri, 999);
    // The last edit closes the title's quote: the syntax error must be gone in the final pull.
    const text = client.text(uri);
    const at = positionAt(text, text.indexOf('tardía') + 'tardía'.length);
    const version = client.change(uri, [{ range: { start: at, end: at }, text: '"' }]);
    expect(version).toBe(1001);
    const final = client.text(uri);
    const items = await client.diagnostics(uri);
    expect(items.every((d) => (d.data as { version: number }).version === 1001)).toBe(true);
    expect(items.map((d) => d.code)).not.toContain('syntax-error');
    expect(view(final, items)).toEqual(engineView(uri, final));
  });

  it('a push client gets the final version after a storm', async () => {
    const client = await start({ pull: false });
    const uri = fileUri(join(root, 'macros/storm-push.md'));
    client.open(uri, 'markdown', ES_MD);
    storm(client, uri, 1000);
    const last = await client.waitFor(() => client.published.get(uri)?.version === 1001 && client.published.get(uri), 'publish of the final version');
    expect(view(client.text(uri), last.diagnostics)).toEqual(engineView(uri, client.text(uri)));
  });

  it('after 10,000 edits the heap returns to within 20% of before', async () => {
    const client = await start({ nodeArgs: ['--expose-gc'], env: { MACROLINT_TEST_HOOKS: '1' } });
    const heap = () => client.conn.sendRequest('macrolint/test/heap') as Promise<number>;
    const uri = fileUri(join(root, 'macros/storm-memory.md'));
    // Warm up every code path the storm uses, so lazily built tables count in the baseline.
    client.open(uri, 'markdown', ES_MD);
    storm(client, uri, 50);
    await client.diagnostics(uri);
    const before = await heap();
    storm(client, uri, 10_000);
    const items = await client.diagnostics(uri);
    expect(view(client.text(uri), items)).toEqual(engineView(uri, client.text(uri)));
    const after = await heap();
    console.log(`server heap: ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after 10,000 edits`);
    expect(after).toBeLessThanOrEqual(before * 1.2);
  });
});

describe('failures inside the server', () => {
  it('a rule that throws is reported once and the other rules still report', async () => {
    const client = await start({ env: { MACROLINT_TEST_THROWING_RULE: '1' } });
    for (const [name, text] of [
      ['macros/library.md', LIBRARY_MD],
      ['macros/entrega.md', ES_MD],
    ] as const) {
      const uri = fileUri(join(root, name));
      client.open(uri, 'markdown', text);
      const items = await client.diagnostics(uri);
      const failures = items.filter((d) => d.code === 'rule-error');
      expect(failures).toHaveLength(1);
      expect(failures[0].message).toContain('test/throws');
      expect(view(text, items.filter((d) => d.code !== 'rule-error'))).toEqual(engineView(uri, text));
    }
    const es = await client.diagnostics(fileUri(join(root, 'macros/entrega.md')));
    expect(es.map((d) => d.code)).toContain('syntax-error');
  });

  it('an exception in a handler is logged and answered empty; the server stays up', async () => {
    const client = await start();
    const uri = fileUri(join(root, 'macros/bad-request.md'));
    client.open(uri, 'markdown', ES_MD);
    await client.diagnostics(uri);
    const bad = { range: null, source: 'macrolint', code: 'syntax-error', message: 'x' };
    const r = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [bad as unknown as Diagnostic] },
    });
    expect(r).toEqual([]);
    await client.waitFor(() => client.logs.some((l) => l.includes('[textDocument/codeAction]')), 'logged error');
    expect(view(ES_MD, await client.diagnostics(uri))).toEqual(engineView(uri, ES_MD));
    expect(client.exited).toBe(false);
  });
});
