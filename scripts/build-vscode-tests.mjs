// Bundles the VS Code test suite (tests/vscode/suite/*.ts) to dist/vscode-tests/*.js for the extension
// host. `vscode` is provided by the host; mocha is loaded from node_modules.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
export const outdir = join(root, 'dist', 'vscode-tests');

/** Builds the suite; returns the folder to pass as --extensionTestsPath's parent. */
export async function buildVscodeTests() {
  const suite = join(root, 'tests', 'vscode', 'suite');
  const entryPoints = readdirSync(suite).filter((f) => f.endsWith('.ts')).map((f) => join(suite, f));
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildVscodeTests();
