// The language data (lexicon, detector model and pack per locale, rewrite texts) are read at the first
// use of a locale: from the TypeScript sources (as vitest runs them) and from a bundle built with
// esbuild.mjs's plugin, which ships them as JSON strings parsed on first require. Either way the data
// equal the JSON files, and an English lint never reads the Spanish data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { lint } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import { getLexicon, lexiconsLoaded } from '../server/src/engine/lexicon';
import { modelFor, modelsLoaded } from '../server/src/engine/detect/model';
import { packFor, packsLoaded } from '../server/src/engine/detect/pack';
import { rewriteTexts } from '../server/src/engine/rewrite/common';
import type { Locale } from '../server/src/engine/types';

const ROOT = join(__dirname, '..');
const ENGINE = join(ROOT, 'server/src/engine');
const json = (path: string) => JSON.parse(readFileSync(join(ENGINE, path), 'utf8'));
const LOCALES: Locale[] = ['en', 'es'];
const ENGLISH = { uri: 'examples/macros/en/as-i-said.md', text: readFileSync(join(ROOT, 'examples/macros/en/as-i-said.md'), 'utf8') };

/** What the lazily read data look like from one build of the engine (the sources or a bundle). */
interface Engine {
  lint: typeof lint;
  defaultConfig: typeof defaultConfig;
  getLexicon: typeof getLexicon;
  lexiconsLoaded: typeof lexiconsLoaded;
  modelFor: typeof modelFor;
  modelsLoaded: typeof modelsLoaded;
  packFor: typeof packFor;
  packsLoaded: typeof packsLoaded;
  rewriteTexts: typeof rewriteTexts;
}

/** The same checks for both builds; the English lint runs first, before anything reads Spanish data. */
function checks(engine: () => Engine) {
  it('an English lint reads the English data only', () => {
    const e = engine();
    expect(e.lexiconsLoaded()).toEqual([]);
    expect(e.modelsLoaded()).toEqual([]);
    expect(e.packsLoaded()).toEqual([]);
    const findings = e.lint(ENGLISH, e.defaultConfig()).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(e.lexiconsLoaded()).toEqual(['en']);
    expect(e.modelsLoaded()).toEqual(['en']);
    expect(e.packsLoaded()).toEqual(['en']);
  });

  it('the data read lazily equal the JSON files, for both locales', () => {
    const e = engine();
    for (const locale of LOCALES) {
      expect(e.getLexicon(locale)).toEqual(json(`locales/${locale}/lexicon.json`));
      expect(e.modelFor(locale)).toEqual(json(`locales/${locale}/model.json`));
      expect(e.packFor(locale)).toEqual(json(`locales/${locale}/pack.json`));
      expect(e.rewriteTexts(locale)).toEqual(json('rewrite/texts.json')[locale]);
      // Read once: the same object on every call.
      expect(e.getLexicon(locale)).toBe(e.getLexicon(locale));
      expect(e.modelFor(locale)).toBe(e.modelFor(locale));
    }
    expect(e.lexiconsLoaded().sort()).toEqual(LOCALES);
    expect(e.modelsLoaded().sort()).toEqual(LOCALES);
    expect(e.packsLoaded().sort()).toEqual(LOCALES);
  });
}

describe('from the sources', () => {
  checks(() => ({ lint, defaultConfig, getLexicon, lexiconsLoaded, modelFor, modelsLoaded, packFor, packsLoaded, rewriteTexts }));
});

describe('from a bundle built with the JSON-string plugin', () => {
  let dir: string;
  let bundled: Engine & { sourceFindings: string };
  beforeAll(async () => {
    const { localeDataAsJsonStrings } = await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href);
    dir = mkdtempSync(join(tmpdir(), 'macrolint-lazy-data-'));
    const outfile = join(dir, 'engine.js');
    const from = (p: string) => JSON.stringify(join(ENGINE, p));
    await esbuild.build({
      stdin: {
        contents: [
          `export { lint } from ${from('lint')};`,
          `export { defaultConfig } from ${from('config')};`,
          `export { getLexicon, lexiconsLoaded } from ${from('lexicon')};`,
          `export { modelFor, modelsLoaded } from ${from('detect/model')};`,
          `export { packFor, packsLoaded } from ${from('detect/pack')};`,
          `export { rewriteTexts } from ${from('rewrite/common')};`,
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'error',
      define: { MACROLINT_VERSION: '"0.0.0"' },
      plugins: [localeDataAsJsonStrings],
    });
    const text = readFileSync(outfile, 'utf8');
    // The data are strings in the bundle, not object literals.
    expect(text).toContain('JSON.parse(');
    expect(text).not.toMatch(/locale: "es"/);
    bundled = { ...createRequire(outfile)(outfile), sourceFindings: JSON.stringify(lint(ENGLISH, defaultConfig()).findings) };
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  checks(() => bundled);

  it('lints as the sources do', () => {
    expect(JSON.stringify(bundled.lint(ENGLISH, bundled.defaultConfig()).findings)).toBe(bundled.sourceFindings);
  });
});
