/** `--fix` and `--fix-dry-run`: fixed files equal their `.fixed` siblings, idempotent, atomic, BOM and EOL kept. */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyPatch } from 'diff';
import { cleanup, copyFixture, FIXTURES, runCli, spawnCli, tempDir } from './cli-fixtures/helpers';
import { listFixtures, readFixture, ruleSelected } from './harness';
import { RULES } from '../server/src/engine/rules';
import { fixAll } from '../server/src/engine/fix';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng, yamlLibrary } from '../bench/generate.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) cleanup(d);
});

const FIX_DIR = join(FIXTURES, 'fix');
const fixedOf = (name: string) => name.replace(/\.(md|ya?ml)$/, '.fixed.$1');
const sources = readdirSync(FIX_DIR).filter((n) => /\.(md|ya?ml)$/.test(n) && !/\.fixed\./.test(n) && !n.startsWith('.'));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of readdirSync(dir)) if (statSync(join(dir, n)).isFile()) out[n] = readFileSync(join(dir, n), 'latin1');
  return out;
}

describe('--fix on the CLI fix fixtures (injected test rule)', () => {
  it('every fixture is used', () => {
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });

  it('gives the .fixed siblings byte for byte, touches only changed files, and is idempotent', async () => {
    const dir = copyFixture('fix');
    dirs.push(dir);
    const names = sources;
    const before = snapshot(dir);
    const mtimeClean = statSync(join(dir, 'clean.md')).mtimeMs;
    const r = await runCli(['--fix', ...names], dir, { testRules: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fixed \d+ problems in 4 files/);
    for (const n of names) {
      const has = readdirSync(FIX_DIR).includes(fixedOf(n));
      const expected = has ? readFileSync(join(FIX_DIR, fixedOf(n)), 'latin1') : before[n];
      expect(readFileSync(join(dir, n), 'latin1'), n).toBe(expected);
    }
    // Untouched files are not rewritten.
    expect(statSync(join(dir, 'clean.md')).mtimeMs).toBe(mtimeClean);
    // No temporary files left behind.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const after = snapshot(dir);
    const again = await runCli(['--fix', ...names], dir, { testRules: true });
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('fixed');
    expect(snapshot(dir)).toEqual(after);
  });

  it('keeps the BOM and CRLF line endings', async () => {
    const dir = copyFixture('fix');
    dirs.push(dir);
    await runCli(['--fix', 'crlf-bom.md'], dir, { testRules: true });
    const bytes = readFileSync(join(dir, 'crlf-bom.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps the file mode', async () => {
    const dir = copyFixture('fix');
    dirs.push(dir);
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'late-delivery.md'), 0o640);
    await runCli(['--fix', 'late-delivery.md'], dir, { testRules: true });
    expect(statSync(join(dir, 'late-delivery.md')).mode & 0o777).toBe(0o640);
  });

  it('reports what remains (errors that have no fix keep exit code 1)', async () => {
    const dir = copyFixture('project');
    dirs.push(dir);
    const r = await runCli(['--fix', '--format', 'json'], dir, { testRules: true });
    const results = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    const left = results.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(left).toContain('syntax-error');
    expect(left).not.toContain('test/marker');
    expect(r.code).toBe(1);
  });

  it('does not rewrite a file that is not valid UTF-8', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const bad = Buffer.concat([Buffer.from('---\nid: x\nanger: none\n---\nHi FIXME \u00e9 '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    writeFileSync(join(dir, 'bad.macro.md'), bad);
    const r = await runCli(['--fix'], dir, { testRules: true });
    expect(r.stderr).toContain('bad.macro.md: not valid UTF-8; fixes not applied');
    expect(readFileSync(join(dir, 'bad.macro.md')).equals(bad)).toBe(true);
  });
});

describe('--fix on a generated library', () => {
  it('writes the text of validating every rewrite against the whole file (fix-all validates item by item)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const text = (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(3), 40);
    writeFileSync(join(dir, 'library.macros.yaml'), text);
    const r = await runCli(['--fix', 'library.macros.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/fixed \d+ problems in 1 file/);
    const expected = fixAll({ uri: join(dir, 'library.macros.yaml'), text }, undefined, { wholeFile: true }).text;
    expect(expected).not.toBe(text);
    expect(readFileSync(join(dir, 'library.macros.yaml'), 'utf8')).toBe(expected);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that turns each file into its .fixed sibling, and leaves files untouched', async () => {
    const dir = copyFixture('fix');
    dirs.push(dir);
    const before = snapshot(dir);
    const r = await runCli(['--fix-dry-run', ...sources], dir, { testRules: true });
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    // The report of what remains goes to stderr so stdout stays a valid patch.
    expect(r.stderr).toContain('no problems');
    for (const n of ['late-delivery.md', 'library.macros.yaml', 'nested.macros.yaml']) {
      const start = r.stdout.indexOf(`--- a/${n}`);
      expect(start, n).toBeGreaterThanOrEqual(0);
      const next = r.stdout.indexOf('===', start);
      const patch = r.stdout.slice(r.stdout.lastIndexOf('===', start), next < 0 ? undefined : next);
      expect(applyPatch(before[n], patch), n).toBe(readFileSync(join(FIX_DIR, fixedOf(n)), 'latin1'));
    }
    expect(r.stdout).not.toContain('clean.md');
  });

  it('works on the built CLI too', () => {
    const dir = copyFixture('fix');
    dirs.push(dir);
    const r = spawnCli(['--fix-dry-run', 'late-delivery.md'], dir, { env: { MACROLINT_TEST_RULES: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+That shouldn\'t have happened, and I\'m checking with the warehouse now ([done]');
    expect(readFileSync(join(dir, 'late-delivery.md'), 'utf8')).toContain('FIXME');
  });
});

describe('--fix on the engine fixtures with .fixed siblings (real rules)', () => {
  const fixtures = listFixtures().map(readFixture).filter((f) => f.fixedPath);
  it('there are engine fixtures to run (or none yet)', () => {
    expect(Array.isArray(fixtures)).toBe(true);
  });
  for (const f of fixtures) {
    it(f.rel, async () => {
      const dir = tempDir();
      dirs.push(dir);
      const name = basename(f.path);
      cpSync(f.path, join(dir, name));
      // The fixture's markers restrict the harness; the same restriction as a config file.
      const rules = Object.fromEntries(RULES.filter((r) => !ruleSelected(f, r.meta.id)).map((r) => [r.meta.id, 'off']));
      writeFileSync(join(dir, '.macrolintrc.json'), JSON.stringify({ ...(f.config ?? {}), rules: { ...((f.config?.rules as object) ?? {}), ...rules } }));
      const r = await runCli(['--fix', name], dir);
      expect(r.stderr).toBe('');
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(f.fixedPath!, 'utf8'));
      const again = await runCli(['--fix', name], dir);
      expect(again.stdout).not.toContain('✔ fixed');
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(f.fixedPath!, 'utf8'));
    });
  }
});
