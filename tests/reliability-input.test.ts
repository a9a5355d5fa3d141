/**
 * Issue 8, items 3 and 4: malformed and oversized input degrades gracefully; configuration is data
 * and a hostile phrase list cannot make matching super-linear.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { compileUserPhrases, normalize } from '../server/src/engine/text';
import { defaultConfig, mergeConfigs, parseConfig } from '../server/src/engine/config';

describe('oversized, binary and minified files', () => {
  it('a Markdown file over the limit gets one warning and is skipped', () => {
    const config = mergeConfigs(defaultConfig(), { maxFileSize: { markdown: 1000 } });
    const text = '---\nanger: before\n---\n' + 'Sorry for any inconvenience. '.repeat(100);
    const { findings, parsed } = lint({ uri: 'file:///x/macros/a.md', text }, config);
    expect(parsed).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'skipped-file', severity: 'warning' });
    expect(findings[0].message).toMatch(/1000/);
  });

  it('the default limits are 2 MB for Markdown and 10 MB for YAML', () => {
    expect(defaultConfig().maxFileSize).toEqual({ markdown: 2 * 1024 * 1024, yaml: 10 * 1024 * 1024 });
    const big = 'a '.repeat(1.1 * 1024 * 1024);
    expect(lint({ uri: 'file:///x/macros/a.md', text: big }).findings.map((f) => f.ruleId)).toEqual(['skipped-file']);
    const yaml = `body: |\n${'    Thanks for waiting.\n'.repeat(60000)}`;
    expect(yaml.length).toBeGreaterThan(1.1 * 1024 * 1024);
    expect(lint({ uri: 'file:///x/macros/a.yaml', text: yaml }).findings.map((f) => f.ruleId)).not.toContain('skipped-file');
  });

  it('a binary file is skipped with one notice, in the configured message language', () => {
    const config = mergeConfigs(defaultConfig(), { messageLocale: 'es' });
    const { findings } = lint({ uri: 'file:///x/macros/a.md', text: 'PK\u0003\u0004\u0000\u0000binary' }, config);
    expect(findings).toHaveLength(1);
    expect(findings[0].ruleId).toBe('skipped-file');
    expect(findings[0].message).toMatch(/binario/);
  });

  it('a minified file (very long lines) is skipped', () => {
    const { findings } = lint({ uri: 'file:///x/macros/a.yaml', text: 'x'.repeat(60000) });
    expect(findings.map((f) => f.ruleId)).toEqual(['skipped-file']);
  });
});

describe('configuration is data', () => {
  it('invalid values are reported with their position and dropped, never thrown', () => {
    const text = 'rules:\n  missing-align: loud\nhelpdesk: zenddesk\nlocale: fr\nunknown: 1\n';
    const { config, problems } = parseConfig(text);
    expect(problems.map((p) => text.slice(p.range.start, p.range.end))).toEqual(['loud', 'zenddesk', 'fr', 'unknown']);
    expect(config.rules?.['missing-align']).toBeUndefined();
    expect(config.helpdesk).toBeUndefined();
  });

  it('YAML tags are never executed and anchors are plain data', () => {
    const tagged = parseConfig('helpdesk: !!js/function "function(){ throw 1 }"\n');
    expect(tagged.config.helpdesk).toBeUndefined();
    expect(tagged.problems.length).toBeGreaterThan(0);
    const { config, problems } = parseConfig('files: &a ["x"]\nignores: *a\n');
    expect(problems).toEqual([]);
    expect(config.files).toEqual(['x']);
    expect(config.ignores).toEqual(['x']);
  });

  it('a malformed config file yields problems and an empty layer', () => {
    const { config, problems } = parseConfig('rules: [unclosed\n');
    expect(config).toEqual({});
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('user phrases', () => {
  it('match plain text with * wildcards on normalised text (case, accents)', () => {
    const m = compileUserPhrases(['we regret * inconvenience', 'Según la política'])!;
    const text = normalize('We REGRET the huge inconvenience. segun la politica, no.').norm;
    expect(m.find(text).map((r) => text.slice(r.start, r.end))).toEqual(['we regret the huge inconvenience', 'segun la politica']);
  });

  it('regular-expression syntax is literal text', () => {
    const m = compileUserPhrases(['(a+)+$', 'sorry.*but'])!;
    expect(m.find(normalize('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').norm)).toEqual([]);
    expect(m.find(normalize('it says (a+)+$ here').norm)).toHaveLength(1);
    // `.` is a literal full stop, not "any character".
    expect(m.find(normalize('sorryxxbut').norm)).toEqual([]);
  });

  it('a hostile list stays linear: doubling the text about doubles the work', () => {
    // Thousands of distinct phrases whose words all occur in the text, with runs of wildcards.
    const hostile = Array.from({ length: 1000 }, (_, i) => ['a', ...Array.from({ length: 2 + (i % 9) }, (_, k) => ((i >> k) & 1 ? '* a' : 'a'))].join(' ') + ' * b');
    const m = compileUserPhrases(hostile)!;
    const unit = 'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a b ';
    // Work is counted in automaton steps, not timed: deterministic on any machine.
    const steps = (reps: number) => {
      const work = { steps: 0 };
      m.find(normalize(unit.repeat(reps)).norm, work);
      return work.steps;
    };
    const small = steps(10);
    const large = steps(40);
    expect(small).toBeGreaterThan(0);
    // 4× the text: linear work is ~4× the steps; fail on quadratic (16×) or worse.
    expect(large / small).toBeLessThan(9);
  });
});

describe('Unicode normalisation', () => {
  it('decomposed (NFD) accents match like composed (NFC) text, with ranges on the NFD characters', () => {
    const nfc = '---\nanger: before\nlocale: es\n---\n\nHola:\n\nDisculpe las molestias. Según nuestra política, no hay reembolso.\n';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const ids = (text: string) => lint({ uri: 'file:///x/macros/a.md', text }).findings.map((f) => f.ruleId);
    expect(ids(nfd)).toEqual(ids(nfc));
    const shield = lint({ uri: 'file:///x/macros/a.md', text: nfd }).findings.find((f) => f.ruleId === 'deflecting/policy-shield')!;
    expect(nfd.slice(shield.range.start, shield.range.end).normalize('NFC')).toMatch(/^Según nuestra política/);
  });
});
