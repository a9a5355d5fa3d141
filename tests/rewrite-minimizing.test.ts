/**
 * deflecting/minimizing: a minimiser that is a short first clause of its own, joined to a clause the team
 * says in the first person, goes with its joiner ("It's not really a big deal, but I've added a £2 credit"
 * → "I've added a £2 credit"); never when what is left speaks of someone else (blame) or reads curt.
 * A quick fix only, never applied by --fix.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { applyFixes, fixAll } from '../server/src/engine/fix';
import { defaultConfig } from './tables-config';

const doc = (locale: 'en' | 'es', body: string) => `---\nid: t\nlocale: ${locale}\n---\n\n${body}\n`;

function rewrites(locale: 'en' | 'es', body: string) {
  const text = doc(locale, body);
  const f = lint({ uri: 'macro.md', text }, defaultConfig()).findings.find((x) => x.ruleId === 'deflecting/minimizing');
  if (!f) throw new Error(`no minimizing finding in: ${body}`);
  return f.fixes.map((x) => ({ safe: x.safe !== false, text: applyFixes(text, [x]).text.split('---\n\n')[1].trimEnd() }));
}

describe('deflecting/minimizing: dropping the minimising clause', () => {
  it('drops a short minimising clause before a clause the team says, in English and Spanish', () => {
    const en = rewrites('en', "Sorry your coleslaw was missing. It's not really a big deal, but I've added a £2 credit to your account.");
    expect(en).toContainEqual({ safe: false, text: "Sorry your coleslaw was missing. I've added a £2 credit to your account." });
    const so = rewrites('en', "It's just a small detail, so I hope it didn't spoil the present too much! I've refunded the fee.");
    expect(so[0]).toEqual({ safe: false, text: "I hope it didn't spoil the present too much! I've refunded the fee." });
    const es = rewrites('es', 'Siento que faltara el envoltorio. Es solo un pequeño detalle, pero ya te hemos devuelto los 4 € del envoltorio.');
    expect(es[0]).toEqual({ safe: false, text: 'Siento que faltara el envoltorio. Ya te hemos devuelto los 4 € del envoltorio.' });
  });

  it('keeps the clause when what is left would be blame, or the minimiser carries a fact', () => {
    const blame = "It was only a short wait, and the booking reminder did ask you to confirm.";
    expect(rewrites('en', blame).map((r) => r.text)).not.toContain('The booking reminder did ask you to confirm.');
    const you = "Your parcel is late. It's only a small delay, but you should have checked the tracking page.";
    expect(rewrites('en', you).map((r) => r.text)).not.toContain('Your parcel is late. You should have checked the tracking page.');
    const es = 'Es solo un pequeño retraso, y el aviso ya le pedía que confirmara.';
    expect(rewrites('es', es).map((r) => r.text)).not.toContain('El aviso ya le pedía que confirmara.');
    const fact = "It's just a minor glitch with the app, and we've fixed it now.";
    expect(rewrites('en', fact).map((r) => r.text)).not.toContain("We've fixed it now.");
  });

  it('is never applied by --fix', () => {
    const body = "It's not really a big deal, but I've added a £2 credit to your account.";
    const out = fixAll({ uri: 'macro.md', text: doc('en', body) }, defaultConfig(), { filter: (f) => f.ruleId === 'deflecting/minimizing' }).text;
    expect(out).toContain("It's not really a big deal");
  });
});
