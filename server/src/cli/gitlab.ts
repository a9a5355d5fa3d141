/** `--format gitlab`: GitLab code quality report (a JSON array of issues). */
import { createHash } from 'node:crypto';
import type { ReportFile } from './format';

/** `--format gitlab`. Fingerprints ignore line numbers so an issue keeps its identity when lines move. */
export function formatGitlab(files: readonly ReportFile[]): string {
  const seen = new Map<string, number>();
  const issues = files.flatMap((f) =>
    f.messages.map((m) => {
      const base = [f.relPath, m.ruleId, m.macroId ?? '', m.message].join('\u0000');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return {
        description: `${m.message} (${m.ruleId})`,
        check_name: m.ruleId,
        fingerprint: createHash('sha1').update(`${base}\u0000${n}`).digest('hex'),
        severity: m.severity === 'error' ? 'major' : m.severity === 'warning' ? 'minor' : 'info',
        location: { path: f.relPath, positions: { begin: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } } },
      };
    }),
  );
  return JSON.stringify(issues, null, 2) + '\n';
}
