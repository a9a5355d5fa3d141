// Bundles the pure engine (lint, configuration, rule registry, types) with esbuild and loads it, for
// the Node scripts that are not part of the shipped bundles: eval (also of rewrites), the rule benchmark,
// the docs generator.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const ENTRY = [
  "export { lint } from './server/src/engine/lint';",
  "export * from './server/src/engine/config';",
  "export { RULES } from './server/src/engine/rules';",
  "export { LOCALES, HELPDESKS } from './server/src/engine/types';",
  "export { replySentences, analyzeText } from './server/src/engine/analysis';",
  "export { applyFixes, fixAll, validateFindings } from './server/src/engine/fix';",
  "export { clearEngineCaches, engineCacheSizes } from './server/src/engine/caches';",
].join('\n');

/** The engine's exports (`lint`, `RULES`, the config module, `LOCALES`, `HELPDESKS`) of the tree at `root`. */
export async function loadEngine({ sourcemap = false, root = ROOT } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-engine-'));
  const outfile = join(dir, 'engine.cjs');
  try {
    await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'engine-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      sourcemap: sourcemap ? 'inline' : false,
      logLevel: 'error',
      define: { MACROLINT_VERSION: JSON.stringify(pkg.version) },
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
