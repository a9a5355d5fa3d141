/** VS Code entry point: starts the Macrolint language client and registers commands and the status item. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, type RestartingErrorHandler, type WhenSynced } from './client';
import { StatusItem } from './status';
import { newMacro, type NewMacroArgs } from './commands/newMacro';
import { fixAll } from './commands/fixAll';
import { lintWorkspace, type LintSummary } from './commands/lintWorkspace';
import { showRuleDocumentation } from './commands/ruleDocs';
import { isMacroDocument, settingsFor } from './settings';
import { registerLibrary } from './library';

/** What `activate` returns: used by the VS Code test suite. */
export interface MacrolintApi {
  readonly client: LanguageClient | undefined;
  readonly status: StatusItem;
  /** Resolves once the client is running (or immediately when disabled). */
  ready(): Promise<void>;
  /** How many times the server was restarted after a crash. */
  readonly restarts: number;
}

let client: LanguageClient | undefined;
let errorHandler: RestartingErrorHandler | undefined;
let whenSynced: WhenSynced | undefined;
let starting: Promise<void> = Promise.resolve();
let restarts = 0;

export async function activate(context: vscode.ExtensionContext): Promise<MacrolintApi> {
  // Results of "Lint all macros" for files not shown in an editor; live diagnostics replace them.
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('macrolint-workspace');
  const status = new StatusItem();
  context.subscriptions.push(workspaceDiagnostics, status);
  // The "Macro library" view asks for the server when it is shown (ensureStarted is defined below).
  const library = registerLibrary(context, async () => {
    await ensureStarted();
    return client;
  });

  const start = async () => {
    if (!settingsFor().enable) return;
    const created = createClient(context, {
      onDiagnostics: (uri) => workspaceDiagnostics.delete(uri),
      onRestart: () => restarts++,
    });
    client = created.client;
    errorHandler = created.errorHandler;
    whenSynced = created.whenSynced;
    await client.start();
    library.attach(client);
  };
  const stop = async () => {
    const c = client;
    client = undefined;
    if (c) await c.dispose();
  };
  // The extension activates on every Markdown/YAML file (so a lone macro gets diagnostics), but the
  // server starts only once a macro is open, the workspace holds macros, or a command needs it.
  let wanted = false;
  const ensureStarted = (): Promise<void> => {
    if (!wanted) {
      wanted = true;
      starting = start().catch((err: unknown) => {
        void vscode.window.showErrorMessage(vscode.l10n.t('Macrolint could not start its language server: {0}', String((err as Error)?.message ?? err)));
      });
    }
    return starting;
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!wanted && isMacroDocument(doc)) void ensureStarted();
    }),
  );
  if (vscode.workspace.textDocuments.some(isMacroDocument) || (await workspaceHasMacros())) void ensureStarted();

  const running = async (): Promise<LanguageClient | undefined> => {
    await ensureStarted();
    if (!client) void vscode.window.showWarningMessage(vscode.l10n.t('Macrolint is disabled (setting "macrolint.enable").'));
    return client;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('macrolint.newMacro', (args?: NewMacroArgs) => newMacro(context.extensionUri, args)),
    vscode.commands.registerCommand('macrolint.fixAll', async (uri?: vscode.Uri) => {
      await running();
      return fixAll(uri instanceof vscode.Uri ? uri : undefined);
    }),
    vscode.commands.registerCommand('macrolint.lintWorkspace', async (): Promise<LintSummary | undefined> => {
      const c = await running();
      return c && whenSynced ? lintWorkspace(c, whenSynced, workspaceDiagnostics) : undefined;
    }),
    vscode.commands.registerCommand('macrolint.showRuleDocumentation', (ruleId?: string) =>
      showRuleDocumentation(context.extensionUri, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('macrolint.restartServer', async () => {
      errorHandler?.reset();
      await stop();
      wanted = true;
      starting = start();
      await starting;
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The server reads most settings itself; these change how the client starts, so restart it.
      if (wanted && (e.affectsConfiguration('macrolint.enable') || e.affectsConfiguration('macrolint.run') || e.affectsConfiguration('macrolint.files'))) {
        await starting;
        await stop();
        workspaceDiagnostics.clear();
        starting = start();
        await starting;
      }
      status.update();
    }),
  );

  return {
    get client() {
      return client;
    },
    status,
    ready: () => starting,
    get restarts() {
      return restarts;
    },
  };
}

/** True when a workspace folder holds a file of `macrolint.files` or a `.macrolintrc` (one match is enough). */
async function workspaceHasMacros(): Promise<boolean> {
  if (!vscode.workspace.workspaceFolders?.length) return false;
  const globs = [...settingsFor().files, '**/.macrolintrc.{yaml,yml,json}'];
  const found = await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/node_modules/**', 1).then((r) => r.length > 0, () => false)));
  return found.some(Boolean);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
