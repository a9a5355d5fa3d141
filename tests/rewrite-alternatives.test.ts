/**
 * Alternatives of issue 13, round 2: an apology whose "but" only reproaches the customer for the past
 * ends without the reproach; a redirect gets no blank-free "offer of help" (readers rated it wrong). Every rewrite checked here survives the validator (what the
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

describe('redirect: no offer of help that the reply never made', () => {
  // Both blind readers rated all 25 "We'd be happy to walk you through contacting X" / "Con gusto le
  // explicamos cómo contactar con X" rewrites wrong: an instruction became an offer the reply never made.
  it('offers only the quick fix whose steps the agent fills in', () => {
    for (const [locale, body] of [
      ['en', 'Please contact your card issuer to dispute the payment.'],
      ['es', 'Póngase en contacto con su distribuidor para solicitar el reembolso.'],
    ] as const) {
      const r = rewrites(locale, body, 'deflecting/redirect');
      expect(r.length).toBeGreaterThan(0);
      for (const [safe, after, blankFree] of r) {
        expect(safe).toBe(false);
        expect(blankFree).toBe(false);
        expect(after).not.toMatch(/happy to walk you through|con gusto/i);
      }
    }
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
  it('passes the validator\'s text checks', () => {
    const config = defaultConfig();
    const violations: string[] = [];
    let offers = 0;
    for (const file of readdirSync(REAL).filter((n) => n.endsWith('.yaml'))) {
      for (const r of parse(readFileSync(join(REAL, file), 'utf8')) as { id: string; lang: 'en' | 'es'; text: string }[]) {
        const text = `---\nid: ${JSON.stringify(String(r.id))}\nlocale: ${r.lang}\n---\n\n${r.text}`;
        const d = { uri: `file:///${r.id}.md`, text };
        for (const f of validateFindings({ doc: d, config }, text, lint(d, config))) {
          if (f.ruleId !== 'deflecting/redirect' && f.ruleId !== 'deflecting/apology-but') continue;
          const offered = f.fixes.filter((y) => y.rewrite);
          offers += offered.length;
          for (const x of offered) {
            const after = applyFixes(text, [x]).text;
            const v = textViolations({ before: text, after, edits: x.edits, locale: r.lang });
            if (v.length) violations.push(`${r.id}: ${x.title}: ${v.join(', ')}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
    expect(offers).toBeGreaterThan(0);
  });
});
