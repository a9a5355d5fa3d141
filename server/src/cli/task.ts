/**
 * One unit of CLI work (lint a file, or fix it), shared by the main thread and the worker threads so
 * both paths give identical results by construction.
 */
import type { Config } from '../engine/config';
import { fixAll } from '../engine/fix';
import { LintCache, lint, type MacroStore } from '../engine/lint';
import { lineStarts } from '../engine/text';
import { hashText } from '../engine/model/yaml-incremental';
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
  /** Findings of this file's macros from the last `--cache` run, by macro key (unchanged macros are not linted again). */
  seed?: Record<string, Finding[]>;
  /** Return the findings of every cacheable macro (`macroFindings`) for the `--cache` file. */
  collectMacros?: boolean;
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
  /** With `collectMacros`: findings of each cacheable macro by key (offsets relative to the macro). */
  macroFindings?: Record<string, Finding[]>;
  /** Macros linted and macros whose findings were reused (from this run or the `--cache` file). */
  macroStats: MacroStats;
}

export interface MacroStats {
  linted: number;
  reused: number;
}

/**
 * What one thread remembers over a run: findings by macro content, per config, so a macro repeated in
 * many libraries is linted once. (Whole files with the same text are linted once by the caller.)
 */
export class RunMemory {
  readonly #macros = new Map<string, readonly Finding[]>();
  readonly #scopes = new WeakMap<Config, string>();

  /** The scope of a task: its config and injected rules (equal configs share one). */
  scope(task: Pick<LintTask, 'config' | 'testRules'>): string {
    let s = this.#scopes.get(task.config);
    if (s === undefined) {
      s = `${hashText(JSON.stringify(task.config))}${task.testRules ? 't' : ''}`;
      this.#scopes.set(task.config, s);
    }
    return s;
  }

  /** A store over this run's macros and a file's `--cache` seed; counts into `stats`, collects into `out`. */
  store(scope: string, seed: Record<string, Finding[]> | undefined, stats: MacroStats, out?: Record<string, Finding[]>): MacroStore {
    return {
      get: (key) => {
        const hit = seed?.[key] ?? this.#macros.get(`${scope}\u0000${key}`);
        if (hit) {
          stats.reused++;
          if (out) out[key] = hit as Finding[];
        } else stats.linted++;
        return hit;
      },
      set: (key, findings) => {
        remember(this.#macros, `${scope}\u0000${key}`, findings);
        if (out) out[key] = findings as Finding[];
      },
    };
  }
}

/** Macros a RunMemory keeps before starting afresh (memory stays bounded on huge runs). */
const MEMORY_ENTRIES = 20000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MEMORY_ENTRIES) map.clear();
  map.set(key, value);
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

/** Lints (and with `fix`, fixes) one file; findings are scoped to the changed lines when given; `memory` is shared by the tasks of a run. */
export function runTask(task: LintTask, memory: RunMemory = new RunMemory()): TaskResult {
  const doc = { uri: task.file, text: task.text };
  const options = { extraRules: extraRulesOf(task) };
  const macroStats: MacroStats = { linted: 0, reused: 0 };
  const macroFindings = task.collectMacros ? {} : undefined;
  // With --fix, fix-all's first lint reads the same text: the document cache hands it this lint's result
  // (it was linted twice, the second time cold: about 4 s of a 5,000-macro library's 20 s).
  const cache = task.fix ? new LintCache() : undefined;
  const first = lint(doc, task.config, { ...options, cache, macroStore: memory.store(memory.scope(task), task.seed, macroStats, macroFindings) });
  const outcome = outcomeOf(first.findings, first.parsed);
  // Macros without a per-macro key (Markdown) never reached the store: count them here.
  const keyed = macroStats.linted + macroStats.reused;
  if (keyed < outcome.macros.length) macroStats.linted += outcome.macros.length - keyed;
  const scope = changedScope(outcome, task.text, task.changedLines);
  const inScope = scope.keep;
  // Without changed lines every finding is in scope: the lint's array as it is (no copy per file).
  if (!task.fix) return { ...outcome, findings: task.changedLines ? outcome.findings.filter(inScope) : outcome.findings, macroFindings, macroStats };
  // Macro indices are stable across fix passes; line numbers are not, so scope by macro.
  const scopedMacros = scope.macros;
  const filter = scopedMacros ? (f: Finding) => f.macroIndex !== undefined && scopedMacros.has(f.macroIndex) : undefined;
  const r = fixAll(doc, task.config, { ...options, cache, filter });
  // Nothing applied: report the findings as fix-all left them (its rewrites validated, demotions explained).
  if (r.text === task.text) return { ...outcome, findings: r.remaining.filter(inScope), macroStats };
  const remaining = filter ? r.remaining.filter((f) => FILE_LEVEL.has(f.ruleId) || filter(f)) : r.remaining;
  return { findings: remaining, macros: [], library: outcome.library, fixed: { text: r.text, passes: r.passes, applied: r.applied }, macroStats };
}
