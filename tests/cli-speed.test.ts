/**
 * What the speed-ups of issue 14 (CLI outside the analysis, server keystrokes) must keep, as identities:
 * the per-document lint cache holds the current document's macros only (entries it reuses are kept in
 * place, the others dropped) and lints like a cold lint after any edits; the first macro's language,
 * resolved once for the document-level rules and the macro, gives what an explicit message locale gives;
 * the library search that skips the linted files finds the same other files. No timing here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolve } from 'node:path';
import { lint, LintCache } from '../server/src/engine/lint';
import { defaultConfig, type Config } from '../server/src/engine/config';
import { applyEdits } from '../server/src/engine/fix';
import { findFiles } from '../server/src/cli/files';
import type { Finding } from '../server/src/engine/types';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';
import { cleanup, tempDir, writeTree } from './cli-fixtures/helpers';

const RUNS = Number(process.env.FC_RUNS ?? 25) || 25;
const uri = 'file:///lib/library.macros.yaml';
const config = defaultConfig();
const plain = (f: readonly Finding[]) => JSON.parse(JSON.stringify(f));

const PIECES = ['x', ' ', 'sorry, but ', 'per our policy ', '\n', '\n  - id: new\n    body: hi\n', '  - ', ': ', '#', '"', '\n\n', 'Hola, siento '];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 12 }), text: fc.constantFrom(...PIECES) });

describe('per-document lint cache (server keystrokes)', () => {
  it('keeps only the macros of the last lint and lints like a cold lint after random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (seed, edits) => {
        let text = yamlLibrary(rng(seed), 10) as string;
        const cache = new LintCache();
        const check = () => {
          const warm = lint({ uri, text }, config, { cache });
          expect(plain(warm.findings)).toEqual(plain(lint({ uri, text }, config).findings));
          // Every entry is a key of this version's macros (the stale ones of earlier versions are gone).
          const keys = new Set((warm.parsed?.macros ?? []).map((m) => m.sourceHash));
          for (const k of cache.macros.keys()) expect(keys.has(k)).toBe(true);
          expect(cache.macros.size).toBeLessThanOrEqual(keys.size);
          // The same text again: every cached macro is reused, none linted.
          const before = cache.macros.size;
          const again = lint({ uri, text }, config, { cache });
          expect(plain(again.findings)).toEqual(plain(warm.findings));
          expect(cache.macros.size).toBe(before);
          expect(cache.stats.reused).toBeGreaterThanOrEqual(before);
        };
        check();
        for (const e of edits) {
          const start = Math.min(text.length, Math.floor(e.at * text.length));
          text = applyEdits(text, [{ start, end: Math.min(text.length, start + e.del), text: e.text }]).text;
          check();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('drops every entry when the document loses its macros, and relints them when they come back', () => {
    const text = yamlLibrary(rng(7), 6) as string;
    const cache = new LintCache();
    lint({ uri, text }, config, { cache });
    expect(cache.macros.size).toBeGreaterThan(0);
    lint({ uri, text: 'macros: []\n' }, config, { cache });
    expect(cache.macros.size).toBe(0);
    const back = lint({ uri, text }, config, { cache });
    expect(cache.stats.reused).toBe(0);
    expect(plain(back.findings)).toEqual(plain(lint({ uri, text }, config).findings));
  });
});

describe('the first macro language, resolved once', () => {
  const TEXTS = [
    "Hi there,\n\nSorry, but per our policy we can't refund this order. Calm down, it's just a small delay.\n",
    'Hola,\n\nLo sentimos, pero según nuestra política no podemos reembolsar este pedido. Cálmese, no es para tanto.\n',
    '---\nlocale: es\n---\n# Pedido\n\nLo sentimos, pero debe contactar con el transportista.\n',
    '<!-- macrolint-disable deflecting/policy-shield -->\nHola,\n\nLo sentimos, pero según nuestra política no podemos hacerlo.\n',
    '',
  ];
  it.each(TEXTS.map((t, i) => [i, t] as const))('a single-macro file (%i) lints as with its language as the message locale', (i, text) => {
    const doc = { uri: 'file:///m/reply.macro.md', text };
    const auto = lint(doc, config);
    const macro = auto.parsed?.macros[0];
    const locale = macro ? auto.findings.find((f) => f.macroIndex === macro.index)?.locale : undefined;
    expect(locale).toBe(i === 1 || i === 2 || i === 3 ? 'es' : 'en');
    if (!locale) return;
    const fixed: Config = { ...config, messageLocale: locale };
    expect(plain(auto.findings)).toEqual(plain(lint(doc, fixed).findings));
  });
});

describe('library search of a lint run', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(cleanup));
  it('skipping the linted files finds the same other files', () => {
    const d = tempDir('macrolint-cli-speed-');
    dirs.push(d);
    writeTree(d, {
      '.gitignore': 'ignored/\n',
      'macros/a.md': '# A\n\nHello.\n',
      'macros/b.md': '# B\n\nHello.\n',
      'macros/sub/c.macros.yaml': 'macros:\n  - id: c\n    body: Hello\n',
      'macros/ignored/d.md': '# D\n',
      'notes/readme.md': '# not a macro\n',
    });
    const configOf = () => ({ config: defaultConfig(), base: d });
    const all = findFiles(['.'], { cwd: d, ignore: true, configOf }).files;
    expect(all.length).toBeGreaterThan(2);
    const known = new Set([resolve(d, 'macros/a.md'), resolve(d, 'macros/sub/c.macros.yaml')]);
    expect(findFiles(['.'], { cwd: d, ignore: true, configOf, known }).files).toEqual(all.filter((f) => !known.has(f)));
  });
});
