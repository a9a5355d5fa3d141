/** Habits that CI enforces: lint rules for the engine's purity and import cycles; test hooks never shipped. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const TEST_ONLY = /test\/marker|test\/throws|macrolint\/test\/heap/;

describe('production bundles', () => {
  it('ship without the test-only rules and requests the development bundles carry', () => {
    const out = mkdtempSync(join(tmpdir(), 'macrolint-prod-'));
    try {
      const r = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const f of ['cli.js', 'cli-worker.js', 'server.js']) expect(TEST_ONLY.test(readFileSync(join(out, f), 'utf8')), f).toBe(false);
      // The check can fail: the development bundles (what the protocol and CLI tests use) do carry them.
      expect(TEST_ONLY.test(readFileSync(join(ROOT, 'dist', 'server.js'), 'utf8'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('ESLint configuration', () => {
  const eslint = (files: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--no-warn-ignored', ...files], { cwd: ROOT, encoding: 'utf8' });

  it('reports an import cycle', () => {
    const dir = join(ROOT, 'tests', `.lint-cycle-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): unknown => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
      const r = eslint([join(dir, 'a.ts'), join(dir, 'b.ts')]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/Dependency cycle detected\s+import-x\/no-cycle/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps Node, LSP and adapter imports out of the engine', () => {
    // Linted from standard input under an engine file name: nothing is written into the source tree.
    const text = "import { readFileSync } from 'node:fs';\nimport type { Connection } from 'vscode-languageserver';\nimport { run } from '../cli/main';\nexport const x = [readFileSync, run] as unknown as Connection;\n";
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', 'server/src/engine/zz-purity.ts'], { cwd: ROOT, encoding: 'utf8', input: text });
    expect(r.status).toBe(1);
    expect(r.stdout.match(/no-restricted-imports/g)?.length).toBe(3);
    // The same text outside the engine is fine.
    const cli = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', 'server/src/cli/zz-purity.ts'], { cwd: ROOT, encoding: 'utf8', input: text.replace("'../cli/main'", "'./main'") });
    expect(cli.stdout).not.toMatch(/no-restricted-imports/);
  });
});
