/** Starts the bundled language server over IPC and keeps it running. */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGES, settingsFor } from './settings';
// Node flags of the server: `--expose-gc` lets it give memory back when idle (server/src/lsp/idle-gc.ts).
// bench/run.mjs starts its servers with the same file's flags.
import SERVER_NODE_FLAGS from './server-flags.json';

/** Restarts allowed inside the window below before the client gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a crashed server, telling the user once per session; after MAX_RESTARTS crashes in
 * RESTART_WINDOW_MS it stops and says so (once), instead of restarting in a loop.
 */
export class RestartingErrorHandler implements ErrorHandler {
  readonly #restarts: number[] = [];
  #told = false;
  #gaveUp = false;
  constructor(readonly onRestart: () => void = () => {}) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few write/read errors usually precede a close; only a persistent stream of them is fatal.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.#restarts.push(now);
    while (this.#restarts.length && now - this.#restarts[0] > RESTART_WINDOW_MS) this.#restarts.shift();
    if (this.#restarts.length > MAX_RESTARTS) {
      if (!this.#gaveUp) {
        this.#gaveUp = true;
        void vscode.window.showErrorMessage(
          vscode.l10n.t('The Macrolint server crashed {0} times in the last 3 minutes and will not be restarted. Run "Macrolint: Restart the Language Server" to try again.', this.#restarts.length),
        );
      }
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.onRestart();
    if (!this.#told) {
      this.#told = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('The Macrolint server stopped unexpectedly and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** Forgets past crashes (after a manual restart). */
  reset(): void {
    this.#restarts.length = 0;
    this.#gaveUp = false;
  }
}

/** Resolves when the server has been sent the document's didOpen (or at once if it already was). */
export type WhenSynced = (uri: vscode.Uri) => Promise<boolean>;

export interface ClientHooks {
  /** Called with every diagnostics report the client pulls, so other features can follow it. */
  onDiagnostics?(uri: vscode.Uri): void;
  onRestart?(): void;
}

/** Creates (does not start) the language client for the bundled server. */
export function createClient(context: vscode.ExtensionContext, hooks: ClientHooks = {}): { client: LanguageClient; errorHandler: RestartingErrorHandler; whenSynced: WhenSynced } {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // Node 22.1+ keeps the server bundle's compiled code here, so a restart skips most of its compilation
  // (≈ 65 ms of a 2.4 MB bundle); older Node ignores the variable. Merged into the client's environment.
  const env = { NODE_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'node-compile-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'], env } },
  };
  const errorHandler = new RestartingErrorHandler(hooks.onRestart);
  // Documents the server has been told about.
  const synced = new Set<string>();
  const waiters = new Map<string, Array<(ok: boolean) => void>>();
  const settle = (key: string, ok: boolean) => {
    for (const w of waiters.get(key) ?? []) w(ok);
    waiters.delete(key);
  };
  const whenSynced: WhenSynced = (uri) => {
    const key = uri.toString();
    if (synced.has(key)) return Promise.resolve(true);
    return new Promise((resolve) => {
      waiters.set(key, [...(waiters.get(key) ?? []), resolve]);
      // A document outside the selector never reaches the server: do not wait for it.
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc && (!(LANGUAGES as readonly string[]).includes(doc.languageId) || !['file', 'untitled'].includes(doc.uri.scheme))) settle(key, false);
    });
  };
  const run = settingsFor().run;
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]).concat([{ language: 'json', scheme: 'file', pattern: '**/.macrolintrc.json' } as never]),
    // The server registers its own watchers for `.macrolintrc.*` files.
    synchronize: { configurationSection: 'macrolint' },
    initializationOptions: { settings: settingsFor(), clientName: 'vscode' },
    diagnosticCollectionName: 'macrolint',
    diagnosticPullOptions: {
      onChange: run === 'onType',
      onSave: true,
      filter: (document) => !synced.has(document.uri.toString()),
    },
    errorHandler,
    initializationFailedHandler: () => false,
    middleware: {
      // The server decides which documents are macros (settings, `.macrolintrc` `files`, front matter)
      // and also lints `.macrolintrc.*` files, so every Markdown/YAML document is synced; the client
      // only tracks which ones the server knows.
      didOpen: async (document, next) => {
        const key = document.uri.toString();
        synced.add(key);
        await next(document);
        settle(key, true);
      },
      didClose: async (document, next) => {
        synced.delete(document.uri.toString());
        await next(document);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const result = await next(document, previousResultId, token);
        hooks.onDiagnostics?.(document instanceof vscode.Uri ? document : document.uri);
        return result;
      },
    },
  };
  const client = new LanguageClient('macrolint', 'Macrolint', serverOptions, clientOptions);
  // A (re)starting server knows no documents; the client re-sends didOpen through the middleware.
  const restartSync = client.onDidChangeState((e) => {
    if (e.newState === State.Starting || e.newState === State.Stopped) synced.clear();
  });
  context.subscriptions.push(restartSync);
  return { client, errorHandler, whenSynced };
}
