// Bundles the language server, the CLI and the VS Code client into dist/.
// `node esbuild.mjs --production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
// `--outdir DIR` writes the bundles elsewhere (tests build a production copy without touching dist/).
const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
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

/**
 * Production bundles (the npm package and the .vsix) ship without the test-only rules and requests:
 * imports of `test-rules` / `test-hooks` resolve to their `.shipped.ts` stand-ins, which add nothing.
 */
const shipWithoutTestHooks = {
  name: 'ship-without-test-hooks',
  setup(build) {
    build.onResolve({ filter: /\/test-(?:rules|hooks)$/ }, (args) => ({ path: join(args.resolveDir, `${args.path.split('/').pop()}.shipped.ts`) }));
  },
};

/**
 * The language data (locales/<locale>/{lexicon,model,pack}.json and rewrite/texts.json, 1.6 MB) go into the
 * bundles as JSON strings parsed when first required: V8 parses `JSON.parse` input much faster than the same
 * data as object literals in the bundle's source, and the engine requires a locale's files at that locale's
 * first use (lexicon/index.ts, detect/model.ts, detect/pack.ts, rewrite/common.ts), so an English document
 * never parses the Spanish data. Only `require`d files are wrapped lazily by esbuild: keep them `require`d.
 */
export const localeDataAsJsonStrings = {
  name: 'locale-data-as-json-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/](?:locales[\\/][a-z]+[\\/](?:lexicon|model|pack)|rewrite[\\/]texts)\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});\n`,
      loader: 'js',
    }));
  },
};
common.plugins = production ? [localeDataAsJsonStrings, shipWithoutTestHooks] : [localeDataAsJsonStrings];

const entries = [
  { entryPoints: ['server/src/cli/index.ts'], outfile: `${outdir}/cli.js` },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: `${outdir}/cli-worker.js` },
  { entryPoints: ['server/src/lsp/index.ts'], outfile: `${outdir}/server.js` },
  // The health report (charts) loads on demand: the language server requires it only when asked.
  { entryPoints: ['server/src/engine/report/entry.ts'], outfile: `${outdir}/report.js` },
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

// Imported (tests/lazy-locale-data.test.ts bundles the engine with the plugin above), it builds nothing.
if (process.argv[1] && pathToFileURL(realpathSync(resolve(process.argv[1]))).href === import.meta.url) {
  if (watch) {
    for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
  } else {
    await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  }
}
