/**
 * non-apology rewrites that leave no blank (issue 13): a stock apology closing its sentence as an "and"
 * clause is dropped when another apology names the problem; one the reply acknowledges elsewhere may be
 * dropped; the problem is named from words that presuppose it ("retry your access", "restablecer el
 * servicio") or from the apology's own sentence before it; an intense stock apology stays intense.
 * Every rewrite checked here survives the validator (what the editor and eval/fixes offer).
 */
import { describe, expect, it } from 'vitest';
import { offeredRewrites, realRewrites } from './helpers/rewrites';

/** The validated rewrites of the reply's non-apology finding: [title, safe, body after it]. */
function rewrites(locale: 'en' | 'es', body: string): [string, boolean, string][] {
  return offeredRewrites(locale, body, 'deflecting/non-apology').map((r) => [r.title, r.safe, r.after]);
}

describe('non-apology: a stock apology closing its sentence as an "and" clause', () => {
  it('is removed, as a quick fix, when another apology of the reply names the problem', () => {
    expect(rewrites('en', "We're really sorry about your missing drinks and we apologise for any inconvenience caused.")).toEqual([
      ['Remove "and we apologise for any inconvenience caused" (the reply already says what it is sorry for)', false, "We're really sorry about your missing drinks."],
    ]);
    // usted, and a phrase that holds its own "y"; the apology naming the problem is in another sentence.
    expect(rewrites('es', 'Le pedimos disculpas por la demora en la respuesta. Le agradecemos su paciencia y lamentamos las posibles molestias causadas.').map((r) => r[2])).toEqual([
      'Le pedimos disculpas por la demora en la respuesta. Le agradecemos su paciencia.',
    ]);
    // tú
    expect(rewrites('es', 'Sentimos mucho que tu pedido llegara abierto y te pedimos disculpas por las molestias.').map((r) => r[2])).toEqual([
      'Sentimos mucho que tu pedido llegara abierto.',
    ]);
  });

  it('keeps the phrase\'s own conjunction when it rebuilds it instead', () => {
    expect(rewrites('es', 'Su pedido tiene un retraso. Gracias por escribirnos, y le ofrecemos nuestras disculpas por los inconvenientes ocasionados.')[0][2]).toBe(
      'Su pedido tiene un retraso. Gracias por escribirnos, y sentimos el retraso.',
    );
  });

  it('is kept when nothing else in the reply apologises for something specific', () => {
    const [[, , after]] = rewrites('en', 'Thank you for your understanding, and sorry for the inconvenience!');
    expect(after).toBe('Thank you for your understanding, and sorry for [describe what went wrong]!');
  });
});

describe('non-apology: naming the problem without a blank', () => {
  it('names what the reply presupposes, in its voice, even after a permissive "may"', () => {
    const r = rewrites('en', 'Hi Ana, we apologize for the inconvenience.\n\nYou may clear the app cache and retry your access.');
    expect(r[0]).toEqual(['Rewrite as "we\'re sorry for the trouble accessing your account"', false, "Hi Ana, we're sorry for the trouble accessing your account.\n\nYou may clear the app cache and retry your access."]);
    // An instruction to unlock the account presupposes the customer is locked out, "may" or not.
    expect(rewrites('en', 'Hi Ana, we regret any inconvenience this might have caused.\nYou may unlock your banking app profile in Settings.')[0][2]).toBe(
      "Hi Ana, we're sorry for the trouble accessing your account.\nYou may unlock your banking app profile in Settings.",
    );
    // A hedge still keeps a mere possibility from being named.
    expect(rewrites('en', 'If you are unable to access your account, tap Recover Access. We apologize for the inconvenience.').some((x) => /accessing/.test(x[0]))).toBe(false);
  });

  it('names a service interruption the reply states, in Spanish (we and I, tú)', () => {
    expect(rewrites('es', 'Estamos recuperando el servicio y quedará restablecido en unos minutos. Sentimos las molestias.')[0][2]).toBe(
      'Estamos recuperando el servicio y quedará restablecido en unos minutos. Sentimos la interrupción del servicio.',
    );
    expect(rewrites('es', 'La cuadrilla técnica va a restablecer el servicio en tu zona. Te pido disculpas por los inconvenientes, el plazo es de 72 horas.')[0][2]).toBe(
      'La cuadrilla técnica va a restablecer el servicio en tu zona. Te pido perdón por la interrupción del servicio. El plazo es de 72 horas.',
    );
  });

  it('names a problem stated earlier in the apology\'s own sentence, and keeps an intense apology intense', () => {
    const r = rewrites('es', 'Hoy tenemos un problema con el sistema, por eso no puedo avanzar con tu gestión y lamento mucho los inconvenientes ocasionados');
    expect(r[0][2]).toBe('Hoy tenemos un problema con el sistema, por eso no puedo avanzar con tu gestión y siento mucho los problemas con el sistema');
    // A mention after the apology in its own sentence is still left out ("…missing item, missing parcels…").
    expect(rewrites('en', 'Apologies for the inconvenience, missing parcels can occasionally occur.').some((x) => /missing item/.test(x[0]))).toBe(false);
  });
});

describe('non-apology: no comma splice after the rebuilt apology', () => {
  it('ends the apology with a period when a clause of its own follows the comma', () => {
    const r = rewrites('en', 'I can see your parcel is late. Apologies for the inconvenience, parcels can occasionally take longer in December.');
    expect(r[0][2]).toBe("I can see your parcel is late. Sorry for the delay. Parcels can occasionally take longer in December.");
    // Every alternative ends the same way, the blank one included.
    expect(r.every((x) => /\. Parcels can/.test(x[2]))).toBe(true);
  });

  it('keeps the comma before words that carry the sentence on, and when the apology does not open it', () => {
    expect(rewrites('en', 'I can see your parcel is late. Sorry for the inconvenience, and thank you for waiting so patiently.')[0][2]).toBe(
      "I can see your parcel is late. Sorry for the delay, and thank you for waiting so patiently.",
    );
    expect(rewrites('es', 'Veo que su pedido no ha llegado. Disculpe las molestias, gracias por su paciencia con nosotros.')[0][2]).toMatch(/retraso, gracias por su paciencia/);
    // "Hi Ana, we apologize…, …": a greeting before the apology; a short tail ("…, John.") is no clause.
    expect(rewrites('en', 'Hi Ana, we apologize for the inconvenience, your parcel is late again today.')[0][2]).toMatch(/went wrong\], your parcel/);
    expect(rewrites('en', 'Your parcel is late. Sorry for the inconvenience, John.')[0][2]).toBe('Your parcel is late. Sorry for the delay, John.');
  });
});

describe('non-apology: a conditional "apologies if…" rebuilt as "sorry…" in its voice', () => {
  it('turns the noun into "sorry" (bare, "my" → I, "our" → we), never "apologies that"', () => {
    expect(rewrites('en', 'Apologies if our last reply came across as unhelpful. We have now refunded the order.')[0]).toEqual([
      'Rewrite as "Sorry our last reply came across as unhelpful"',
      false,
      'Sorry our last reply came across as unhelpful. We have now refunded the order.',
    ]);
    expect(rewrites('en', 'My apologies if the delay caused you trouble. I have now refunded the order.')[0][2]).toBe(
      "I'm sorry the delay caused you trouble. I have now refunded the order.",
    );
    expect(rewrites('en', 'Hi Ana, our apologies if the delay caused you trouble. We have now refunded the order.')[0][2]).toBe(
      "Hi Ana, we're sorry the delay caused you trouble. We have now refunded the order.",
    );
  });
});

describe('non-apology: a stock apology where the reply acknowledges the problem', () => {
  it('may be removed, as a quick fix, when nothing can be named', () => {
    const r = rewrites('es', 'Veo que su paquete llegó abierto y entiendo su malestar. Disculpe las molestias. Le enviamos otro hoy.');
    expect(r[0]).toEqual(['Quitar «Disculpe las molestias.» (la respuesta ya reconoce el problema)', false, 'Veo que su paquete llegó abierto y entiendo su malestar. Le enviamos otro hoy.']);
  });

  it('is not removed that way when the reply names the problem (the named apology is offered instead)', () => {
    const r = rewrites('en', 'I can see your parcel is late. We apologise for any inconvenience.');
    expect(r.map((x) => x[0])).toEqual(['Rewrite as "We\'re sorry for the delay"', 'Rewrite as "We\'re sorry for [describe what went wrong]"']);
  });
});

describe('property: every non-apology rewrite offered on a real reply reads right', () => {
  it('passes the validator\'s text checks, quick fixes included, and some leave no blank', () => {
    const offers = realRewrites(['deflecting/non-apology']);
    const violations = offers.filter((o) => o.violations.length).map((o) => `${o.id}: ${o.fix.title}: ${o.violations.join(', ')}`);
    const offered = offers.length;
    const blankFree = offers.filter((o) => !o.fix.edits.some((e) => /\[[^\]\n]+\]/.test(e.text))).length;
    expect(violations).toEqual([]);
    expect(offered).toBeGreaterThan(20);
    expect(blankFree).toBeGreaterThan(10);
  });
});
