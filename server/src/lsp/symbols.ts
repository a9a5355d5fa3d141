/** Document symbols: each macro, with its sections as children (an outline for YAML libraries). */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../engine/config';
import type { ParsedDocument, Range } from '../engine/types';
import { resolveLocale } from '../engine/lint';
import { sectionLabel } from '../engine/model/common';
import { toRange } from './convert';

function inside(inner: Range, outer: Range): Range {
  const start = Math.min(Math.max(inner.start, outer.start), outer.end);
  return { start, end: Math.max(start, Math.min(inner.end, outer.end)) };
}

/** The outline of a parsed document. */
export function documentSymbols(doc: TextDocument, parsed: ParsedDocument, config: Config): DocumentSymbol[] {
  return parsed.macros.map((macro) => {
    const { locale } = resolveLocale(macro, config);
    const range = macro.range;
    const anger = macro.meta.anger?.value;
    const children: DocumentSymbol[] = macro.sections.map((s) => {
      const r = inside(s.range, range);
      return {
        name: sectionLabel(s.move, locale),
        detail: s.move,
        kind: SymbolKind.Field,
        range: toRange(doc, r),
        selectionRange: toRange(doc, inside(s.headerRange, r)),
      };
    });
    return {
      name: macro.title || macro.id || `macro ${macro.index + 1}`,
      detail: [macro.id && macro.title ? macro.id : undefined, typeof anger === 'string' ? `anger: ${anger}` : undefined].filter(Boolean).join(' · ') || undefined,
      kind: macro.format === 'yaml' ? SymbolKind.Object : SymbolKind.Module,
      range: toRange(doc, range),
      selectionRange: toRange(doc, inside(macro.nameRange, range)),
      children,
    };
  });
}
