/**
 * Shared by the issue-14 protocol tests (lsp-incremental, lsp-open-pass): a client with the test
 * hooks on, a library file in a fresh workspace, and the engine's and the server's views of the
 * diagnostics of a text, compared by offsets.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine/lint';
import { LspClient, ensureBuilt, fileUri, offsetAt, type ClientOptions } from '../lsp-client';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** What the engine says about `text` (cold), in the shape diagnostics are compared in. */
export function engineView(uri: string, text: string) {
  return lint({ uri, text }).findings.map((f) => ({ code: f.ruleId, start: f.range.start, end: f.range.end, message: f.message, severity: f.severity }));
}

/** The server's diagnostics of `text` in the same shape. */
export function serverView(text: string, items: Diagnostic[]) {
  return items.map((d) => ({ code: d.code, start: offsetAt(text, d.range.start), end: offsetAt(text, d.range.end), message: d.message, severity: SEVERITY[d.severity as 1] }));
}

const clients: LspClient[] = [];

/** Builds the server before the file's tests and stops the clients `startWithHooks` started after each. */
export function manageClients(): void {
  beforeAll(() => ensureBuilt());
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });
}

/** A client of a server with the test requests on (`macrolint/test/cacheSizes`). */
export async function startWithHooks(options: ClientOptions = {}): Promise<LspClient> {
  const { client } = await LspClient.start({ ...options, env: { MACROLINT_TEST_HOOKS: '1', ...options.env } });
  clients.push(client);
  return client;
}

/** What the server holds for `uri` (the test hook). */
export function cacheSizes(client: LspClient, uri: string): Promise<Record<string, number>> {
  return client.conn.sendRequest('macrolint/test/cacheSizes', { uri }) as Promise<Record<string, number>>;
}

/** The uri of `macros/<name>` in a fresh workspace folder. */
export function libraryUri(name = 'library.macros.yaml'): string {
  const root = mkdtempSync(join(tmpdir(), 'macrolint-library-'));
  mkdirSync(join(root, 'macros'));
  return fileUri(join(root, 'macros', name));
}
