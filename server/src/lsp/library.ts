/**
 * The macro library in the language server: the workspace index built at start-up from the configured
 * globs and ignore files (in the background, with `$/progress`), kept current from watched-file events
 * and open documents; workspace-rule findings published for every file involved (open or not) with
 * related information; their quick fixes; and the `macrolint/library` and `macrolint/report` requests.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  type ClientCapabilities,
  FileChangeType,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type Range as LspRange,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../engine/config';
import type { Finding, Locale, Range } from '../engine/types';
import { WorkspaceIndex, type WorkspaceFinding } from '../engine/workspace';
import type * as ReportModule from '../engine/report/entry';
import type { Rule } from '../engine/rule';
import { lint, LintCache } from '../engine/lint';
import { findFiles } from '../cli/files';
import { CONFIG_NAMES } from '../node/config-loader';
import { IGNORE_FILE_NAMES, IgnoreFiles } from '../node/ignore-files';
import { DEFAULT_DOCS_BASE, resolveDocumentSettings, fsPathOf, type DocumentSettings } from './settings';
import { classify } from './selection';
import { ruleHref, SOURCE, toRange, toWorkspaceEdit } from './convert';

import { LIBRARY_CHANGED, LIBRARY_REQUEST, OPEN_MACRO_COMMAND, REPORT_REQUEST, type LibraryEntry, type LibraryResult, type ReportParams, type ReportResult } from './library-protocol';

export { LIBRARY_CHANGED, LIBRARY_REQUEST, OPEN_MACRO_COMMAND, REPORT_REQUEST };
export type { LibraryEntry, LibraryResult, ReportParams, ReportResult };

/** The server state the library reads (a view of `startServer`'s closure). */
export interface LibraryHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Settings of an open document or a file (cached by the server's store). */
  settingsFor(uri: string): Promise<DocumentSettings>;
  /** Workspace folder uris. */
  folders(): readonly string[];
  ui(): Locale;
  caps(): { pull: boolean; documentChanges: boolean; dynamicWatch: boolean };
  /** Push mode: publish the open document again (its lint plus `diagnostics(uri)`). */
  republish(uri: string): void;
  logError(where: string, err: unknown): void;
  extraRules: readonly Rule[];
  /** Debounce of open-document edits before the index is updated, in milliseconds. */
  debounceMs?: number;
}

/**
 * Debounce of open-document edits before the workspace index takes them: workspace findings concern
 * other files and need not follow every keystroke, and re-checking a big library while the user types
 * would delay the document's own diagnostics.
 */
const LIBRARY_DEBOUNCE_MS = 750;

/** The library's user-facing strings (progress titles), English and Spanish. */
const STRINGS: Record<Locale, Record<'indexing' | 'finding' | 'progress', string>> = {
  en: { indexing: 'Macrolint: indexing the macro library', finding: 'Finding macro files…', progress: '{done} of {total} files' },
  es: { indexing: 'Macrolint: indexando la biblioteca de macros', finding: 'Buscando archivos de macros…', progress: '{done} de {total} archivos' },
};

function say(locale: Locale, key: keyof (typeof STRINGS)['en'], data: Record<string, number> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** Files whose change can change which files are macros: rebuild the index. */
const RESCAN_NAMES = [...CONFIG_NAMES, ...IGNORE_FILE_NAMES];
const CANDIDATE = /\.(md|markdown|ya?ml)$/i;
const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a workspace diagnostic carries (code actions find the finding by rule id and range). */
interface WorkspaceData {
  workspace: true;
  ruleId: string;
}

/**
 * The report renderer, a separate bundle next to this one (`dist/report.js`) loaded on first use, so
 * the charting library is not part of every server start.
 */
function loadReportModule(): typeof ReportModule {
  return require(join(__dirname, 'report.js')) as typeof ReportModule;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The library of one server: index, published workspace diagnostics, lint counts and requests. */
export class Library {
  readonly #host: LibraryHost;
  /** Text the index holds per uri (positions of findings in closed files come from it). */
  readonly #texts = new Map<string, TextDocument>();
  /** Config the index was given per uri (reused when re-linting for counts). */
  readonly #configs = new Map<string, Config>();
  /** Lint findings per uri for the text in `#texts` (problem counts and the report). */
  readonly #lints = new Map<string, { text: string; findings: Finding[]; cache: LintCache }>();
  /**
   * A digest of what was last published per uri, so unchanged files are not sent again (the key itself
   * runs to megabytes for a big library: only its hash is kept).
   */
  readonly #published = new Map<string, string>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #changedTimer: ReturnType<typeof setTimeout> | undefined;
  #publishTimer: ReturnType<typeof setTimeout> | undefined;
  #scanGeneration = 0;
  #indexing = false;
  #docsBase = DEFAULT_DOCS_BASE;
  /** `.gitignore` / `.macrolintignore` per workspace folder (dropped on rescan). */
  readonly #ignoreFiles = new Map<string, IgnoreFiles>();

  readonly #index = new WorkspaceIndex();
  /** Client capabilities the library needs beyond the server's (set at initialize). */
  #clientCaps = { progress: false, createFiles: false };

  constructor(host: LibraryHost) {
    this.#host = host;
    const { documents, connection } = host;
    const answer = <P, R>(where: string, fn: (p: P) => Promise<R>) => async (p: P) => {
      try {
        return await fn(p);
      } catch (err) {
        host.logError(where, err);
        throw new ResponseError(ErrorCodes.InternalError, `${where} failed: ${(err as Error)?.message ?? err}`);
      }
    };
    connection.onRequest(LIBRARY_REQUEST, answer(LIBRARY_REQUEST, () => this.library()));
    connection.onRequest(REPORT_REQUEST, answer(REPORT_REQUEST, (p: ReportParams | undefined) => this.report(p ?? {})));
    // Open documents are the truth for their uri: edits go to the index after a short debounce.
    documents.onDidChangeContent((e) => this.#scheduleDocument(e.document.uri));
    documents.onDidClose((e) => {
      const uri = e.document.uri;
      // Back to the file on disk (an unsaved edit no longer counts).
      this.#cancel(uri);
      // A push client just had this file's diagnostics cleared by the server: send ours again.
      if (!host.caps().pull) this.#published.delete(uri);
      void this.#fromDisk(uri).catch((err) => host.logError('library/didClose', err));
    });
  }

  /** Reads what the library needs from the client's capabilities (initialize). */
  initialize(c: ClientCapabilities): void {
    this.#clientCaps = {
      progress: !!c.window?.workDoneProgress,
      createFiles: !!c.workspace?.workspaceEdit?.documentChanges && !!c.workspace.workspaceEdit.resourceOperations?.includes('create'),
    };
  }

  /** Registers the file watcher and starts the background scan (never awaited by diagnostics). */
  async start(): Promise<void> {
    const { connection } = this.#host;
    if (this.#host.caps().dynamicWatch) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown,yaml,yml}' }, ...IGNORE_FILE_NAMES.map((n) => ({ globPattern: `**/${n}` }))],
      });
    }
    this.rescan();
  }

  #ignoreFilesOf(root: string): IgnoreFiles {
    let ig = this.#ignoreFiles.get(root);
    if (!ig) this.#ignoreFiles.set(root, (ig = new IgnoreFiles(root)));
    return ig;
  }

  /** Rebuilds the index from disk (start-up, a config file changed, workspace folders changed). */
  rescan(): void {
    this.#ignoreFiles.clear();
    const generation = ++this.#scanGeneration;
    this.#runScan(generation).catch((err) => this.#host.logError('library/scan', err));
  }

  async #runScan(generation: number): Promise<void> {
    const { connection } = this.#host;
    this.#indexing = true;
    const progress = this.#clientCaps.progress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const ui = this.#host.ui();
    progress?.begin(say(ui, 'indexing'), 0, say(ui, 'finding'), false);
    try {
      const files = await this.#discover();
      if (generation !== this.#scanGeneration) return;
      const seen = new Set<string>();
      let done = 0;
      for (const { path, config } of files) {
        const uri = pathToFileURL(path).href;
        seen.add(uri);
        // An open document is indexed from its editor text instead.
        if (!this.#host.documents.get(uri)) {
          try {
            this.#put(uri, await readFile(path, 'utf8'), config);
          } catch {
            this.#drop(uri);
          }
        }
        if (++done % 50 === 0) {
          progress?.report(Math.round((done / files.length) * 100), say(ui, 'progress', { done, total: files.length }));
          // Let diagnostics of open documents and other requests through between batches.
          await yieldToEvents();
          if (generation !== this.#scanGeneration) return;
        }
      }
      for (const uri of [...this.#texts.keys()]) if (!seen.has(uri) && !this.#host.documents.get(uri)) this.#drop(uri);
      for (const doc of this.#host.documents.all()) await this.#fromDocument(doc.uri);
    } finally {
      if (generation === this.#scanGeneration) this.#indexing = false;
      progress?.done();
      this.#afterChange();
    }
  }

  /** Every macro file of every workspace folder, with the config that applies to it. */
  async #discover(): Promise<{ path: string; config: Config }[]> {
    const out = new Map<string, Config>();
    for (const folderUri of this.#host.folders()) {
      const folder = fsPathOf(folderUri);
      if (!folder) continue;
      const editor = (await this.#host.settingsFor(folderUri)).editor;
      this.#docsBase = editor.docsBaseUrl;
      if (!editor.enable) continue;
      const byDir = new Map<string, DocumentSettings>();
      const settingsOf = (file: string) => {
        const dir = dirname(file);
        let s = byDir.get(dir);
        if (!s) byDir.set(dir, (s = resolveDocumentSettings(join(dir, '_'), folder, editor)));
        return s;
      };
      const { files } = findFiles([folder], { cwd: folder, ignore: true, configOf: (file) => ({ config: settingsOf(file).config, base: folder }) });
      for (const f of files) out.set(f, settingsOf(f).config);
    }
    return [...out].map(([path, config]) => ({ path, config }));
  }

  // ---- keeping the index current ----

  /** Watched-file events (the server forwards every change here). */
  watched(changes: readonly FileEvent[]): void {
    if (changes.some((c) => RESCAN_NAMES.includes(basename(fsPathOf(c.uri) ?? '')))) {
      this.rescan();
      return;
    }
    for (const c of changes) {
      if (!CANDIDATE.test(c.uri) || this.#host.documents.get(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) {
        this.#drop(c.uri);
        this.#afterChange();
      } else {
        void this.#fromDisk(c.uri).catch((err) => this.#host.logError('library/watched', err));
      }
    }
  }

  #cancel(uri: string): void {
    const timer = this.#timers.get(uri);
    if (timer) clearTimeout(timer);
    this.#timers.delete(uri);
  }

  #scheduleDocument(uri: string): void {
    this.#cancel(uri);
    this.#timers.set(
      uri,
      setTimeout(() => {
        this.#timers.delete(uri);
        this.#fromDocument(uri).catch((err) => this.#host.logError('library/didChange', err));
      }, this.#host.debounceMs ?? LIBRARY_DEBOUNCE_MS),
    );
  }

  /** Indexes an open document's current text when it is a macro file of a workspace folder. */
  async #fromDocument(uri: string): Promise<void> {
    // Indexing a big library takes a while: answers already on their way (the document's own first
    // diagnostics) are written first.
    await yieldToEvents();
    const doc = this.#host.documents.get(uri);
    if (!doc || !fsPathOf(uri)) return;
    const settings = await this.#host.settingsFor(uri);
    if (this.#host.documents.get(uri) !== doc) return;
    if (settings.root && settings.editor.enable && classify(doc, settings).kind === 'macro') this.#put(uri, doc.getText(), settings.config);
    else this.#drop(uri);
    this.#afterChange();
  }

  /** Indexes a file from disk (created, changed or closed), or drops it when it is gone or not a macro. */
  async #fromDisk(uri: string): Promise<void> {
    const path = fsPathOf(uri);
    if (!path) return;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      this.#drop(uri);
      this.#afterChange();
      return;
    }
    if (this.#host.documents.get(uri)) return;
    const settings = await this.#host.settingsFor(uri);
    const doc = TextDocument.create(uri, /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown', 0, text);
    if (settings.root && settings.editor.enable && classify(doc, settings).kind === 'macro' && !this.#ignoreFilesOf(settings.root).ignores(path)) this.#put(uri, text, settings.config);
    else this.#drop(uri);
    this.#afterChange();
  }

  #put(uri: string, text: string, config: Config): void {
    const prev = this.#texts.get(uri);
    if (prev && prev.getText() === text && this.#configs.get(uri) === config) return;
    this.#texts.set(uri, TextDocument.create(uri, /\.ya?ml$/i.test(uri) ? 'yaml' : 'markdown', (prev?.version ?? 0) + 1, text));
    this.#configs.set(uri, config);
    this.#index.update(uri, text, config);
  }

  #drop(uri: string): void {
    if (!this.#texts.has(uri)) return;
    this.#texts.delete(uri);
    this.#configs.delete(uri);
    this.#lints.delete(uri);
    this.#index.remove(uri);
  }

  /** After index changes: publish changed workspace diagnostics soon, and tell the client. */
  #afterChange(): void {
    if (this.#indexing) return;
    if (!this.#publishTimer) {
      this.#publishTimer = setTimeout(() => {
        this.#publishTimer = undefined;
        try {
          this.#publishAll();
        } catch (err) {
          this.#host.logError('library/publish', err);
        }
      }, 0);
    }
    if (this.#changedTimer) clearTimeout(this.#changedTimer);
    this.#changedTimer = setTimeout(() => {
      this.#changedTimer = undefined;
      void this.#host.connection.sendNotification(LIBRARY_CHANGED, {});
    }, 150);
  }

  // ---- diagnostics ----

  /** Workspace diagnostics of `uri` (empty for files outside the index). */
  diagnostics(uri: string): Diagnostic[] {
    const doc = this.#texts.get(uri);
    if (!doc) return [];
    return this.#index.findings(uri).map((f) => this.#toDiagnostic(doc, f));
  }

  /** LSP range of an offset range in an indexed file (start of file when it is not indexed). */
  #lspRange(uri: string, r: Range): LspRange {
    const doc = this.#texts.get(uri);
    return doc ? toRange(doc, r) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }

  #toDiagnostic(doc: TextDocument, f: WorkspaceFinding): Diagnostic {
    const href = ruleHref(f.ruleId, this.#docsBase);
    const data: WorkspaceData = { workspace: true, ruleId: f.ruleId };
    return {
      range: toRange(doc, f.range),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      source: SOURCE,
      message: f.message,
      ...(f.relatedInformation.length
        ? { relatedInformation: f.relatedInformation.map((r) => ({ location: { uri: r.uri, range: this.#lspRange(r.uri, r.range) }, message: r.message })) }
        : {}),
      data,
    };
  }

  /**
   * Sends workspace diagnostics for every uri whose set changed. Pull clients get them as a separate
   * push channel for every file (open or not); push clients get them merged into an open document's
   * own publication.
   */
  #publishAll(): void {
    const { connection } = this.#host;
    const pull = this.#host.caps().pull;
    const all = this.#index.allFindings();
    for (const uri of new Set([...this.#published.keys(), ...all.keys()])) {
      const findings = all.get(uri) ?? [];
      // Compared before converting: only files whose findings (or the files they point at) changed are sent.
      const version = (u: string) => this.#texts.get(u)?.version ?? 0;
      const key = findings.length
        ? digest(JSON.stringify([version(uri), findings.map((f) => [f.ruleId, f.severity, f.range, f.message, f.relatedInformation.map((r) => [r.uri, version(r.uri), r.range, r.message])])]))
        : '';
      if ((this.#published.get(uri) ?? '') === key) continue;
      if (key) this.#published.set(uri, key);
      else this.#published.delete(uri);
      if (!pull && this.#host.documents.get(uri)) this.#host.republish(uri);
      else void connection.sendDiagnostics({ uri, diagnostics: this.diagnostics(uri) });
    }
  }


  // ---- code actions and commands ----

  /**
   * Quick fixes for the workspace diagnostics among `params.context.diagnostics`: open the other
   * macro, create a missing translation (a new file), and the findings' own fixes (refresh `sourceHash`).
   */
  codeActions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const current = this.#host.documents.get(uri);
    if (!current) return [];
    const actions: CodeAction[] = [];
    const findings = this.#index.findings(uri);
    for (const diag of params.context.diagnostics) {
      if (diag.source !== SOURCE || typeof diag.code !== 'string') continue;
      const finding = findings.find((f) => f.ruleId === diag.code && sameRange(current, f.range, diag.range));
      if (!finding) continue;
      for (const fix of finding.fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: toWorkspaceEdit(current, fix.edits, this.#host.caps().documentChanges) });
      }
      for (const a of finding.actions) {
        if (a.kind === 'open') {
          actions.push({ title: a.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], command: { title: a.title, command: OPEN_MACRO_COMMAND, arguments: [a.uri, this.#lspRange(a.uri, a.range)] } });
        } else if (this.#clientCaps.createFiles) {
          const edit: WorkspaceEdit = {
            documentChanges: [
              { kind: 'create', uri: a.uri, options: { overwrite: false, ignoreIfExists: true } },
              { textDocument: { uri: a.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: a.text }] },
            ],
          };
          actions.push({ title: a.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit });
        }
      }
    }
    return actions;
  }

  /** Runs a library command; undefined when `command` is not one. */
  async execute(command: string, args: readonly unknown[]): Promise<{ applied: boolean } | undefined> {
    if (command !== OPEN_MACRO_COMMAND) return undefined;
    const [uri, range] = args as [unknown, LspRange | undefined];
    if (typeof uri !== 'string') return { applied: false };
    const r = await this.#host.connection.window.showDocument({ uri, takeFocus: true, external: false, ...(range ? { selection: { start: range.start, end: range.start } } : {}) });
    return { applied: r.success };
  }

  // ---- requests ----

  /** Lint findings of every indexed file at its indexed text (cached), yielding between files. */
  async #lintAll(): Promise<Map<string, Finding[]>> {
    const out = new Map<string, Finding[]>();
    let n = 0;
    for (const [uri, doc] of [...this.#texts]) {
      const text = doc.getText();
      let hit = this.#lints.get(uri);
      if (!hit || hit.text !== text) {
        const cache = hit?.cache ?? new LintCache();
        const findings = lint({ uri, text, format: doc.languageId === 'yaml' ? 'yaml' : 'markdown' }, this.#configs.get(uri), { extraRules: this.#host.extraRules, cache }).findings;
        this.#lints.set(uri, (hit = { text, findings, cache }));
        if (++n % 25 === 0) await yieldToEvents();
      }
      out.set(uri, hit.findings);
    }
    return out;
  }

  /** `macrolint/library`: every indexed macro with its problem count. */
  async library(): Promise<LibraryResult> {
    const lints = await this.#lintAll();
    const all = this.#index.allFindings();
    const folders = this.#host.folders().map((f) => fsPathOf(f)).filter((p): p is string => !!p);
    const macros: LibraryEntry[] = [];
    for (const m of this.#index.macros()) {
      const doc = this.#texts.get(m.uri);
      if (!doc) continue;
      // Findings of one-macro files may carry no index; they belong to that macro.
      const inMacro = (f: Finding) => (f.macroIndex !== undefined ? f.macroIndex === m.index : m.range.start <= f.range.start && f.range.start <= m.range.end);
      const problems = (lints.get(m.uri) ?? []).filter(inMacro).length + (all.get(m.uri) ?? []).filter(inMacro).length;
      macros.push({
        uri: m.uri,
        index: m.index,
        id: m.id,
        title: m.title,
        locale: m.locale,
        anger: m.anger,
        tags: [...m.tags],
        folder: folderOf(m.uri, folders),
        range: toRange(doc, m.range),
        problems,
      });
    }
    return { macros, indexing: this.#indexing };
  }

  /** `macrolint/report`: the library health report (HTML by default), the same as `macrolint report`. */
  async report(params: ReportParams = {}): Promise<ReportResult> {
    const format = params.format === 'json' || params.format === 'md' ? params.format : 'html';
    const lints = await this.#lintAll();
    const { buildReport, renderReport } = loadReportModule();
    const report = buildReport(this.#index, lints, { cwdUri: this.#host.folders()[0] });
    return { format, content: renderReport(report, format, { locale: this.#host.ui() }) };
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    if (this.#changedTimer) clearTimeout(this.#changedTimer);
    if (this.#publishTimer) clearTimeout(this.#publishTimer);
    this.#scanGeneration++;
  }
}

/** SHA-256 of `key` (base64): equal keys, equal digests; different ones collide with negligible odds. */
function digest(key: string): string {
  return createHash('sha256').update(key).digest('base64');
}

function sameRange(doc: TextDocument, r: Range, lsp: LspRange): boolean {
  return doc.offsetAt(lsp.start) === r.start && doc.offsetAt(lsp.end) === r.end;
}


/** Folder of a file relative to the workspace folder holding it, `/`-separated ('' at its root). */
function folderOf(uri: string, folders: readonly string[]): string {
  const path = fsPathOf(uri);
  if (!path) return '';
  const root = folders.filter((f) => !relative(f, path).startsWith('..')).sort((a, b) => b.length - a.length)[0];
  return root ? relative(root, dirname(path)).split(sep).join('/') : dirname(path);
}


