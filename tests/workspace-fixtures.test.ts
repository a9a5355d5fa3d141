/**
 * Fixture workspaces for the workspace rules: every folder under tests/fixtures-workspace is one
 * library (its `config.json`, if any, is a config layer); markers in its files say which workspace
 * findings start on which line (tests/harness.ts syntax). Every workspace rule has fixtures in both
 * languages and both formats.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultConfig, mergeConfigs, type PartialConfig } from '../server/src/engine/config';
import { WORKSPACE_RULES } from '../server/src/engine/rules/workspace';
import { lineIndexAt, lineStarts } from '../server/src/engine/text';
import { WorkspaceIndex } from '../server/src/engine/workspace';
import { listFixtures, readFixture } from './harness';

const ROOT = join(__dirname, 'fixtures-workspace');
const IDS = new Set(WORKSPACE_RULES.map((r) => r.meta.id));
const workspaces = readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory()).sort();

const lineOf = (text: string, offset: number) => lineIndexAt(lineStarts(text), offset) + 1;

function load(name: string) {
  const dir = join(ROOT, name);
  const layer = existsSync(join(dir, 'config.json')) ? (JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as PartialConfig) : {};
  const config = mergeConfigs(defaultConfig(), layer);
  const fixtures = listFixtures(dir).map(readFixture);
  const index = new WorkspaceIndex();
  for (const f of fixtures) index.update(pathToFileURL(f.path).href, f.text, config);
  return { fixtures, index };
}

const covered = new Set<string>();

describe('workspace fixtures', () => {
  it('exist', () => {
    expect(workspaces.length).toBeGreaterThanOrEqual(WORKSPACE_RULES.length);
  });
  for (const name of workspaces) {
    describe(name, () => {
      const { fixtures, index } = load(name);
      for (const f of fixtures) {
        it(`${f.rel}: reports exactly the expected workspace findings`, () => {
          const findings = index.findings(pathToFileURL(f.path).href);
          const actual = findings.map((x) => `${lineOf(f.text, x.range.start)}:${x.ruleId}`).sort();
          const expected = f.expectations.filter((e) => IDS.has(e.ruleId)).map((e) => `${e.line}:${e.ruleId}`).sort();
          expect(actual).toEqual(expected);
          for (const x of findings) {
            // Every finding points at the other macros involved (or, for a missing translation, may have none yet).
            if (x.ruleId !== 'missing-translation') expect(x.relatedInformation.length, x.message).toBeGreaterThan(0);
            expect(x.macroId).toBeDefined();
            covered.add(`${x.ruleId}|${x.locale}|${/\.ya?ml$/.test(f.path) ? 'yaml' : 'markdown'}`);
          }
        });
      }
    });
  }
});

describe('workspace fixture coverage', () => {
  for (const rule of WORKSPACE_RULES) {
    for (const locale of rule.meta.locales) {
      for (const format of ['markdown', 'yaml']) {
        it(`${rule.meta.id} has a ${locale} ${format} fixture`, () => {
          expect(covered.has(`${rule.meta.id}|${locale}|${format}`)).toBe(true);
        });
      }
    }
  }
});
