/**
 * The server's diagnostics on a keystroke path (issue 14): the diagnostics cache walks the last list of
 * macro groups in file order, places moved macros by looking on their old line first, and returns the
 * very list it returned last time when every diagnostic is the same object. Long runs of keystrokes
 * (fast-check) through the per-document lint cache, on LF and CRLF libraries, must give at every step
 * the diagnostics of converting a cold reference lint afresh. KEYSTROKE_RUNS (default 60) runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCache } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import { DiagnosticsCache, positionNear } from '../server/src/lsp/diagnostics';
import { toDiagnostic } from '../server/src/lsp/convert';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';

const RUNS = Number(process.env.KEYSTROKE_RUNS ?? 60) || 60;
const uri = 'file:///lib/library.macros.yaml';
const docsBase = 'https://example.test/rules/';
const config = defaultConfig();

const library = (seed: number, m: number, crlf: boolean): string => {
  const text = yamlLibrary(rng(seed), m) as string;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
};
/** What a user sees of a diagnostic (`data` points into one lint). */
const shown = (ds: readonly Diagnostic[]) => ds.map(({ data: _data, ...d }) => JSON.parse(JSON.stringify(d)));
const fresh = (doc: TextDocument) => lint({ uri, text: doc.getText() }, config, { reference: true, fullParse: true }).findings.map((f, i) => toDiagnostic(doc, f, i, docsBase));

// Typing and deleting: characters, line breaks (the document's kind), words the rules know, backspace.
const PIECES = [' ', 'x', 'e', '\n', '\n\n', 'sorry, but ', 'per our policy ', ''];
// Mostly inside a word or at the end of a line, as one types (a character in the middle of YAML syntax
// often breaks the file, and a broken file is read whole).
const key = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  where: fc.constantFrom('word', 'word', 'eol', 'any'),
  del: fc.constantFrom(0, 0, 0, 1, 2, 7),
  text: fc.constantFrom(...PIECES),
});

function type(doc: TextDocument, e: { at: number; where: string; del: number; text: string }, crlf: boolean): TextDocument {
  const text = doc.getText();
  const insert = crlf ? e.text.replace(/\n/g, '\r\n') : e.text;
  let start = Math.min(text.length, Math.floor(e.at * text.length));
  // A line break typed inside a word leaves the rest of the line unindented: at the line's end instead.
  if (e.where === 'eol' || (e.where === 'word' && e.text.includes('\n'))) {
    const nl = text.indexOf(crlf ? '\r\n' : '\n', start);
    start = nl < 0 ? text.length : nl;
  } else if (e.where === 'word') {
    const m = /[a-z](?=[a-z])/g;
    m.lastIndex = start;
    const hit = m.exec(text);
    start = hit ? hit.index + 1 : start;
  }
  const end = Math.min(text.length, start + (e.where === 'any' ? e.del : e.del > 2 ? 0 : e.del));
  return TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], doc.version + 1);
}

/** A library of `m` generated macros opened in a fresh diagnostics cache, and a re-lint of a later version. */
function opened(seed: number, m: number) {
  const text = library(seed, m, false);
  const cache = new LintCache();
  const diagnostics = new DiagnosticsCache();
  const relint = (d: TextDocument) => diagnostics.convertResult(d, lint({ uri, text: d.getText() }, config, { cache }), docsBase);
  return { text, diagnostics, relint, first: relint(TextDocument.create(uri, 'yaml', 1, text)) };
}

describe('diagnostics cache on a keystroke path', () => {
  it('equals a fresh conversion of a cold lint after every keystroke', () => {
    let kept = 0;
    let walked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.boolean(), fc.array(key, { minLength: 1, maxLength: 20 }), (seed, crlf, keys) => {
        let doc = TextDocument.create(uri, 'yaml', 1, library(seed, 8, crlf));
        const cache = new LintCache();
        const diagnostics = new DiagnosticsCache();
        let last = diagnostics.convertResult(doc, lint({ uri, text: doc.getText() }, config, { cache }), docsBase);
        for (const k of keys) {
          doc = type(doc, k, crlf);
          const result = lint({ uri, text: doc.getText() }, config, { cache });
          const list = diagnostics.convertResult(doc, result, docsBase);
          expect(shown(list)).toEqual(shown(fresh(doc)));
          // The same objects one for one: the same list (so its result id is known at once); else a new one.
          const same = list.length === last.length && list.every((d, i) => d === last[i]);
          expect(list === last).toBe(same);
          if (same) kept++;
          if (result.groups && diagnostics.stats.reused + diagnostics.stats.shifted > 0) walked++;
          last = list;
        }
      }),
      { numRuns: RUNS },
    );
    expect(kept).toBeGreaterThan(0);
    // CRLF libraries are read whole (no macro is reused); LF ones take the keystroke path.
    expect(walked).toBeGreaterThan(RUNS / 2);
  });

  it('returns a new list when only the last diagnostics go away', () => {
    const { text, diagnostics, relint, first } = opened(21, 6);
    let doc = TextDocument.create(uri, 'yaml', 1, text);
    // The last macro deleted: every diagnostic before it is kept as it was, and the list ends sooner.
    const lastItem = text.lastIndexOf('  - id: ');
    doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(lastItem), end: doc.positionAt(text.length) }, text: '' }], 2);
    const second = relint(doc);
    expect(second).not.toBe(first);
    expect(shown(second)).toEqual(shown(fresh(doc)));
    expect(second.length).toBeLessThan(first.length);
    expect(second.every((d, i) => d === first[i])).toBe(true);
    expect(diagnostics.resultIdOf(first)).not.toBe(diagnostics.resultIdOf(second));
  });

  it('places an offset as positionAt does, whatever line it is looked for on first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 40 }), fc.nat(), fc.integer({ min: -2, max: 30 }), (parts, o, line) => {
        const text = parts.join('');
        const doc = TextDocument.create(uri, 'yaml', 1, text);
        const offset = o % (text.length + 1);
        expect(positionNear(doc, text, offset, line)).toEqual(doc.positionAt(offset));
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it('answers a keystroke that changes no diagnostic with the same list', () => {
    const { text, diagnostics, relint, first } = opened(8, 30);
    let doc = TextDocument.create(uri, 'yaml', 1, text);
    const id = diagnostics.resultIdOf(first);
    // A space at the end of a title: one macro linted again, every macro after it one character further.
    const at = text.indexOf('title: Library macro 14') + 'title: Library macro 14'.length;
    doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: ' ' }], 2);
    const second = relint(doc);
    expect(second).toBe(first);
    expect(diagnostics.resultIdOf(second)).toBe(id);
    expect(shown(second)).toEqual(shown(fresh(doc)));
  });
});
