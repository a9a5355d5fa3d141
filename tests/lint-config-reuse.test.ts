// lint resolves the rules that run (severity, options) once per config object: reusing one config for
// many documents, switching between configs, replacing a config's rule settings or the extra rules
// must give what a fresh config gives.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs } from '../server/src/engine/config';
import type { Rule } from '../server/src/engine/rule';

const text = ['---', 'id: late-order', 'locale: en', '---', '', 'Hi Sam,', '', 'Thanks for your message.', '', 'Best,', 'Ana', ''].join('\n');
const doc = { uri: 'macros/late-order.md', text };
const ids = (config = defaultConfig(), extraRules?: readonly Rule[]) => lint(doc, config, { extraRules }).findings.map((f) => `${f.ruleId}@${f.range.start}:${f.severity}`);

const probe: Rule = {
  meta: { id: 'test/probe', description: { en: 'probe' }, defaultSeverity: 'info', fixable: false, locales: ['en', 'es'], messages: { en: { probe: 'probe' } } } as unknown as Rule['meta'],
  check(_macro, ctx) {
    ctx.report({ range: { start: 0, end: 1 }, messageId: 'probe' });
  },
};

describe('rules resolved once per config', () => {
  it('a reused config, another config in between and the first again give what fresh configs give', () => {
    const fresh = ids();
    expect(fresh.some((f) => f.startsWith('missing-assure@'))).toBe(true);
    const a = defaultConfig();
    const b = mergeConfigs(defaultConfig(), { rules: { 'missing-assure': { severity: 'error' }, 'missing-align': { severity: 'off' } } });
    expect(ids(a)).toEqual(fresh);
    const withB = ids(b);
    expect(withB.some((f) => f.startsWith('missing-align@'))).toBe(false);
    expect(withB.filter((f) => f.startsWith('missing-assure@')).every((f) => f.endsWith(':error'))).toBe(true);
    expect(ids(a)).toEqual(fresh);
    expect(ids(b)).toEqual(withB);
  });

  it('a config whose rule settings object is replaced is resolved again', () => {
    const config = defaultConfig();
    expect(ids(config).some((f) => f.startsWith('missing-assure@'))).toBe(true);
    config.rules = { ...config.rules, 'missing-assure': { severity: 'off', options: {} } };
    expect(ids(config).some((f) => f.startsWith('missing-assure@'))).toBe(false);
  });

  it('extra rules run only in the lints that pass them, with one config (an empty list is none)', () => {
    const config = defaultConfig();
    expect(ids(config).some((f) => f.startsWith('test/probe@'))).toBe(false);
    expect(ids(config, [probe]).filter((f) => f.startsWith('test/probe@'))).toEqual(['test/probe@0:info']);
    expect(ids(config).some((f) => f.startsWith('test/probe@'))).toBe(false);
    expect(ids(config, [])).toEqual(ids(config));
    expect(ids(config, [probe]).filter((f) => f.startsWith('test/probe@'))).toEqual(['test/probe@0:info']);
  });
});
