import { readFileSync } from 'node:fs';
import { it, expect } from 'vitest';
import { lint, LintCache } from '../server/src/engine/lint';
it('bench lib', () => {
  const text = readFileSync('/tmp/benchlib/yaml/macros/library.macros.yaml', 'utf8');
  const uri = 'file:///x/library.macros.yaml';
  let t = performance.now();
  const cold = lint({ uri, text });
  console.log('full', performance.now() - t);
  const cache = new LintCache();
  t = performance.now();
  const warm = lint({ uri, text }, undefined, { cache });
  console.log('inc cold', performance.now() - t, cache.yaml.stats, cache.stats);
  const strip = (r: any) => JSON.stringify(r.findings);
  expect(strip(warm)).toBe(strip(cold));
  for (let k = 0; k < 5; k++) {
    const at = text.indexOf('\n', Math.floor(text.length * (k + 0.5) / 5));
    const t2 = text.slice(0, at) + ' x' + text.slice(at);
    t = performance.now();
    const w = lint({ uri, text: t2 }, undefined, { cache });
    console.log('edit', performance.now() - t, cache.yaml.stats, cache.stats);
    expect(strip(w)).toBe(strip(lint({ uri, text: t2 })));
  }
}, 120000);
