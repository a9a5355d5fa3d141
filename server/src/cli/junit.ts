/** `--format junit`: JUnit XML, one test suite per file, one test case per finding. */
import type { ReportFile } from './format';

/** Escapes text for XML attributes and text, dropping characters XML 1.0 cannot carry. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** `--format junit`: errors and warnings are failures, notices are reported as output. */
export function formatJunit(files: readonly ReportFile[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const f of files) {
    const cases: string[] = [];
    let suiteFailures = 0;
    const name = xmlEscape(f.relPath);
    for (const m of f.messages) {
      const label = `${m.severity === 'error' ? 'Error' : m.severity === 'warning' ? 'Warning' : 'Info'}`;
      const head = `    <testcase time="0" name="${xmlEscape(`${m.ruleId} at ${m.line}:${m.column}`)}" classname="${name}">`;
      const detail = xmlEscape(`line ${m.line}, col ${m.column}, ${label} - ${m.message} (${m.ruleId})`);
      if (m.severity === 'info') {
        cases.push(`${head}<system-out>${detail}</system-out></testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${head}<failure message="${xmlEscape(m.message)}" type="${m.severity}">${detail}</failure></testcase>`);
      }
    }
    if (!cases.length) cases.push(`    <testcase time="0" name="${name}" classname="${name}" />`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite package="macrolint" time="0" tests="${cases.length}" errors="0" failures="${suiteFailures}" name="${name}">`, ...cases, '  </testsuite>');
  }
  out.push(`<testsuites name="macrolint" tests="${tests}" failures="${failures}" errors="0">`, ...suites, '</testsuites>');
  return out.join('\n') + '\n';
}
