/** Code actions: engine fixes as quick fixes, "disable for this line", and fix-all as one minimal edit. */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, ParsedDocument, SourceDocument } from '../engine/types';
import type { LintOptions, LintResult } from '../engine/lint';
import type { Config } from '../engine/config';
import { validateByItem } from '../engine/fix';
import { libraryItem } from '../engine/library-item';
import { toWorkspaceEdit, SOURCE, type DiagnosticData } from './convert';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.macrolint`;

/** Findings of engine origin that an inline comment cannot (or must not) silence. */
// Notices about the file or about disable comments themselves: a disable comment cannot silence them.
const NOT_DISABLEABLE = new Set(['syntax-error', 'rule-error', 'skipped-file', 'unknown-rule', 'unused-disable-directive']);

/** The finding a diagnostic was made from: by index when the version matches, else by rule id and range. */
export function findingFor(doc: TextDocument, result: LintResult, diag: Diagnostic): Finding | undefined {
  const i = findingIndex(doc, result, diag);
  return i < 0 ? undefined : findingAt(result, i);
}

/** Where in `result.findings` the finding of `diag` is (see `findingFor`); -1 when it is not there. */
function findingIndex(doc: TextDocument, result: LintResult, diag: Diagnostic): number {
  if (diag.source !== SOURCE || typeof diag.code !== 'string') return -1;
  const data = diag.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === doc.version && typeof data.index === 'number') {
    const f = findingAt(result, data.index);
    if (f && f.ruleId === diag.code) return data.index;
  }
  // A diagnostic kept from an earlier version (diagnostics.ts reuses those of unchanged macros).
  return rangeIndex(result, diag.code, doc.offsetAt(diag.range.start), doc.offsetAt(diag.range.end));
}

/** The index of the first finding of rule `ruleId` on exactly `start`–`end`, read through the groups; -1 if none. */
function rangeIndex(result: LintResult, ruleId: string, start: number, end: number): number {
  if (result instanceof ValidatedResult) return result.rangeIndex(ruleId, start, end);
  const groups = result.groups;
  if (!groups) return result.findings.findIndex((f) => f.ruleId === ruleId && f.range.start === start && f.range.end === end);
  let index = 0;
  for (const g of groups) {
    // A group's findings are relative to its base (0 for absolute ones): no shifted copies are made.
    const k = g.findings.findIndex((f) => f.ruleId === ruleId && f.range.start + g.base === start && f.range.end + g.base === end);
    if (k >= 0) return index + k;
    index += g.findings.length;
  }
  return -1;
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
  const indices = new Set<number>();
  for (const d of diagnostics) {
    const i = findingIndex(doc, result, d);
    if (i >= 0 && findingAt(result, i)!.fixes.some((x) => x.rewrite)) indices.add(i);
  }
  if (!indices.size) return result;
  // In a library, each finding is validated in its item alone (the engine's `validateByItem`): the
  // validator re-lints the text before and after the rewrite, and a whole 5,000-macro file costs seconds
  // where one item costs milliseconds.
  const ctx = { doc: source, config, options: { ...options, cache: undefined } };
  const items = itemFindings(source, result, indices);
  if (!items) {
    const all = result.findings;
    const wanted = new Set([...indices].map((i) => all[i]));
    // Without the groups: they hold the findings before validation (`findingAt` reads groups first).
    return { parsed: result.parsed, findings: validateByItem(ctx, source.text, result, (f) => wanted.has(f)) };
  }
  // Only the findings of the items asked about: the whole file's list (made from its groups on first
  // read, 20-40 ms after each edit of a 5,000-macro library) is not needed to validate one item.
  const { findings, at, wanted } = items;
  const validated = validateByItem(ctx, source.text, { parsed: result.parsed, findings }, (f) => wanted.has(f));
  const replaced = new Map<number, Finding>();
  validated.forEach((f, k) => {
    if (f !== findings[k]) replaced.set(at[k], f);
  });
  return new ValidatedResult(result, replaced);
}

/**
 * The finding at `index` of `result.findings`, read through the result's groups when it has them: a
 * light-bulb request on a big library does not make the list of all its findings.
 */
function findingAt(result: LintResult, index: number): Finding | undefined {
  if (result instanceof ValidatedResult) return result.at(index);
  const groups = result.groups;
  if (!groups) return result.findings[index];
  let i = index;
  for (const g of groups) {
    if (i < g.findings.length) return g.absolute()[i];
    i -= g.findings.length;
  }
  return undefined;
}

/**
 * Every finding of the macros of the findings at `indices`, in file order, with their indices in
 * `result.findings` (`at`) and the ones at `indices` (`wanted`); undefined when the result has no groups,
 * one of those findings is not in a macro, or a macro's item cannot be validated alone (then
 * `validateByItem` needs the whole list).
 */
function itemFindings(source: SourceDocument, result: LintResult, indices: ReadonlySet<number>): { findings: Finding[]; at: number[]; wanted: Set<Finding> } | undefined {
  const groups = result.groups;
  if (!groups || !result.parsed) return undefined;
  const macros = new Set<number>();
  for (const i of indices) {
    const m = findingAt(result, i)?.macroIndex;
    if (m === undefined) return undefined;
    macros.add(m);
  }
  const findings: Finding[] = [];
  const at: number[] = [];
  const wanted = new Set<Finding>();
  const byMacro = new Map<number, Finding[]>();
  let index = 0;
  for (const g of groups) {
    // A macro's group holds that macro's findings only; document-level runs are looked through.
    if (g.macroIndex === undefined || macros.has(g.macroIndex)) {
      // One read of the group: the objects validated are the ones `wanted` holds.
      g.absolute().forEach((f, k) => {
        if (f.macroIndex === undefined || !macros.has(f.macroIndex)) return;
        findings.push(f);
        at.push(index + k);
        if (indices.has(index + k)) wanted.add(f);
        let list = byMacro.get(f.macroIndex);
        if (!list) byMacro.set(f.macroIndex, (list = []));
        list.push(f);
      });
    }
    index += g.findings.length;
  }
  for (const m of macros) if (!libraryItem(source, result, m, byMacro.get(m) ?? [])) return undefined;
  return { findings, at, wanted };
}

/** A lint result with some findings replaced by their validated copies, by index (made lazily, like the result). */
class ValidatedResult implements LintResult {
  readonly #base: LintResult;
  readonly #replaced: ReadonlyMap<number, Finding>;
  #findings: Finding[] | undefined;
  constructor(base: LintResult, replaced: ReadonlyMap<number, Finding>) {
    this.#base = base;
    this.#replaced = replaced;
  }
  get parsed(): ParsedDocument | undefined {
    return this.#base.parsed;
  }
  get findings(): Finding[] {
    return (this.#findings ??= this.#base.findings.map((f, i) => this.#replaced.get(i) ?? f));
  }
  set findings(value: Finding[]) {
    this.#findings = value;
  }
  /** `rangeIndex` of the result (validation changes fixes, never ranges). */
  rangeIndex(ruleId: string, start: number, end: number): number {
    if (this.#findings) return this.#findings.findIndex((f) => f.ruleId === ruleId && f.range.start === start && f.range.end === end);
    return rangeIndex(this.#base, ruleId, start, end);
  }
  /** The finding at `index` of `findings`, without making the list. */
  at(index: number): Finding | undefined {
    if (this.#findings) return this.#findings[index];
    return this.#replaced.get(index) ?? findingAt(this.#base, index);
  }
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
