/** "New macro…": pick an anger type, a language and a format, get an untitled macro from the snippet. */
import * as vscode from 'vscode';

export type Kind = 'before' | 'during' | 'after' | 'report';
export type MacroLanguage = 'en' | 'es';
export type MacroFormat = 'markdown' | 'yaml';

export interface NewMacroArgs {
  kind?: Kind;
  locale?: MacroLanguage;
  format?: MacroFormat;
}

/** The snippet prefix for an anger type and language (the same table as snippets/*.json). */
export const PREFIXES: Record<MacroLanguage, Record<Kind, string>> = {
  en: { before: 'macro-before', during: 'macro-during', after: 'macro-after', report: 'macro-report' },
  es: { before: 'macro-antes', during: 'macro-durante', after: 'macro-despues', report: 'macro-informe' },
};

interface SnippetFile {
  [name: string]: { prefix: string | string[]; body: string | string[]; description?: string };
}

/** The body of the snippet with this prefix in the extension's snippet file for `format`. */
export async function snippetBody(extensionUri: vscode.Uri, format: MacroFormat, prefix: string): Promise<string | undefined> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', `${format}.json`));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
  for (const s of Object.values(snippets)) {
    const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    if (prefixes.includes(prefix)) return Array.isArray(s.body) ? s.body.join('\n') : s.body;
  }
  return undefined;
}

async function pick<T>(items: Array<vscode.QuickPickItem & { value: T }>, title: string, step: number): Promise<T | undefined> {
  const chosen = await vscode.window.showQuickPick(items, { title: `${title} (${step}/3)`, placeHolder: title, ignoreFocusOut: true });
  return chosen?.value;
}

/** Runs the command; returns the new editor, or undefined when the user cancelled. */
export async function newMacro(extensionUri: vscode.Uri, args: NewMacroArgs = {}): Promise<vscode.TextEditor | undefined> {
  const kind =
    args.kind ??
    (await pick<Kind>(
      [
        { label: vscode.l10n.t('Angry before contacting us'), description: 'before', detail: vscode.l10n.t('Something already went wrong: restate it in their words.'), value: 'before' },
        { label: vscode.l10n.t('Angry during the conversation'), description: 'during', detail: vscode.l10n.t('Our handling made it worse: own our part, never "as I said".'), value: 'during' },
        { label: vscode.l10n.t('Angry after the conversation'), description: 'after', detail: vscode.l10n.t('The fix did not hold: own it, give a follow-up time, offer goodwill.'), value: 'after' },
        { label: vscode.l10n.t('Service-failure fact report'), description: 'report', detail: vscode.l10n.t('What happened, impact, cause, what we did, what changes, compensation, next update.'), value: 'report' },
      ],
      vscode.l10n.t('Which customer is this macro for?'),
      1,
    ));
  if (!kind) return undefined;
  const locale =
    args.locale ??
    (await pick<MacroLanguage>(
      [
        { label: vscode.l10n.t('English'), description: 'en', value: 'en' },
        { label: vscode.l10n.t('Spanish'), description: 'es', value: 'es' },
      ],
      vscode.l10n.t('Language of the reply'),
      2,
    ));
  if (!locale) return undefined;
  const format =
    args.format ??
    (await pick<MacroFormat>(
      [
        { label: 'Markdown', description: vscode.l10n.t('one macro per file, with front matter'), value: 'markdown' },
        { label: 'YAML', description: vscode.l10n.t('an item of a macro library'), value: 'yaml' },
      ],
      vscode.l10n.t('File format'),
      3,
    ));
  if (!format) return undefined;
  const body = await snippetBody(extensionUri, format, PREFIXES[locale][kind]);
  if (body === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No snippet found for {0}.', PREFIXES[locale][kind]));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: format, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  const template = format === 'yaml' ? `macros:\n  ${body.replace(/\n/g, '\n  ')}` : body;
  await editor.insertSnippet(new vscode.SnippetString(template), new vscode.Position(0, 0));
  return editor;
}
