/**
 * Blank-free alternatives (issue 13, round 2): a redirect gets an offer of help the agent can send as it
 * is before the offer with the steps as a tab stop; an apology whose "but" only reproaches the customer
 * for the past ends without the reproach. Every rewrite checked here survives the validator (what the
 * editor and eval/fixes offer), keeps the reply's voice and register, and is never applied by --fix.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../server/src/engine/lint';
import { applyFixes, validateFindings } from '../server/src/engine/fix';
import { defaultConfig } from '../server/src/engine/config';
import { textViolations } from '../server/src/engine/rewrite/validate';
import { matchesAny } from '../server/src/engine/rewrite/common';

const REAL = join(__dirname, '..', 'eval', 'real', 'tune');

function doc(locale: 'en' | 'es', body: string): string {
  return `---\nid: t\nlocale: ${locale}\n---\n\n${body}\n`;
}

/** The validated rewrites of the reply's finding of `rule`: [safe, body after it, blank-free]. */
function rewrites(locale: 'en' | 'es', body: string, rule: string): [boolean, string, boolean][] {
  const text = doc(locale, body);
  const config = defaultConfig();
  const d = { uri: 'macro.md', text };
  const fs = validateFindings({ doc: d, config }, text, lint(d, config)).filter((f) => f.ruleId === rule);
  expect(fs).toHaveLength(1);
  return fs[0].fixes
    .filter((f) => f.rewrite)
    .map((f) => {
      const after = applyFixes(text, [f]).text;
      expect(textViolations({ before: text, after, edits: f.edits, locale })).toEqual([]);
      expect(f.rejected).toBeUndefined();
      return [f.safe !== false, after.slice(after.indexOf('---\n\n') + 5).replace(/\n$/, ''), !f.edits.some((e) => e.blanks?.length)];
    });
}

describe('redirect: an offer the agent can send as it is comes first', () => {
  it('in English, in the reply\'s voice, keeping the means and the purpose', () => {
    expect(rewrites('en', 'Please contact your card issuer to dispute the payment.', 'deflecting/redirect')).toEqual([
      [false, "We'd be happy to walk you through contacting your card issuer to dispute the payment.", true],
      [false, 'We can walk you through contacting your card issuer to dispute the payment: [describe the steps].', false],
    ]);
    expect(rewrites('en', "I've checked your line. You'll want to speak to their warranty team on 0800 123 456.", 'deflecting/redirect')[0]).toEqual([
      false,
      "I've checked your line. I'd be happy to walk you through contacting their warranty team on 0800 123 456.",
      true,
    ]);
    // After an opening "For…," clause the offer goes on in lower case.
    expect(rewrites('en', 'For questions about your test results, please call your GP surgery directly.', 'deflecting/redirect')[0][1]).toBe(
      "For questions about your test results, we'd be happy to walk you through contacting your GP surgery.",
    );
  });

  it('in Spanish, in the redirect\'s register (usted, tú, voseo) and voice', () => {
    expect(rewrites('es', 'Póngase en contacto con su distribuidor para solicitar el reembolso.', 'deflecting/redirect').map((r) => r[1])).toEqual([
      'Con gusto le explicamos cómo contactar con su distribuidor para solicitar el reembolso.',
      'Le explicamos cómo contactar con su distribuidor para solicitar el reembolso: [describe los pasos].',
    ]);
    expect(rewrites('es', 'Tienes que contactar con el emisor de tu tarjeta para reclamar el pago.', 'deflecting/redirect')[0][1]).toBe(
      'Con gusto te explicamos cómo contactar con el emisor de tu tarjeta para reclamar el pago.',
    );
    expect(rewrites('es', 'Para consultas sobre sus resultados, diríjase a su centro de salud.', 'deflecting/redirect')[0][1]).toBe(
      'Para consultas sobre sus resultados, con gusto le explicamos cómo contactar con su centro de salud.',
    );
    expect(rewrites('es', 'Veo que su paquete no ha llegado. Tendrá que llamar al transportista para reclamar.', 'deflecting/redirect')[0][1]).toBe(
      'Veo que su paquete no ha llegado. Con gusto le explico cómo contactar con el transportista para reclamar.',
    );
  });

  it('never claims that someone was asked or promises to act for the customer, and --fix leaves it alone', () => {
    const body = 'You will have to call your bank to authorise it.';
    const r = rewrites('en', body, 'deflecting/redirect');
    expect(r.every(([safe]) => !safe)).toBe(true);
    expect(r.some(([, after]) => /asked|I'll contact|we'll contact|on your behalf/i.test(after))).toBe(false);
  });
});

describe('apology-but: a reproach for the past goes with its "but"', () => {
  it('ends the apology without it, first, as a quick fix (English and Spanish, tú and usted)', () => {
    expect(rewrites('en', "I'm sorry you lost your changes, but you should have saved the document before closing the tab.", 'deflecting/apology-but')).toEqual([
      [false, "I'm sorry you lost your changes.", true],
      [false, "I'm sorry you lost your changes. You should have saved the document before closing the tab.", true],
    ]);
    expect(rewrites('es', 'Siento que hayas perdido tus cambios, pero deberías haber guardado el documento antes de cerrar la pestaña.', 'deflecting/apology-but')[0][1]).toBe(
      'Siento que hayas perdido tus cambios.',
    );
    expect(rewrites('es', 'Lamentamos el retraso, pero usted debería haberlo solicitado antes.', 'deflecting/apology-but')[0][1]).toBe('Lamentamos el retraso.');
  });

  it('keeps what the customer can still act on, and a reproach followed by more of the sentence', () => {
    const pack = (l: 'en' | 'es', t: string) => matchesAny(l, 'apology-but', 'reproaches', t);
    expect(pack('en', 'you should have saved the document')).toBe(true);
    expect(pack('en', 'you should save the document now')).toBe(false);
    expect(pack('en', 'you need to contact us')).toBe(false);
    expect(pack('es', 'deberías haber guardado el documento')).toBe(true);
    expect(pack('es', 'debes guardar el documento')).toBe(false);
    const r = rewrites('en', "I'm sorry you lost your changes, but you should have saved them, as the page warns.", 'deflecting/apology-but');
    expect(r.map((x) => x[1])).toEqual(["I'm sorry you lost your changes. You should have saved them, as the page warns."]);
  });
});

describe('property: every redirect and apology-but rewrite offered on a real reply reads right', () => {
  it('passes the validator\'s text checks, and the redirect offers leave no blank first', () => {
    const config = defaultConfig();
    const violations: string[] = [];
    let plain = 0;
    for (const file of readdirSync(REAL).filter((n) => n.endsWith('.yaml'))) {
      for (const r of parse(readFileSync(join(REAL, file), 'utf8')) as { id: string; lang: 'en' | 'es'; text: string }[]) {
        const text = `---\nid: ${JSON.stringify(String(r.id))}\nlocale: ${r.lang}\n---\n\n${r.text}`;
        const d = { uri: `file:///${r.id}.md`, text };
        for (const f of validateFindings({ doc: d, config }, text, lint(d, config))) {
          if (f.ruleId !== 'deflecting/redirect' && f.ruleId !== 'deflecting/apology-but') continue;
          const offered = f.fixes.filter((y) => y.rewrite);
          if (f.ruleId === 'deflecting/redirect' && offered.length && !offered[0].edits.some((e) => e.blanks?.length)) plain++;
          for (const x of offered) {
            const after = applyFixes(text, [x]).text;
            const v = textViolations({ before: text, after, edits: x.edits, locale: r.lang });
            if (v.length) violations.push(`${r.id}: ${x.title}: ${v.join(', ')}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
    expect(plain).toBeGreaterThan(0);
  });
});
