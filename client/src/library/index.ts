/** The library view, its commands and the health report command, wired to the language client. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LIBRARY_CHANGED, LIBRARY_REQUEST, REPORT_REQUEST, type LibraryResult, type ReportParams, type ReportResult } from '../../../server/src/lsp/library-protocol';
import { LibraryTree, VIEW_ID } from './tree';
import { showReport } from './report';

export interface LibraryUi {
  readonly tree: LibraryTree;
  /** Follows a (re)started client: the view refreshes when the server's index changes. */
  attach(client: LanguageClient): void;
}

/** Registers the "Macro library" view and its commands; `client()` starts the server when needed. */
export function registerLibrary(context: vscode.ExtensionContext, client: () => Promise<LanguageClient | undefined>): LibraryUi {
  const tree = new LibraryTree(async () => {
    const c = await client();
    return c ? c.sendRequest<LibraryResult>(LIBRARY_REQUEST, {}) : undefined;
  }, context.workspaceState);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => tree.refresh(), 300);
  };
  context.subscriptions.push(
    tree,
    view,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand('macrolint.library.refresh', () => tree.refresh()),
    vscode.commands.registerCommand('macrolint.library.groupBy', async (grouping?: string) => {
      const g = grouping === 'anger' || grouping === 'locale' || grouping === 'tag' || grouping === 'folder' ? grouping : await tree.pickGrouping();
      if (g) await tree.setGrouping(g);
      return tree.grouping;
    }),
    vscode.commands.registerCommand('macrolint.library.filter', async (filter?: string) => {
      const f =
        typeof filter === 'string'
          ? filter
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter the macro library'),
              prompt: vscode.l10n.t('Words to look for in the title, id, language, anger type, tags or folder'),
              value: tree.filter,
            });
      if (f !== undefined) tree.setFilter(f);
      return tree.visibleEntries();
    }),
    vscode.commands.registerCommand('macrolint.library.clearFilter', () => tree.setFilter('')),
    vscode.commands.registerCommand('macrolint.showReport', async () => {
      const c = await client();
      if (!c) return undefined;
      const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Building the library health report…') }, () =>
        c.sendRequest<ReportResult>(REPORT_REQUEST, { format: 'html' } satisfies ReportParams),
      );
      showReport(r.content);
      return r.content;
    }),
  );
  return {
    tree,
    attach(c) {
      context.subscriptions.push(c.onNotification(LIBRARY_CHANGED, refreshSoon));
      tree.refresh();
    },
  };
}
