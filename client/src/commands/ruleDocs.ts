/** "Show rule documentation": pick a rule, open `docs/rules/<id>.md` shipped in the extension as a preview. */
import * as vscode from 'vscode';

export interface RuleDoc {
  id: string;
  title: string;
  uri: vscode.Uri;
}

/** Every rule page under the extension's `docs/rules`, sorted by id (`deflecting/x` lives in a folder). */
export async function listRuleDocs(extensionUri: vscode.Uri): Promise<RuleDoc[]> {
  const root = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const out: RuleDoc[] = [];
  const walk = async (dir: vscode.Uri, prefix: string) => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory) await walk(uri, `${prefix}${name}/`);
      else if (name.endsWith('.md') && !/^(README|index)\.md$/i.test(name)) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.replace(/`/g, '').trim() ?? '';
        const summary = text.split(/\r?\n/).find((l) => l.trim() && !l.startsWith('#') && !l.startsWith('---'))?.trim() ?? '';
        out.push({ id: `${prefix}${name.slice(0, -3)}`, title: summary || heading, uri });
      }
    }
  };
  await walk(root, '');
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Runs the command; `ruleId` skips the pick. Returns the opened page, if any. */
export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<vscode.Uri | undefined> {
  const docs = await listRuleDocs(extensionUri);
  if (!docs.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No rule documentation is installed with this extension.'));
    return undefined;
  }
  const chosen =
    docs.find((d) => d.id === ruleId) ??
    (await vscode.window.showQuickPick(
      docs.map((d) => ({ label: d.id, detail: d.title, doc: d })),
      { title: vscode.l10n.t('Show rule documentation'), placeHolder: vscode.l10n.t('Pick a rule'), matchOnDetail: true },
    ))?.doc;
  if (!chosen) return undefined;
  await vscode.commands.executeCommand('markdown.showPreview', chosen.uri);
  return chosen.uri;
}
