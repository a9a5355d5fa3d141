/**
 * Keystroke path on a big library (issue 14): `lint` keeps each macro's findings relative to the macro
 * and returns them in groups; the server's diagnostics cache reuses a macro's diagnostics by the
 * identity of its cached findings. Random edits (fast-check) applied one after the other through the
 * per-document caches must give, at every step, the findings of a cold lint that sorts, dedupes and
 * folds the whole document at once (`reference`, whole-file YAML parser), and the diagnostics of
 * converting those findings afresh. GROUPS_RUNS (default 30) runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCache, type LintResult } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import { applyEdits } from '../server/src/engine/fix';
import type { Finding } from '../server/src/engine/types';
import type { Rule } from '../server/src/engine/rule';
import { DiagnosticsCache } from '../server/src/lsp/diagnostics';
import { toDiagnostic } from '../server/src/lsp/convert';
// @ts-expect-error plain ESM module without types
import { rng, yamlLibrary } from '../bench/generate.mjs';

const RUNS = Number(process.env.GROUPS_RUNS ?? 30) || 30;
const uri = 'file:///lib/library.macros.yaml';
const docsBase = 'https://example.test/rules/';
const config = defaultConfig();

const library = (seed: number, m: number): string => yamlLibrary(rng(seed), m) as string;
const findingsOf = (f: readonly Finding[]) => JSON.parse(JSON.stringify(f));
/** What a user sees of a diagnostic (`data` points into one lint). */
const shown = (ds: readonly Diagnostic[]) => ds.map(({ data: _data, ...d }) => JSON.parse(JSON.stringify(d)));
const reference = (text: string) => lint({ uri, text }, config, { reference: true, fullParse: true });

// Edits that move lines and items, add disable comments, duplicate ids and break the YAML.
const PIECES = ['x', ' ', 'sorry, but ', 'per our policy ', '\n', '\n\n', '\n  - id: lib-1\n    body: hi\n', '  - ', ': ', '#', ' # macrolint-disable-next-line\n', '# macrolint-disable\n', '"', '{', '\t', 'Hola, siento '];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 12 }), text: fc.constantFrom(...PIECES) });

/** One keystroke applied as an editor applies it: a range replaced in the open document. */
function type(doc: TextDocument, e: { at: number; del: number; text: string }): TextDocument {
  const text = doc.getText();
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  const end = Math.min(text.length, start + e.del);
  return TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.text }], doc.version + 1);
}

function check(doc: TextDocument, result: LintResult, diagnostics: DiagnosticsCache): void {
  const text = doc.getText();
  const ref = reference(text);
  expect(findingsOf(result.findings)).toEqual(findingsOf(ref.findings));
  const fresh = ref.findings.map((f, i) => toDiagnostic(doc, f, i, docsBase));
  expect(shown(diagnostics.convertResult(doc, result, docsBase))).toEqual(shown(fresh));
  // Fix edits of reused findings apply to the new text exactly as cold ones do.
  const fixed = (fs: readonly Finding[]) => fs.flatMap((f) => f.fixes.map((x) => applyEdits(text, x.edits).text));
  expect(fixed(result.findings)).toEqual(fixed(ref.findings));
}

describe('findings in groups, diagnostics reused by macro', () => {
  it('equal a cold whole-document lint and a fresh conversion after random edits', () => {
    let grouped = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        let doc = TextDocument.create(uri, 'yaml', 1, library(seed, 10));
        const cache = new LintCache();
        const diagnostics = new DiagnosticsCache();
        // The server converts what it lints, then the next keystroke comes; findings are read later if ever.
        let result = lint({ uri, text: doc.getText() }, config, { cache });
        diagnostics.convertResult(doc, result, docsBase);
        for (const e of edits) {
          doc = type(doc, e);
          result = lint({ uri, text: doc.getText() }, config, { cache });
          if (result.groups) grouped++;
          check(doc, result, diagnostics);
        }
      }),
      { numRuns: RUNS },
    );
    // The property covers the per-macro assembly, not only the whole-document fallback.
    expect(grouped).toBeGreaterThan(0);
  });

  it('keeps every other macro: same findings arrays, same diagnostics objects', () => {
    let doc = TextDocument.create(uri, 'yaml', 1, library(3, 20));
    const cache = new LintCache();
    const diagnostics = new DiagnosticsCache();
    const before = lint({ uri, text: doc.getText() }, config, { cache });
    const first = diagnostics.convertResult(doc, before, docsBase);
    const withFindings = before.groups!.filter((g) => g.macroIndex !== undefined).length;
    // A keystroke at the end of macro 4's title: no line moves.
    const at = doc.getText().indexOf('title: Library macro 4\n') + 'title: Library macro 4'.length;
    doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: ' ' }], 2);
    const after = lint({ uri, text: doc.getText() }, config, { cache });
    expect(cache.stats).toEqual({ linted: 1, reused: 19 });
    const edited = after.parsed!.macros[4].index;
    const kept = after.groups!.filter((g) => g.macroIndex !== edited && g.macroIndex !== undefined);
    expect(kept.every((g) => g.cached && before.groups!.some((b) => b.findings === g.findings))).toBe(true);
    const second = diagnostics.convertResult(doc, after, docsBase);
    expect(diagnostics.stats.converted).toBeLessThanOrEqual(1);
    expect(diagnostics.stats.reused).toBe(withFindings - diagnostics.stats.converted);
    // Nothing a user sees changed: the same objects, so the result id stays and a pull answers unchanged.
    expect(second.every((d, i) => d === first[i])).toBe(true);
    expect(diagnostics.resultIdOf(first)).toBe(diagnostics.resultIdOf(second));
    check(doc, after, diagnostics);
  });

  it('shifts the diagnostics of the macros below a new line without converting them again', () => {
    let doc = TextDocument.create(uri, 'yaml', 1, library(5, 12));
    const cache = new LintCache();
    const diagnostics = new DiagnosticsCache();
    diagnostics.convertResult(doc, lint({ uri, text: doc.getText() }, config, { cache }), docsBase);
    const at = doc.getText().indexOf('  - id: lib-2\n');
    doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '\n' }], 2);
    const result = lint({ uri, text: doc.getText() }, config, { cache });
    diagnostics.convertResult(doc, result, docsBase);
    // The blank line ends item lib-1 (linted again); every macro below it moved down one line.
    expect(cache.stats).toEqual({ linted: 1, reused: 11 });
    expect(diagnostics.stats.converted).toBeLessThanOrEqual(1);
    expect(diagnostics.stats.shifted).toBeGreaterThan(0);
    check(doc, result, diagnostics);
  });

  it('assembles the whole document at once when disable comments are present', () => {
    const text = library(9, 6).replace('  - id: lib-2\n', '  # macrolint-disable missing-assure\n  - id: lib-2\n');
    const result = lint({ uri, text }, config, { cache: new LintCache() });
    expect(result.groups).toBeUndefined();
    expect(findingsOf(result.findings)).toEqual(findingsOf(reference(text).findings));
  });

  it('assembles the whole document at once when document-level findings fall among a macro\'s findings', () => {
    // A document rule (injected) that reports inside a macro, between two of the macro's findings.
    const text = library(4, 6);
    // The first macro with findings at two places: the document rule reports between them.
    const plain = reference(text).findings;
    const macro = plain.find((f) => f.macroIndex !== undefined && plain.some((g) => g.macroIndex === f.macroIndex && g.range.start > f.range.start + 1))!.macroIndex;
    const inside = plain.find((f) => f.macroIndex === macro)!.range.start + 1;
    const docRule: Rule = {
      meta: { id: 'test/document-probe', description: { en: 'probe' }, defaultSeverity: 'warning', fixable: false, locales: ['en', 'es'], messages: { en: { probe: 'probe' } } } as unknown as Rule['meta'],
      checkDocument(ctx) {
        ctx.report({ range: { start: inside, end: inside + 1 }, messageId: 'probe' });
        ctx.report({ range: { start: 5, end: 6 }, messageId: 'probe' });
      },
    };
    const cache = new LintCache();
    const result = lint({ uri, text }, config, { cache, extraRules: [docRule] });
    const ref = lint({ uri, text }, config, { reference: true, fullParse: true, extraRules: [docRule] });
    const own = ref.findings.filter((f) => f.macroIndex === macro);
    expect(own.some((f) => f.range.start < inside) && own.some((f) => f.range.start > inside)).toBe(true);
    expect(result.groups).toBeUndefined();
    expect(findingsOf(result.findings)).toEqual(findingsOf(ref.findings));
    // Without the finding inside lib-1 the same document is assembled per macro, with the same result.
    const outside: Rule = { ...docRule, checkDocument: (ctx) => ctx.report({ range: { start: 5, end: 6 }, messageId: 'probe' }) };
    const grouped = lint({ uri, text }, config, { cache: new LintCache(), extraRules: [outside] });
    expect(grouped.groups).toBeDefined();
    expect(findingsOf(grouped.findings)).toEqual(findingsOf(lint({ uri, text }, config, { reference: true, extraRules: [outside] }).findings));
  });

  it('gives the same findings in groups without a cache (the CLI path)', () => {
    for (const seed of [11, 12, 13]) {
      const text = library(seed, 15);
      const result = lint({ uri, text }, config);
      expect(result.groups).toBeDefined();
      expect(findingsOf(result.findings)).toEqual(findingsOf(reference(text).findings));
    }
  });
});
