// bin/macrolint.js asks Node to keep the compiled CLI bundle between runs (module.enableCompileCache,
// Node 22.1+), and runs the same on a Node without that API or when it throws.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const bin = join(root, 'bin/macrolint.js');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

/** Runs `macrolint --version` with a preload that replaces `module.enableCompileCache` by `stub` (source). */
function runWith(stub: string) {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-cc-'));
  const marker = join(dir, 'called');
  const preload = join(dir, 'preload.cjs');
  writeFileSync(preload, `const m = require('node:module'); const fs = require('node:fs'); const marker = ${JSON.stringify(marker)};\n${stub}\n`);
  const r = spawnSync(process.execPath, ['--require', preload, bin, '--version'], { encoding: 'utf8' });
  return { r, called: existsSync(marker), bundleLoaded: existsSync(marker) ? readFileSync(marker, 'utf8') : undefined };
}

describe('CLI compile cache', () => {
  it('enables Node’s compile cache before loading the bundle', () => {
    const { r, called, bundleLoaded } = runWith(`m.enableCompileCache = () => { fs.writeFileSync(marker, String(Object.keys(require.cache).some((k) => k.endsWith('cli.js')))); return { status: 0 }; };`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(called).toBe(true);
    // Called before dist/cli.js was required, so the bundle's compilation can come from the cache.
    expect(bundleLoaded).toBe('false');
  });

  it('runs the same when the API is missing (Node 20) or throws', () => {
    for (const stub of ['delete m.enableCompileCache;', 'm.enableCompileCache = () => { throw new Error("read-only cache folder"); };']) {
      const { r } = runWith(stub);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
});
