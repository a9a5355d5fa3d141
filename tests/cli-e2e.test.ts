/** The CLI end to end: exit codes, stdin, print-config, init, rules, ignore files, worker pool parity, no network. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, copyFixture, FIXTURES, projectMaker, runCli, spawnCli, tempDir, WORKER, writeTree } from './cli-fixtures/helpers';
import { parseConfig } from '../server/src/engine/config';
import { RULES } from '../server/src/engine/rules';
import { USAGE } from '../server/src/cli/args';

const WARN = '---\nid: w\nanger: none\n---\n\nHi, FIXME here.\n';
const CLEAN = '---\nid: c\nanger: none\n---\n\nHi, all good.\n';
const T = { env: { MACROLINT_TEST_RULES: '1' } };

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) cleanup(d);
});
const project = projectMaker();

describe('exit codes (built CLI)', () => {
  let d: string;
  beforeAll(() => {
    d = project({ 'macros/clean.md': CLEAN, 'macros/warn.md': WARN, 'macros/warn2.md': WARN.replace('id: w', 'id: w2'), 'broken/macros/bad.md': '---\nid: "x\n---\nHi\n' });
  });

  it('0 when clean', () => {
    const r = spawnCli(['macros/clean.md'], d, T);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file checked, no problems');
  });
  it('0 with warnings only, 1 over --max-warnings, 0 at the limit', () => {
    expect(spawnCli(['macros'], d, T).code).toBe(0);
    const over = spawnCli(['macros', '--max-warnings', '1'], d, T);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('macrolint: too many warnings (2; --max-warnings is 1)\n');
    expect(spawnCli(['macros', '--max-warnings', '2'], d, T).code).toBe(0);
  });
  it('1 with errors (and with --rule raising a warning to an error)', () => {
    expect(spawnCli(['broken'], d, T).code).toBe(1);
    const r = spawnCli(['macros', '--rule', 'test/marker:error'], d, T);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error');
  });
  it('--quiet shows errors only', () => {
    const r = spawnCli(['.', '--quiet'], d, T);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('test/marker');
    expect(r.stdout).toContain('syntax-error');
    expect(spawnCli(['macros', '--quiet', '--max-warnings', '0'], d, T).code).toBe(0);
  });
  it('2 for usage errors, with one line naming the problem', () => {
    for (const [argv, msg] of [
      [['--format', 'xml'], 'unknown format "xml"'],
      [['--bogus'], 'unknown option --bogus'],
      [['--max-warnings', 'x'], '--max-warnings needs a whole number'],
      [['--rule', 'nope:error'], 'unknown rule "nope"'],
      [['--rule', 'test/marker:loud'], 'severity must be one of'],
      [['--fix', '--fix-dry-run'], 'cannot be combined'],
      [['missing-folder'], 'missing-folder: no such file or directory'],
      [['--config', 'nope.yaml'], 'nope.yaml: configuration file not found'],
    ] as [string[], string][]) {
      const r = spawnCli(argv, d, T);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(msg);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
  it('2 for configuration errors, as file:line:col: message', () => {
    const c = project({ '.macrolintrc.yaml': 'locale: en\nrules:\n  missing-assure: loud\n', 'macros/a.md': CLEAN });
    const r = spawnCli([], c, T);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^macrolint: \.macrolintrc\.yaml:3:19: rule "missing-assure": severity must be one of off, info, warning, error\n$/);
    const s = project({ '.macrolintrc.yaml': 'rules: [\n', 'macros/a.md': CLEAN });
    const r2 = spawnCli([], s, T);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^macrolint: \.macrolintrc\.yaml:\d+:\d+: /);
    // --no-config ignores the broken file.
    expect(spawnCli(['--no-config'], s, T).code).toBe(0);
  });
  it('2 when the output file cannot be written', () => {
    writeFileSync(join(d, 'a-file'), '');
    const r = spawnCli(['macros', '--output-file', 'a-file/report.txt'], d, T);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a-file/report.txt: cannot write the report');
  });
});

describe('--stdin', () => {
  it('lints stdin as --stdin-filename (format from the name, config from its folder)', () => {
    const d = project({ 'sub/.macrolintrc.yaml': 'rules:\n  test/marker: error\n' });
    const yaml = 'macros:\n  - id: s\n    anger: none\n    body: "Hi FIXME"\n';
    const r = spawnCli(['--stdin', '--stdin-filename', 'sub/reply.macros.yaml', '--format', 'json'], d, { ...T, input: yaml });
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.stdout);
    expect(res.filePath).toBe(join(d, 'sub/reply.macros.yaml'));
    expect(res.messages.map((m: { ruleId: string; level: string; line: number; column: number }) => [m.ruleId, m.level, m.line, m.column])).toEqual([['test/marker', 'error', 4, 15]]);
  });
  it('defaults to Markdown named <stdin>', () => {
    const d = project({});
    const r = spawnCli(['--stdin'], d, { ...T, input: WARN });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toContain('test/marker');
  });
  it('--fix prints the fixed text on stdout and the report on stderr', () => {
    const d = project({});
    const r = spawnCli(['--stdin', '--fix'], d, { ...T, input: WARN });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(WARN.replace('FIXME', '[done]'));
    expect(r.stderr).toContain('no problems');
  });
});

describe('--print-config', () => {
  it('prints the configuration resolved for a file, with --rule overrides', () => {
    const d = project({ '.macrolintrc.yaml': 'helpdesk: zendesk\n', 'es/.macrolintrc.yaml': 'locale: es\nextends: ../.macrolintrc.yaml\n' });
    const r = spawnCli(['--print-config', 'es/x.md', '--rule', 'syntax-error:warning'], d);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.locale).toBe('es');
    expect(c.helpdesk).toBe('zendesk');
    expect(c.rules['syntax-error'].severity).toBe('warning');
  });
});

describe('init', () => {
  it('writes a commented .macrolintrc.yaml that is a valid config, and refuses to overwrite', () => {
    const d = project({ 'macros/a.md': CLEAN });
    const r = spawnCli(['init'], d);
    expect(r.code).toBe(0);
    const text = readFileSync(join(d, '.macrolintrc.yaml'), 'utf8');
    expect(text).toMatch(/^# /);
    expect(parseConfig(text).problems).toEqual([]);
    expect(spawnCli([], d).code).toBe(0);
    const again = spawnCli(['init'], d);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('macrolint: .macrolintrc.yaml already exists; not overwriting it\n');
    expect(readFileSync(join(d, '.macrolintrc.yaml'), 'utf8')).toBe(text);
  });
});

describe('rules', () => {
  it('lists every rule with default severity, fixable and languages', () => {
    const r = spawnCli(['rules'], FIXTURES);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rule\s+default\s+fixable\s+languages/);
    for (const rule of RULES) {
      const line = lines.find((l) => l.startsWith(rule.meta.id + ' '));
      expect(line, rule.meta.id).toBeDefined();
      expect(line).toContain(rule.meta.defaultSeverity);
      expect(line).toContain(rule.meta.fixable ? 'yes' : 'no');
      expect(line).toContain(rule.meta.locales.join(', '));
    }
    const json = JSON.parse(spawnCli(['rules', '--format', 'json'], FIXTURES).stdout);
    expect(json.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.meta.id));
  });
});

describe('help and version', () => {
  it('--help documents every flag', () => {
    const r = spawnCli(['--help'], FIXTURES);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--output-file', '--color', '--no-color', '--quiet', '--max-warnings', '--fix', '--fix-dry-run', '--changed-since', '--no-ignore', '--macro-files-only', '--stdin', '--stdin-filename', '--config', '--no-config', '--rule', '--print-config', '--cache', '--cache-location', '--workers', 'init', 'rules', 'stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
      expect(r.stdout, flag).toContain(flag);
    }
    expect(r.stdout).toBe(USAGE + '\n');
  });
  it('--version', () => {
    const r = spawnCli(['--version'], FIXTURES);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(FIXTURES, '../../package.json'), 'utf8')).version);
  });
});

describe('file discovery', () => {
  it('honours .gitignore and .macrolintignore (and --no-ignore), but always lints named files', async () => {
    const d = project({
      '.gitignore': 'generated/\n',
      '.macrolintignore': 'macros/drafts/*.md\n!macros/drafts/keep.md\n',
      'macros/a.md': WARN,
      'macros/drafts/wip.md': WARN,
      'macros/drafts/keep.md': WARN,
      'generated/macros/g.md': WARN,
      'notes/readme.md': '# Not a macro\n\nFIXME\n',
      'notes/angry.md': '---\nanger: before\n---\nFIXME\n',
    });
    const files = async (argv: string[]) => (JSON.parse((await runCli([...argv, '--format', 'json'], d, { testRules: true })).stdout) as { filePath: string }[]).map((f) => f.filePath.slice(d.length + 1)).sort();
    expect(await files([])).toEqual(['macros/a.md', 'macros/drafts/keep.md', 'notes/angry.md']);
    expect(await files(['--no-ignore'])).toEqual(['generated/macros/g.md', 'macros/a.md', 'macros/drafts/keep.md', 'macros/drafts/wip.md', 'notes/angry.md']);
    expect(await files(['macros/drafts/wip.md'])).toEqual(['macros/drafts/wip.md']);
    expect(await files(['macros/**/*.md'])).toEqual(['macros/a.md', 'macros/drafts/keep.md']);
    // A hook passing every changed file: only macro files are linted.
    expect(await files(['--macro-files-only', 'notes/readme.md', 'notes/angry.md', 'macros/a.md'])).toEqual(['macros/a.md', 'notes/angry.md']);
  });
});

describe('notices', () => {
  it('a file over maxFileSize is skipped with a notice in every format, without failing', async () => {
    const d = project({ '.macrolintrc.yaml': 'maxFileSize:\n  markdown: 100\n', 'macros/big.md': WARN + 'x'.repeat(200) + '\n' });
    for (const f of ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
      const r = await runCli(['--format', f], d, { testRules: true });
      expect(r.code, f).toBe(0);
      expect(r.stdout, f).toMatch(/skipped/i);
    }
  });
});

describe('worker pool', () => {
  let d: string;
  beforeAll(() => {
    d = copyFixture('project');
    dirs.push(d);
    const files: Record<string, string> = {};
    for (let i = 0; i < 260; i++) files[`macros/bulk/m${i}.md`] = WARN.replace('id: w', `id: bulk-${i}`).replace('here', `here ${'FIXME '.repeat(i % 3)}`);
    files['macros/bulk/lib.macros.yaml'] = 'macros:\n' + Array.from({ length: 50 }, (_, i) => `  - id: y${i}\n    body: "Hi FIXME ${i}"\n`).join('');
    writeTree(d, files);
  });

  it('a forced threshold gives results identical to the single-thread path (in-process)', async () => {
    expect(existsSync(WORKER)).toBe(true);
    const single = await runCli(['--format', 'json', '--workers', 'off'], d, { testRules: true });
    const pooled = await runCli(['--format', 'json'], d, { testRules: true, poolThreshold: { files: 0, bytes: 0 } });
    expect(JSON.parse(single.stdout).length).toBeGreaterThan(260);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.code).toBe(single.code);
  });

  it('the built CLI uses the pool above 200 files, with the same output; --fix too', () => {
    const single = spawnCli(['--format', 'json', '--workers', 'off'], d, T);
    const auto = spawnCli(['--format', 'json'], d, T);
    expect(auto.stdout).toBe(single.stdout);
    const a = copyFixture('project');
    const b = copyFixture('project');
    dirs.push(a, b);
    for (const x of [a, b]) writeTree(x, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`macros/bulk/m${i}.md`, WARN.replace('id: w', `id: b${i}`)])));
    const fa = spawnCli(['--fix', '--format', 'json', '--workers', 'off'], a, T);
    const fb = spawnCli(['--fix', '--format', 'json', '--workers', '2'], b, T);
    expect(fb.stdout.split(b).join('<D>')).toBe(fa.stdout.split(a).join('<D>'));
    expect(readFileSync(join(b, 'macros/bulk/m7.md'), 'utf8')).toBe(readFileSync(join(a, 'macros/bulk/m7.md'), 'utf8'));
    expect(readFileSync(join(b, 'macros/bulk/m7.md'), 'utf8')).toContain('[done]');
  });
});

describe('no network (issue 8.6)', () => {
  const preload = join(FIXTURES, 'no-network.cjs');

  it('the preload really blocks connections (control)', () => {
    const d = project({});
    const log = join(d, 'net.log');
    const r = spawnSync(process.execPath, ['-e', "require('node:http').get('http://127.0.0.1:9')"], { env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, NO_NET_LOG: log }, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('http.get');
  });

  it('the CLI works with networking stubbed to throw, on the main thread and on workers, and tries nothing', () => {
    const d = copyFixture('project');
    dirs.push(d);
    const log = join(d, 'net.log');
    const env = { MACROLINT_TEST_RULES: '1', NODE_OPTIONS: `--require ${preload}`, NO_NET_LOG: log };
    const single = spawnCli(['--format', 'sarif', '--workers', 'off'], d, { env });
    expect(single.code).toBe(1);
    expect(JSON.parse(single.stdout).runs[0].results.length).toBeGreaterThan(0);
    const pooled = spawnCli(['--fix', '--cache', '--workers', '2'], d, { env });
    expect(pooled.code).toBe(1);
    expect(readFileSync(`${log}.loaded`, 'utf8')).toContain('worker');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});
