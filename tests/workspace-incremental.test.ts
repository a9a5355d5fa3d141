/**
 * Re-reading a YAML library after an edit (what the language server does on every change of an open
 * file) reuses the unchanged items: the index must then say exactly what a fresh index of the new
 * text says, findings, fixes and macros alike.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../server/src/engine/config';
import { WorkspaceIndex } from '../server/src/engine/workspace';
import { LshIndex, MAX_BUCKET, sketch } from '../server/src/engine/workspace/minhash';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng, yamlLibrary } from '../bench/generate.mjs';

const config = defaultConfig();
const lib = 'file:///w/macros/library.macros.yaml';
const other = 'file:///w/macros/more.macros.yaml';
const generated = (seed: number, n: number) => (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(seed), n);

/** Everything the index tells a caller about its files. */
function view(ix: WorkspaceIndex) {
  return { macros: ix.macros().map((m) => ({ ...m })), findings: [...ix.allFindings()], clusters: ix.nearDuplicateClusters() };
}

function fresh(files: [string, string][]) {
  const ix = new WorkspaceIndex();
  for (const [uri, text] of files) ix.update(uri, text, config);
  return view(ix);
}

/** Inserts `insert` at the end of line `line` of `text`. */
const atLine = (text: string, line: number, insert: string) => text.split('\n').map((l, i) => (i === line ? l + insert : l)).join('\n');

describe('WorkspaceIndex: re-reading an edited library', () => {
  const base = generated(3, 60);
  const more = generated(5, 20).replace(/id: lib-/g, 'id: more-');
  const lines = base.split('\n').length;

  it('equals a fresh index after edits that change, move, add and remove items', () => {
    const ix = new WorkspaceIndex();
    ix.update(lib, base, config);
    ix.update(other, more, config);
    expect(view(ix)).toEqual(fresh([[lib, base], [other, more]]));
    let text = base;
    const edits: ((t: string) => string)[] = [
      // a character typed in a body (every later item moves)
      (t) => atLine(t, Math.floor(lines / 3), ' again'),
      // an item's body made a copy of another's words (near-duplicate changes)
      (t) => t.replace('Library macro 7\n', 'Library macro 7\n    body: "Hello, we refunded the order this morning and I will confirm on Friday."\n    extra: x\n'),
      // an item removed, one appended, a declared id changed into a duplicate
      (t) => t.replace(/\n {2}- id: lib-10\n[\s\S]*?(?=\n {2}- id: lib-11\n)/, '') + '  - id: lib-added\n    title: Added\n    locale: en\n    body: "Thanks for waiting."\n',
      (t) => t.replace('id: lib-20\n', 'id: lib-21\n'),
      // two items swapped
      (t) => {
        const a = /\n {2}- id: lib-30\n[\s\S]*?(?=\n {2}- id: lib-31\n)/.exec(t)![0];
        const b = /\n {2}- id: lib-31\n[\s\S]*?(?=\n {2}- id: lib-32\n)/.exec(t)![0];
        return t.replace(a + b, b + a);
      },
    ];
    for (const edit of edits) {
      text = edit(text);
      ix.update(lib, text, config);
      expect(view(ix)).toEqual(fresh([[lib, text], [other, more]]));
    }
  });

  it('keeps the stale-translation fix (edits in the file) right after items moved', () => {
    const src = '# library\nmacros:\n  - id: refund\n    locale: en\n    body: "We refunded the order this morning."\n';
    const tr = '# library\nmacros:\n  - id: other\n    locale: es\n    body: "Hola."\n  - id: refund-es\n    locale: es\n    translationOf: refund\n    sourceHash: 0000\n    body: "Hemos reembolsado el pedido esta mañana."\n';
    const uriEs = 'file:///w/macros/library.es.macros.yaml';
    const ix = new WorkspaceIndex();
    ix.update(lib, src, config);
    ix.update(uriEs, tr, config);
    const moved = tr.replace('body: "Hola."', 'body: "Hola, ¿qué tal?"');
    ix.update(uriEs, moved, config);
    const expected = fresh([[lib, src], [uriEs, moved]]);
    expect(view(ix)).toEqual(expected);
    const stale = ix.findings(uriEs).find((f) => f.ruleId === 'stale-translation');
    expect(stale?.fixes[0]?.edits[0] && moved.slice(stale.fixes[0].edits[0].start, stale.fixes[0].edits[0].end)).toBe('0000');
  });
});

describe('LshIndex candidates', () => {
  const pairs = (lsh: LshIndex<string>) => [...lsh.candidates()].map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)).sort();
  const same = 'We refunded your order this morning and I will confirm on Friday that it has reached you.';
  const texts = new Map<string, string>([
    ...Array.from({ length: MAX_BUCKET + 2 }, (_, i) => [`copy-${String(i).padStart(2, '0')}`, same] as [string, string]),
    ['near-a', 'Your parcel left the warehouse today and the courier will deliver it on Thursday morning.'],
    ['near-b', 'Your parcel left the warehouse today and the courier will deliver it on Thursday afternoon.'],
  ]);

  it('do not depend on the order items were added or removed in', () => {
    const keys = [...texts.keys()];
    const forward = new LshIndex<string>();
    for (const k of keys) forward.set(k, sketch(texts.get(k)!));
    const backward = new LshIndex<string>();
    for (const k of [...keys].reverse()) backward.set(k, sketch(texts.get(k)!));
    expect(pairs(backward)).toEqual(pairs(forward));
    // A bucket of more than MAX_BUCKET copies makes no candidates; the two near ones are candidates.
    expect(pairs(forward)).toEqual(['near-a|near-b']);
    // Removing copies until MAX_BUCKET are left makes them candidates of each other, as a fresh index would.
    forward.delete('copy-00');
    forward.delete('copy-05');
    const fresh = new LshIndex<string>();
    for (const k of keys.filter((k) => k !== 'copy-00' && k !== 'copy-05')) fresh.set(k, sketch(texts.get(k)!));
    expect(pairs(forward)).toEqual(pairs(fresh));
    expect(pairs(fresh)).toHaveLength(1 + (MAX_BUCKET * (MAX_BUCKET - 1)) / 2);
  });

  it('keep an item\'s candidates when it is given a new key', () => {
    const lsh = new LshIndex<string>();
    lsh.set('near-a', sketch(texts.get('near-a')!));
    lsh.set('near-b', sketch(texts.get('near-b')!));
    const before = lsh.similarity('near-a', 'near-b');
    lsh.rekey('near-a', 'moved-a');
    expect(pairs(lsh)).toEqual(['moved-a|near-b']);
    expect(lsh.similarity('moved-a', 'near-b')).toBe(before);
    expect(lsh.get('near-a')).toBeUndefined();
  });
});
