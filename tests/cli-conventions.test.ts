/**
 * CLI conventions users bring from ESLint 9 and markdownlint-cli2 (issue 15, items 5-11): unknown rule
 * ids, family wildcards, unknown and unused disable directives, paths that yield no file, globs relative
 * to the configuration file, EPIPE, merge-base `--changed-since`, `--quiet`, skipped files as warnings,
 * `--fix-dry-run` counts, `warn` in the config, `--print-config`, the default cache file, and
 * `generic-acknowledge` options versus severities.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CLI, projectMaker, runCli, spawnCli, writeTree } from './cli-fixtures/helpers';
import { defaultConfig, mergeConfigs, parseConfig, PRESETS, ruleSetting } from '../server/src/engine/config';
import { lint } from '../server/src/engine/lint';
import { RULES } from '../server/src/engine/rules';

const project = projectMaker();

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; level: string; message: string; line: number }[];
}
const ids = (stdout: string) => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId));

// A reply that the real deflecting rules flag twice (apology-but and policy-shield).
const DEFLECTING = '---\nid: d\nanger: none\nlocale: en\n---\n\nWe are sorry but our policy does not allow refunds.\n';
const deflecting = (stdout: string) => ids(stdout).filter((id) => id.startsWith('deflecting/'));
const WARN = '---\nid: w\nanger: none\n---\n\nHi, FIXME here.\n';
const T = { testRules: true };

describe('5. unknown rule ids, family wildcards, unknown and unused disable directives', () => {
  it('an unknown id in the config is a configuration error with a suggestion', async () => {
    const d = project({ '.macrolintrc.yaml': 'rules:\n  deflecting/polcy-shield: off\n', 'macros/a.md': DEFLECTING });
    const r = await runCli([], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('macrolint: .macrolintrc.yaml:2:3: unknown rule "deflecting/polcy-shield" (did you mean deflecting/policy-shield?)\n');
    const family = project({ '.macrolintrc.yaml': 'rules:\n  deflectin/*: off\n', 'macros/a.md': DEFLECTING });
    const f = await runCli([], family);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('no rule family "deflectin" (did you mean deflecting?)');
  });

  it('an unknown --rule id is a usage error with a suggestion', async () => {
    const r = await runCli(['--rule', 'deflecting/polcy-shield:off'], project({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "deflecting/polcy-shield" (did you mean deflecting/policy-shield?)');
  });

  it('`family/*` works in the config, with a rule named on its own winning whatever the key order', async () => {
    const plain = project({ 'macros/a.md': DEFLECTING });
    expect(deflecting((await runCli(['--format', 'json'], plain)).stdout).sort()).toEqual(['deflecting/apology-but', 'deflecting/policy-shield']);
    const off = project({ '.macrolintrc.yaml': 'rules:\n  deflecting/*: off\n', 'macros/a.md': DEFLECTING });
    const r = await runCli(['--format', 'json'], off);
    expect(r.stderr).toBe('');
    expect(deflecting(r.stdout)).toEqual([]);
    const one = project({ '.macrolintrc.yaml': 'rules:\n  deflecting/policy-shield: error\n  deflecting/*: off\n', 'macros/a.md': DEFLECTING });
    expect(deflecting((await runCli(['--format', 'json'], one)).stdout)).toEqual(['deflecting/policy-shield']);
  });

  it('a later layer`s wildcard overrides what an earlier layer said about the rules it covers', () => {
    const c = mergeConfigs(defaultConfig(), { rules: { 'deflecting/policy-shield': { severity: 'error' } } }, { rules: { 'deflecting/*': { severity: 'off' } } });
    expect(ruleSetting(c, 'deflecting/policy-shield')?.severity).toBe('off');
    expect(ruleSetting(c, 'deflecting/apology-but')?.severity).toBe('off');
    expect(ruleSetting(c, 'missing-assure')).toBeUndefined();
    const back = mergeConfigs(c, { rules: { 'deflecting/redirect': { severity: 'info' } } });
    expect(ruleSetting(back, 'deflecting/redirect')?.severity).toBe('info');
    expect(ruleSetting(back, 'deflecting/minimizing')?.severity).toBe('off');
  });

  it('`family/*` works with --rule (later flags win)', async () => {
    const d = project({ 'macros/a.md': DEFLECTING });
    expect(deflecting((await runCli(['--format', 'json', '--rule', 'deflecting/*:off'], d)).stdout)).toEqual([]);
    const r = await runCli(['--format', 'json', '--rule', 'deflecting/*:off', '--rule', 'deflecting/apology-but:error'], d);
    expect(deflecting(r.stdout)).toEqual(['deflecting/apology-but']);
  });

  it('`family/*` works in disable comments; an unknown id there is reported with a suggestion', async () => {
    const text = DEFLECTING.replace('We are', '<!-- macrolint-disable-next-line deflecting/* -->\nWe are');
    const d = project({ 'macros/a.md': text, 'macros/b.md': DEFLECTING.replace('We are', '<!-- macrolint-disable-next-line deflecting/polcy-shield -->\nWe are') });
    const r = await runCli(['--format', 'json', 'macros/a.md'], d);
    expect(ids(r.stdout).filter((id) => id.startsWith('deflecting/') || id.startsWith('un'))).toEqual([]);
    const b = await runCli(['--format', 'json', 'macros/b.md'], d);
    expect(b.code).toBe(1);
    const unknown = (JSON.parse(b.stdout) as JsonFile[])[0].messages.find((m) => m.ruleId === 'unknown-rule');
    expect(unknown).toMatchObject({ level: 'error', line: 7 });
    expect(unknown!.message).toContain('"deflecting/polcy-shield"');
    expect(unknown!.message).toContain('did you mean deflecting/policy-shield?');
  });

  it('unused disable directives are warnings by default, configurable in the config and on the command line', async () => {
    const text = '---\nid: u\nanger: none\n---\n\n<!-- macrolint-disable-next-line test/marker -->\nHi, FIXME here.\n<!-- macrolint-disable-next-line test/marker -->\nNothing to hide.\n';
    const d = project({ 'macros/a.md': text });
    const unused = (stdout: string) => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages).filter((m) => m.ruleId === 'unused-disable-directive');
    const r = await runCli(['--format', 'json'], d, T);
    expect(unused(r.stdout).map((m) => [m.level, m.line])).toEqual([['warning', 8]]);
    expect(unused(r.stdout)[0].message).toBe('Unused macrolint-disable-next-line directive (no problems were reported from "test/marker").');
    expect(ids(r.stdout)).not.toContain('test/marker');
    expect((await runCli(['--max-warnings', '0'], d, T)).code).toBe(1);
    expect(unused((await runCli(['--format', 'json', '--report-unused-disable-directives-severity', 'off'], d, T)).stdout)).toEqual([]);
    const asError = await runCli(['--format', 'json', '--report-unused-disable-directives'], d, T);
    expect(asError.code).toBe(1);
    expect(unused(asError.stdout).map((m) => m.level)).toEqual(['error']);
    const quiet = project({ 'macros/a.md': text, '.macrolintrc.yaml': 'reportUnusedDisableDirectives: off\n' });
    expect(unused((await runCli(['--format', 'json'], quiet, T)).stdout)).toEqual([]);
    expect((await runCli(['--report-unused-disable-directives-severity', 'loud'], d, T)).code).toBe(2);
  });

  it('--fix removes a wholly unused directive (its line when alone on it), as ESLint does', async () => {
    const yaml = 'macros:\n  - id: y\n    anger: none\n    # macrolint-disable-next-line test/marker\n    body: Nothing to hide.\n';
    const text = '---\nid: u\nanger: none\n---\n\n<!-- macrolint-disable-next-line test/marker -->\nHi, FIXME here.\n<!-- macrolint-disable-next-line test/marker -->\nNothing to hide. <!-- macrolint-disable-line -->\n';
    const d = project({ 'macros/a.md': text, 'macros/y.macros.yaml': yaml });
    const r = await runCli(['--fix'], d, T);
    expect(r.stdout).not.toContain('unused-disable-directive');
    expect(readFileSync(join(d, 'macros/a.md'), 'utf8')).toBe('---\nid: u\nanger: none\n---\n\n<!-- macrolint-disable-next-line test/marker -->\nHi, FIXME here.\nNothing to hide.\n');
    expect(readFileSync(join(d, 'macros/y.macros.yaml'), 'utf8')).toBe('macros:\n  - id: y\n    anger: none\n    body: Nothing to hide.\n');
  });
});

describe('6. paths that yield no file, and globs relative to the configuration file', () => {
  const NOT_MACRO = 'Hello, a plain reply.\n';
  it('named paths that yield nothing exit 2 with the reason and counts', async () => {
    const d = project({
      '.gitignore': 'build/\n',
      'replies/a.md': NOT_MACRO,
      'replies/b.md': NOT_MACRO,
      'replies/c.md': NOT_MACRO,
      'replies/d.md': NOT_MACRO,
      'replies/e.yaml': 'a: 1\n',
      'build/macros/x.md': WARN,
      'macros/ok.md': WARN,
    });
    const r = await runCli(['replies', 'build', 'nowhere/*.md', 'macros'], d, T);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'macrolint: replies/: no macro file to lint; 4 .md and 1 .yaml files under it are not macros: not matched by `files` and no anger/macro front matter',
      'macrolint: build/: no macro file to lint; 1 file ignored by .gitignore or .macrolintignore (--no-ignore lints it)',
      'macrolint: "nowhere/*.md": no macro file to lint; no file matches this pattern',
      'macrolint: nothing was linted: fix the path, or pass --no-error-on-unmatched-pattern to allow this',
      '',
    ]);
    const allowed = await runCli(['replies', 'build', 'nowhere/*.md', 'macros', '--no-error-on-unmatched-pattern'], d, T);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('macros/ok.md');
    expect((await runCli(['build', '--no-ignore', '--format', 'json'], d, T)).stdout).toContain('build/macros/x.md');
  });

  it('globs in `files` are relative to the configuration file, never to the named path', async () => {
    const d = project({ 'lib/macros/md/a.md': WARN.replace('anger: none\n', ''), 'lib/macros/top.md': WARN.replace('id: w', 'id: t') });
    const files = async (argv: string[], cwd = d) => (JSON.parse((await runCli([...argv, '--format', 'json'], cwd, T)).stdout) as JsonFile[]).map((f) => f.filePath.slice(d.length + 1)).sort();
    const all = ['lib/macros/md/a.md', 'lib/macros/top.md'];
    expect(await files(['lib'])).toEqual(all);
    expect(await files(['lib/macros'])).toEqual(all);
    expect(await files(['lib/macros/md'])).toEqual(['lib/macros/md/a.md']);
    // A configuration in a subfolder: its globs are relative to it, wherever the CLI runs and whatever it is given.
    const s = project({ 'team/.macrolintrc.yaml': 'files:\n  - "replies/**/*.md"\n', 'team/replies/x/r.md': 'Hi FIXME\n', 'team/other/o.md': 'Hi FIXME\n' });
    const inS = async (argv: string[]) => (JSON.parse((await runCli([...argv, '--format', 'json'], s, T)).stdout) as JsonFile[]).map((f) => f.filePath.slice(s.length + 1));
    expect(await inS(['team'])).toEqual(['team/replies/x/r.md']);
    expect(await inS(['team/replies/x'])).toEqual(['team/replies/x/r.md']);
  });
});

describe('7. EPIPE', () => {
  it('output over 64 KB into a reader that goes away exits quietly', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`macros/m${i}.md`] = WARN.replace('id: w', `id: m${i}`).replace('FIXME', 'FIXME '.repeat(10));
    const d = project(files);
    const child = spawn(process.execPath, [CLI, '--format', 'json', '--workers', 'off'], { cwd: d, env: { ...process.env, MACROLINT_TEST_RULES: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let got = 0;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Like `head -c 100`: read a little, then close the pipe.
    child.stdout.on('data', (c: Buffer) => {
      got += c.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(got).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('8. --changed-since uses the merge base', () => {
  it('on a feature branch, macros changed only on main are not reported', async () => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const d = project({ 'macros/main-only.md': WARN.replace('id: w', 'id: m'), 'macros/feature.md': WARN.replace('id: w', 'id: f') });
    git(d, 'init', '-q');
    git(d, 'add', '-A');
    git(d, 'commit', '-q', '-m', 'base');
    git(d, 'checkout', '-q', '-b', 'feature');
    writeTree(d, { 'macros/feature.md': WARN.replace('id: w', 'id: f').replace('here', 'over here') });
    git(d, 'commit', '-q', '-am', 'feature edit');
    git(d, 'checkout', '-q', 'main');
    writeTree(d, { 'macros/main-only.md': WARN.replace('id: w', 'id: m').replace('here', 'right here') });
    git(d, 'commit', '-q', '-am', 'main edit');
    git(d, 'checkout', '-q', 'feature');
    const r = await runCli(['--changed-since', 'main', '--format', 'json'], d, T);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonFile[]).map((f) => f.filePath.slice(d.length + 1))).toEqual(['macros/feature.md']);
  });
});

describe('9. --quiet, skipped files, --fix-dry-run', () => {
  it('--quiet prints nothing over hidden warnings (exit 0)', async () => {
    const d = project({ 'macros/a.md': WARN });
    const r = await runCli(['--quiet'], d, T);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const err = project({ 'macros/a.md': WARN, '.macrolintrc.yaml': 'rules:\n  test/marker: error\n' });
    expect((await runCli(['--quiet'], err, T)).stdout).toContain('test/marker');
  });

  it('a skipped binary file is a warning: --max-warnings 0 fails', async () => {
    const d = project({ 'macros/bin.md': Buffer.from('---\nanger: none\n---\n\u0000\u0001binary') });
    const r = await runCli(['--max-warnings', '0'], d, T);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/warning\s+File skipped: it looks binary/);
    expect(r.stdout).not.toContain('no problems');
  });

  it('--fix-dry-run says how many fixes it would apply', async () => {
    const d = project({ 'macros/a.md': WARN.replace('FIXME', 'FIXME and FIXME'), 'macros/b.md': WARN.replace('id: w', 'id: b'), 'macros/c.md': '---\nid: c\nanger: none\n---\n\nAll good.\n' });
    const r = await runCli(['--fix-dry-run'], d, T);
    expect(r.stderr).toContain('✔ --fix would fix 3 problems in 2 files');
    expect(readFileSync(join(d, 'macros/a.md'), 'utf8')).toContain('FIXME');
    const none = await runCli(['--fix-dry-run', 'macros/c.md'], d, T);
    expect(none.stderr).toContain('✔ --fix would fix 0 problems in 0 files');
    const stdin = await runCli(['--fix-dry-run', '--stdin'], d, { ...T, stdin: WARN });
    expect(stdin.stderr).toContain('✔ --fix would fix 1 problem in 1 file');
  });
});

describe('10. warn in the config, --print-config, the default cache file', () => {
  it('accepts warn (and ESLint`s 0/1/2) in the config as on the command line', async () => {
    expect(parseConfig('rules:\n  missing-assure: warn\n  over-apology: [warn, {}]\n  missing-align: { severity: warn }\n  anger-type: 2\n').config.rules).toEqual({
      'missing-assure': { severity: 'warning' },
      'over-apology': { severity: 'warning', options: {} },
      'missing-align': { severity: 'warning', options: {} },
      'anger-type': { severity: 'error' },
    });
    const d = project({ '.macrolintrc.yaml': 'rules:\n  test/marker: warn\n', 'macros/a.md': WARN });
    const r = await runCli(['--format', 'json'], d, T);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFile[])[0].messages.map((m) => m.level)).toEqual(['warning']);
  });

  it('the config schema accepts warn, family wildcards and reportUnusedDisableDirectives, and rejects unknown families', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../schemas/macrolintrc.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ rules: { 'missing-assure': 'warn', 'deflecting/*': 'off', '*': ['warn', {}] }, reportUnusedDisableDirectives: 'off' }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: { 'deflectin/*': 'off' } })).toBe(false);
    expect(validate({ reportUnusedDisableDirectives: 'loud' })).toBe(false);
    expect(parseConfig('reportUnusedDisableDirectives: loud\n').problems.map((p) => p.message)).toEqual([
      '.macrolintrc.yaml: `reportUnusedDisableDirectives` must be one of off, info, warning, error, or true / false',
    ]);
  });

  it('--print-config prints effective severities of every rule and the configuration files loaded', () => {
    const d = project({ '.macrolintrc.yaml': 'rules:\n  deflecting/*: off\n', 'es/.macrolintrc.yaml': 'locale: es\nextends: ../.macrolintrc.yaml\nrules:\n  deflecting/redirect: warn\n' });
    const r = spawnCli(['--print-config', 'es/x.md'], d);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.configFiles).toEqual(['.macrolintrc.yaml', 'es/.macrolintrc.yaml']);
    expect(c.globsRelativeTo).toBe('es');
    expect(Object.keys(c.rules)).toEqual(RULES.map((x) => x.meta.id));
    expect(c.rules['deflecting/redirect'].severity).toBe('warning');
    expect(c.rules['deflecting/policy-shield'].severity).toBe('off');
    expect(c.rules['missing-assure'].severity).toBe(RULES.find((x) => x.meta.id === 'missing-assure')!.meta.defaultSeverity);
    expect(c.rules['generic-acknowledge'].options).toEqual({ anyAnger: false });
    expect(JSON.parse(spawnCli(['--print-config', 'x.md', '--no-config'], d).stdout).configFiles).toEqual([]);
  });

  it('--cache defaults to .macrolintcache in the working folder (no node_modules/.cache)', async () => {
    const d = project({ 'macros/a.md': WARN });
    const first = await runCli(['--cache'], d, T);
    expect(existsSync(join(d, '.macrolintcache'))).toBe(true);
    expect(existsSync(join(d, 'node_modules'))).toBe(false);
    expect(JSON.parse(readFileSync(join(d, '.macrolintcache'), 'utf8')).entries).toHaveProperty([join(d, 'macros/a.md')]);
    expect((await runCli(['--cache'], d, T)).stdout).toBe(first.stdout);
    await runCli(['--cache', '--cache-location', 'tmp/'], d, T);
    expect(existsSync(join(d, 'tmp/.macrolintcache'))).toBe(true);
    await runCli(['--cache', '--cache-location', 'my.cache'], d, T);
    expect(existsSync(join(d, 'my.cache'))).toBe(true);
  });
});

describe('11. generic-acknowledge: an option is an option, a severity only a severity', () => {
  const text = (anger: string) => `---\nid: g\nanger: ${anger}\nlocale: en\n---\n\nI understand your frustration. We will refund your order today.\n`;
  const generic = (anger: string, layer: object = {}) => lint({ uri: 'file:///x/macros/a.md', text: text(anger) }, mergeConfigs(defaultConfig(), layer)).findings.filter((f) => f.ruleId === 'generic-acknowledge').length;

  it('writing out its default severity changes nothing', () => {
    for (const anger of ['none', 'before', 'during']) {
      expect(generic(anger, { rules: { 'generic-acknowledge': { severity: 'warning' } } }), anger).toBe(generic(anger));
    }
    expect(generic('none')).toBe(0);
    expect(generic('before')).toBe(1);
  });

  it('anyAnger turns it on for every macro; the strict preset sets it', () => {
    expect(generic('none', { rules: { 'generic-acknowledge': { options: { anyAnger: true } } } })).toBe(1);
    expect(generic('none', PRESETS['macrolint:strict'])).toBe(1);
  });

  it('`macrolint init` output keeps the default behaviour', async () => {
    const d = project({ 'macros/a.md': text('none') });
    const before = await runCli(['--format', 'json'], d);
    expect((await runCli(['init'], d)).code).toBe(0);
    const config = readFileSync(join(d, '.macrolintrc.yaml'), 'utf8').replace('# generic-acknowledge:', 'generic-acknowledge:');
    writeTree(d, { '.macrolintrc.yaml': config });
    const after = await runCli(['--format', 'json'], d);
    expect(after.stderr).toBe('');
    expect(ids(after.stdout)).toEqual(ids(before.stdout));
  });
});
