/**
 * "Is this text a macro?" from its content: the one place the editor client, the language server and
 * the CLI decide it (the globs of `files` are checked by each of them against their own paths first).
 * Pure: reads only the first MACRO_HEAD_CHARS characters, so the answer is cheap and the same everywhere.
 */
import type { DocumentFormat } from '../types';

/** How much of a file the content checks read (front matter, markers, hints must sit in it). */
export const MACRO_HEAD_CHARS = 8192;

const FRONT_MATTER_KEY = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n)*?(?:anger|macro)[ \t]*:/;

/** True when a Markdown text's front matter (within the first MACRO_HEAD_CHARS) declares `anger` or `macro`. */
export function hasMacroFrontMatter(text: string): boolean {
  const head = text.slice(0, MACRO_HEAD_CHARS);
  if (!head.startsWith('---') && !head.startsWith('\uFEFF---')) return false;
  const close = head.search(/\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/);
  const fm = close > 0 ? head.slice(0, close + 1) : head;
  return FRONT_MATTER_KEY.test(fm + '\n');
}

const SECTION_WORD = '(?:acknowledge|align|assure|reconocer|alinear|asegurar)';
const MD_SECTION = new RegExp(`^#{1,6}[ \\t]+${SECTION_WORD}\\b|^<!--\\s*${SECTION_WORD}\\s*-->`, 'im');
const YAML_MACRO = new RegExp(`^macros[ \\t]*:|^[ \\t]*(?:-[ \\t]+)?(?:${SECTION_WORD}|anger)[ \\t]*:`, 'im');
const HINT = /<!--\s*macrolint\b|^#\s*macrolint\b/m;

/** True when a text with no path to match (an unsaved buffer) looks like a macro: front matter, section markers, a hint. */
export function looksLikeMacro(text: string, format: DocumentFormat): boolean {
  const head = text.slice(0, MACRO_HEAD_CHARS);
  if (HINT.test(head)) return true;
  if (format === 'markdown') return hasMacroFrontMatter(head) || MD_SECTION.test(head);
  return YAML_MACRO.test(head);
}
