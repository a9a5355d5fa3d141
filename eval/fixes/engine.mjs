// Bundles the engine with its fix applier and rewrite validator (esbuild) and loads it, for the rewrite
// evaluation (`npm run eval:fixes`). Same approach as scripts/load-engine.mjs, with the fix exports.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const ENTRY = [
  "export { lint } from './server/src/engine/lint';",
  "export * from './server/src/engine/config';",
  "export { applyFixes, fixAll, validateFindings } from './server/src/engine/fix';",
].join('\n');

/** The engine's lint, configuration and fix functions, bundled from the working tree. */
export async function loadFixEngine() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-fixes-'));
  const outfile = join(dir, 'engine.cjs');
  try {
    await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'fix-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'error',
      define: { MACROLINT_VERSION: JSON.stringify(pkg.version) },
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
