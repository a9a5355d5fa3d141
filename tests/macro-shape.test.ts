import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs } from '../server/src/engine/config';

const VALID = join(__dirname, 'fixtures/structure/macro-shape/valid-yaml');
const lintYaml = (name: string, text: string, messageLocale: 'auto' | 'es' = 'auto') =>
  lint({ uri: `file:///w/macros/${name}`, text }, mergeConfigs(defaultConfig(), { messageLocale })).findings;

describe('valid YAML is never a syntax error (macro-shape)', () => {
  const files = readdirSync(VALID).filter((n) => n.endsWith('.yaml'));

  it('covers the YAML features of the test suite', () => {
    const all = files.map((n) => readFileSync(join(VALID, n), 'utf8')).join('\n');
    for (const feature of [/^%YAML /m, /^%TAG /m, /^%FOO/m, /!!set/, /!<tag:/, /![a-z]+\b/, /&\w+/, /\*\w+/, /<<:/, /^\.\.\.$/m, /\{ *\w+: /, /: [|>][-+2]?$/m, /^\? /m]) {
      expect(all, String(feature)).toMatch(feature);
    }
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of files) {
    it(`${name}: no syntax-error, and shape problems or YAML warnings only as macro-shape warnings`, () => {
      const text = readFileSync(join(VALID, name), 'utf8');
      const findings = lintYaml(name, text);
      expect(findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message)).toEqual([]);
      for (const f of findings.filter((x) => x.ruleId === 'macro-shape')) expect(f.severity).toBe('warning');
    });
  }

  it('reports what it cannot read as macros, in the message language', () => {
    const ids = (text: string) => lintYaml('x.yaml', text).filter((f) => f.ruleId === 'macro-shape').map((f) => f.message);
    expect(ids('just a sentence\n')).toEqual(['No macros here: expected a `macros:` list, a list of macros or one macro mapping.']);
    expect(ids('- a\n- id: ok\n  body: fine\n')).toEqual(['Item 1 of the macro list is not a mapping of keys (id, title, body…).']);
    expect(ids('%FOO bar\n--- !custom\nid: x\nbody: hi\n')).toEqual(['YAML warning: Unknown directive %FOO', 'YAML warning: Unresolved tag: !custom']);
    const es = lintYaml('x.yaml', 'macros: todas\n', 'es').filter((f) => f.ruleId === 'macro-shape');
    expect(es.map((f) => f.message)).toEqual(['`macros` debe ser una lista de macros (cada elemento empieza por «- »).']);
  });

  it('keeps syntax-error for YAML that does not parse, and never reports macro-shape for it', () => {
    for (const text of ['title: "Late delivery\nbody: hi\n', 'macros:\n\t- id: x\n', 'a: [1, 2\n', 'body: one\nbody: two\n']) {
      const f = lintYaml('bad.yaml', text);
      expect(f.some((x) => x.ruleId === 'syntax-error' && x.severity === 'error'), text).toBe(true);
    }
  });

  it('can be turned off without hiding syntax errors', () => {
    const cfg = mergeConfigs(defaultConfig(), { rules: { 'macro-shape': { severity: 'off' } } } as never);
    const f = lint({ uri: 'file:///w/macros/x.yaml', text: '- a\n- "b\n' }, cfg).findings;
    expect(f.map((x) => x.ruleId)).toEqual(['syntax-error']);
  });
});
