/** "Lint all macros in the workspace": every macro file's findings in the Problems panel, with progress. */
import * as vscode from 'vscode';
import { DocumentDiagnosticRequest, DocumentDiagnosticReportKind, type LanguageClient } from 'vscode-languageclient/node';
import type { WhenSynced } from '../client';
import { isMacroDocument, settingsFor } from '../settings';

export interface LintSummary {
  files: number;
  problems: number;
  cancelled: boolean;
}

/** Uris of the macro files of every workspace folder, by the `macrolint.files` globs. */
export async function findMacroFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const { files, enable } = settingsFor(folder.uri);
    if (!enable) continue;
    // One search per glob: VS Code's glob matcher does not nest brace groups.
    for (const glob of files) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/{node_modules,.git}/**', undefined, token)) {
        seen.set(uri.toString(), uri);
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

function isInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

/**
 * Asks the server for every macro file's diagnostics. Files shown in an editor already have live
 * diagnostics; the others go to `collection`, which keeps them after VS Code unloads the document.
 */
export async function lintWorkspace(client: LanguageClient, whenSynced: WhenSynced, collection: vscode.DiagnosticCollection): Promise<LintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Macrolint'), cancellable: true },
    async (progress, token) => {
      progress.report({ message: vscode.l10n.t('Finding macro files…') });
      const uris = await findMacroFiles(token);
      let problems = 0;
      let files = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.l10n.t('Linting {0} ({1}/{2})', vscode.workspace.asRelativePath(uri), files + 1, uris.length), increment: 100 / Math.max(1, uris.length) });
        const doc = await vscode.workspace.openTextDocument(uri);
        if (!isMacroDocument(doc) || !(await whenSynced(uri))) continue;
        files++;
        const report = await client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } }, token);
        if (report.kind !== DocumentDiagnosticReportKind.Full) continue;
        const diagnostics = await client.protocol2CodeConverter.asDiagnostics(report.items, token);
        problems += diagnostics.length;
        if (isInTab(uri)) collection.delete(uri);
        else collection.set(uri, diagnostics);
      }
      const cancelled = token.isCancellationRequested;
      const summary = vscode.l10n.t('Macrolint checked {0} macro files and found {1} problems.', files, problems);
      const open = vscode.l10n.t('Open Problems');
      void vscode.window.showInformationMessage(summary, open).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return { files, problems, cancelled };
    },
  );
}
