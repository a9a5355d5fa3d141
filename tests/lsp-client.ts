/**
 * A small LSP client for protocol tests: spawns the BUILT server (`dist/server.js --stdio`), speaks
 * JSON-RPC over its stdio, keeps the text of the documents it opened, answers the server's requests
 * (workspace/configuration, client/registerCapability, workspace/applyEdit, diagnostics refresh) and
 * lets tests wait on conditions with a deadline (never a sleep).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type ConfigurationItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

/** Builds dist/ when the server bundle is missing (npm test builds first; a bare vitest may not). */
export function ensureBuilt(): void {
  if (!existsSync(SERVER)) execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

// ---- text helpers (the tests' own tiny edit applier) ----

/** UTF-16 offset of an LSP position in `text`. */
export function offsetAt(text: string, pos: Position): number {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  const eol = text.indexOf('\n', i);
  const lineEnd = eol < 0 ? text.length : eol;
  return Math.min(i + pos.character, lineEnd);
}

/** LSP position of a UTF-16 offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (non-overlapping, as the protocol requires) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The edits a workspace edit makes to `uri` (from `changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

/** Applies a workspace edit to the text of `uri`. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  return applyTextEdits(text, editsFor(edit, uri));
}

export function rangeOf(text: string, needle: string, from = 0): Range {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
}

// ---- the client ----

export interface ClientOptions {
  /** Advertise pull diagnostics (default true); false makes a push-only client. */
  pull?: boolean;
  /** Advertise workspace/configuration (default true). */
  configuration?: boolean;
  /** Settings answered for workspace/configuration, per scope uri. */
  settings?: (scopeUri: string | undefined) => unknown;
  workspaceFolders?: string[];
  locale?: string;
  env?: Record<string, string>;
  /** Extra node flags for the server process (e.g. --expose-gc). */
  nodeArgs?: string[];
  initializationOptions?: unknown;
  /** Advertise LSP 3.18 snippet edits in workspace edits (`workspace.workspaceEdit.snippetEditSupport`). */
  snippetEdits?: boolean;
  /** Advertise file creation in workspace edits (`workspace.workspaceEdit.resourceOperations: ['create']`). */
  resourceOperations?: boolean;
  /** Advertise server-initiated progress (`window.workDoneProgress`); `$/progress` values land in `progress`. */
  workDoneProgress?: boolean;
}

interface OpenDoc {
  languageId: string;
  version: number;
  text: string;
}

export class LspClient {
  readonly docs = new Map<string, OpenDoc>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly publishCount = new Map<string, number>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** `$/progress` values, in order (with `workDoneProgress`). */
  readonly progress: unknown[] = [];
  /** The same `$/progress` notifications with their tokens, and the tokens the server created. */
  readonly progressEvents: { token: string | number; value: { kind?: string; title?: string; message?: string; percentage?: number; cancellable?: boolean } }[] = [];
  readonly progressCreated: (string | number)[] = [];
  refreshCount = 0;
  stderr = '';
  exited = false;
  settings: (scopeUri: string | undefined) => unknown;
  /** While set, workspace/configuration answers wait for this promise (to order events in a test). */
  configurationGate: Promise<void> | undefined;
  /** While set, window/workDoneProgress/create answers wait for this promise. */
  progressGate: Promise<void> | undefined;
  readonly #waiters = new Set<() => void>();

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
  }

  /** Spawns the built server and completes the initialize handshake. */
  static async start(options: ClientOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    ensureBuilt();
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn, options);
    proc.stderr!.on('data', (d) => (client.stderr += String(d)));
    proc.on('exit', () => {
      client.exited = true;
      client.#notify();
    });
    client.#wire();
    conn.listen();
    const pull = options.pull !== false;
    const configuration = options.configuration !== false;
    const capabilities: ClientCapabilities = {
      ...(options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          dataSupport: true,
          isPreferredSupport: true,
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
      },
      workspace: {
        configuration,
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true, ...(options.snippetEdits ? { snippetEditSupport: true } : {}), ...(options.resourceOperations ? { resourceOperations: ['create'] } : {}) },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
    };
    const folders = options.workspaceFolders ?? [];
    const init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: f.split('/').pop() ?? f })),
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return { client, init };
  }

  #wire(): void {
    const c = this.conn;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.#notify();
    });
    c.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.#notify();
    });
    c.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
      this.#notify();
    });
    c.onRequest(ConfigurationRequest.type, async (p) => {
      this.configurationRequests.push(p.items);
      this.#notify();
      if (this.configurationGate) await this.configurationGate;
      return p.items.map((i) => (i.section === 'macrolint' ? this.settings(i.scopeUri) : null));
    });
    c.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      this.#notify();
    });
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshCount++;
      this.#notify();
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.appliedEdits.push(p.edit);
      for (const [uri, doc] of this.docs) {
        const edits = editsFor(p.edit, uri);
        if (!edits.length) continue;
        this.change(uri, [{ text: applyTextEdits(doc.text, edits) }]);
      }
      this.#notify();
      return { applied: true };
    });
    c.onRequest('window/workDoneProgress/create', async (p: { token: string | number }) => {
      this.progressCreated.push(p.token);
      this.#notify();
      if (this.progressGate) await this.progressGate;
      return null;
    });
    c.onNotification('$/progress', (p: { token: string | number; value: unknown }) => {
      this.progress.push(p.value);
      this.progressEvents.push(p as LspClient['progressEvents'][number]);
      this.#notify();
    });
  }

  #notify(): void {
    for (const w of [...this.#waiters]) w();
  }

  /** Resolves with the first truthy value of `check`, re-checked on every message from the server. */
  waitFor<T>(check: () => T | undefined | false | null, what: string, deadlineMs = 15_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        let v: T | undefined | false | null;
        try {
          v = check();
        } catch (e) {
          done();
          reject(e);
          return;
        }
        if (v) {
          done();
          resolve(v);
        } else if (this.exited) {
          done();
          reject(new Error(`server exited while waiting for ${what}\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`deadline passed waiting for ${what}`));
      }, deadlineMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(run);
      };
      this.#waiters.add(run);
      run();
    });
  }

  text(uri: string): string {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d.text;
  }

  open(uri: string, languageId: string, text: string): void {
    this.docs.set(uri, { languageId, version: 1, text });
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends changes (incremental when a range is given) and keeps the local text in step. */
  change(uri: string, changes: ({ range: Range; text: string } | { text: string })[]): number {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    for (const ch of changes) d.text = 'range' in ch ? applyTextEdits(d.text, [{ range: ch.range, newText: ch.text }]) : ch.text;
    d.version++;
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: d.version }, contentChanges: changes });
    return d.version;
  }

  save(uri: string): void {
    void this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown = null): void {
    void this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  changeWatchedFiles(changes: FileEvent[]): void {
    void this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  pull(uri: string, token?: CancellationToken, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }, token);
  }

  /** The full report's diagnostics (throws on an unchanged report). */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error('expected a full report');
    return r.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[], token?: CancellationToken): Promise<CodeAction[]> {
    const r = await this.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }, token);
    return (r ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    return ((await this.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const r = (await this.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[] | CompletionList | null;
    return Array.isArray(r) ? r : (r?.items ?? []);
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  newToken(): CancellationTokenSource {
    return new CancellationTokenSource();
  }

  /** Graceful shutdown; kills the process if it does not exit. */
  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
      await this.waitFor(() => this.exited, 'server exit', 5_000);
    } catch {
      this.proc.kill();
    } finally {
      this.conn.dispose();
    }
  }
}
