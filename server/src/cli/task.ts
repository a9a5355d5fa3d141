/**
 * One unit of CLI work (lint a file, or fix it), shared by the main thread and the worker threads so
 * both paths give identical results by construction.
 */
import type { Config } from '../engine/config';
import { fixAll } from '../engine/fix';
import { lint } from '../engine/lint';
import { lineStarts } from '../engine/text';
import type { Finding, ParsedDocument } from '../engine/types';
import type { Rule } from '../engine/rule';
import { TEST_RULES } from './test-rules';
import { lineColumn } from './format';

export interface LintTask {
  file: string;
  text: string;
  config: Config;
  fix: boolean;
  /** Inject the test-only rules. */
  testRules: boolean;
  /** Changed lines (1-based) with `--changed-since`; undefined: the whole file counts as changed. */
  changedLines?: number[];
}

export interface MacroExtent {
  index: number;
  start: number;
  end: number;
}

/** The lint result of a text, enough to scope it to changed lines later (and to cache it). */
export interface LintOutcome {
  findings: Finding[];
  macros: MacroExtent[];
  /** A YAML file or a `layout: library` Markdown file: scoped per macro by `--changed-since`. */
  library: boolean;
}

export interface TaskResult extends LintOutcome {
  /** With `fix`: the fixed text and how it got there. `findings` are then what remains. */
  fixed?: { text: string; passes: number; applied: number };
}

/** Findings that are always reported for a changed file, whichever lines changed. */
const FILE_LEVEL = new Set(['syntax-error', 'skipped-file', 'rule-error']);

function outcomeOf(findings: Finding[], parsed: ParsedDocument | undefined): LintOutcome {
  const library = !!parsed && (parsed.format === 'yaml' || String(parsed.fileMeta.layout?.value ?? '') === 'library');
  return { findings, macros: (parsed?.macros ?? []).map((m) => ({ index: m.index, start: m.range.start, end: m.range.end })), library };
}

/** Extra rules of a task. */
export function extraRulesOf(task: Pick<LintTask, 'testRules'>): readonly Rule[] {
  return task.testRules ? TEST_RULES : [];
}

/**
 * A predicate keeping the findings that `--changed-since` reports: everything in a changed
 * single-macro file; in a library, findings of macros that overlap a changed line, findings outside
 * any macro on a changed line, and file-level problems.
 */
export function changedScope(outcome: LintOutcome, text: string, changedLines: readonly number[] | undefined): { keep: (f: Finding) => boolean; macros?: Set<number> } {
  if (!changedLines || !outcome.library) return { keep: () => true };
  const lines = new Set(changedLines);
  const starts = lineStarts(text);
  const touches = (start: number, end: number) => {
    const a = lineColumn(starts, start).line;
    const b = lineColumn(starts, Math.max(start, end - 1)).line;
    for (let l = a; l <= b; l++) if (lines.has(l)) return true;
    return false;
  };
  const macros = new Set(outcome.macros.filter((m) => touches(m.start, m.end)).map((m) => m.index));
  return { keep: (f) => FILE_LEVEL.has(f.ruleId) || (f.macroIndex !== undefined ? macros.has(f.macroIndex) : touches(f.range.start, f.range.end)), macros };
}

/** Lints (and with `fix`, fixes) one file; findings are scoped to the changed lines when given. */
export function runTask(task: LintTask): TaskResult {
  const doc = { uri: task.file, text: task.text };
  const options = { extraRules: extraRulesOf(task) };
  const first = lint(doc, task.config, options);
  const outcome = outcomeOf(first.findings, first.parsed);
  const scope = changedScope(outcome, task.text, task.changedLines);
  const inScope = scope.keep;
  if (!task.fix) return { ...outcome, findings: outcome.findings.filter(inScope) };
  // Macro indices are stable across fix passes; line numbers are not, so scope by macro.
  const scopedMacros = scope.macros;
  const filter = scopedMacros ? (f: Finding) => f.macroIndex !== undefined && scopedMacros.has(f.macroIndex) : undefined;
  const r = fixAll(doc, task.config, { ...options, filter });
  if (r.text === task.text) return { ...outcome, findings: outcome.findings.filter(inScope) };
  const remaining = filter ? r.remaining.filter((f) => FILE_LEVEL.has(f.ruleId) || filter(f)) : r.remaining;
  return { findings: remaining, macros: [], library: outcome.library, fixed: { text: r.text, passes: r.passes, applied: r.applied } };
}
