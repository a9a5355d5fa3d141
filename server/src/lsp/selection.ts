/** Which open documents the server lints: macro files, config files, or neither. */
import { basename } from 'node:path';
import type { DocumentFormat } from '../engine/types';
import { CONFIG_NAMES } from '../node/config-loader';
import { isMacroFile } from '../node/discover';
import { MACRO_HEAD_CHARS, looksLikeMacro } from '../engine/model/macro-file';
import { fsPathOf, type DocumentSettings } from './settings';

export type DocumentKind = { kind: 'macro'; format: DocumentFormat } | { kind: 'config' } | { kind: 'none' };

interface DocLike {
  uri: string;
  languageId: string;
  getText(): string;
}

/** Markdown or YAML from the language id, else from the file extension. */
export function formatOfDocument(doc: { uri: string; languageId: string }): DocumentFormat | undefined {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'yaml') return 'yaml';
  const path = doc.uri.replace(/[?#].*$/, '');
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

export { looksLikeMacro };

/** What the server does with a document under its settings. */
export function classify(doc: DocLike, settings: DocumentSettings): DocumentKind {
  const path = fsPathOf(doc.uri);
  if (path && CONFIG_NAMES.includes(basename(path))) return { kind: 'config' };
  const format = formatOfDocument(doc);
  if (!format) return { kind: 'none' };
  if (!path) {
    // Untitled buffers (and other schemes) have no path for the globs: look at the content.
    return doc.languageId === 'macrolint' || looksLikeMacro(doc.getText(), format) ? { kind: 'macro', format } : { kind: 'none' };
  }
  const root = settings.root ?? '/';
  const { files, ignores } = settings.config;
  const text = format === 'markdown' ? doc.getText().slice(0, MACRO_HEAD_CHARS) : '';
  if (format === 'yaml') {
    // isMacroFile only looks at front matter for Markdown; YAML goes by the globs.
    return isMacroFile(path, root, files, ignores, 'x') ? { kind: 'macro', format } : { kind: 'none' };
  }
  return isMacroFile(path, root, files, ignores, text) ? { kind: 'macro', format } : { kind: 'none' };
}
