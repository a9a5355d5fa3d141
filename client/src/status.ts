/** The status bar item: the macro's locale and anger type, and the file's problem count. */
import * as vscode from 'vscode';
import { parseMacros } from '../../server/src/engine/model';
import { detectLocale, localeFromTag } from '../../server/src/engine/locale';
import type { Macro } from '../../server/src/engine/types';
import { isMacroDocument, settingsFor } from './settings';

/** What the status item shows for one document and cursor offset. */
export interface MacroStatus {
  locale: string;
  anger: string;
  problems: number;
  macros: number;
}

/** The locale and anger of the macro at `offset` (or the first one), from the engine's readers. */
export function describeMacro(uri: string, text: string, languageId: string, offset: number, defaultLocale: string): Omit<MacroStatus, 'problems'> {
  const parsed = parseMacros({ uri, text, format: languageId === 'yaml' ? 'yaml' : 'markdown' });
  const macro: Macro | undefined = parsed.macros.find((m) => offset >= m.range.start && offset <= m.range.end) ?? parsed.macros[0];
  if (!macro) return { locale: defaultLocale === 'auto' ? '?' : defaultLocale, anger: '?', macros: 0 };
  const declared = localeFromTag(macro.meta.locale?.value);
  const locale =
    declared ??
    (defaultLocale !== 'auto' ? defaultLocale : detectLocale(macro.spans.map((s) => s.text).join('\n'))) ??
    '?';
  const anger = macro.meta.anger?.value;
  return { locale: String(locale), anger: typeof anger === 'string' && anger ? anger : '?', macros: parsed.macros.length };
}

export class StatusItem implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('macrolint.status', vscode.StatusBarAlignment.Right, 100);
  readonly #disposables: vscode.Disposable[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.#item.name = 'Macrolint';
    this.#item.command = 'workbench.actions.view.problems';
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.update();
      }),
    );
    this.update();
  }

  /** The status of the active editor, or undefined when it is not a macro. */
  current(): MacroStatus | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMacroDocument(editor.document)) return undefined;
    const doc = editor.document;
    const described = describeMacro(doc.uri.toString(), doc.getText(), doc.languageId, doc.offsetAt(editor.selection.active), settingsFor(doc.uri).locale);
    const problems = vscode.languages.getDiagnostics(doc.uri).filter((d) => String(d.source ?? '').toLowerCase() === 'macrolint').length;
    return { ...described, problems };
  }

  update(): void {
    const s = this.current();
    if (!s) {
      this.#item.hide();
      return;
    }
    const problems = s.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', s.problems);
    this.#item.text = `$(${s.problems ? 'warning' : 'check'}) ${s.locale} · ${s.anger} · ${problems}`;
    this.#item.tooltip = vscode.l10n.t('Macrolint: locale {0}, anger type {1}, {2} in this file. Click to open the Problems panel.', s.locale, s.anger, problems);
    this.#item.show();
  }

  schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.update(), 150);
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.#item.text;
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#item.dispose();
    for (const d of this.#disposables) d.dispose();
  }
}
