/**
 * The language server: thin glue between LSP and the engine. Every piece of state lives in the closure
 * of one `startServer` call (never in module globals), so tests could run several servers side by side.
 */
import { basename } from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/types';
import type { Rule } from '../engine/rule';
import { parseConfig, type ConfigProblem } from '../engine/config';
import { lint, LintCache, safeFixes, type LintResult } from '../engine/lint';
import { fixAll } from '../engine/fix';
import { CONFIG_NAMES } from '../node/config-loader';
import { SettingsStore, fsPathOf, type DocumentSettings } from './settings';
import { classify, type DocumentKind } from './selection';
import { SOURCE, toRange, toWorkspaceEdit } from './convert';
import { DiagnosticsCache } from './diagnostics';
import { OpenPasses } from './open-pass';
import { admits, documentLocale, FIX_ALL_KIND, quickFixes, validatedResult } from './actions';
import { hoverAt } from './hover';
import { documentSymbols } from './symbols';
import { completeAt } from './completion';
import { minimalEdit } from './minimal-edit';
import { t, uiLocale } from './l10n';
import { Library, OPEN_MACRO_COMMAND } from './library';

export const APPLY_FIX_ALL_COMMAND = 'macrolint.applyFixAll';

/** Above this size (characters or macros), the light bulb offers fix-all as a command, not an edit. */
const LARGE_FIX_ALL_CHARS = 64 * 1024;
const LARGE_FIX_ALL_MACROS = 100;

export interface ServerOptions {
  /** Extra engine rules (the test-only throwing rule). */
  extraRules?: readonly Rule[];
  version?: string;
  /** Push debounce per document, in milliseconds. */
  debounceMs?: number;
}

/** One analysed snapshot of a document under one generation of settings. */
interface Analysis {
  uri: string;
  version: number;
  generation: number;
  /** The text that was analysed (the open document, or its last saved snapshot for `run: onSave`). */
  doc: TextDocument;
  settings: DocumentSettings;
  kind: DocumentKind;
  /** Lint of a macro document (absent when disabled or not a macro). */
  result?: LintResult;
  /** Problems of an open `.macrolintrc.*`. */
  configProblems?: ConfigProblem[];
  /** Its diagnostics, made once (most of them reused from the previous analysis). */
  diagnostics?: Diagnostic[];
  /** The lint of a first part of a big library while a background pass lints the rest (open-pass.ts). */
  partial?: boolean;
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');

/** What a running server holds for one document (read by the test hook `macrolint/test/cacheSizes`). */
export interface ServerInspector {
  cacheSizes(uri: string): Record<string, number>;
}

/** Wires every handler of a Macrolint language server onto `connection` and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerInspector {
  const documents = new TextDocuments(TextDocument);
  const extraRules = options.extraRules ?? [];
  const debounceMs = options.debounceMs ?? 200;
  const caps = { pull: false, refresh: false, configuration: false, dynamicConfig: false, dynamicWatch: false, documentChanges: false, snippetEdits: false, workspaceFolders: false };
  let ui: Locale = 'en';
  let store = new SettingsStore(undefined);
  let folders: string[] = [];
  // Latest analysis per uri; versions restart when a document is reopened, so close drops it.
  const cache = new Map<string, Analysis>();
  // Per-document engine memory: unchanged macros and library items are not linted or parsed again.
  const lintCaches = new Map<string, LintCache>();
  const lintCacheOf = (uri: string) => {
    let c = lintCaches.get(uri);
    if (!c) lintCaches.set(uri, (c = new LintCache()));
    return c;
  };
  // Per-document diagnostics, converted once per macro and reused across edits.
  const diagnosticCaches = new Map<string, DiagnosticsCache>();
  const diagnosticCacheOf = (uri: string) => {
    let c = diagnosticCaches.get(uri);
    if (!c) diagnosticCaches.set(uri, (c = new DiagnosticsCache()));
    return c;
  };
  // Text at the last open/save, what `run: onSave` reports.
  const saved = new Map<string, TextDocument>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const warned = new Set<string>();

  const logError = (where: string, err: unknown) => {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    connection.console.error(`[${where}] ${detail}`);
  };

  /** Runs a request handler so an exception becomes a logged error and an empty answer, not a dead server. */
  function guard<P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await fn(...args);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        logError(where, err);
        return fallback;
      }
    };
  }

  const passes = new OpenPasses(connection, () => ui, logError);

  function warnConfigProblems(settings: DocumentSettings): void {
    const problems = settings.problems;
    if (!problems.length) return;
    const key = problems.map((p) => `${p.file}\u0000${p.message}`).join('\u0001');
    if (warned.has(key)) return;
    warned.add(key);
    for (const p of problems) connection.console.warn(p.message);
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: t(ui, 'configProblems', { file: problems[0].file === 'settings' ? 'macrolint.*' : basename(problems[0].file), count: problems.length, first: problems[0].message }),
    });
  }

  function analyzeSnapshot(doc: TextDocument, settings: DocumentSettings, generation: number): Analysis {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation && hit.doc.getText() === doc.getText()) return hit;
    const kind = classify(doc, settings);
    const a: Analysis = { uri: doc.uri, version: doc.version, generation, doc, settings, kind };
    if (settings.editor.enable && kind.kind === 'macro') {
      const run = (text: string) => lint({ uri: doc.uri, text, format: kind.format }, settings.config, { extraRules, cache: lintCacheOf(doc.uri) });
      // A big library is linted in chunks: the first one now, the rest in the background (open-pass.ts).
      const first =
        kind.format === 'yaml' && doc.getText().length <= settings.config.maxFileSize.yaml
          ? passes.start({
              uri: doc.uri,
              text: doc.getText(),
              step: (end, last) => {
                const result = run(last ? doc.getText() : doc.getText().slice(0, end));
                cache.set(doc.uri, { ...a, result, partial: !last, diagnostics: undefined });
                return result;
              },
              stale: () => !documents.get(doc.uri) || store.generation !== generation || (doc === documents.get(doc.uri) ? doc.version !== a.version : saved.get(doc.uri) !== doc),
              notify: () => diagnosticsChanged(doc.uri),
            })
          : undefined;
      a.result = first ?? run(doc.getText());
      a.partial = first !== undefined;
    } else if (settings.editor.enable && kind.kind === 'config') {
      a.configProblems = parseConfig(doc.getText(), basename(fsPathOf(doc.uri) ?? doc.uri)).problems;
    }
    cache.set(doc.uri, a);
    return a;
  }

  /**
   * Analyses the open document `uri` ('current' text, or for 'reported' diagnostics the text the run
   * mode reports on); undefined for closed or unknown documents.
   */
  async function analyze(uri: string, purpose: 'current' | 'reported', token?: CancellationToken): Promise<Analysis | undefined> {
    for (let attempt = 0; ; attempt++) {
      if (!documents.get(uri)) return undefined;
      const generation = store.generation;
      const settings = await store.forUri(uri);
      if (token?.isCancellationRequested) throw cancelled();
      const current = documents.get(uri);
      if (!current) return undefined;
      // Settings changed while we waited for the client: resolve again (bounded).
      if (generation !== store.generation && attempt < 3) continue;
      warnConfigProblems(settings);
      const snapshot = purpose === 'reported' && settings.editor.run === 'onSave' ? (saved.get(uri) ?? current) : current;
      return analyzeSnapshot(snapshot, settings, generation);
    }
  }

  function diagnosticsOf(a: Analysis): Diagnostic[] {
    return (a.diagnostics ??= makeDiagnostics(a));
  }

  function makeDiagnostics(a: Analysis): Diagnostic[] {
    if (a.result) return diagnosticCacheOf(a.uri).convertResult(a.doc, a.result, a.settings.editor.docsBaseUrl);
    if (a.configProblems) {
      return a.configProblems.map((p) => ({
        range: toRange(a.doc, p.range),
        severity: DiagnosticSeverity.Error,
        code: 'config-error',
        source: SOURCE,
        message: t(ui, 'configFile', { detail: p.message }),
      }));
    }
    return [];
  }

  // ---- push diagnostics (clients without pull) ----

  async function publish(uri: string): Promise<void> {
    const a = await analyze(uri, 'reported');
    const current = documents.get(uri);
    if (!current) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    if (!a) return;
    void connection.sendDiagnostics({ uri, version: a.version, diagnostics: [...diagnosticsOf(a), ...library.diagnostics(uri)] });
  }

  function schedule(uri: string, delay = debounceMs): void {
    if (caps.pull) return;
    const prev = timers.get(uri);
    if (prev) clearTimeout(prev);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((err) => logError('publishDiagnostics', err));
      }, delay),
    );
  }

  /** The diagnostics of `uri` changed without an edit (a background pass): ask to pull again, or push. */
  function diagnosticsChanged(uri: string): void {
    if (!caps.pull) schedule(uri, 0);
    else if (caps.refresh) connection.languages.diagnostics.refresh().catch((err) => logError('diagnostics/refresh', err));
  }

  /** After a settings or config change: ask a pull client to pull again, or push again. */
  function refresh(): void {
    if (caps.pull) {
      if (caps.refresh) connection.languages.diagnostics.refresh().catch((err) => logError('diagnostics/refresh', err));
      return;
    }
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  function settingsChanged(configFilesChanged: boolean): void {
    store.clear();
    cache.clear();
    if (configFilesChanged) warned.clear();
    refresh();
    library.rescan();
  }

  const isConfigUri = (uri: string) => CONFIG_NAMES.includes(basename(fsPathOf(uri) ?? ''));

  // The workspace index, its workspace-rule diagnostics and the library requests (library.ts).
  const library = new Library({
    connection,
    documents,
    settingsFor: (uri) => store.forUri(uri),
    folders: () => folders,
    ui: () => ui,
    caps: () => caps,
    republish: (uri) => schedule(uri, 0),
    logError,
    extraRules,
  });

  // ---- lifecycle ----

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    caps.pull = !!c.textDocument?.diagnostic;
    caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
    caps.configuration = !!c.workspace?.configuration;
    caps.dynamicConfig = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    caps.dynamicWatch = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    caps.snippetEdits = !!c.workspace?.workspaceEdit?.snippetEditSupport;
    caps.workspaceFolders = !!c.workspace?.workspaceFolders;
    ui = uiLocale(params.locale);
    library.initialize(c);
    store = new SettingsStore(caps.configuration ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'macrolint' }) : undefined);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) store.setGlobal(init.settings);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    store.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(caps.pull ? { diagnosticProvider: { identifier: 'macrolint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND, OPEN_MACRO_COMMAND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Macrolint' },
        completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
        ...(caps.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'macrolint', version: options.version },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (caps.dynamicConfig) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'macrolint' });
      if (caps.dynamicWatch) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_NAMES.map((n) => ({ globPattern: `**/${n}` })) });
      }
      if (caps.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => f.uri));
          folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
          store.setFolders(folders);
          settingsChanged(false);
        });
      }
      // In the background: diagnostics of open documents never wait for the index.
      library.start().catch((err) => logError('library/start', err));
    }),
  );

  connection.onShutdown(() => {
    library.dispose();
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      const s = (params.settings as { macrolint?: unknown } | null | undefined)?.macrolint;
      if (s !== undefined) store.setGlobal(s);
      settingsChanged(false);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      if (params.changes.some((c) => isConfigUri(c.uri))) settingsChanged(true);
      library.watched(params.changes);
    }),
  );

  // ---- documents ----

  const snapshotOf = (doc: TextDocument) => TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());

  documents.onDidOpen(
    guard('didOpen', undefined, (e) => {
      saved.set(e.document.uri, snapshotOf(e.document));
      schedule(e.document.uri);
    }),
  );

  documents.onDidChangeContent(
    guard('didChange', undefined, async (e) => {
      if (caps.pull) return;
      const settings = await store.forUri(e.document.uri);
      if (settings.editor.run === 'onType') schedule(e.document.uri);
    }),
  );

  documents.onDidSave(
    guard('didSave', undefined, async (e) => {
      const uri = e.document.uri;
      saved.set(uri, snapshotOf(e.document));
      if (isConfigUri(uri)) {
        settingsChanged(true);
        return;
      }
      const settings = await store.forUri(uri);
      if (settings.editor.run !== 'onSave') return;
      if (caps.pull) refresh();
      else schedule(uri, 0);
    }),
  );

  documents.onDidClose(
    guard('didClose', undefined, (e) => {
      const uri = e.document.uri;
      const timer = timers.get(uri);
      if (timer) clearTimeout(timer);
      timers.delete(uri);
      cache.delete(uri);
      lintCaches.delete(uri);
      diagnosticCaches.delete(uri);
      passes.forget(uri);
      saved.delete(uri);
      store.forget(uri);
      if (!caps.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  // ---- features ----

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', emptyReport, async (params, token): Promise<DocumentDiagnosticReport> => {
      const a = await analyze(params.textDocument.uri, 'reported', token);
      if (token.isCancellationRequested) throw cancelled();
      if (!a) return emptyReport;
      // The same diagnostics (the same objects, see diagnostics.ts) keep their result id: `unchanged`.
      const items = diagnosticsOf(a);
      const resultId = diagnosticCacheOf(a.uri).resultIdOf(items);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }),
  );

  function fixAllAction(a: Analysis, current: TextDocument): CodeAction | undefined {
    if (!a.result || a.kind.kind !== 'macro' || !safeFixes(a.result.findings).length) return undefined;
    const before = current.getText();
    const after = fixAll({ uri: current.uri, text: before, format: a.kind.format }, a.settings.config, { extraRules, cache: new LintCache() }).text;
    const edit = minimalEdit(before, after);
    if (!edit) return undefined;
    return {
      title: t(documentLocale(a.result, ui), 'fixAll'),
      kind: FIX_ALL_KIND,
      edit: toWorkspaceEdit(current, [edit], caps.documentChanges),
    };
  }

  /** A document whose fix-all is too slow to compute for every light-bulb request. */
  const isLarge = (a: Analysis) => a.doc.getText().length > LARGE_FIX_ALL_CHARS || (a.result?.parsed?.macros.length ?? 0) > LARGE_FIX_ALL_MACROS;

  function fixAllCommand(a: Analysis, current: TextDocument): CodeAction | undefined {
    if (!a.result || a.kind.kind !== 'macro' || !safeFixes(a.result.findings).length) return undefined;
    const title = t(documentLocale(a.result, ui), 'fixAll');
    return { title, kind: FIX_ALL_KIND, command: { title, command: APPLY_FIX_ALL_COMMAND, arguments: [{ uri: current.uri, version: current.version }] } };
  }

  connection.onCodeAction(
    guard('textDocument/codeAction', [] as CodeAction[], async (params, token) => {
      const a = await analyze(params.textDocument.uri, 'current', token);
      const current = documents.get(params.textDocument.uri);
      if (!a?.result || !current || a.version !== current.version) return [];
      const only = params.context.only;
      const actions: CodeAction[] = [];
      if (admits(only, CodeActionKind.QuickFix)) {
        // Rewrites are validated here, for the requested diagnostics only (never in a plain lint).
        const source = { uri: current.uri, text: current.getText(), format: a.kind.kind === 'macro' ? a.kind.format : undefined };
        const validated = validatedResult(current, source, a.result, params.context.diagnostics, a.settings.config, { extraRules });
        actions.push(...quickFixes(current, validated, params.context.diagnostics, caps.documentChanges, caps.snippetEdits));
        actions.push(...library.codeActions(params));
      }
      const offerFixAll = only ? admits(only, FIX_ALL_KIND) : actions.some((x) => x.isPreferred);
      if (offerFixAll) {
        if (token.isCancellationRequested) throw cancelled();
        // The light bulb (no `only`) asks on every cursor move: in a big library it offers fix-all as
        // the command, run only when chosen (fixing and validating thousands of macros takes far longer).
        const fa = !only && isLarge(a) ? fixAllCommand(a, current) : fixAllAction(a, current);
        if (fa) actions.push(fa);
      }
      if (token.isCancellationRequested) throw cancelled();
      return actions;
    }),
  );

  connection.onExecuteCommand(
    guard('workspace/executeCommand', { applied: false }, async (params) => {
      const libraryCommand = await library.execute(params.command, params.arguments ?? []);
      if (libraryCommand) return libraryCommand;
      if (params.command !== APPLY_FIX_ALL_COMMAND) return { applied: false };
      // Arguments: `{uri, version?}`, or `uri, version?` as the VS Code client sends them.
      const [arg, second] = (params.arguments ?? []) as [{ uri?: string; version?: number } | string | undefined, unknown];
      const uri = typeof arg === 'string' ? arg : arg?.uri;
      const version = typeof arg === 'object' ? arg?.version : typeof second === 'number' ? second : undefined;
      if (!uri) return { applied: false };
      const a = await analyze(uri, 'current');
      const current = documents.get(uri);
      if (!a || !current || (version !== undefined && version !== current.version)) return { applied: false };
      const fa = fixAllAction(a, current);
      if (!fa?.edit) return { applied: false };
      const r = await connection.workspace.applyEdit({ label: fa.title, edit: fa.edit });
      return { applied: r.applied };
    }),
  );

  connection.onHover(
    guard('textDocument/hover', null, async (params, token) => {
      const a = await analyze(params.textDocument.uri, 'current', token);
      if (!a?.result) return null;
      return hoverAt(a.doc, a.result.findings, a.doc.offsetAt(params.position), a.settings.editor.docsBaseUrl);
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', [], async (params, token) => {
      const a = await analyze(params.textDocument.uri, 'current', token);
      if (!a?.result?.parsed) return [];
      return documentSymbols(a.doc, a.result.parsed, a.settings.config);
    }),
  );

  connection.onCompletion(
    guard('textDocument/completion', [], async (params, token) => {
      const a = await analyze(params.textDocument.uri, 'current', token);
      if (!a || a.kind.kind !== 'macro' || !a.settings.editor.enable) return [];
      return completeAt(a.doc.getText(), a.doc.offsetAt(params.position), a.kind.format);
    }),
  );

  documents.listen(connection);
  connection.listen();
  return {
    cacheSizes: (uri) => ({
      analysis: cache.has(uri) ? 1 : 0,
      lintMacros: lintCaches.get(uri)?.macros.size ?? 0,
      linted: lintCaches.get(uri)?.stats.linted ?? 0,
      diagnosticGroups: diagnosticCaches.get(uri)?.size ?? 0,
      converted: diagnosticCaches.get(uri)?.stats.converted ?? 0,
      reused: diagnosticCaches.get(uri)?.stats.reused ?? 0,
      shifted: diagnosticCaches.get(uri)?.stats.shifted ?? 0,
      saved: saved.has(uri) ? 1 : 0,
      pass: passes.size(uri),
    }),
  };
}
