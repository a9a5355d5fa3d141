/** Reading the `macrolint.*` settings and deciding which documents are macros. */
import * as vscode from 'vscode';
import { DEFAULT_FILES } from '../../server/src/engine/config';
import { hasMacroFrontMatter, looksLikeMacro } from '../../server/src/engine/model/macro-file';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  files: string[];
  locale: 'auto' | 'en' | 'es';
  helpdesk: string;
}

/** The settings that apply to a resource (or the window when undefined). */
export function settingsFor(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('macrolint', scope ?? null);
  const files = c.get<string[]>('files', DEFAULT_FILES);
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<'onType' | 'onSave'>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    files: Array.isArray(files) && files.length ? files.filter((f) => typeof f === 'string') : DEFAULT_FILES,
    locale: c.get<'auto' | 'en' | 'es'>('locale', 'auto'),
    helpdesk: c.get<string>('helpdesk', 'generic'),
  };
}

export const LANGUAGES = ['markdown', 'yaml'] as const;

export { hasMacroFrontMatter };

/**
 * True when the document is a macro: an untitled Markdown/YAML buffer that looks like one, a file matching the
 * `macrolint.files` globs, or a Markdown file whose front matter declares a macro.
 */
export function isMacroDocument(doc: vscode.TextDocument): boolean {
  if (!(LANGUAGES as readonly string[]).includes(doc.languageId)) return false;
  // The same content check as the server's: an unsaved buffer has no path for the globs.
  if (doc.uri.scheme === 'untitled') return looksLikeMacro(doc.getText(), doc.languageId === 'yaml' ? 'yaml' : 'markdown');
  if (doc.uri.scheme !== 'file') return false;
  const { enable, files } = settingsFor(doc.uri);
  if (!enable) return false;
  const selector = files.map((pattern) => ({ language: doc.languageId, pattern }));
  if (vscode.languages.match(selector, doc) > 0) return true;
  return doc.languageId === 'markdown' && hasMacroFrontMatter(doc.getText());
}
