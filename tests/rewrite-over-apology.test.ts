/**
 * over-apology's plain-apology rewrite ("deepest apologies" → "apologies") is safe only when the plain
 * apology still says what it is for or stands as a sentence of its own; one left bare inside a longer
 * sentence, cut to one word, or for how the customer perceived it, is a quick fix (never applied by --fix).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { fixAll } from '../server/src/engine/fix';
import { defaultConfig } from './tables-config';

const doc = (locale: 'en' | 'es', body: string) => `---\nid: t\nlocale: ${locale}\n---\n\n${body}\n`;

function inflated(locale: 'en' | 'es', body: string) {
  const f = lint({ uri: 'macro.md', text: doc(locale, body) }, defaultConfig()).findings.find((x) => x.ruleId === 'over-apology');
  if (!f) throw new Error(`no over-apology finding in: ${body}`);
  return f;
}

const fixed = (locale: 'en' | 'es', body: string) =>
  fixAll({ uri: 'macro.md', text: doc(locale, body) }, defaultConfig(), { filter: (f) => f.ruleId === 'over-apology' }).text.split('---\n\n')[1].trimEnd();

describe('over-apology: plain-apology rewrite', () => {
  it('stays safe when the apology names what it is for, or is a sentence of its own', () => {
    expect(fixed('en', "We are terribly, terribly sorry that your posts didn't publish.")).toBe("We are sorry that your posts didn't publish.");
    expect(fixed('en', "Please accept our deepest apologies. I've refunded you.")).toBe("Our apologies. I've refunded you.");
    expect(fixed('es', 'Le pedimos nuestras más sinceras disculpas por el malestar generado.')).toBe('Le pedimos disculpas por el malestar generado.');
  });

  it('is a quick fix when the plain apology is left bare inside a sentence, or cut to one word', () => {
    const mid = 'To the affected customers, we want to express our deepest apologies once again';
    expect(inflated('en', mid).fixes.map((x) => x.safe)).toEqual([false]);
    expect(fixed('en', mid)).toBe(mid);
    const one = 'Mil disculpas. Su pedido llega mañana.';
    expect(inflated('es', one).fixes.map((x) => x.safe)).toEqual([false]);
    expect(fixed('es', one)).toBe(one);
    // Made plain, an apology for how the customer perceived it is still a non-apology.
    const seen = 'Lamentamos profundamente que la percepción de la asistencia recibida no haya sido la esperada.';
    expect(inflated('es', seen).fixes.map((x) => x.safe)).toEqual([false]);
    expect(fixed('es', seen)).toBe(seen);
  });
});
