/** `--format github`: GitHub Actions workflow commands that annotate the pull request. */
import type { ReportFile } from './format';
import { countReport } from './format';

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `--format github`. */
export function formatGithub(files: readonly ReportFile[]): string {
  const out: string[] = [];
  for (const f of files) {
    for (const m of f.messages) {
      const cmd = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(f.relPath)}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ];
      out.push(`::${cmd} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  const c = countReport(files);
  out.push(`macrolint: ${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.infos} notice${c.infos === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
