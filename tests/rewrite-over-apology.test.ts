/**
 * over-apology's plain-apology rewrite ("deepest apologies" → "apologies") is safe only when the plain
 * apology still says what it is for or stands as a sentence of its own; one left bare inside a longer
 * sentence, cut to one word, or for how the customer perceived it, is a quick fix (never applied by --fix).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { applyFixes, fixAll } from '../server/src/engine/fix';
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

/** Every rewrite of the first over-apology finding of `body`, as the reply after it. */
function alternatives(locale: 'en' | 'es', body: string) {
  const text = doc(locale, body);
  const f = lint({ uri: 'macro.md', text }, defaultConfig()).findings.find((x) => x.ruleId === 'over-apology');
  if (!f) throw new Error(`no over-apology finding in: ${body}`);
  return f.fixes.map((x) => ({ safe: x.safe !== false, text: applyFixes(text, [x]).text.split('---\n\n')[1].trimEnd() }));
}

describe('over-apology: one merged apology', () => {
  it('merges a stacked run into one apology that keeps the specific clause, in the reply\'s words', () => {
    expect(
      alternatives('en', "Oh no, we're so sorry!! We're really, really sorry about your missing drinks and we apologise for any inconvenience caused. Sorry again!\nWe've refunded the drinks.")[0],
    ).toEqual({ safe: false, text: "We're sorry about your missing drinks.\nWe've refunded the drinks." });
    expect(
      alternatives('en', 'Dear {{ticket.requester.first_name}}, we are deeply sorry, truly sorry, and we humbly apologise from the bottom of our hearts for charging you twice for your April bill.')[0].text,
    ).toBe('Dear {{ticket.requester.first_name}}, we apologise for charging you twice for your April bill.');
    // A one-word apology borrows the reply's own full one.
    expect(alternatives('en', "We're truly and deeply sorry. Sorry for the late delivery of order 5512.")[0].text).toBe(
      "We're sorry for the late delivery of order 5512.",
    );
  });

  it('keeps usted, tú and the salutation in Spanish', () => {
    expect(
      alternatives('es', 'Estimado {{ticket.requester.first_name}}: le pedimos disculpas de todo corazón, nuestras más sinceras y humildes disculpas, por haberle cobrado dos veces la factura de abril.')[0].text,
    ).toBe('Estimado {{ticket.requester.first_name}}: le pedimos disculpas por haberle cobrado dos veces la factura de abril.');
    expect(alternatives('es', 'Hola Ana: lo sentimos muchísimo, de verdad lo sentimos, por el retraso de tu pedido.')[0].text).toBe(
      'Hola Ana: lo sentimos por el retraso de tu pedido.',
    );
    expect(
      alternatives('es', 'Mil disculpas. Le pedimos perdón de todo corazón por los productos que faltaron; no sabemos cómo disculparnos lo suficiente. Su reembolso está hecho.')[0].text,
    ).toBe('Le pedimos perdón por los productos que faltaron. Su reembolso está hecho.');
  });

  it('ends the one apology before what a closing "but" said, as apology-but would', () => {
    expect(alternatives('es', 'Lo sentimos muchísimo, de verdad lo sentimos, pero su pedido no saldrá hasta el lunes.')[0]).toEqual({
      safe: false,
      text: 'Lo sentimos. Su pedido no saldrá hasta el lunes.',
    });
    expect(alternatives('en', "I'm so sorry. Sorry for the delay, but the warehouse is closed until Monday.")[0].text).toBe(
      "I'm sorry for the delay. The warehouse is closed until Monday.",
    );
  });

  it('drops a generic "any inconvenience" unless the apology left would be one word', () => {
    expect(alternatives('en', "We're so sorry!! We apologise for any inconvenience caused. Your parcel ships today.")[0].text).toBe(
      "We're sorry. Your parcel ships today.",
    );
    expect(alternatives('es', 'Disculpe las molestias. Lo sentimos, pero el reembolso ya se emitió el lunes.')[0].text).toBe(
      'Disculpe las molestias. El reembolso ya se emitió el lunes.',
    );
  });

  it('is not offered when two apologies name different things or a clause of its own follows', () => {
    const merged = (locale: 'en' | 'es', body: string) => alternatives(locale, body).filter((a) => !a.safe).map((a) => a.text);
    expect(merged('en', "Sorry for the delay. We're so sorry about the damaged box too.")).toEqual([]);
    expect(merged('en', "We're so sorry, so we've refunded you. Sorry again!")).toEqual([]);
    expect(merged('en', "We're so sorry, truly sorry, and order 5512 is on its way.")).toEqual([]);
    // A question after the run is left as it is.
    expect(merged('en', "We're so sorry, truly sorry. Can you send us the order number?")).toEqual(["We're sorry. Can you send us the order number?"]);
  });

  it('is never applied by --fix', () => {
    const body = "Oh no, we're so sorry!! We're really, really sorry about your missing drinks. Sorry again!";
    expect(fixed('en', body)).not.toBe("We're sorry about your missing drinks.");
  });
});
