/**
 * Protocol tests for issue 14 (server): a big YAML library is linted in chunks when it opens, the
 * first at once and the rest in the background with `$/progress`; an edit, a close, a cancelled
 * progress or a cancelled pull stop what they should, and a close frees everything the server held.
 */
import { describe, expect, it } from 'vitest';
import { LSPErrorCodes, type CodeAction } from 'vscode-languageserver-protocol';
import type { ClientOptions, LspClient } from './lsp-client';
import { cacheSizes as sizes, engineView, libraryUri, manageClients, serverView, startWithHooks } from './helpers/lsp-library';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';

/** A generated library of `m` macros (about 460 characters each, every scalar style). */
const big = (m: number, seed = 7): string => yamlLibrary(rng(seed), m);

/** A whole pass over a generated library takes seconds, many more on a loaded machine. */
const PASS_DEADLINE = 120_000;

const start = (options: ClientOptions = {}) => startWithHooks({ workDoneProgress: true, ...options });

/** Holds the client's answers to window/workDoneProgress/create until the returned function is called. */
function holdProgress(client: LspClient): () => void {
  let release!: () => void;
  client.progressGate = new Promise<void>((r) => (release = r));
  return () => {
    client.progressGate = undefined;
    release();
  };
}

/** The `$/progress` values of the `n`-th pass over the library (0-based; other progress, such as the workspace index, aside). */
function progressOf(client: LspClient, n = 0) {
  const passes = client.progressEvents.filter((e) => e.value.kind === 'begin' && e.value.title?.includes('library.macros.yaml')).map((e) => e.token);
  const token = passes[n];
  return token === undefined ? [] : client.progressEvents.filter((e) => e.token === token).map((e) => e.value);
}
const ended = (client: LspClient, n = 0) => progressOf(client, n).some((v) => v.kind === 'end');
const lastPercentage = (client: LspClient, n = 0) => progressOf(client, n).filter((v) => v.percentage !== undefined).at(-1)?.percentage;

manageClients();

describe('opening a big library', () => {
  it('lints a first chunk at once, the rest in the background with progress, then asks for a refresh', async () => {
    const client = await start();
    const uri = libraryUri();
    const text = big(600);
    client.open(uri, 'yaml', text);
    const first = await client.diagnostics(uri);
    await client.waitFor(() => ended(client), 'the end of the open pass', PASS_DEADLINE);
    const values = progressOf(client);
    expect(values[0]).toMatchObject({ kind: 'begin', cancellable: true });
    expect(values[0].title).toContain('library.macros.yaml');
    const reports = values.filter((v) => v.kind === 'report');
    expect(reports.length).toBeGreaterThan(1);
    const percentages = reports.map((v) => v.percentage ?? -1);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(percentages.at(-1)).toBe(100);
    expect(reports.at(-1)?.message).toBe('600 of 600 macros');
    expect(values.at(-1)?.kind).toBe('end');
    // A pull client is asked to pull again; the full report is what a lint at once gives.
    await client.waitFor(() => client.refreshCount > 0, 'a diagnostics refresh');
    const all = await client.diagnostics(uri);
    expect(serverView(text, all)).toEqual(engineView(uri, text));
    // The first answer covered the first macros only, with the same diagnostics there.
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(all.length);
    const firstLine = Math.max(...first.map((d) => d.range.end.line));
    expect(all.filter((d) => d.range.end.line <= firstLine - 10).map((d) => d.message)).toEqual(first.filter((d) => d.range.end.line <= firstLine - 10).map((d) => d.message));
  });

  it('an edit during the pass stops it; the next pass ends on the edited text', async () => {
    const client = await start();
    const uri = libraryUri();
    // The pass goes on once the client has created its progress: hold that until the edit is made.
    const release = holdProgress(client);
    const created = client.progressCreated.length;
    client.open(uri, 'yaml', big(1500));
    await client.diagnostics(uri);
    await client.waitFor(() => client.progressCreated.length > created, 'the progress of the pass');
    // A flawed macro added at the top of the list.
    const line = client.text(uri).split('\n').indexOf('macros:') + 1;
    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  - id: added\n    locale: en\n    body: "Sorry for any inconvenience. Per our policy, refunds take 30 days."\n' }]);
    const partial = await client.diagnostics(uri);
    expect(partial.some((d) => d.range.start.line >= line && d.range.start.line <= line + 2)).toBe(true);
    release();
    await client.waitFor(() => ended(client, 0), 'the end of the first pass', PASS_DEADLINE);
    expect(progressOf(client, 0).filter((v) => v.kind === 'report')).toEqual([]);
    await client.waitFor(() => ended(client, 1), 'the end of the second pass', PASS_DEADLINE);
    expect(lastPercentage(client, 1)).toBe(100);
    expect(serverView(client.text(uri), await client.diagnostics(uri))).toEqual(engineView(uri, client.text(uri)));
  });

  it('a close during the pass stops it, publishes nothing more for the document and frees its caches', async () => {
    const client = await start({ pull: false });
    const uri = libraryUri();
    const release = holdProgress(client);
    const created = client.progressCreated.length;
    client.open(uri, 'yaml', big(1500));
    await client.waitFor(() => client.published.get(uri)?.diagnostics.length, 'the first diagnostics');
    await client.waitFor(() => client.progressCreated.length > created, 'the progress of the pass');
    const before = await sizes(client, uri);
    expect(before.pass).toBeGreaterThan(0);
    expect(before.lintMacros).toBeGreaterThan(0);
    expect(before.diagnosticGroups).toBeGreaterThan(0);
    client.close(uri);
    release();
    await client.waitFor(() => ended(client), 'the end of the pass', PASS_DEADLINE);
    expect(progressOf(client).filter((v) => v.kind === 'report')).toEqual([]);
    // A round trip after the end: anything the pass still sent would have arrived by now.
    const after = await sizes(client, uri);
    expect(client.published.get(uri)?.diagnostics).toEqual([]);
    expect(after).toEqual({ analysis: 0, lintMacros: 0, linted: 0, diagnosticGroups: 0, converted: 0, reused: 0, shifted: 0, saved: 0, pass: 0 });
  });

  it('cancelling the progress stops the pass', async () => {
    const client = await start();
    const uri = libraryUri();
    client.open(uri, 'yaml', big(1500));
    await client.diagnostics(uri);
    await client.waitFor(() => progressOf(client).some((v) => v.kind === 'begin'), 'the progress', PASS_DEADLINE);
    const token = client.progressEvents.find((e) => e.value.title?.includes('library.macros.yaml'))?.token;
    void client.conn.sendNotification('window/workDoneProgress/cancel', { token });
    await client.waitFor(() => ended(client), 'the end of the pass', PASS_DEADLINE);
    expect(lastPercentage(client)).toBeLessThan(100);
    expect((await sizes(client, uri)).pass).toBeGreaterThan(0); // it will resume on the next edit
  });

  it('a cancelled pull of a big library answers RequestCancelled and the server keeps serving', async () => {
    const client = await start();
    const uri = libraryUri();
    const text = big(600);
    let release!: () => void;
    client.configurationGate = new Promise<void>((r) => (release = r));
    client.open(uri, 'yaml', text);
    const source = client.newToken();
    const pending = client.pull(uri, source.token);
    await client.waitFor(() => client.configurationRequests.flat().some((i) => i.scopeUri === uri), 'configuration request');
    source.cancel();
    client.configurationGate = undefined;
    release();
    await expect(pending).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    await client.diagnostics(uri);
    await client.waitFor(() => ended(client), 'the end of the open pass', PASS_DEADLINE);
    expect(serverView(text, await client.diagnostics(uri))).toEqual(engineView(uri, text));
  });
});

describe('code actions in a big library', () => {
  it('the light bulb offers fix-all as the command, not as an edit computed for every request', async () => {
    const client = await start();
    const uri = libraryUri();
    client.open(uri, 'yaml', big(300));
    let fixAll: CodeAction | undefined;
    for (const d of await client.diagnostics(uri)) {
      const actions = await client.codeActions(uri, d.range, [d]);
      if (!actions.some((a) => a.isPreferred)) continue;
      fixAll = actions.find((a) => a.kind === 'source.fixAll.macrolint');
      break;
    }
    expect(fixAll?.title).toBe('Fix all auto-fixable Macrolint problems');
    expect(fixAll?.edit).toBeUndefined();
    expect(fixAll?.command).toEqual({ title: fixAll!.title, command: 'macrolint.applyFixAll', arguments: [{ uri, version: 1 }] });
  });
});
