/**
 * A YAML library item as a document of its own: what the rewrite validator re-lints instead of the whole
 * file (code actions and fix-all), so one rewrite in a 5,000-macro library costs one item, not the file.
 */
import type { Finding, SourceDocument } from './types';
import { shiftFinding, type LintResult } from './lint';

/** One library item cut out of its file, with the item's findings moved into it. */
export interface LibraryItem {
  /** The file's header (`macros:` and the defaults above it) followed by the item alone. */
  doc: SourceDocument;
  /** The item's findings of the whole file's lint, moved to the item document (macro index 0). */
  findings: Finding[];
  /** The findings of the whole file's lint that `findings` were moved from, in the same order. */
  original: Finding[];
  /** Add to an offset in `doc` to get the offset in the file. */
  delta: number;
  /** The item's macro index in the file. */
  macroIndex: number;
}

/**
 * The library item of macro `macroIndex` as a document of its own (see `LibraryItem`); undefined when
 * the file is not a YAML library read item by item, or when a disable comment in an earlier item could
 * reach into this one (then only the whole file tells what the item's findings are). `own` are the
 * findings of `result` in that macro, when the caller already has them.
 */
export function libraryItem(source: SourceDocument, result: LintResult, macroIndex: number, own?: Finding[]): LibraryItem | undefined {
  const parsed = result.parsed;
  if (!parsed || parsed.format !== 'yaml' || parsed.macros.length < 2) return undefined;
  const macro = parsed.macros[macroIndex];
  const header = parsed.macros[0].source?.start;
  const item = macro?.source;
  if (macro?.index !== macroIndex || macro.sourceHash === undefined || !item || header === undefined || header > item.start) return undefined;
  if (parsed.directives.some((d) => d.range.start >= header && d.range.start < item.start)) return undefined;
  const text = source.text.slice(0, header) + source.text.slice(item.start, item.end);
  const delta = item.start - header;
  const original = own ?? result.findings.filter((f) => f.macroIndex === macroIndex);
  return { doc: { ...source, text }, findings: original.map((f) => shiftFinding(f, -delta, 0)), original, delta, macroIndex };
}
