import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { applyFixes } from '../server/src/engine/fix';
import { defaultConfig, mergeConfigs } from './tables-config';
import type { Finding } from '../server/src/engine/types';

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

const PLAIN_EN = `---
id: courier-said-delivered
anger: before
locale: en
---
Hi {{ticket.requester.first_name}},

Please check with your neighbours first.

Thanks,
Sam
`;

const PLAIN_ES_USTED = `---
id: mensajero
anger: before
locale: es
---
Estimado {{ticket.requester.first_name}}:

Le rogamos que consulte con sus vecinos.

Atentamente,
Marta
`;

describe('missing-* insertion fixes (plain macros)', () => {
  for (const [uri, text] of [
    ['macros/courier.md', PLAIN_EN],
    ['macros/mensajero.md', PLAIN_ES_USTED],
  ] as const) {
    for (const rule of MOVE_RULES) {
      it(`${uri}: ${rule} inserts a template that clears the finding`, () => {
        const out = applyMissing(uri, text, rule);
        if (rule !== 'missing-align') expect(out).toMatch(/\[[A-ZÁÉÍÓÚÑ][^\]]*\]/);
        expect(findings(uri, out).some((x) => x.ruleId === rule)).toBe(false);
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

  it('all three insertions together leave a reply with no missing move', () => {
    let text = PLAIN_EN;
    for (const rule of MOVE_RULES) text = applyMissing('m.md', text, rule);
    expect(findings('m.md', text).filter((x) => MOVE_RULES.includes(x.ruleId))).toEqual([]);
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
    const text = `macros:
  - id: cupon
    locale: es
    anger: before
    reconocer: 'Veo que el cupón no funcionó al pagar.'
    alinear: Tienes toda la razón, debería haber funcionado.
`;
    const out = applyMissing('m.macros.yaml', text, 'missing-assure');
    expect(out).toMatch(/asegurar: /);
    const after = findings('m.macros.yaml', out);
    expect(after.some((x) => x.ruleId === 'missing-assure' || x.ruleId === 'syntax-error')).toBe(false);
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
