/**
 * The engine's cache registry (engine/caches.ts): a registered cache is cleared by `clearEngineCaches`,
 * and clearing the engine's real memos changes no finding.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFamily, clearEngineCaches, engineCacheSizes, registerCache } from '../server/src/engine/caches';
import { lint } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';

const root = join(__dirname, '..');

describe('registerCache', () => {
  it('clears what is registered, reports its size, and stops after unregistering', () => {
    const memo = new Map<string, number>([
      ['a', 1],
      ['b', 2],
    ]);
    const unregister = registerCache('test.memo', () => memo.clear(), () => memo.size);
    expect(engineCacheSizes()['test.memo']).toBe(2);
    clearEngineCaches();
    expect(memo.size).toBe(0);
    memo.set('c', 3);
    unregister();
    clearEngineCaches();
    expect(memo.size).toBe(1);
    expect(engineCacheSizes()).not.toHaveProperty('test.memo');
  });

  it('clears only the caches whose name the filter accepts, and says how many', () => {
    const kept = new Set([1]);
    const dropped = new Set([2]);
    const offKept = registerCache('test.kept', () => kept.clear());
    const offDropped = registerCache('test.dropped', () => dropped.clear());
    expect(clearEngineCaches((name) => name === 'test.dropped')).toBe(1);
    expect(kept.size).toBe(1);
    expect(dropped.size).toBe(0);
    offKept();
    offDropped();
  });

  it('a later registration under the same name replaces the earlier one', () => {
    const first = new Set([1]);
    const second = new Set([2]);
    const unregisterFirst = registerCache('test.replaced', () => first.clear());
    const unregisterSecond = registerCache('test.replaced', () => second.clear());
    // The first one's unregister no longer removes the second.
    unregisterFirst();
    clearEngineCaches();
    expect(first.size).toBe(1);
    expect(second.size).toBe(0);
    unregisterSecond();
  });
});

describe('cacheFamily', () => {
  it('clears every instance added to it and sums their sizes', () => {
    const family = cacheFamily<{ memo: Map<number, number> }>(
      'test.family',
      (x) => x.memo.clear(),
      (x) => x.memo.size,
    );
    const a = family.add({ memo: new Map([[1, 1]]) });
    const b = family.add({
      memo: new Map([
        [2, 2],
        [3, 3],
      ]),
    });
    expect(engineCacheSizes()['test.family']).toBe(3);
    clearEngineCaches();
    expect(a.memo.size + b.memo.size).toBe(0);
  });
});

describe('the engine after its caches are cleared', () => {
  const files = ['examples/macros/billing.macros.yaml', 'examples/macros/facturacion.macros.yaml', 'examples/macros/en/as-i-said.md', 'examples/macros/es/reembolso-banco.md'];

  it('registers the memos of the literal scanner, the phrase tables and the guard verdicts', () => {
    const text = readFileSync(join(root, files[0]), 'utf8');
    lint({ uri: `file:///${files[0]}`, text }, defaultConfig());
    const sizes = engineCacheSizes();
    for (const name of ['literals.scans', 'literals.segments', 'literals.chunks', 'analysis.verdicts']) expect(sizes).toHaveProperty(name);
    // Linting a real file fills them.
    expect(sizes['literals.segments'] + sizes['literals.chunks']).toBeGreaterThan(0);
    clearEngineCaches();
    const after = engineCacheSizes();
    for (const name of ['literals.scans', 'literals.segments', 'literals.chunks', 'analysis.verdicts']) expect(after[name]).toBe(0);
  });

  it.each(files)('lints %s to the same findings before and after clearing', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const doc = { uri: `file:///${file}`, text };
    // Twice before: the second lint is served by the warm memos.
    const cold = lint(doc, defaultConfig()).findings;
    const warm = lint(doc, defaultConfig()).findings;
    expect(cold.length).toBeGreaterThan(0);
    clearEngineCaches();
    const cleared = lint(doc, defaultConfig()).findings;
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
    expect(JSON.stringify(cleared)).toBe(JSON.stringify(cold));
  });
});
