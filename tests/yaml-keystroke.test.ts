/**
 * The keystroke path of the incremental YAML library reader (issue 14): the item split of an edited
 * version is computed from the previous one (only the lines around the change are read again), and the
 * macro of an item that did not move is kept from one read to the next. Random edits (fast-check), many
 * in a row on one state, must give at every step the split of a cold `splitLibrary` and the document of
 * the whole-file parser. KEYSTROKE_RUNS (default 60) runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../server/src/engine/fix';
import { readYaml } from '../server/src/engine/model/yaml';
import { readYamlIncremental, splitLibrary, splitLibraryAfterEdit, YamlIncrementalState, type LibrarySplit } from '../server/src/engine/model/yaml-incremental';
import type { Macro, ParsedDocument } from '../server/src/engine/types';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';
import { macroData } from './helpers/macro-data';

const RUNS = Number(process.env.KEYSTROKE_RUNS ?? 60) || 60;
const uri = 'file:///lib/library.macros.yaml';

/**
 * A generated library with what the split has to get right around an edit: comment runs at the items'
 * indentation (they start the next item), deeper comments, disable comments and blank lines inside items,
 * and sometimes file-level defaults in the header.
 */
function library(seed: number, m: number): string {
  const r = rng(seed);
  const lines = (yamlLibrary(r, m) as string).split('\n');
  const out: string[] = [];
  if (seed % 3 === 0) out.push('locale: en', 'anger: before');
  for (const line of lines) {
    if (line.startsWith('  - id:')) {
      const x = r();
      if (x < 0.2) out.push('  # a note about the next macro');
      else if (x < 0.3) out.push('  # first line of a note', '  # second line', '');
      else if (x < 0.4) out.push('');
    }
    out.push(line);
    if (line.startsWith('    title:')) {
      const y = r();
      if (y < 0.2) out.push('    # a comment inside the item');
      else if (y < 0.4) out.push('    # macrolint-disable-next-line missing-assure');
    }
  }
  return out.join('\n');
}


const docData = (p: ParsedDocument) => ({ macros: p.macros.map(macroData), directives: p.directives, problems: p.problems, fileMeta: p.fileMeta });
const splitData = (s: LibrarySplit | undefined) => s && { headerLength: s.headerLength, starts: s.starts, seqIndent: s.seqIndent, body: s.body };

// Keystrokes, and edits that add, join and break items: dashes, comments at every indentation, blank
// lines, tabs, carriage returns, a second `macros:` line, flow collections and anchors.
const PIECES = [
  'x', ' ', 'sorry, but ', '\n', '\n\n', '\n  - id: new\n    body: hi\n', '  - ', '- ', '-', ': ', '#', '  # note\n', '\n  # note', '# top\n',
  '    # deep\n', ' # macrolint-disable-next-line\n', '\t', '\r', '\r\n', 'macros:\n', '{', '[', '&a ', '*a', '|', '"', '---\n', 'Hola, siento ',
];
// Anywhere in the file, or near the start of a line (where indentation, dashes and comments decide the split).
const edit = fc.oneof(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 40 }), text: fc.constantFrom(...PIECES) }),
  fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), col: fc.nat({ max: 9 }), del: fc.nat({ max: 12 }), text: fc.constantFrom(...PIECES) }),
);
type Edit = { at: number; del: number; text: string } | { line: number; col: number; del: number; text: string };

function applyRandom(text: string, e: Edit): string {
  let start: number;
  if ('at' in e) start = Math.min(text.length, Math.floor(e.at * text.length));
  else {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const ls = starts[Math.min(starts.length - 1, Math.floor(e.line * starts.length))];
    const le = text.indexOf('\n', ls) < 0 ? text.length : text.indexOf('\n', ls);
    start = Math.min(le, ls + e.col);
  }
  const end = Math.min(text.length, start + e.del);
  return applyEdits(text, [{ start, end, text: e.text }]).text;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

describe('item split after an edit', () => {
  it('equals a cold split after every one of many random edits', () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 25 }), (seed, edits) => {
        // Small libraries: more of the edits land on item lines, comments and the header.
        let text = library(seed, 2 + (seed % 7));
        let split = splitLibrary(text);
        expect(split).toBeDefined();
        for (const e of edits) {
          const next = applyRandom(text, e);
          const cold = splitLibrary(next);
          if (split) {
            const prefix = commonPrefix(text, next);
            const suffix = commonSuffix(text, next, Math.min(text.length, next.length) - prefix);
            expect(splitData(splitLibraryAfterEdit(next, text, split, prefix, suffix))).toEqual(splitData(cold));
            incremental++;
          }
          text = next;
          split = cold;
        }
      }),
      { numRuns: RUNS },
    );
    expect(incremental).toBeGreaterThan(RUNS);
  });

  it('equals a cold split at the places where the scan state matters', () => {
    const lib = 'locale: en\nmacros:\n  # before the first item\n  - id: a\n    body: b\n  - id: c\n    body: d\n  # about e\n  - id: e\n    body: f\n';
    const cases: [string, string][] = [
      // A line of item a becomes a comment at the items' indentation: it starts item c.
      ['    body: b\n', '  # body: b\n'],
      // A comment before the first item is part of the header, not the start of the item.
      ['  - id: a\n', '  # new\n  - id: a\n'],
      ['  # before the first item\n', ''],
      ['  - id: a\n    body: b\n', ''],
      // The `macros:` line and the header.
      ['macros:\n', 'macros: x\n'],
      ['macros:\n', 'macros: # c\n'],
      ['locale: en\n', 'locale: "en\n'],
      // Comment runs: joined, split by a blank line, moved under a deeper line.
      ['  # about e\n', '  # about e\n  # more\n'],
      ['  # about e\n', '\n  # about e\n\n'],
      ['  # about e\n', '    # about e\n'],
      ['    body: d\n', '    body: d\n  # between\n\n'],
      // Items made, broken and indented differently.
      ['    body: d\n', '    body: d\n  - id: x\n'],
      ['  - id: e\n', '  -id: e\n'],
      ['  - id: e\n', ' - id: e\n'],
      ['  - id: a\n', ' - id: a\n'],
      ['  - id: a\n', '   - id: a\n'],
      ['  - id: c\n', '  - [c]\n'],
      ['    body: f\n', '    body: f\n\t\n'],
      ['    body: f\n', '    body: f\r\n'],
    ];
    for (const [from, to] of cases) {
      const next = lib.replace(from, to);
      expect(next).not.toBe(lib);
      const prefix = commonPrefix(lib, next);
      const suffix = commonSuffix(lib, next, Math.min(lib.length, next.length) - prefix);
      expect(splitData(splitLibraryAfterEdit(next, lib, splitLibrary(lib)!, prefix, suffix)), `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toEqual(splitData(splitLibrary(next)));
    }
  });

  it('reads again only the lines around a keystroke', () => {
    const text = library(3, 40);
    const split = splitLibrary(text)!;
    // A character at the end of a line of item 20: every other start is the old one, shifted after it.
    const at = text.indexOf('\n', split.starts[20] + 10);
    const next = `${text.slice(0, at)}!${text.slice(at)}`;
    const after = splitLibraryAfterEdit(next, text, split, at, text.length - at)!;
    expect(after.starts).toEqual(split.starts.map((s, i) => (i > 20 ? s + 1 : s)));
    expect(after).toEqual(splitLibrary(next));
  });
});

describe('incremental reader on a keystroke path', () => {
  it('reads like the full parser after every one of many random edits on one state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        let text = library(seed, 8);
        const state = new YamlIncrementalState();
        expect(docData(readYamlIncremental(uri, text, state))).toEqual(docData(readYaml(uri, text)));
        for (const e of edits) {
          text = applyRandom(text, e);
          const doc = readYamlIncremental(uri, text, state);
          // Half the time the parse trees are dropped (as the lint cache does): they are read again.
          if (e.del % 2) state.release();
          expect(docData(doc)).toEqual(docData(readYaml(uri, text)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the macros of the items that did not move, and makes new ones for those that did', () => {
    const text = library(6, 30);
    const state = new YamlIncrementalState();
    const before = readYamlIncremental(uri, text, state);
    const at = text.indexOf('title: Library macro 12') + 'title: Library'.length;
    const after = readYamlIncremental(uri, `${text.slice(0, at)} big${text.slice(at)}`, state);
    expect(after.macros.slice(0, 12).every((m, i) => m === before.macros[i])).toBe(true);
    expect(after.macros.slice(12).some((m, i) => m === before.macros[12 + i])).toBe(false);
    expect(state.stats).toMatchObject({ full: 0, incremental: 2, parsedItems: 31, reusedItems: 29 });
  });

  it('makes new macros when their defaults, index or extent change while their offset does not', () => {
    const lib = 'locale: en\nmacros:\n  - id: a\n    body: Sorry, but no.\n  # note\n    title: ab\n  - id: c\n    body: d\n';
    const edits: [string, string][] = [
      // The header's default changes, the items stay where they were.
      ['locale: en', 'locale: es'],
      // A line of the same length becomes an item: the items after it keep their offsets, not their index.
      ['    title: ab', '  - id: abcde'],
    ];
    for (const [from, to] of edits) {
      const state = new YamlIncrementalState();
      readYamlIncremental(uri, lib, state);
      const next = lib.replace(from, to);
      expect(next.length).toBe(lib.length);
      expect(docData(readYamlIncremental(uri, next, state))).toEqual(docData(readYaml(uri, next)));
      expect(state.stats.full).toBe(0);
    }
  });

  it('reads the whole file again when a trailing disable-next-line gets a macro after it', () => {
    // The directive ends the last item and covers nothing; once an item follows, it covers that item's first line.
    const last = 'macros:\n  - id: a\n    body: x\n    # macrolint-disable-next-line\n';
    for (const next of [`${last}  - id: b\n    body: Sorry, but no.\n`, `macros:\n  - id: z\n    body: y\n${last.slice('macros:\n'.length)}  - id: b\n    body: no\n`]) {
      const state = new YamlIncrementalState();
      readYamlIncremental(uri, last, state);
      const doc = readYamlIncremental(uri, next, state);
      expect(doc.directives.some((d) => d.covers)).toBe(true);
      expect(docData(doc)).toEqual(docData(readYaml(uri, next)));
    }
  });

  it('leaves the macros of an earlier read reading that read\'s text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        let text = library(seed, 6);
        const state = new YamlIncrementalState();
        const reads: [string, ParsedDocument][] = [[text, readYamlIncremental(uri, text, state)]];
        for (const e of edits) {
          text = applyRandom(text, e);
          reads.push([text, readYamlIncremental(uri, text, state)]);
          state.release();
        }
        for (const [t, doc] of reads) expect(docData(doc)).toEqual(docData(readYaml(uri, t)));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
