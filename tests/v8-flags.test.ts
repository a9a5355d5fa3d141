import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

// The V8 settings module must run before anything else in each Node entry point: flags set after a
// phrase table has run do not apply to it. (What the flag saves is measured by the benchmarks.)
const ENTRIES = ['server/src/cli/index.ts', 'server/src/cli/worker.ts', 'server/src/lsp/index.ts'];

describe('V8 settings of the entry points', () => {
  it.each(ENTRIES)('%s imports node/v8-flags before any other module', (file) => {
    const src = readFileSync(join(__dirname, '..', file), 'utf8');
    const imports = [...src.matchAll(/^import\s.*?['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('../node/v8-flags');
  });

  it('the flag is accepted by this Node and leaves regular expressions working', () => {
    const r = spawnSync(
      process.execPath,
      ['-e', "require('node:v8').setFlagsFromString('--no-regexp-tier-up'); const re = /(?<![a-z])(?:courier|carrier)s?(?![a-z])/g; const t = 'the couriers and a carrier'; let n = 0; for (let i = 0; i < 3; i++) { re.lastIndex = 0; n += [...t.matchAll(re)].length; } console.log(n);"],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('6');
  });
});
