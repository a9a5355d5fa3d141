/** "Fix all problems in this file": the server's `source.fixAll.macrolint` action, else its command. */
import * as vscode from 'vscode';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('macrolint');

/** Applies every safe fix to the document; returns true when something was applied. */
export async function fixAll(uri?: vscode.Uri): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const target = uri ?? editor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a macro file to fix it.'));
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  const before = doc.version;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
  let applied = false;
  for (const action of actions) {
    if (!action.kind || !FIX_ALL_KIND.contains(action.kind)) continue;
    if (action.edit) applied = (await vscode.workspace.applyEdit(action.edit)) || applied;
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      applied = true;
    }
  }
  if (!actions.length) {
    // Servers that resolve fix-all lazily expose it as a command instead of a code action.
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes('macrolint.applyFixAll')) {
      await vscode.commands.executeCommand('macrolint.applyFixAll', doc.uri.toString(), doc.version);
      applied = doc.version !== before;
    }
  }
  if (!applied || doc.version === before) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Macrolint: nothing to fix in this file.'), 4000);
    return false;
  }
  return true;
}
