/** `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, SonarQube). */
import { pathToFileURL } from 'node:url';
import type { Severity, SeveritySetting } from '../engine/types';
import type { FormatContext, ReportEdit, ReportFile } from './format';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF level of a severity. */
export function sarifLevel(s: Severity | SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'info' ? 'note' : 'none';
}

function region(e: Pick<ReportEdit, 'startLine' | 'startColumn' | 'endLine' | 'endColumn'>) {
  return { startLine: e.startLine, startColumn: e.startColumn, endLine: e.endLine, endColumn: e.endColumn };
}

/** The SARIF log object (one run) for a report. */
export function toSarif(files: readonly ReportFile[], ctx: FormatContext): Record<string, unknown> {
  // Only the rules the results reference: a stable, small driver section.
  const ids = [...new Set(files.flatMap((f) => f.messages.map((m) => m.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const r = ctx.rule(id);
    return {
      id,
      shortDescription: { text: r.shortDescription },
      fullDescription: { text: r.fullDescription },
      helpUri: r.helpUri,
      defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    };
  });
  const artifacts = files.map((f) => ({ location: { uri: encodeURI(f.relPath), uriBaseId: '%SRCROOT%' } }));
  const results = files.flatMap((f, fileIndex) =>
    f.messages.map((m) => {
      const artifactLocation = { uri: encodeURI(f.relPath), uriBaseId: '%SRCROOT%', index: fileIndex };
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: sarifLevel(m.severity),
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation, region: region({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }) } }],
      };
      if (m.fixes.length) {
        result.fixes = m.fixes.map((fx) => ({
          description: { text: fx.title },
          artifactChanges: [{ artifactLocation, replacements: fx.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })) }],
        }));
      }
      if (m.macroId !== undefined) result.properties = { macroId: m.macroId };
      return result;
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'macrolint', version: ctx.version, informationUri: 'https://github.com/macrolint/macrolint', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
}

/** `--format sarif`. */
export function formatSarif(files: readonly ReportFile[], ctx: FormatContext): string {
  return JSON.stringify(toSarif(files, ctx), null, 2) + '\n';
}
