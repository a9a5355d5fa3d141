/**
 * Alternatives of issue 13, round 2: an apology whose "but" only reproaches the customer for the past
 * ends without the reproach; a redirect gets no blank-free "offer of help" (readers rated it wrong).
 * Every rewrite checked here survives the validator (what the editor and eval/fixes offer), keeps the
 * reply's voice and register, and is never applied by --fix.
 */
import { describe, expect, it } from 'vitest';
import { offeredRewrites, realRewrites } from './helpers/rewrites';
import { matchesAny } from '../server/src/engine/rewrite/common';

/** The validated rewrites of the reply's finding of `rule`: [safe, body after it, blank-free]. */
function rewrites(locale: 'en' | 'es', body: string, rule: string): [boolean, string, boolean][] {
  return offeredRewrites(locale, body, rule).map((r) => {
    expect(r.rejected).toBeUndefined();
    return [r.safe, r.after, r.blankFree];
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
    const offered = realRewrites(['deflecting/redirect', 'deflecting/apology-but']);
    const violations = offered.filter((o) => o.violations.length).map((o) => `${o.id}: ${o.fix.title}: ${o.violations.join(', ')}`);
    const offers = offered.length;
    expect(violations).toEqual([]);
    expect(offers).toBeGreaterThan(0);
  });
});
