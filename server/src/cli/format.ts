/** Output formats of the CLI. */
import { relative } from 'node:path';
import type { Finding } from '../engine/types';
import { lineStarts } from '../engine/text';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  macroId?: string;
  fix?: { range: [number, number]; text: string };
}

export interface FileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** ESLint-shaped result of one file. Info findings count as warnings with severity 1. */
export function toFileResult(filePath: string, text: string, findings: Finding[]): FileResult {
  const starts = lineStarts(text);
  const messages = findings.map((f): JsonMessage => {
    const s = lineColumn(starts, f.range.start);
    const e = lineColumn(starts, f.range.end);
    const m: JsonMessage = {
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
    };
    if (f.macroId) m.macroId = f.macroId;
    const fix = f.fixes.find((x) => x.safe !== false);
    if (fix && fix.edits.length === 1) m.fix = { range: [fix.edits[0].start, fix.edits[0].end], text: fix.edits[0].text };
    return m;
  });
  return {
    filePath,
    messages,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity !== 'error').length,
  };
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results) + '\n';
}

export function formatStylish(results: FileResult[], cwd: string): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (!r.messages.length) continue;
    out.push(relative(cwd, r.filePath) || r.filePath);
    for (const m of r.messages) {
      const sev = m.severity === 2 ? 'error  ' : 'warning';
      out.push(`  ${String(m.line).padStart(4)}:${String(m.column).padEnd(3)} ${sev}  ${m.message}  ${m.ruleId}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  out.push(total ? `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})` : `✔ ${results.length} file${results.length === 1 ? '' : 's'} checked, no problems`);
  return out.join('\n') + '\n';
}
