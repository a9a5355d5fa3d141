/** Code actions: engine fixes as quick fixes, "disable for this line", and fix-all as one minimal edit. */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, ParsedDocument } from '../engine/types';
import type { LintResult } from '../engine/lint';
import { toWorkspaceEdit, SOURCE, type DiagnosticData } from './convert';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.macrolint`;

/** Findings of engine origin that an inline comment cannot (or must not) silence. */
// Notices about the file or about disable comments themselves: a disable comment cannot silence them.
const NOT_DISABLEABLE = new Set(['syntax-error', 'rule-error', 'skipped-file', 'unknown-rule', 'unused-disable-directive']);

/** The finding a diagnostic was made from: by index when the version matches, else by rule id and range. */
export function findingFor(doc: TextDocument, result: LintResult, diag: Diagnostic): Finding | undefined {
  if (diag.source !== SOURCE || typeof diag.code !== 'string') return undefined;
  const data = diag.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === doc.version && typeof data.index === 'number') {
    const f = result.findings[data.index];
    if (f && f.ruleId === diag.code) return f;
  }
  const start = doc.offsetAt(diag.range.start);
  const end = doc.offsetAt(diag.range.end);
  return result.findings.find((f) => f.ruleId === diag.code && f.range.start === start && f.range.end === end);
}

function macroAt(parsed: ParsedDocument, offset: number) {
  return parsed.macros.find((m) => m.range.start <= offset && offset <= m.range.end) ?? parsed.macros[0];
}

/** True when a client's `only` filter admits actions of `kind`. */
export function admits(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Quick fixes and disable actions for the diagnostics of a code action request. With `snippets` (the
 * client supports snippet edits), a fix's blanks become tab stops the author fills in one go.
 */
export function quickFixes(doc: TextDocument, result: LintResult, diagnostics: readonly Diagnostic[], documentChanges: boolean, snippets = false): CodeAction[] {
  const actions: CodeAction[] = [];
  const disables = new Set<string>();
  for (const diag of diagnostics) {
    const finding = findingFor(doc, result, diag);
    if (!finding) continue;
    let preferred = false;
    for (const fix of finding.fixes) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        edit: toWorkspaceEdit(doc, fix.edits, documentChanges, snippets),
      };
      if (!preferred && fix.safe !== false) {
        action.isPreferred = true;
        preferred = true;
      }
      actions.push(action);
    }
    if (NOT_DISABLEABLE.has(finding.ruleId) || !result.parsed) continue;
    const edits = macroAt(result.parsed, finding.range.start)?.disableComment?.(finding.range.start, finding.ruleId);
    if (!edits?.length) continue;
    const key = `${finding.ruleId}@${edits[0].start}`;
    if (disables.has(key)) continue;
    disables.add(key);
    actions.push({
      title: t(finding.locale, 'disableLine', { rule: finding.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      edit: toWorkspaceEdit(doc, edits, documentChanges),
    });
  }
  return actions;
}

/** Locale for document-wide titles: the first finding's (the macro's language), else the UI's. */
export function documentLocale(result: LintResult, fallback: Locale): Locale {
  return result.findings[0]?.locale ?? fallback;
}
