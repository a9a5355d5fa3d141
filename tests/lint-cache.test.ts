/**
 * The per-document lint cache and the incremental YAML library reader give exactly what a cold lint
 * and a full parse give: generated libraries, then random edits (fast-check) applied one after the
 * other to the same cache, each step compared with a cold lint that reads the file with the whole-file
 * YAML parser (and verifies fixes against the whole file). CACHE_RUNS (default 40) runs: each run lints
 * a whole generated library twice, so it does not follow FC_RUNS (sized for the cheap properties).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, LintCache } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import { applyEdits } from '../server/src/engine/fix';
import { readYaml } from '../server/src/engine/model/yaml';
import { readYamlIncremental, splitLibrary, YamlIncrementalState } from '../server/src/engine/model/yaml-incremental';
import type { Finding, Macro, ParsedDocument } from '../server/src/engine/types';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';
import { macroData } from './helpers/macro-data';

const RUNS = Number(process.env.CACHE_RUNS ?? 40) || 40;
const uri = 'file:///lib/library.macros.yaml';
const config = defaultConfig();

function library(seed: number, m: number): string {
  return yamlLibrary(rng(seed), m) as string;
}


function docData(p: ParsedDocument) {
  return { macros: p.macros.map(macroData), directives: p.directives, problems: p.problems, fileMeta: p.fileMeta };
}

const findingsOf = (f: Finding[]) => JSON.parse(JSON.stringify(f));

// Edits that touch structure as well as words.
const PIECES = ['x', ' ', 'sorry, but ', 'per our policy ', '\n', '\n  - id: new\n    body: hi\n', '  - ', '- ', ': ', '#', ' # macrolint-disable-next-line\n', '&a ', '*a', '|', '>', '"', "'", '{', '[', '\t', '---\n', '\n\n', 'Hola, siento '];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 12 }), text: fc.constantFrom(...PIECES) });

function applyRandom(text: string, e: { at: number; del: number; text: string }): string {
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  const end = Math.min(text.length, start + e.del);
  return applyEdits(text, [{ start, end, text: e.text }]).text;
}

describe('incremental YAML library reader', () => {
  it('splits a generated library into its items', () => {
    const text = library(1, 40);
    expect(splitLibrary(text)?.starts.length).toBe(40);
  });

  it('reads like the full parser, cold and after random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        let text = library(seed, 12);
        const state = new YamlIncrementalState();
        expect(docData(readYamlIncremental(uri, text, state))).toEqual(docData(readYaml(uri, text)));
        for (const e of edits) {
          text = applyRandom(text, e);
          expect(docData(readYamlIncremental(uri, text, state))).toEqual(docData(readYaml(uri, text)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('re-parses only the edited item', () => {
    const text = library(7, 30);
    const state = new YamlIncrementalState();
    readYamlIncremental(uri, text, state);
    const at = text.indexOf('title: Library macro 15') + 'title: Library'.length;
    readYamlIncremental(uri, text.slice(0, at) + ' big' + text.slice(at), state);
    expect(state.stats).toMatchObject({ full: 0, incremental: 2, parsedItems: 31, reusedItems: 29 });
  });

  it('re-parses only the edited items when several edits far apart come in one read', () => {
    const text = library(7, 30);
    const state = new YamlIncrementalState();
    readYamlIncremental(uri, text, state);
    let next = text;
    for (const n of [3, 15, 27]) {
      const at = next.indexOf(`title: Library macro ${n}\n`) + 'title: Library'.length;
      next = next.slice(0, at) + ' big' + next.slice(at);
    }
    expect(docData(readYamlIncremental(uri, next, state))).toEqual(docData(readYaml(uri, next)));
    expect(state.stats).toMatchObject({ full: 0, incremental: 2, parsedItems: 33, reusedItems: 27 });
  });

  it('reads like the full parser after several random edits between two reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 2, maxLength: 6 }), (seed, edits) => {
        const text = library(seed, 12);
        const state = new YamlIncrementalState();
        readYamlIncremental(uri, text, state);
        const next = edits.reduce(applyRandom, text);
        expect(docData(readYamlIncremental(uri, next, state))).toEqual(docData(readYaml(uri, next)));
      }),
      { numRuns: RUNS },
    );
  });

  it('falls back to the full parse when items share anchors', () => {
    const text = 'macros:\n  - id: a\n    body: &b Sorry, but no.\n  - id: c\n    body: *b\n';
    const state = new YamlIncrementalState();
    expect(docData(readYamlIncremental(uri, text, state))).toEqual(docData(readYaml(uri, text)));
    expect(state.stats.full).toBe(1);
  });
});

describe('lint cache', () => {
  it('gives the findings of a cold lint after random edits (warm cache)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (seed, edits) => {
        let text = library(seed, 10);
        const cache = new LintCache();
        expect(findingsOf(lint({ uri, text }, config, { cache }).findings)).toEqual(findingsOf(lint({ uri, text }, config, { fullParse: true }).findings));
        for (const e of edits) {
          text = applyRandom(text, e);
          expect(findingsOf(lint({ uri, text }, config, { cache }).findings)).toEqual(findingsOf(lint({ uri, text }, config, { fullParse: true }).findings));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('lints only the edited macro and shifts the others', () => {
    let text = library(3, 20);
    const cache = new LintCache();
    lint({ uri, text }, config, { cache });
    const at = text.indexOf('title: Library macro 4') + 'title: Library'.length;
    text = text.slice(0, at) + ' big' + text.slice(at);
    const warm = lint({ uri, text }, config, { cache });
    expect(cache.stats).toEqual({ linted: 1, reused: 19 });
    expect(findingsOf(warm.findings)).toEqual(findingsOf(lint({ uri, text }, config, { fullParse: true }).findings));
    // Fix edits of shifted findings still apply to the new text exactly as cold ones do.
    const fixed = (fs: Finding[]) => fs.flatMap((f) => f.fixes.map((x) => applyEdits(text, x.edits).text));
    expect(fixed(warm.findings)).toEqual(fixed(lint({ uri, text }, config, { fullParse: true }).findings));
  });

  it('starts over when the config changes', () => {
    const text = library(5, 8);
    const cache = new LintCache();
    lint({ uri, text }, config, { cache });
    const off = { ...config, rules: { ...config.rules, 'missing-assure': { severity: 'off' as const, options: {} } } };
    expect(findingsOf(lint({ uri, text }, off, { cache }).findings)).toEqual(findingsOf(lint({ uri, text }, off, { fullParse: true }).findings));
    expect(cache.stats.reused).toBe(0);
  });
});
