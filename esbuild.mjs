// Bundles the language server, the CLI and the VS Code client into dist/.
// `node esbuild.mjs --production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM dependencies (fdir) read import.meta.url, which a CJS bundle must provide.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { MACROLINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
};

const entries = [
  { entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  { entryPoints: ['server/src/lsp/index.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
