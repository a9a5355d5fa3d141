/**
 * Protocol tests for issue 14 (server): on a YAML library, pull diagnostics carry result ids (an
 * unchanged document answers `unchanged`), and an edit in one macro re-lints and re-converts that macro
 * only while every other macro keeps its diagnostics. Checked over real LSP against a cold engine lint.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { cacheSizes as sizes, engineView, libraryUri, manageClients, serverView, startWithHooks as start } from './helpers/lsp-library';

const CLEAN = "I can see your order still hasn't arrived. I'll call you before noon with the new date.";
const FLAWED = "We're sorry, but the delay was caused by the courier. Per our policy, refunds take 30 days.";

/** A library of `n` four-line items (item i on lines 1 + 4i … 4 + 4i), every third one flawed. */
function library(n: number): string {
  const items = Array.from({ length: n }, (_, i) => [`  - id: m${i}`, `    title: Macro ${i}`, '    locale: en', `    body: "${i % 3 === 0 ? FLAWED : CLEAN}"`].join('\n'));
  return `macros:\n${items.join('\n')}\n`;
}

/** A diagnostic without its `data` (which points into one lint): what a user sees. */
const shown = (d: Diagnostic) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity, related: d.relatedInformation });

/** Diagnostics per item of `library()` (document-level ones, on line 0, under -1). */
function byItem(items: Diagnostic[]): Map<number, ReturnType<typeof shown>[]> {
  const out = new Map<number, ReturnType<typeof shown>[]>();
  for (const d of items) {
    const item = d.range.start.line === 0 ? -1 : Math.floor((d.range.start.line - 1) / 4);
    out.set(item, [...(out.get(item) ?? []), shown(d)]);
  }
  return out;
}

manageClients();

describe('pull diagnostics with result ids', () => {
  it('answers unchanged for an unchanged document, full after an edit that changes its diagnostics', async () => {
    const client = await start();
    const uri = libraryUri();
    client.open(uri, 'yaml', library(12));
    const first = await client.pull(uri);
    expect(first.kind).toBe('full');
    const id = (first as { resultId?: string }).resultId;
    expect(id).toBeTruthy();
    const again = await client.pull(uri, undefined, id);
    expect(again).toEqual({ kind: 'unchanged', resultId: id });
    // A line above every macro: every diagnostic moves down, so the report is full again.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# Support macros\n' }]);
    const after = await client.pull(uri, undefined, id);
    expect(after.kind).toBe('full');
    if (after.kind !== 'full') return;
    expect(after.resultId).not.toBe(id);
    expect(serverView(client.text(uri), after.items)).toEqual(engineView(uri, client.text(uri)));
    expect((await client.pull(uri, undefined, after.resultId)).kind).toBe('unchanged');
  });
});

describe('an edit in one macro of a library', () => {
  it('re-lints and re-converts that macro only; every other macro keeps identical diagnostics', async () => {
    const client = await start();
    const uri = libraryUri();
    const n = 30;
    const k = 13; // a clean macro
    client.open(uri, 'yaml', library(n));
    const before = await client.diagnostics(uri);
    const withFindings = byItem(before);
    expect(withFindings.size).toBeGreaterThan(n / 3);
    // The body of macro k becomes a flawed one, on the same line.
    const line = 4 + 4 * k;
    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: client.text(uri).split('\n')[line].length } }, text: `    body: "${FLAWED}"` }]);
    const after = await client.diagnostics(uri);
    expect(serverView(client.text(uri), after)).toEqual(engineView(uri, client.text(uri)));
    const changed = byItem(after);
    expect(changed.get(k)).not.toEqual(withFindings.get(k));
    for (let i = -1; i < n; i++) if (i !== k) expect(changed.get(i), `item ${i}`).toEqual(withFindings.get(i));
    // Only macro k was linted and converted again; the other macros' diagnostics are the same objects.
    const s = await sizes(client, uri);
    expect(s.linted).toBe(1);
    expect(s.converted).toBe(1);
    expect(s.shifted).toBe(0);
    expect(s.reused).toBe(changed.size - 1 - (changed.has(-1) ? 1 : 0));
  });

  it('a line inserted in one macro moves the diagnostics below it without re-converting them', async () => {
    const client = await start();
    const uri = libraryUri();
    const n = 24;
    const k = 6;
    client.open(uri, 'yaml', library(n));
    const before = byItem(await client.diagnostics(uri));
    // A comment line at the end of macro k: the macros below move one line down.
    const end = 4 + 4 * k;
    client.change(uri, [{ range: { start: { line: end, character: client.text(uri).split('\n')[end].length }, end: { line: end, character: client.text(uri).split('\n')[end].length } }, text: '\n    # reviewed' }]);
    const after = await client.diagnostics(uri);
    expect(serverView(client.text(uri), after)).toEqual(engineView(uri, client.text(uri)));
    const moved = [...before].filter(([i]) => i > k);
    expect(moved.length).toBeGreaterThan(0);
    const s = await sizes(client, uri);
    expect(s.linted).toBe(1);
    expect(s.shifted).toBe(moved.length);
    // Same text, one line lower.
    for (const [i, ds] of moved) {
      const now = after.filter((d) => d.range.start.line > end + 1 && Math.floor((d.range.start.line - 2) / 4) === i).map(shown);
      expect(now).toEqual(ds.map((d) => ({ ...d, range: { start: { ...d.range.start, line: d.range.start.line + 1 }, end: { ...d.range.end, line: d.range.end.line + 1 } } })));
    }
  });

  it('stays equal to a cold lint through edits that move, remove, duplicate and re-indent macros', async () => {
    const client = await start();
    const uri = libraryUri();
    client.open(uri, 'yaml', library(20));
    await client.diagnostics(uri);
    const lines = () => client.text(uri).split('\n');
    const at = (line: number, character: number) => ({ line, character });
    type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
    // Each edit is made from the text as it is then (item i starts on line 1 + 4i until the first edit).
    const edits: (() => Edit)[] = [
      // A blank line before macro 1: it and every macro below move down.
      () => ({ range: { start: at(5, 0), end: at(5, 0) }, text: '\n' }),
      // Macro 3 (now lines 14–17) removed.
      () => ({ range: { start: at(14, 0), end: at(18, 0) }, text: '' }),
      // Macro 1 (now lines 6–9) duplicated below itself: two macros with the same text.
      () => ({ range: { start: at(10, 0), end: at(10, 0) }, text: `${lines().slice(6, 10).join('\n')}\n` }),
      // Two spaces that break the duplicate's item line, then taken out again.
      () => ({ range: { start: at(10, 2), end: at(10, 2) }, text: '  ' }),
      () => ({ range: { start: at(10, 2), end: at(10, 4) }, text: '' }),
      // A Spanish reply written into a clean macro.
      () => ({ range: { start: at(25, 0), end: at(25, lines()[25].length) }, text: '    body: "Lo sentimos, pero según nuestra política no podemos hacer nada. Cálmese."' }),
    ];
    for (const edit of edits) {
      client.change(uri, [edit()]);
      const items = await client.diagnostics(uri);
      expect(serverView(client.text(uri), items)).toEqual(engineView(uri, client.text(uri)));
    }
  });
});
