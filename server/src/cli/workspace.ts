/**
 * The CLI side of library curation: the workspace index over the whole library (the files the CLI
 * lints plus the rest of the library, indexed only), and the `macrolint report` command's rendering choices.
 */
import { sep } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Config } from '../engine/config';
import { WorkspaceIndex, type WorkspaceFinding } from '../engine/workspace';
import { lineStarts } from '../engine/text';
import { lineColumn, type ReportRelated } from './format';

export interface IndexedFile {
  file: string;
  text: string;
  config: Config;
}

/** The uri the index uses for a file path. */
export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The uri of each indexed file, made once (buildIndex and workspaceFindings both need every file's). */
const uris = new WeakMap<IndexedFile, { file: string; uri: string }>();

function uriOf(f: IndexedFile): string {
  let u = uris.get(f);
  if (u?.file !== f.file) uris.set(f, (u = { file: f.file, uri: fileUri(f.file) }));
  return u.uri;
}

/** The workspace index of the files (path → uri), built once. */
export function buildIndex(files: readonly IndexedFile[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const f of files) index.update(uriOf(f), f.text, f.config);
  return index;
}

/**
 * Workspace findings by file path of the files in `reportOn` (default: every indexed file), and a
 * resolver of their related locations to lines and columns (`files` holds every indexed file's text).
 */
export function workspaceFindings(
  files: readonly IndexedFile[],
  index = buildIndex(files),
  reportOn: readonly string[] = files.map((f) => f.file),
): { byFile: Map<string, WorkspaceFinding[]>; locate: (uri: string, start: number, end: number) => ReportRelated } {
  const byUri = new Map(files.map((f) => [uriOf(f), f]));
  const uriByFile = new Map(files.map((f) => [f.file, uriOf(f)]));
  const byFile = new Map<string, WorkspaceFinding[]>();
  for (const file of reportOn) {
    const list = index.findings(uriByFile.get(file) ?? fileUri(file));
    if (list.length) byFile.set(file, list);
  }
  const starts = new Map<string, number[]>();
  const locate = (uri: string, start: number, end: number): ReportRelated => {
    const f = byUri.get(uri);
    const path = f?.file ?? fileURLToPath(uri);
    let s = starts.get(uri);
    if (!s) starts.set(uri, (s = lineStarts(f?.text ?? '')));
    const a = lineColumn(s, start);
    const b = lineColumn(s, end);
    return { filePath: path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  return { byFile, locate };
}

/** The folders a library is discovered in: each distinct one, none inside another (sorted). */
export function libraryRoots(folders: Iterable<string>): string[] {
  const all = [...new Set(folders)].sort();
  return all.filter((d) => !all.some((o) => o !== d && (d.startsWith(o.endsWith(sep) ? o : o + sep))));
}

/**
 * The library files a lint run indexes besides the files it lints (what a run with no paths would
 * find): read and indexed for the workspace rules, never linted. Unreadable files and files without a
 * usable configuration (`configOf` gives none) are left out.
 */
export function indexOnlyFiles(library: readonly string[], linted: ReadonlySet<string>, configOf: (file: string) => Config | undefined, read: (file: string) => string): IndexedFile[] {
  const out: IndexedFile[] = [];
  for (const file of library) {
    if (linted.has(file)) continue;
    const config = configOf(file);
    if (!config) continue;
    let text: string;
    try {
      text = read(file);
    } catch {
      continue;
    }
    out.push({ file, text, config });
  }
  return out;
}

export const REPORT_FORMATS = ['html', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report format: the flag, else the output file's extension, else Markdown (readable on a terminal). */
export function reportFormat(flag: string | undefined, outputFile: string | undefined): ReportFormat {
  if (flag) return flag as ReportFormat;
  const ext = /\.(html?|json|md|markdown)$/i.exec(outputFile ?? '')?.[1].toLowerCase();
  return ext?.startsWith('htm') ? 'html' : ext === 'json' ? 'json' : 'md';
}
