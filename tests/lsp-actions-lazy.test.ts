/**
 * Code actions read a lint result through its groups (actions.ts `findingFor`, `validatedResult`): the
 * list of all findings of a big library, made on first read, is not made for a light-bulb request on one
 * item. The actions must be those computed from the whole list, in a library (after an edit, so cached
 * macros have moved), in a library whose items cannot be validated alone, and in Markdown.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCache, type LintResult } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';
import { quickFixes, validatedResult } from '../server/src/lsp/actions';
import { toDiagnostic } from '../server/src/lsp/convert';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng, yamlLibrary } from '../bench/generate.mjs';

const config = defaultConfig();
const library = (seed: number, n: number) => (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(seed), n);

/** The server's result after an edit: a lint with the document's cache, findings not read yet. */
function edited(uri: string, text: string, format: 'yaml' | 'markdown') {
  const cache = new LintCache();
  lint({ uri, text, format }, config, { cache });
  const at = text.indexOf('\n', Math.floor(text.length / 3));
  const after = `${text.slice(0, at)} ${text.slice(at)}`;
  const source = { uri, text: after, format };
  const doc = TextDocument.create(uri, format, 2, after);
  // One result to make the diagnostics from, a fresh one (same cache) for the requests.
  const diagnostics: Diagnostic[] = lint(source, config, { cache }).findings.map((f, i) => toDiagnostic(doc, f, i, 'https://example.test/rules'));
  return { source, doc, diagnostics, fresh: () => lint(source, config, { cache }) };
}

/** A result that counts the reads of its whole list of findings. */
function counting(result: LintResult) {
  const reads = { n: 0 };
  const spy: LintResult = {
    parsed: result.parsed,
    groups: result.groups,
    get findings() {
      reads.n++;
      return result.findings;
    },
  };
  return { spy, reads };
}

function actionsOf(e: ReturnType<typeof edited>, result: LintResult, diags: Diagnostic[]) {
  return quickFixes(e.doc, validatedResult(e.doc, e.source, result, diags, config, {}), diags, true, true);
}

/** Every diagnostic's actions (and some of several diagnostics at once) equal those from the whole list. */
function expectSameAsWholeList(e: ReturnType<typeof edited>): number {
  let rewrites = 0;
  const eager = () => {
    const r = e.fresh();
    return { parsed: r.parsed, findings: [...r.findings] };
  };
  const findings = e.fresh().findings;
  for (let i = 0; i < e.diagnostics.length; i++) {
    const d = [e.diagnostics[i]];
    expect(actionsOf(e, e.fresh(), d)).toEqual(actionsOf(e, eager(), d));
    // A diagnostic kept from an earlier version is found by its rule and range.
    const stale = [{ ...d[0], data: { ...(d[0].data as object), version: 1 } }];
    expect(actionsOf(e, e.fresh(), stale)).toEqual(actionsOf(e, eager(), stale));
    if (findings[i].fixes.some((x) => x.rewrite)) rewrites++;
  }
  for (let i = 0; i + 3 <= e.diagnostics.length; i += 7) {
    const d = e.diagnostics.slice(i, i + 3);
    expect(actionsOf(e, e.fresh(), d)).toEqual(actionsOf(e, eager(), d));
  }
  return rewrites;
}

describe('code actions over a lint result in groups', () => {
  it('in a library, answer one item without making the list of all findings, with the same actions', () => {
    const e = edited('file:///lib/library.macros.yaml', library(7, 40), 'yaml');
    expect(e.fresh().groups).toBeDefined();
    const withRewrite = e.diagnostics.map((_, i) => i).filter((i) => e.fresh().findings[i].fixes.some((x) => x.rewrite));
    expect(withRewrite.length).toBeGreaterThan(10);
    for (const i of withRewrite) {
      const { spy, reads } = counting(e.fresh());
      const actions = actionsOf(e, spy, [e.diagnostics[i]]);
      // The same from a diagnostic of an earlier version (found by rule and range, not by index).
      const stale = { ...e.diagnostics[i], data: { ...(e.diagnostics[i].data as object), version: 1 } };
      const withoutDiagnostics = (xs: typeof actions) => xs.map(({ diagnostics: _, ...x }) => x);
      expect(withoutDiagnostics(actionsOf(e, spy, [stale]))).toEqual(withoutDiagnostics(actions));
      expect(reads.n).toBe(0);
      expect(actions.length).toBeGreaterThan(1);
    }
    expect(expectSameAsWholeList(e)).toBeGreaterThan(10);
  });

  it('in a library whose later items a disable comment could reach, validate against the whole file as before', () => {
    const base = library(7, 12);
    const second = base.indexOf('\n  - ', base.indexOf('\n  - ') + 1);
    const text = `${base.slice(0, second)}\n  # macrolint-disable placeholder-syntax${base.slice(second)}`;
    expect(expectSameAsWholeList(edited('file:///lib/disabled.macros.yaml', text, 'yaml'))).toBeGreaterThan(0);
  });

  it('in Markdown with several macros, give the actions of the whole list', () => {
    const file = join(__dirname, '..', 'examples', 'library', 'shipping-library.md');
    const e = edited('file:///lib/shipping-library.md', readFileSync(file, 'utf8'), 'markdown');
    expect(e.fresh().groups).toBeDefined();
    expect(expectSameAsWholeList(e)).toBeGreaterThan(0);
  });
});
