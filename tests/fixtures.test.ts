import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../server/src/engine/lint';
import { fixAll } from '../server/src/engine/fix';
import { defaultConfig, mergeConfigs } from './tables-config';
import { RULES } from '../server/src/engine/rules';
import { isWorkspaceRule } from '../server/src/engine/workspace/rule';
import { lineStarts } from '../server/src/engine/text';
import { listFixtures, readFixture, ruleSelected, type Fixture } from './harness';

const fixtures = listFixtures().map(readFixture);

function lineOf(text: string, offset: number): number {
  const starts = lineStarts(text);
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
  return k + 1;
}

function configOf(f: Fixture) {
  return mergeConfigs(defaultConfig(), f.config ?? {});
}

function found(f: Fixture, text = f.text) {
  return lint({ uri: f.path, text }, configOf(f)).findings.filter((x) => ruleSelected(f, x.ruleId));
}

const key = (e: { line: number; ruleId: string }) => `${e.line}:${e.ruleId}`;

describe('fixtures', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const f of fixtures) {
    describe(f.rel, () => {
      it('reports exactly the expected findings', () => {
        const actual = found(f).map((x) => key({ line: lineOf(f.text, x.range.start), ruleId: x.ruleId })).sort();
        const expected = f.expectations.filter((e) => ruleSelected(f, e.ruleId)).map(key).sort();
        expect(actual).toEqual(expected);
      });

      if (f.fixedPath) {
        it('fix-all gives the .fixed sibling, and the fixed text has no fixable findings left', () => {
          const result = fixAll({ uri: f.path, text: f.text }, configOf(f), { filter: (x) => ruleSelected(f, x.ruleId) });
          expect(result.text).toBe(readFileSync(f.fixedPath!, 'utf8'));
          // The remaining findings carry the rewrite validator's verdict: a demoted rewrite is a quick fix.
          const left = result.remaining.filter((x) => ruleSelected(f, x.ruleId) && x.fixes.some((fx) => fx.safe !== false));
          expect(left.map((x) => `${x.ruleId}: ${x.message}`)).toEqual([]);
        });
      }
    });
  }
});

describe('fixture coverage', () => {
  // Which rules each fixture actually exercises, by language and format.
  const covered = new Set<string>();
  for (const f of fixtures) {
    const format = /\.ya?ml$/.test(f.path) ? 'yaml' : 'markdown';
    for (const x of found(f)) {
      if (f.expectations.some((e) => e.ruleId === x.ruleId && e.line === lineOf(f.text, x.range.start))) {
        covered.add(`${x.ruleId}|${x.locale}|${format}`);
      }
    }
  }
  // Workspace rules need several files: their fixtures are workspaces (tests/workspace-fixtures.test.ts).
  for (const rule of RULES.filter((r) => !isWorkspaceRule(r))) {
    for (const locale of rule.meta.locales) {
      for (const format of ['markdown', 'yaml']) {
        it(`${rule.meta.id} has a ${locale} ${format} fixture`, () => {
          expect(covered.has(`${rule.meta.id}|${locale}|${format}`)).toBe(true);
        });
      }
    }
  }
});
