/** Every output format against golden files, SARIF schema validation, escaping, and the examples snapshot. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { cleanup, copyFixture, expectGolden, normalize, REPO, runCli } from './cli-fixtures/helpers';
import { escapeData, escapeProperty, formatGithub } from '../server/src/cli/github';
import { xmlEscape } from '../server/src/cli/junit';
import type { ReportFile } from '../server/src/cli/format';

// Vendored (schemas/vendor/README.md): the tests read nothing outside the repository.
const SCHEMA = resolve(REPO, 'schemas/vendor/sarif-schema-2.1.0.json');
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;

let dir: string;
beforeAll(() => {
  dir = copyFixture('project');
  // A binary file: the engine's skipped-file notice must come through every format.
  writeFileSync(join(dir, 'macros/binary.md'), Buffer.from('---\nanger: none\n---\n\u0000\u0001\u0002binary', 'utf8'));
});
afterAll(() => cleanup(dir));

describe('golden files (test rule + syntax-error + skipped-file)', () => {
  for (const format of FORMATS) {
    it(`--format ${format}`, async () => {
      const r = await runCli(['--format', format], dir, { testRules: true });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expectGolden(`project.${format}.txt`, normalize(r.stdout, dir));
    });
  }

  it('stylish with colours (FORCE_COLOR), none with NO_COLOR or off a TTY', async () => {
    const forced = await runCli([], dir, { testRules: true, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    expectGolden('project.stylish-color.txt', normalize(forced.stdout, dir));
    const tty = await runCli([], dir, { testRules: true, isTTY: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await runCli([], dir, { testRules: true, isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const pipe = await runCli([], dir, { testRules: true });
    expect(pipe.stdout).not.toContain('\u001b[');
  });

  it('the project exercises errors, warnings, notices, fixes, macro ids, CRLF+BOM, YAML, odd file names', async () => {
    const r = await runCli(['--format', 'json'], dir, { testRules: true });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; level: string; fix?: unknown; macroId?: string }[] }[];
    const all = results.flatMap((f) => f.messages);
    expect(new Set(all.map((m) => m.level))).toEqual(new Set(['error', 'warning', 'info']));
    expect(all.some((m) => m.ruleId === 'syntax-error')).toBe(true);
    expect(all.some((m) => m.ruleId === 'skipped-file')).toBe(true);
    expect(all.some((m) => m.fix)).toBe(true);
    expect(all.some((m) => m.macroId === 'second')).toBe(true);
    expect(results.some((f) => f.filePath.endsWith('crlf-bom.md') && f.messages.length === 2)).toBe(true);
    expect(results.some((f) => f.filePath.endsWith('odd, 100% name.md'))).toBe(true);
  });

  it('--output-file writes the report and nothing to stdout', async () => {
    const r = await runCli(['--format', 'sarif', '--output-file', 'out/report.sarif'], dir, { testRules: true });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema (draft-04)', async () => {
    const r = await runCli(['--format', 'sarif'], dir, { testRules: true });
    const log = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('describes referenced rules with help URIs and default levels, and carries regions and fixes', async () => {
    const r = await runCli(['--format', 'sarif'], dir, { testRules: true });
    const run = JSON.parse(r.stdout).runs[0];
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(['skipped-file', 'syntax-error', 'test/marker', 'unused-disable-directive']);
    const unused = run.tool.driver.rules.find((x: { id: string }) => x.id === 'unused-disable-directive');
    expect(unused.helpUri).toBe('https://github.com/macrolint/macrolint/blob/main/docs/rules/unused-disable-directive.md');
    expect(unused.defaultConfiguration.level).toBe('warning');
    const syntax = run.tool.driver.rules.find((x: { id: string }) => x.id === 'syntax-error');
    expect(syntax.helpUri).toBe('https://github.com/macrolint/macrolint/blob/main/docs/rules/syntax-error.md');
    expect(syntax.defaultConfiguration.level).toBe('error');
    expect(syntax.shortDescription.text).toBeTruthy();
    expect(syntax.fullDescription.text).toBeTruthy();
    const withFix = run.results.find((x: { fixes?: unknown[] }) => x.fixes);
    expect(withFix.fixes[0].artifactChanges[0].replacements[0].deletedRegion.startLine).toBeGreaterThan(0);
    expect(withFix.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('[done]');
    for (const res of run.results) {
      const reg = res.locations[0].physicalLocation.region;
      expect(reg.startLine).toBeGreaterThanOrEqual(1);
      expect(reg.startColumn).toBeGreaterThanOrEqual(1);
      expect(reg.endLine).toBeGreaterThanOrEqual(reg.startLine);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
  });
});

describe('GitHub workflow commands', () => {
  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });

  it('formats one command per finding with escaped file, title and message', () => {
    const file: ReportFile = {
      filePath: '/x/odd, name:1.md',
      relPath: 'odd, name:1.md',
      messages: [
        { ruleId: 'deflecting/apology-but', severity: 'error', message: 'Line one\nline two: 50%, really', line: 3, column: 5, endLine: 4, endColumn: 2, fixes: [] },
        { ruleId: 'skipped-file', severity: 'info', message: 'File skipped', line: 1, column: 1, endLine: 1, endColumn: 1, fixes: [] },
      ],
    };
    const lines = formatGithub([file]).split('\n');
    expect(lines[0]).toBe('::error file=odd%2C name%3A1.md,line=3,endLine=4,col=5,endColumn=2,title=deflecting/apology-but::Line one%0Aline two: 50%25, really');
    expect(lines[1]).toBe('::notice file=odd%2C name%3A1.md,line=1,endLine=1,col=1,endColumn=1,title=skipped-file::File skipped');
  });
});

describe('JUnit', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xmlEscape('a<b & "c" \'d\'>\u0001\n')).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;');
    expect(xmlEscape('\uD83D')).toBe('\uFFFD');
    expect(xmlEscape('😀')).toBe('😀');
  });
});

describe('examples snapshot (real rules; regenerate deliberately with UPDATE_GOLDEN=1 when rules change)', () => {
  it('stylish output on examples/', async () => {
    const r = await runCli(['examples', '--no-ignore'], REPO);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expectGolden('examples.stylish.txt', r.stdout);
  });
});
