/**
 * Fix-all validates each rewrite in its library item alone (fix.ts `validateByItem`, the engine's
 * `libraryItem`): the fixed text, passes, applied count and remaining findings must equal those of
 * validating every rewrite against the whole file (`wholeFile`), on a generated library and on examples/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixAll, validateByItem, validateFindings } from '../server/src/engine/fix';
import { lint } from '../server/src/engine/lint';
import { libraryItem } from '../server/src/engine/library-item';
import { defaultConfig, mergeConfigs, parseConfig } from '../server/src/engine/config';
import type { Finding } from '../server/src/engine/types';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng, yamlLibrary } from '../bench/generate.mjs';

const uri = 'file:///lib/library.macros.yaml';
const config = defaultConfig();
const library = (seed: number, m: number) => (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(seed), m);

function same(text: string, docUri: string, options: { filter?: (f: Finding) => boolean } = {}, cfg = config) {
  const byItem = fixAll({ uri: docUri, text }, cfg, options);
  const whole = fixAll({ uri: docUri, text }, cfg, { ...options, wholeFile: true });
  expect(byItem.text).toBe(whole.text);
  expect(byItem.passes).toBe(whole.passes);
  expect(byItem.applied).toBe(whole.applied);
  expect(byItem.remaining).toEqual(whole.remaining);
  return byItem;
}

describe('fix-all per library item', () => {
  it('gives the whole-file fix-all byte for byte on a generated library', () => {
    const text = library(3, 40);
    // Items whose rewrites are all quick fixes (checked on their text alone, no lint of the item) and others.
    const rewrites = lint({ uri, text }, config).findings.filter((f) => f.fixes.some((x) => x.rewrite));
    expect(rewrites.some((f) => f.fixes.every((x) => !x.rewrite || x.safe === false))).toBe(true);
    expect(rewrites.some((f) => f.fixes.some((x) => x.rewrite && x.safe !== false))).toBe(true);
    const r = same(text, uri);
    // Rewrites in many items, over more than one pass (the second pass reuses unchanged items' verdicts).
    expect(r.applied).toBeGreaterThan(4);
    expect(r.passes).toBeGreaterThan(1);
    const demoted = r.remaining.filter((f) => f.fixes.some((x) => x.rewrite && x.rejected?.length));
    expect(demoted.length).toBeGreaterThan(0);
  });

  it('keeps a filter by macro (the CLI’s changed lines) and by rule', () => {
    const text = library(5, 24);
    same(text, uri, { filter: (f) => f.macroIndex !== undefined && f.macroIndex % 3 !== 1 });
    same(text, uri, { filter: (f) => f.ruleId.startsWith('deflecting/') });
  });

  it('falls back to the whole file for items after a disable comment', () => {
    const base = library(7, 12);
    const second = base.indexOf('\n  - ', base.indexOf('\n  - ') + 1);
    const text = `${base.slice(0, second)}\n  # macrolint-disable placeholder-syntax${base.slice(second)}`;
    const parsed = lint({ uri, text }, config);
    expect(libraryItem({ uri, text }, parsed, 0)).toBeDefined();
    expect(libraryItem({ uri, text }, parsed, 2)).toBeUndefined();
    same(text, uri);
  });

  it('gives the whole-file fix-all on every file of examples/', () => {
    const root = join(__dirname, '..', 'examples');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(md|ya?ml)$/.test(n) && !n.startsWith('.')) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(10);
    const cfg = mergeConfigs(defaultConfig(), parseConfig(readFileSync(join(root, '.macrolintrc.yaml'), 'utf8')).config);
    let changed = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const r = fixAll({ uri: `file:///examples/${relative(root, f)}`, text }, cfg);
      const whole = fixAll({ uri: `file:///examples/${relative(root, f)}`, text }, cfg, { wholeFile: true });
      expect(r.text, f).toBe(whole.text);
      expect(r.remaining, f).toEqual(whole.remaining);
      if (r.text !== text) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('validates only the findings asked for, with the whole-file verdicts', () => {
    const text = library(11, 16);
    const result = lint({ uri, text }, config);
    const asked = new Set(result.findings.filter((f, i) => i % 2 === 0 && f.fixes.some((x) => x.rewrite)));
    expect(asked.size).toBeGreaterThan(3);
    const ctx = { doc: { uri, text }, config };
    const byItem = validateByItem(ctx, text, result, (f) => asked.has(f));
    const whole = validateFindings(ctx, text, result, (f) => asked.has(f));
    expect(byItem).toEqual(whole);
    // Findings not asked for are the lint's own objects.
    result.findings.forEach((f, i) => {
      if (!asked.has(f)) expect(byItem[i]).toBe(f);
    });
  });
});
