/** Output formats of the CLI: a line/column report model built once, and the stylish and JSON formatters. */
import { relative, sep } from 'node:path';
import type { Finding, Severity, SeveritySetting } from '../engine/types';
import { lineIndexAt, lineStarts } from '../engine/text';

/** An edit with 1-based line/column positions (columns in UTF-16 units, end exclusive). */
export interface ReportEdit {
  start: number;
  end: number;
  text: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface ReportMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  macroId?: string;
  macroIndex?: number;
  /** `rejected`: why the rewrite validator demoted a rewrite to a quick fix (after `--fix`). */
  fixes: { title: string; safe: boolean; rejected?: string[]; edits: ReportEdit[] }[];
  /** How the macro's language was chosen when it was not declared, and how sure the detection is. */
  localeSource?: 'config' | 'detected' | 'fallback';
  localeConfidence?: number;
  /** Findings of other rules on the same span, folded into this one by declared precedence. */
  related?: { ruleId: string; severity: Severity; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  /** Workspace rules: the other macros involved (other files too). */
  relatedInformation?: (ReportRelated & { message: string; macroId?: string })[];
}

/** A location in a file with 1-based line/column positions. */
export interface ReportRelated {
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One linted file as every formatter sees it. */
export interface ReportFile {
  /** Absolute path (or the stdin file name). */
  filePath: string;
  /** Path relative to the working folder, with forward slashes. */
  relPath: string;
  messages: ReportMessage[];
}

/** What formatters know about a rule (for SARIF rule descriptors and docs links). */
export interface RuleInfo {
  id: string;
  shortDescription: string;
  fullDescription: string;
  defaultSeverity: SeveritySetting;
  helpUri: string;
}

export interface FormatContext {
  cwd: string;
  version: string;
  color: boolean;
  /** Describes a rule id (built-in, injected or engine notice). */
  rule(id: string): RuleInfo;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  const k = lineIndexAt(starts, offset);
  return { line: k + 1, column: offset - starts[k] + 1 };
}

/** Forward-slash path of `file` relative to `cwd` (the file itself when outside it). */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

/** Builds the report model of one file from its text and findings. */
export function toReportFile(
  filePath: string,
  relPath: string,
  text: string,
  findings: readonly Finding[],
  /** Resolves a workspace finding's related location (uri, offsets) to a file position. */
  locate?: (uri: string, start: number, end: number) => ReportRelated,
): ReportFile {
  const starts = lineStarts(text);
  const pos = (o: number) => lineColumn(starts, o);
  return {
    filePath,
    relPath,
    messages: findings.map((f): ReportMessage => {
      const s = pos(f.range.start);
      const e = pos(f.range.end);
      const m: ReportMessage = {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        fixes: f.fixes.map((fx) => ({
          title: fx.title,
          safe: fx.safe !== false,
          ...(fx.rejected ? { rejected: fx.rejected } : {}),
          edits: fx.edits.map((ed) => {
            const a = pos(ed.start);
            const b = pos(ed.end);
            return { start: ed.start, end: ed.end, text: ed.text, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
          }),
        })),
      };
      if (f.macroId !== undefined) m.macroId = f.macroId;
      if (f.macroIndex !== undefined) m.macroIndex = f.macroIndex;
      if (f.localeSource !== undefined) m.localeSource = f.localeSource;
      if (f.localeConfidence !== undefined) m.localeConfidence = f.localeConfidence;
      if (f.related?.length) {
        m.related = f.related.map((r) => {
          const a = pos(r.range.start);
          const b = pos(r.range.end);
          return { ruleId: r.ruleId, severity: r.severity, message: r.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
        });
      }
      const info = (f as { relatedInformation?: { uri: string; range: { start: number; end: number }; message: string; macroId?: string }[] }).relatedInformation;
      if (info?.length && locate) m.relatedInformation = info.map((r) => ({ ...locate(r.uri, r.range.start, r.range.end), message: r.message, ...(r.macroId !== undefined ? { macroId: r.macroId } : {}) }));
      return m;
    }),
  };
}

/** Totals over a report. */
export function countReport(files: readonly ReportFile[]): { errors: number; warnings: number; infos: number; fixableErrors: number; fixableWarnings: number } {
  const t = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const f of files) {
    for (const m of f.messages) {
      const fixable = m.fixes.some((x) => x.safe);
      if (m.severity === 'error') {
        t.errors++;
        if (fixable) t.fixableErrors++;
      } else if (m.severity === 'warning') {
        t.warnings++;
        if (fixable) t.fixableWarnings++;
      } else t.infos++;
    }
  }
  return t;
}

// ---- JSON (ESLint's shape) ----

export interface JsonMessage {
  ruleId: string;
  /** ESLint's scale: 2 error, 1 warning or info (see `level`). */
  severity: 1 | 2;
  level: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  macroId?: string;
  /** The first safe fix when it is a single edit (ESLint's shape); `fixes` has all of them. */
  fix?: { range: [number, number]; text: string };
  fixes?: { title: string; safe: boolean; rejected?: string[]; edits: { range: [number, number]; text: string }[] }[];
  localeSource?: ReportMessage['localeSource'];
  localeConfidence?: number;
  related?: ReportMessage['related'];
  relatedInformation?: ReportMessage['relatedInformation'];
}

export interface FileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** ESLint-shaped result of one file. */
export function toFileResult(file: ReportFile): FileResult {
  const c = countReport([file]);
  return {
    filePath: file.filePath,
    messages: file.messages.map((m): JsonMessage => {
      const j: JsonMessage = {
        ruleId: m.ruleId,
        severity: m.severity === 'error' ? 2 : 1,
        level: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      };
      if (m.macroId !== undefined) j.macroId = m.macroId;
      if (m.localeSource !== undefined) j.localeSource = m.localeSource;
      if (m.localeConfidence !== undefined) j.localeConfidence = m.localeConfidence;
      if (m.related) j.related = m.related;
      if (m.relatedInformation) j.relatedInformation = m.relatedInformation;
      const safe = m.fixes.find((x) => x.safe);
      if (safe && safe.edits.length === 1) j.fix = { range: [safe.edits[0].start, safe.edits[0].end], text: safe.edits[0].text };
      if (m.fixes.length) j.fixes = m.fixes.map((x) => ({ title: x.title, safe: x.safe, ...(x.rejected ? { rejected: x.rejected } : {}), edits: x.edits.map((e) => ({ range: [e.start, e.end] as [number, number], text: e.text })) }));
      return j;
    }),
    errorCount: c.errors,
    warningCount: c.warnings,
    infoCount: c.infos,
    fixableErrorCount: c.fixableErrors,
    fixableWarningCount: c.fixableWarnings,
  };
}

/** `--format json`. */
export function formatJson(files: readonly ReportFile[]): string {
  return [...jsonChunks(files)].join('');
}

/** `--format json` a file at a time (the same text as `formatJson`, never built whole). */
export function* jsonChunks(files: readonly ReportFile[]): Generator<string> {
  yield '[';
  for (let i = 0; i < files.length; i++) yield (i ? ',' : '') + JSON.stringify(toFileResult(files[i]));
  yield ']\n';
}

// ---- stylish ----

/** What `--fix` did, or with `dryRun` what it would do. */
export interface FixSummary {
  problems: number;
  files: number;
  dryRun?: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** `--format stylish`: grouped by file, aligned columns, a summary line. */
export function formatStylish(files: readonly ReportFile[], ctx: Pick<FormatContext, 'color'>, extra: { fixed?: FixSummary } = {}): string {
  return [...stylishChunks(files, ctx, extra)].join('');
}

/** `--format stylish` a file at a time (the same text as `formatStylish`, never built whole). */
export function* stylishChunks(files: readonly ReportFile[], ctx: Pick<FormatContext, 'color'>, extra: { fixed?: FixSummary } = {}): Generator<string> {
  const red = paint(ctx.color, '31');
  const yellow = paint(ctx.color, '33');
  const blue = paint(ctx.color, '34');
  const dim = paint(ctx.color, '2');
  const bold = paint(ctx.color, '1');
  const underline = paint(ctx.color, '4');
  const green = paint(ctx.color, '32');
  // Every line ends with a newline: one file's block is written before the next one is built.
  for (const f of files) {
    if (!f.messages.length) continue;
    const block = [underline(f.relPath)];
    for (const m of f.messages) {
      const sev = m.severity === 'error' ? red('error  ') : m.severity === 'warning' ? yellow('warning') : blue('info   ');
      const where = dim(`${String(m.line).padStart(4)}:${String(m.column).padEnd(3)}`);
      block.push(`  ${where} ${sev}  ${m.message.replace(/\r?\n/g, ' ')}  ${dim(m.ruleId)}`);
    }
    yield block.join('\n') + '\n\n';
  }
  const out: string[] = [];
  const c = countReport(files);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const fx = extra.fixed;
  if (fx?.dryRun) out.push(green(`✔ --fix would fix ${plural(fx.problems, 'problem')} in ${plural(fx.files, 'file')}${fx.problems ? ' (the diff is on stdout)' : ''}`));
  else if (fx && fx.problems > 0) out.push(green(`✔ fixed ${plural(fx.problems, 'problem')} in ${plural(fx.files, 'file')}`));
  const total = c.errors + c.warnings;
  if (total) {
    const line = `✖ ${plural(total, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')})`;
    out.push(bold(c.errors ? red(line) : yellow(line)));
    if (c.fixableErrors + c.fixableWarnings) {
      out.push(`  ${plural(c.fixableErrors, 'error')} and ${plural(c.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
    }
  } else {
    out.push(green(`✔ ${plural(files.length, 'file')} checked, no problems`));
  }
  if (c.infos) out.push(blue(`ℹ ${plural(c.infos, 'notice')}`));
  yield out.join('\n') + '\n';
}
