/**
 * The library's custom LSP messages, shared by the server (library.ts) and the VS Code client: plain
 * constants and types only, so the client bundle does not pull in the server.
 */
import type { Range } from 'vscode-languageserver-types';

export const LIBRARY_REQUEST = 'macrolint/library';
export const REPORT_REQUEST = 'macrolint/report';
/** Sent (debounced) whenever the index or the problem counts change, so the library view refreshes. */
export const LIBRARY_CHANGED = 'macrolint/libraryChanged';
/** Server command behind "open the other macro": `window/showDocument` at `[uri, range]`. */
export const OPEN_MACRO_COMMAND = 'macrolint.openMacro';

/** One macro of the `macrolint/library` answer. */
export interface LibraryEntry {
  uri: string;
  /** Position of the macro in its file (YAML libraries hold several). */
  index: number;
  id?: string;
  title?: string;
  locale?: string;
  anger?: string;
  tags: string[];
  /** Folder of the file relative to its workspace folder ('' at the root), with `/` separators. */
  folder: string;
  /** The macro in its file: the view opens the file there. */
  range: Range;
  /** Findings of the macro: its own lint plus the workspace rules. */
  problems: number;
}

export interface LibraryResult {
  macros: LibraryEntry[];
  /** True while the start-up index is still being built (the list is partial). */
  indexing: boolean;
}

export interface ReportParams {
  format?: 'html' | 'json' | 'md';
}

export interface ReportResult {
  format: 'html' | 'json' | 'md';
  content: string;
}
