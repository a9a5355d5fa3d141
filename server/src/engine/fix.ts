/**
 * The one fix applier: every fix in Macrolint (CLI `--fix`, editor fix-all, quick fixes, tests) goes
 * through these functions.
 */
import type { Edit, Finding, Fix, SourceDocument } from './types';
import type { Config } from './config';
import { lint, safeFixes, type LintOptions } from './lint';

/** Applies non-overlapping edits to `text` (edits overlapping an earlier one are skipped). */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits]
    .filter((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let pos = 0;
  let applied = 0;
  let lastInsertAt = -1;
  for (const e of sorted) {
    if (e.start < pos) continue;
    // Two insertions at the same point would interleave unpredictably; keep the first.
    if (e.start === e.end && e.start === lastInsertAt) continue;
    out.push(text.slice(pos, e.start), e.text);
    pos = e.end;
    if (e.start === e.end) lastInsertAt = e.start;
    applied++;
  }
  out.push(text.slice(pos));
  return { text: out.join(''), applied };
}

/** Applies whole fixes (all of a fix's edits or none), skipping fixes that overlap an applied one. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  const overlaps = (a: Edit, b: Edit) => a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
  const ordered = [...fixes].sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of ordered) {
    if (!fix.edits.length) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  return { text: applyEdits(text, taken).text, applied };
}

export interface FixAllResult {
  text: string;
  /** Lint passes that applied at least one fix. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
  /** Findings left after the last pass. */
  remaining: Finding[];
}

/** Applies every safe fix, re-linting between passes, at most `maxPasses` (10) passes. */
export function fixAll(doc: SourceDocument, config?: Config, options: LintOptions & { maxPasses?: number; filter?: (f: Finding) => boolean } = {}): FixAllResult {
  const max = options.maxPasses ?? 10;
  let text = doc.text;
  let passes = 0;
  let applied = 0;
  let findings = lint({ ...doc, text }, config, options).findings;
  while (passes < max) {
    const fixes = safeFixes(options.filter ? findings.filter(options.filter) : findings);
    if (!fixes.length) break;
    const r = applyFixes(text, fixes);
    if (!r.applied || r.text === text) break;
    text = r.text;
    passes++;
    applied += r.applied;
    findings = lint({ ...doc, text }, config, options).findings;
  }
  return { text, passes, applied, remaining: findings };
}
