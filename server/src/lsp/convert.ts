/** Engine data (UTF-16 offsets) to LSP data (line/character) and back. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding, Range, Severity } from '../engine/types';
import { getRule } from '../engine/rules';
import { ruleDocsPath } from '../engine/rule';

export const SOURCE = 'macrolint';

/** What a diagnostic carries for code actions: which lint (document version) and which finding. */
export interface DiagnosticData {
  version: number;
  index: number;
  ruleId: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** LSP range of an engine range. */
export function toRange(doc: TextDocument, r: Range) {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

/** Engine-level finding ids (not rules) that have a documentation page. */
const ENGINE_PAGES = new Set(['rule-error']);

/** Absolute link to a rule's page, or undefined for ids that have no page (test rules, `skipped-file`). */
export function ruleHref(ruleId: string, base: string): string | undefined {
  return getRule(ruleId) || ENGINE_PAGES.has(ruleId) ? `${base}${ruleDocsPath(ruleId)}` : undefined;
}

/** The diagnostic of finding number `index` of the lint of `doc` at its current version. */
export function toDiagnostic(doc: TextDocument, finding: Finding, index: number, docsBase: string): Diagnostic {
  const href = ruleHref(finding.ruleId, docsBase);
  const data: DiagnosticData = { version: doc.version, index, ruleId: finding.ruleId };
  return {
    range: toRange(doc, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    // Findings of other rules on the same span, folded into this one by declared precedence.
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.range) }, message: `${r.ruleId}: ${r.message}` })) }
      : {}),
    data,
  };
}

/** LSP text edits of engine edits. */
export function toTextEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));
}

/** A workspace edit on one document, versioned when the client understands documentChanges. */
export function toWorkspaceEdit(doc: TextDocument, edits: readonly Edit[], documentChanges: boolean): WorkspaceEdit {
  const textEdits = toTextEdits(doc, edits);
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] }
    : { changes: { [doc.uri]: textEdits } };
}
