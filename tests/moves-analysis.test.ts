import { describe, expect, it } from 'vitest';
import { FileSpan, ReplyText } from '../server/src/engine/text';
import { analyze } from '../server/src/engine/analysis';
import { getLexicon } from '../server/src/engine/lexicon';
import type { Locale, Move } from '../server/src/engine/types';

function run(locale: Locale, text: string) {
  const reply = new ReplyText([new FileSpan(text, 0, text.length, '\n')]);
  const a = analyze(reply, getLexicon(locale), locale);
  const n = reply.normalized.norm;
  const slice = (rs: { start: number; end: number }[]) => rs.map((r) => n.slice(r.start, r.end));
  return { a, moves: (m: Move) => slice(a.moves[m].matches), apologies: slice(a.apologies), vague: slice(a.vague), generic: slice(a.generic) };
}

describe('moves analysis: English', () => {
  it.each([
    ["I can see your order still hasn't arrived."],
    ['That sounds really stressful.'],
    ["I'm sorry you've had to deal with this."],
    ['Sorry about the double charge on your card.'],
  ])('acknowledges: %s', (t) => expect(run('en', t).moves('acknowledge').length).toBeGreaterThan(0));

  it.each([
    ['Thanks for your message.'],
    ['We apologise for any inconvenience this may have caused.'],
    ["Sorry if you feel that way."],
    ["I can't see any problem with your account."],
  ])('does not acknowledge: %s', (t) => expect(run('en', t).moves('acknowledge')).toEqual([]));

  it.each([["You're right."], ["This shouldn't have happened."], ["That's not the experience we want you to have."], ["It's completely understandable that you're upset."]])(
    'aligns: %s',
    (t) => expect(run('en', t).moves('align').length).toBeGreaterThan(0),
  );

  it.each([["I'm so sorry about the delay."], ['It is not our fault.'], ['You need to contact the courier.']])('does not align: %s', (t) =>
    expect(run('en', t).moves('align')).toEqual([]),
  );

  it.each([["I'll update you by Friday."], ["I've issued a refund."], ["I'm checking what went wrong."], ["We'll look into it."]])('assures: %s', (t) =>
    expect(run('en', t).moves('assure').length).toBeGreaterThan(0),
  );

  it.each([['Let me know if you need anything.'], ['Please contact your bank.'], ["We can't refund this order."]])('does not assure: %s', (t) =>
    expect(run('en', t).moves('assure')).toEqual([]),
  );

  it('counts apologies, ignoring "no need to apologise"', () => {
    expect(run('en', "I'm sorry. We apologise. Our apologies.").apologies).toHaveLength(3);
    expect(run('en', 'No need to apologise!').apologies).toEqual([]);
  });

  it('vague promises are cancelled by a concrete time in the same sentence', () => {
    expect(run('en', "We'll get back to you as soon as possible.").vague).toEqual(["we'll get back to you as soon as possible"]);
    expect(run('en', "I'll email you as soon as possible, and no later than 5pm today.").vague).toEqual([]);
    expect(run('en', 'Talk soon!').vague).toEqual([]);
  });

  it('a generic acknowledgement followed by the problem is specific', () => {
    expect(run('en', 'I understand your frustration.').generic).toEqual(['i understand your frustration']);
    expect(run('en', 'I understand your frustration with the late delivery.').generic).toEqual([]);
  });
});

describe('moves analysis: Spanish', () => {
  it.each([['Entiendo que llevas una semana esperando.'], ['Lamento que hayas tenido que esperar.'], ['Qué frustrante.'], ['Veo que tu pedido aún no ha llegado.']])(
    'acknowledges: %s',
    (t) => expect(run('es', t).moves('acknowledge').length).toBeGreaterThan(0),
  );

  it.each([['Disculpe las molestias.'], ['Lamentamos cualquier inconveniente.'], ['No entiendo por qué nos escribe.'], ['Gracias por su mensaje.']])(
    'does not acknowledge: %s',
    (t) => expect(run('es', t).moves('acknowledge')).toEqual([]),
  );

  it.each([['Tienes toda la razón.'], ['Esto no debería haber pasado.'], ['Es totalmente comprensible que esté molesto.']])('aligns: %s', (t) =>
    expect(run('es', t).moves('align').length).toBeGreaterThan(0),
  );

  it.each([['No es culpa nuestra.'], ['Lo siento mucho.']])('does not align: %s', (t) => expect(run('es', t).moves('align')).toEqual([]));

  it.each([['Me encargaré de revisarlo.'], ['Hemos reembolsado el importe.'], ['Te escribiré el viernes.'], ['Ya le generé un reemplazo.']])('assures: %s', (t) =>
    expect(run('es', t).moves('assure').length).toBeGreaterThan(0),
  );

  it.each([['Si necesita algo, no dude en escribirnos.'], ['Debe contactar con su banco.'], ['No podemos reembolsar este pedido.']])('does not assure: %s', (t) =>
    expect(run('es', t).moves('assure')).toEqual([]),
  );

  it('vague promises', () => {
    expect(run('es', 'Le responderemos lo antes posible.').vague).toEqual(['le responderemos lo antes posible']);
    expect(run('es', 'Le escribiremos en las próximas 24 horas, lo antes posible.').vague).toEqual([]);
    expect(run('es', 'Hasta pronto.').vague).toEqual([]);
  });
});
