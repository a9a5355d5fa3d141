/**
 * Rewrites in a big YAML library are validated in their item alone (actions.ts `validatedResult`, over
 * the engine's `validateByItem`): the verdicts must equal those of validating against the whole file, for
 * every finding that has a rewrite. Fix-all's item path has the same check in fix-all-item.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { lint, LintCache } from '../server/src/engine/lint';
import { validateFindings } from '../server/src/engine/fix';
import { defaultConfig } from '../server/src/engine/config';
import { validatedResult } from '../server/src/lsp/actions';
import { toDiagnostic } from '../server/src/lsp/convert';
// @ts-expect-error: a plain ES module of the benchmark (the same generator `npm run bench` uses)
import { rng, yamlLibrary } from '../bench/generate.mjs';

const uri = 'file:///lib/library.macros.yaml';
const config = defaultConfig();

function setup(text: string) {
  const source = { uri, text, format: 'yaml' as const };
  const result = lint(source, config, { cache: new LintCache() });
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const diagnostics: Diagnostic[] = result.findings.map((f, i) => toDiagnostic(doc, f, i, 'https://example.test/rules'));
  return { source, result, doc, diagnostics };
}

describe('rewrite validation per library item', () => {
  it('gives the verdicts of validating against the whole file', () => {
    const text = (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(7), 40);
    const { source, result, doc, diagnostics } = setup(text);
    const whole = validateFindings({ doc: source, config, options: {} }, text, result);
    const withRewrites = result.findings.map((f, i) => i).filter((i) => result.findings[i].fixes.some((x) => x.rewrite));
    // The generated library has rewrites in many items (else this test proves nothing).
    expect(new Set(withRewrites.map((i) => result.findings[i].macroIndex)).size).toBeGreaterThan(5);
    for (const i of withRewrites) {
      const one = validatedResult(doc, source, result, [diagnostics[i]], config, {});
      expect(one.findings[i].fixes).toEqual(whole[i].fixes);
      // The other findings are left as they were.
      expect(one.findings.filter((f, k) => k !== i && f !== result.findings[k])).toEqual([]);
    }
  });

  it('falls back to the whole file when a disable comment in an earlier item could reach the finding', () => {
    const base = (yamlLibrary as (r: unknown, n: number) => string)((rng as (s: number) => unknown)(7), 12);
    // A block disable above the second item: it lies before the items after it.
    const second = base.indexOf('\n  - ', base.indexOf('\n  - ') + 1);
    const text = `${base.slice(0, second)}\n  # macrolint-disable placeholder-syntax${base.slice(second)}`;
    const { source, result, doc, diagnostics } = setup(text);
    const whole = validateFindings({ doc: source, config, options: {} }, text, result);
    const i = result.findings.findIndex((f) => f.fixes.some((x) => x.rewrite) && (f.macroIndex ?? 0) > 1);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(validatedResult(doc, source, result, [diagnostics[i]], config, {}).findings[i].fixes).toEqual(whole[i].fixes);
  });
});
