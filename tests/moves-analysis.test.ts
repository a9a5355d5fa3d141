import { describe, expect, it } from 'vitest';
import { FileSpan, ReplyText } from '../server/src/engine/text';
import { analyze } from '../server/src/engine/analysis';
import { getLexicon } from '../server/src/engine/lexicon';
import type { Locale, Move } from '../server/src/engine/types';

function run(locale: Locale, text: string) {
  const reply = new ReplyText([new FileSpan(text, 0, text.length, '\n')]);
  const a = analyze(reply, getLexicon(locale), locale, false);
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

describe('moves analysis: constructions beyond stock cues', () => {
  it.each([
    ['en', 'Your kettle arrived with a cracked lid after a two-week wait.'],
    ['en', 'Your connection has been dropping every night since Tuesday.'],
    ['en', 'You were billed for an add-on you never selected.'],
    ['en', 'You asked for the blue sofa and got the grey one.'],
    ['es', 'Tu lámpara llegó con la pantalla rota.'],
    ['es', 'Ya vi que el instalador no se presentó el jueves.'],
    ['es', 'Lleváis tres días sin agua caliente.'],
  ] as const)('acknowledges by retelling (%s): %s', (l, t) => expect(run(l, t).moves('acknowledge').length).toBeGreaterThan(0));

  it.each([
    ['en', 'Your claim was declined because you failed to send the receipt.'],
    ['en', 'Deliveries are only a couple of days late.'],
    ['en', "I'm sorry you're unhappy with the result."],
    ['es', 'Su reserva llegó tarde porque usted no confirmó el pago.'],
    ['es', 'Siento que no estés contento con la reparación.'],
  ] as const)('does not acknowledge (%s): %s', (l, t) => expect(run(l, t).moves('acknowledge')).toEqual([]));

  it.each([
    ['en', "That's a mistake on our end."],
    ['en', "That's a poor way to treat a loyal customer."],
    ['en', 'You paid for it, you should have it.'],
    ['en', 'No wonder you are fed up.'],
    ['es', 'No es para menos.'],
    ['es', 'No debió ocurrir.'],
    ['es', 'Tenés toda la razón.'],
  ] as const)('aligns (%s): %s', (l, t) => expect(run(l, t).moves('align').length).toBeGreaterThan(0));

  it.each([
    ['en', "I've reprinted the poster and sent it by courier."],
    ['en', 'We reissued the tickets this morning.'],
    ['en', 'Our security team has now unblocked your card.'],
    ['es', 'Ya le devolvimos el importe.'],
    ['es', 'Se lo hemos vuelto a enviar hoy.'],
    ['es', 'Anoche restauramos tus copias de seguridad.'],
    ['es', 'Nuestro equipo ya ha desbloqueado su cuenta.'],
  ] as const)('assures with a completed action (%s): %s', (l, t) => expect(run(l, t).moves('assure').length).toBeGreaterThan(0));

  it.each([
    ['en', 'Please send us your reference so we can sort this out.'],
    ['en', 'Access will be restored automatically after 24 hours.'],
    ['en', 'Your order is now on its way.'],
    ['es', 'La fecha de cobro no la vamos a cambiar.'],
    ['es', 'Su pedido ya está en camino.'],
    ['es', 'Esto ya lo hemos hablado.'],
  ] as const)('does not assure (%s): %s', (l, t) => expect(run(l, t).moves('assure')).toEqual([]));

  it.each([
    ['en', "We'll keep you posted."],
    ['en', "We'll let you know if anything changes."],
    ['en', 'Your case has been escalated to a senior manager.'],
    ['es', 'Lo estamos revisando.'],
    ['es', 'El equipo ya está trabajando en ello.'],
    ['es', 'Ya pasé su caso al área correspondiente.'],
  ] as const)('vague promises (%s): %s', (l, t) => expect(run(l, t).vague.length).toBeGreaterThan(0));

  it('single inflated apologies and generic acknowledgements', () => {
    expect(run('en', 'We are beyond sorry that your cake arrived crushed.').a.inflated).toHaveLength(1);
    expect(run('en', "I can see why you're frustrated.").generic).toHaveLength(1);
    expect(run('es', 'Entendemos su molestia.').generic).toHaveLength(1);
  });
});

describe('moves analysis: constructions from real replies (dev3 round)', () => {
  it.each([
    ['en', "I'm sorry the boiler we fitted has stopped heating again."],
    ['en', "Sorry the voucher you were promised still isn't on your account."],
    ['en', "I'm sorry it took four weeks to process your claim."],
    ['en', 'Your suitcase has been marked as lost by the airport.'],
    ['en', 'The refund went to your old card.'],
    ['es', '¡Qué macana que el pedido te haya llegado incompleto!'],
    ['es', 'Su envío fue reportado como extraviado.'],
    ['es', 'Sé que ayer estuviste toda la tarde sin poder trabajar.'],
    ['es', 'Perdona, no te lo aclaré bien.'],
    ['es', 'Te mandamos la misma plantilla en lugar de responder a tu consulta.'],
  ] as const)('acknowledges (%s): %s', (l, t) => expect(run(l, t).moves('acknowledge').length).toBeGreaterThan(0));

  it.each([
    ['en', "I'm sorry the answer isn't what you hoped for."],
    ['en', 'If your parcel is lost, please let us know.'],
    ['en', 'We regret that you feel the course fell short.'],
    ['en', "I'm not sure why this is confusing."],
    ['en', 'Your application could not be processed.'],
    ['es', 'Si su paquete queda retenido en aduanas, avísenos.'],
  ] as const)('does not acknowledge (%s): %s', (l, t) => expect(run(l, t).moves('acknowledge')).toEqual([]));

  it.each([
    ['en', 'You did nothing wrong.'],
    ['en', 'You did everything right.'],
    ['en', 'It was a glitch on our side.'],
    ['en', 'The responsibility lies with us.'],
    ['en', "That's fair criticism."],
    ['en', 'It looks minor, but you rely on it, so it matters.'],
    ["en", "That's a real error, not a minor hiccup."],
    ['es', 'Eso es cosa nuestra, no algo que hicieras mal.'],
    ['es', 'Tú no hiciste nada mal.'],
    ['es', 'Lo hiciste todo bien.'],
    ['es', 'Hizo muy bien en avisarnos.'],
    ['es', 'Fue un fallo de nuestro lado.'],
    ['es', 'Parece poca cosa, pero sí importa.'],
    ['es', 'No es lo que cabría esperar de un equipo nuevo.'],
    ['es', 'No tendría que haber mandado los papeles dos veces.'],
  ] as const)('aligns (%s): %s', (l, t) => expect(run(l, t).moves('align').length).toBeGreaterThan(0));

  it.each([
    ['en', "It's not a bug on our side."],
    ['en', "It doesn't really matter."],
    ['es', 'No es cosa nuestra.'],
    ['es', 'No es un error de nuestra parte.'],
    ['es', 'Usted debería haber enviado el formulario.'],
  ] as const)('does not align (%s): %s', (l, t) => expect(run(l, t).moves('align')).toEqual([]));

  it.each([
    ['en', 'A replacement was dispatched this morning.'],
    ["en", "I've appointed an engineer for Tuesday."],
    ['en', "I've restarted the sync."],
    ['en', "I've told the installer to arrive after 9am."],
    ['en', "I'll be on site on Monday to check."],
    ['en', 'Our technician will call you tomorrow.'],
    ['es', 'Ya he validado tus documentos.'],
    ['es', 'Ya le indiqué al técnico que vaya el lunes.'],
    ['es', 'Mañana te paso el presupuesto.'],
    ['es', 'El jueves voy a estar en la oficina para revisarlo.'],
  ] as const)('assures (%s): %s', (l, t) => expect(run(l, t).moves('assure').length).toBeGreaterThan(0));

  it.each([
    ['en', 'The courier will deliver on Monday.'],
    ["en", "I've told you this already."],
    ['es', 'Le informamos de que el plazo ha vencido.'],
    ['es', 'Le ofrecemos una disculpa por la demora.'],
    ['es', 'Te lo dejo informado.'],
    ['es', 'Como ya le indiqué, no es posible.'],
  ] as const)('does not assure (%s): %s', (l, t) => expect(run(l, t).moves('assure')).toEqual([]));

  it.each([
    ['en', "We'll keep you updated as we learn more."],
    ['en', "I've passed your comments to the relevant team."],
    ['en', 'The billing issue is being handled by finance.'],
    ['es', 'Le daremos seguimiento.'],
    ['es', 'Os mantendremos informados.'],
    ['es', 'Lo está viendo el equipo técnico.'],
  ] as const)('vague promises (%s): %s', (l, t) => expect(run(l, t).vague.length).toBeGreaterThan(0));

  it('generic acknowledgements without a problem, and plain strong apologies', () => {
    expect(run('en', "I appreciate that you're upset, but this is final.").generic).toHaveLength(1);
    expect(run('en', 'We understand that a late refund can be stressful.').generic).toHaveLength(1);
    expect(run('en', "I understand you're upset that your order arrived broken.").generic).toEqual([]);
    expect(run('es', 'Entiendo que estés molesto, pero no podemos hacer más.').generic).toHaveLength(1);
    expect(run('es', 'Siento muchísimo que tu pedido llegara roto.').a.inflated).toEqual([]);
    expect(run('es', 'Lo siento muchísimo, de verdad.').a.inflated).toHaveLength(1);
  });
});
