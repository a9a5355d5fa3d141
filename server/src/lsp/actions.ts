/** Code actions: engine fixes as quick fixes, "disable for this line", and fix-all as one minimal edit. */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, ParsedDocument, SourceDocument } from '../engine/types';
import type { LintOptions, LintResult } from '../engine/lint';
import type { Config } from '../engine/config';
import { validateByItem } from '../engine/fix';
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

/** Most rewrites offered per finding, best first. */
export const MAX_ALTERNATIVES = 3;

const REVIEW: Record<Locale, string> = { en: '{title} (check it: {reasons})', es: '{title} (revísalo: {reasons})' };

/** The title of a fix: a rewrite the validator demoted says why, so the author reads it before applying. */
function titleOf(fix: Fix, locale: Locale): string {
  if (!fix.rejected?.length) return fix.title;
  return REVIEW[locale].replace('{title}', fix.title).replace('{reasons}', fix.rejected.join('; '));
}

/**
 * The lint result with the rewrites of the findings behind `diagnostics` validated (lazily: only the
 * findings a code action request asks about). Indices of findings are kept.
 */
export function validatedResult(doc: TextDocument, source: SourceDocument, result: LintResult, diagnostics: readonly Diagnostic[], config: Config, options: LintOptions): LintResult {
  const wanted = new Set(diagnostics.map((d) => findingFor(doc, result, d)).filter((f): f is Finding => !!f && f.fixes.some((x) => x.rewrite)));
  if (!wanted.size) return result;
  // In a library, each finding is validated in its item alone (the engine's `validateByItem`): the
  // validator re-lints the text before and after the rewrite, and a whole 5,000-macro file costs seconds
  // where one item costs milliseconds.
  const findings = validateByItem({ doc: source, config, options: { ...options, cache: undefined } }, source.text, result, (f) => wanted.has(f));
  return { ...result, findings };
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
    // Rewrites best first: validated safe ones before quick fixes, at most three; other fixes follow.
    const rewrites = finding.fixes.filter((x) => x.rewrite);
    const ordered = [...rewrites.filter((x) => x.safe !== false), ...rewrites.filter((x) => x.safe === false)].slice(0, MAX_ALTERNATIVES);
    const fixes = [...ordered, ...finding.fixes.filter((x) => !x.rewrite)];
    let preferred = false;
    for (const fix of fixes) {
      const action: CodeAction = {
        title: titleOf(fix, finding.locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        edit: toWorkspaceEdit(doc, fix.edits, documentChanges, snippets),
      };
      if (fix.rejected?.length) action.data = { rejected: fix.rejected };
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
