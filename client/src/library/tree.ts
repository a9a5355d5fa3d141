/**
 * The "Macro library" view in the Explorer: every macro of the workspace index (`macrolint/library`),
 * grouped by anger type, locale, tag or folder, with its locale and problem count; a filter narrows it.
 */
import * as vscode from 'vscode';
import type { LibraryEntry, LibraryResult } from '../../../server/src/lsp/library-protocol';

export const VIEW_ID = 'macrolint.library';
export type Grouping = 'anger' | 'locale' | 'tag' | 'folder';
export const GROUPINGS: readonly Grouping[] = ['anger', 'locale', 'tag', 'folder'];

/** Asks the running server for the library (undefined when the server is off). */
export type LibrarySource = () => Promise<LibraryResult | undefined>;

interface GroupNode {
  kind: 'group';
  key: string;
  label: string;
  macros: LibraryEntry[];
}
interface MacroNode {
  kind: 'macro';
  entry: LibraryEntry;
  /** The group it is shown in (a macro with several tags is in several groups). */
  group: string;
}
type Node = GroupNode | MacroNode;

/** The label of a group: the value itself, or what "none" means for this grouping. */
function groupLabel(grouping: Grouping, key: string): string {
  if (key) return key;
  switch (grouping) {
    case 'anger':
      return vscode.l10n.t('No anger type');
    case 'locale':
      return vscode.l10n.t('Unknown language');
    case 'tag':
      return vscode.l10n.t('No tags');
    default:
      return vscode.l10n.t('Workspace root');
  }
}

/** The keys a macro is filed under (a macro with several tags is under each). */
function keysOf(e: LibraryEntry, grouping: Grouping): string[] {
  switch (grouping) {
    case 'anger':
      return [e.anger ?? ''];
    case 'locale':
      return [e.locale ?? ''];
    case 'tag':
      return e.tags.length ? e.tags : [''];
    default:
      return [e.folder];
  }
}

/** True when every word of `filter` occurs in the macro's id, title, locale, anger, tags or folder. */
export function matchesFilter(e: LibraryEntry, filter: string): boolean {
  const hay = [e.id, e.title, e.locale, e.anger, e.folder, ...e.tags].filter(Boolean).join(' ').toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/** Groups entries (sorted by label; the "none" group last; macros by title). */
export function groupEntries(entries: readonly LibraryEntry[], grouping: Grouping): { key: string; macros: LibraryEntry[] }[] {
  const groups = new Map<string, LibraryEntry[]>();
  for (const e of entries) for (const k of keysOf(e, grouping)) groups.set(k, [...(groups.get(k) ?? []), e]);
  const byTitle = (a: LibraryEntry, b: LibraryEntry) => (a.title ?? a.id ?? '').localeCompare(b.title ?? b.id ?? '') || a.uri.localeCompare(b.uri);
  return [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([key, macros]) => ({ key, macros: macros.sort(byTitle) }));
}

/** "1 problem" / "3 problems" / "no problems", in the UI language. */
export function problemLabel(n: number): string {
  return n === 0 ? vscode.l10n.t('no problems') : n === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', n);
}

export class LibraryTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  #entries: LibraryEntry[] | undefined;
  #indexing = false;
  #loading: Promise<LibraryEntry[]> | undefined;
  #grouping: Grouping;
  #filter = '';
  view: vscode.TreeView<Node> | undefined;

  constructor(
    readonly source: LibrarySource,
    readonly state: vscode.Memento,
  ) {
    const saved = state.get<Grouping>('macrolint.library.groupBy');
    this.#grouping = saved && GROUPINGS.includes(saved) ? saved : 'anger';
    void vscode.commands.executeCommand('setContext', 'macrolint.library.filtered', false);
  }

  get grouping(): Grouping {
    return this.#grouping;
  }

  get filter(): string {
    return this.#filter;
  }

  async setGrouping(g: Grouping): Promise<void> {
    this.#grouping = g;
    await this.state.update('macrolint.library.groupBy', g);
    this.#render();
  }

  setFilter(f: string): void {
    this.#filter = f.trim();
    void vscode.commands.executeCommand('setContext', 'macrolint.library.filtered', !!this.#filter);
    this.#render();
  }

  /** Drops the cached library and asks the server again on the next render. */
  refresh(): void {
    this.#entries = undefined;
    this.#loading = undefined;
    this.#render();
  }

  /** What the view shows right now (after filter), loading it if needed: for tests and the commands. */
  async visibleEntries(): Promise<LibraryEntry[]> {
    return (await this.#load()).filter((e) => matchesFilter(e, this.#filter));
  }

  #render(): void {
    this.#changed.fire(undefined);
  }

  #load(): Promise<LibraryEntry[]> {
    if (this.#entries) return Promise.resolve(this.#entries);
    this.#loading ??= this.source().then(
      (r) => {
        this.#indexing = !!r?.indexing;
        return (this.#entries = r?.macros ?? []);
      },
      (err: unknown) => {
        this.#loading = undefined;
        throw err;
      },
    );
    return this.#loading;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'macro') return [];
    if (node?.kind === 'group') return node.macros.map((entry) => ({ kind: 'macro', entry, group: node.key }));
    const all = await this.#load();
    const shown = all.filter((e) => matchesFilter(e, this.#filter));
    if (this.view) {
      const filtered = this.#filter ? vscode.l10n.t('Filter: "{0}" ({1} of {2} macros)', this.#filter, shown.length, all.length) : undefined;
      this.view.message = [this.#indexing ? vscode.l10n.t('Indexing the macro library…') : undefined, filtered].filter(Boolean).join(' ') || undefined;
      this.view.description = vscode.l10n.t('by {0}', this.#groupingName(this.#grouping));
    }
    if (!shown.length) return [];
    return groupEntries(shown, this.#grouping).map(({ key, macros }) => ({ kind: 'group', key, label: groupLabel(this.#grouping, key), macros }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const problems = node.macros.reduce((n, e) => n + e.problems, 0);
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.#grouping}:${node.key}`;
      item.description = `${node.macros.length} · ${problemLabel(problems)}`;
      item.contextValue = 'macrolint.libraryGroup';
      item.iconPath = new vscode.ThemeIcon(this.#grouping === 'folder' ? 'folder' : this.#grouping === 'tag' ? 'tag' : this.#grouping === 'locale' ? 'globe' : 'flame');
      return item;
    }
    const e = node.entry;
    const uri = vscode.Uri.parse(e.uri);
    const item = new vscode.TreeItem(e.title || e.id || vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
    item.id = `macro:${this.#grouping}:${node.group}:${e.uri}#${e.index}`;
    item.description = `${e.locale ?? '?'} · ${problemLabel(e.problems)}`;
    item.iconPath = new vscode.ThemeIcon(e.problems ? 'warning' : 'pass', e.problems ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${(e.title || e.id || '').replace(/[\\`*_[\]]/g, '\\$&')}**\n\n`);
    tip.appendMarkdown(`${vscode.l10n.t('id')}: \`${e.id ?? '—'}\` · ${vscode.l10n.t('language')}: ${e.locale ?? '?'} · ${vscode.l10n.t('anger')}: ${e.anger ?? '—'}\n\n`);
    if (e.tags.length) tip.appendMarkdown(`${vscode.l10n.t('tags')}: ${e.tags.join(', ')}\n\n`);
    tip.appendMarkdown(`${vscode.workspace.asRelativePath(uri)} · ${problemLabel(e.problems)}`);
    item.tooltip = tip;
    item.contextValue = 'macrolint.libraryMacro';
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open macro'),
      arguments: [uri, { selection: new vscode.Range(e.range.start.line, e.range.start.character, e.range.start.line, e.range.start.character), preview: false }],
    };
    return item;
  }

  #groupingName(g: Grouping): string {
    return { anger: vscode.l10n.t('anger type'), locale: vscode.l10n.t('language'), tag: vscode.l10n.t('tag'), folder: vscode.l10n.t('folder') }[g];
  }

  /** The quick pick of the grouping command. */
  async pickGrouping(): Promise<Grouping | undefined> {
    const items = GROUPINGS.map((g) => ({ label: this.#groupingName(g), description: g === this.#grouping ? vscode.l10n.t('current') : undefined, value: g }));
    return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group the macro library by') }))?.value;
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
