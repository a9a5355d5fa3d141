/** Engine data (UTF-16 offsets) to LSP data (line/character) and back. */
import { DiagnosticSeverity, type Diagnostic, type SnippetTextEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
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

/** Escapes snippet syntax (`$`, `}`, `\\`) so text is inserted as it is. */
function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** The snippet of an edit whose blanks become tab stops (`${1:[Day]}`), in order, with the cursor after the last. */
export function snippetOf(edit: Edit): string {
  let out = '';
  let at = 0;
  (edit.blanks ?? []).forEach((b, i) => {
    out += `${snippetText(edit.text.slice(at, b.start))}\${${i + 1}:${snippetText(edit.text.slice(b.start, b.end))}}`;
    at = b.end;
  });
  return out + snippetText(edit.text.slice(at));
}

/**
 * A workspace edit on one document, versioned when the client understands documentChanges. With
 * `snippets` (the client declared `workspace.workspaceEdit.snippetEditSupport`, LSP 3.18, which only
 * applies to documentChanges), edits with blanks become snippet edits whose blanks are tab stops.
 */
export function toWorkspaceEdit(doc: TextDocument, edits: readonly Edit[], documentChanges: boolean, snippets = false): WorkspaceEdit {
  if (documentChanges && snippets && edits.some((e) => e.blanks?.length)) {
    const mixed: (TextEdit | SnippetTextEdit)[] = edits.map((e) =>
      e.blanks?.length ? { range: toRange(doc, e), snippet: { kind: 'snippet', value: snippetOf(e) } } : { range: toRange(doc, e), newText: e.text },
    );
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: mixed }] };
  }
  const textEdits = toTextEdits(doc, edits);
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] }
    : { changes: { [doc.uri]: textEdits } };
}
