import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { applyFixes } from '../server/src/engine/fix';
import { defaultConfig, mergeConfigs } from './tables-config';
import type { Finding } from '../server/src/engine/types';
import { LIB_ES_NO_ASSURE, PLAIN_EN, PLAIN_ES_USTED } from './helpers/plain-macros';

const MOVE_RULES = ['missing-acknowledge', 'missing-align', 'missing-assure'];

function findings(uri: string, text: string, config = defaultConfig()): Finding[] {
  return lint({ uri, text }, config).findings;
}

/** Applies the (unsafe) quick fix of `ruleId`, and checks the edit is a pure insertion. */
function applyMissing(uri: string, text: string, ruleId: string): string {
  const f = findings(uri, text).find((x) => x.ruleId === ruleId);
  expect(f, `${ruleId} reported`).toBeDefined();
  const fix = f!.fixes[0];
  expect(fix).toBeDefined();
  expect(fix.safe).toBe(false);
  const { text: out, applied } = applyFixes(text, [fix]);
  expect(applied).toBe(1);
  const [edit] = fix.edits;
  expect(fix.edits).toHaveLength(1);
  expect(edit.start).toBe(edit.end);
  // Text outside the insertion is untouched.
  expect(out.slice(0, edit.start)).toBe(text.slice(0, edit.start));
  expect(out.slice(edit.start + edit.text.length)).toBe(text.slice(edit.end));
  return out;
}

/** What an author writes over the blanks of the templates (the day, then any other blank). */
function fillBlanks(text: string, locale: 'en' | 'es'): string {
  const day = locale === 'en' ? 'Friday' : 'viernes';
  const what: Record<string, string> = {
    en: 'the courier marked your parcel as delivered although it never arrived',
    es: 'el transportista marcó su paquete como entregado aunque nunca llegó',
  };
  return text.replace(/\[(?:Day|Día)\]/g, day).replace(/\[(?:Describe|Say|Explica)[^\]]*\]/g, what[locale]);
}

describe('missing-* insertion fixes (plain macros)', () => {
  for (const [uri, text, locale] of [
    ['macros/courier.md', PLAIN_EN, 'en'],
    ['macros/mensajero.md', PLAIN_ES_USTED, 'es'],
  ] as const) {
    for (const rule of MOVE_RULES) {
      it(`${uri}: ${rule} inserts a template that clears the finding once its blanks are filled`, () => {
        const out = applyMissing(uri, text, rule);
        const ids = findings(uri, out).map((x) => x.ruleId);
        if (rule !== 'missing-align') {
          // A template with blanks is not a move yet: the finding stays, and the blanks are errors.
          expect(out).toMatch(/\[[A-ZÁÉÍÓÚÑ][^\]]*\]/);
          expect(ids).toContain('unfilled-blank');
          expect(ids).toContain(rule);
        }
        const filled = fillBlanks(out, locale);
        const after = findings(uri, filled).map((x) => x.ruleId);
        expect(after).not.toContain(rule);
        expect(after).not.toContain('unfilled-blank');
      });
    }
  }

  it('puts acknowledge after the greeting and assure before the sign-off, as paragraphs', () => {
    const ack = applyMissing('m.md', PLAIN_EN, 'missing-acknowledge');
    expect(ack).toContain("Hi {{ticket.requester.first_name}},\n\nI can see that [Describe their specific problem], and I'm sorry you've had to deal with it.\n\nPlease check");
    const assure = applyMissing('m.md', PLAIN_EN, 'missing-assure');
    expect(assure).toContain("first.\n\nI'll personally make sure [Describe the next step], and I'll update you by [Day].\n\nThanks,\nSam");
  });

  it('uses the usted register in Spanish', () => {
    const out = applyMissing('m.md', PLAIN_ES_USTED, 'missing-align');
    expect(out).toContain('Tiene toda la razón: esto no debería haber pasado.');
    const assure = applyMissing('m.md', PLAIN_ES_USTED, 'missing-assure');
    expect(assure).toContain('y le escribiré antes del [Día].\n\nAtentamente,');
  });

  it('uses the tú register when the reply does', () => {
    const tu = PLAIN_ES_USTED.replace('Le rogamos que consulte con sus vecinos.', 'Puedes preguntar a tus vecinos si tienen tu paquete.');
    const out = applyMissing('m.md', tu, 'missing-align');
    expect(out).toContain('Tienes toda la razón');
  });

  it('all three insertions together, filled in, leave a reply with no missing move', () => {
    let text = PLAIN_EN;
    for (const rule of MOVE_RULES) text = applyMissing('m.md', text, rule);
    expect(findings('m.md', text).filter((x) => MOVE_RULES.includes(x.ruleId)).length).toBeGreaterThan(0);
    text = fillBlanks(text, 'en');
    expect(findings('m.md', text).filter((x) => MOVE_RULES.includes(x.ruleId) || x.ruleId === 'unfilled-blank')).toEqual([]);
  });

  it('fix-all never applies them (they need a human)', () => {
    const f = findings('m.md', PLAIN_EN).filter((x) => MOVE_RULES.includes(x.ruleId));
    expect(f).toHaveLength(3);
    for (const x of f) expect(x.fixes.every((fx) => fx.safe === false)).toBe(true);
  });
});

describe('missing-* insertion fixes (sectioned macros)', () => {
  it('Markdown: adds the missing section under its heading, in order', () => {
    const text = `---
id: double-charge
anger: before
locale: en
---
## Acknowledge

I can see you were charged twice.

## Assure

I've refunded the second charge today.
`;
    const out = applyMissing('m.md', text, 'missing-align');
    expect(out.indexOf('## Align')).toBeGreaterThan(out.indexOf('## Acknowledge'));
    expect(out.indexOf('## Align')).toBeLessThan(out.indexOf('## Assure'));
    expect(findings('m.md', out).some((x) => x.ruleId === 'missing-align')).toBe(false);
  });

  it('YAML: adds the missing key and the file stays a valid library', () => {
    const out = applyMissing('m.macros.yaml', LIB_ES_NO_ASSURE, 'missing-assure');
    expect(out).toMatch(/asegurar: /);
    const ids = findings('m.macros.yaml', out).map((x) => x.ruleId);
    expect(ids).not.toContain('syntax-error');
    // The new section holds only blanks: it makes no move until the author fills them.
    expect(ids).toContain('missing-assure');
    expect(ids.filter((x) => x === 'unfilled-blank')).toHaveLength(2);
    const after = findings('m.macros.yaml', fillBlanks(out, 'es')).map((x) => x.ruleId);
    expect(after.some((x) => x === 'missing-assure' || x === 'syntax-error' || x === 'unfilled-blank')).toBe(false);
  });
});

describe('generic-acknowledge configuration', () => {
  const text = (anger: string) => `---\nid: x\nanger: ${anger}\nlocale: en\n---\nI understand your frustration. I've unlocked your account.\n`;
  const ids = (t: string, cfg = defaultConfig()) => findings('m.md', t, cfg).map((x) => x.ruleId);

  it('applies to anger: before by default only', () => {
    expect(ids(text('before'))).toContain('generic-acknowledge');
    expect(ids(text('during'))).not.toContain('generic-acknowledge');
    expect(ids(text('none'))).not.toContain('generic-acknowledge');
  });

  it('a severity is only a severity; anyAnger: true turns it on for every anger type', () => {
    const cfg = mergeConfigs(defaultConfig(), { rules: { 'generic-acknowledge': { severity: 'error' } } });
    expect(ids(text('during'), cfg)).not.toContain('generic-acknowledge');
    const any = mergeConfigs(defaultConfig(), { rules: { 'generic-acknowledge': { options: { anyAnger: true } } } });
    expect(ids(text('during'), any)).toContain('generic-acknowledge');
  });

  it('anyAnger: false keeps it to anger: before even with a severity', () => {
    const cfg = mergeConfigs(defaultConfig(), { rules: { 'generic-acknowledge': { severity: 'warning', options: { anyAnger: false } } } });
    expect(ids(text('during'), cfg)).not.toContain('generic-acknowledge');
    expect(ids(text('before'), cfg)).toContain('generic-acknowledge');
  });
});
