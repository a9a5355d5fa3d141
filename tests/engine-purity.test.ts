/** HOUSE-STYLE: the engine is pure — no Node, no LSP, no VS Code imports — so a browser build stays one entry point away. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ENGINE = join(__dirname, '..', 'server', 'src', 'engine');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  it('has engine modules to check', () => {
    expect(files(ENGINE).length).toBeGreaterThan(20);
  });
  for (const f of files(ENGINE)) {
    it(`${relative(ENGINE, f)} imports no Node, LSP or VS Code module`, () => {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = imports.filter((m) => m.startsWith('node:') || /^(fs|path|os|child_process|worker_threads|net|http|https|url)$/.test(m) || m.startsWith('vscode'));
      expect(bad).toEqual([]);
    });
  }
});
