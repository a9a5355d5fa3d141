import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { fixAll, applyFixes } from '../server/src/engine/fix';
import { defaultConfig, mergeConfigs, type PartialConfig } from './tables-config';
import { deflectingRules } from '../server/src/engine/rules/deflecting';
import { DEFLECTING_CATEGORIES } from '../server/src/engine/lexicon/deflecting-types';
import { getLexicon } from '../server/src/engine/lexicon';
import { compileTable } from '../server/src/engine/match/deflecting';

const isDeflecting = (id: string) => id.startsWith('deflecting/');

function doc(locale: 'en' | 'es', body: string): string {
  return `---\nid: t\nlocale: ${locale}\n---\n\n${body}\n`;
}

function bodyOf(text: string): string {
  return text.slice(text.indexOf('---\n\n') + 5).replace(/\n$/, '');
}

function findings(locale: 'en' | 'es', body: string, config: PartialConfig = {}) {
  const text = doc(locale, body);
  return lint({ uri: 'macro.md', text }, mergeConfigs(defaultConfig(), config)).findings
    .filter((f) => isDeflecting(f.ruleId))
    .map((f) => ({ ...f, phrase: text.slice(f.range.start, f.range.end) }));
}

/** The reply after fix-all (safe fixes of the deflecting family only). */
function fixed(locale: 'en' | 'es', body: string, config: PartialConfig = {}): string {
  const r = fixAll({ uri: 'macro.md', text: doc(locale, body) }, mergeConfigs(defaultConfig(), config), { filter: (f) => isDeflecting(f.ruleId) });
  return bodyOf(r.text);
}

/** The reply after applying the `k`-th fix of the only finding. */
function withFix(locale: 'en' | 'es', body: string, k: number): string {
  const text = doc(locale, body);
  const fs = lint({ uri: 'macro.md', text }, defaultConfig()).findings.filter((f) => isDeflecting(f.ruleId));
  expect(fs).toHaveLength(1);
  return bodyOf(applyFixes(text, [fs[0].fixes[k]]).text);
}

describe('deflecting rules: metadata', () => {
  it('registers one rule per category, with messages and examples in both languages', () => {
    expect(deflectingRules.map((r) => r.meta.id)).toEqual(DEFLECTING_CATEGORIES.map((c) => `deflecting/${c}`));
    for (const r of deflectingRules) {
      expect(r.meta.family).toBe('deflecting');
      expect(r.meta.fixable).toBe(true);
      expect(r.meta.locales).toEqual(['en', 'es']);
      for (const l of ['en', 'es'] as const) {
        expect(r.meta.messages[l].found).toContain('{phrase}');
        expect(r.meta.description[l].length).toBeGreaterThan(10);
        expect(r.meta.rationale[l].length).toBeGreaterThan(40);
        expect(r.meta.example[l].bad).not.toBe(r.meta.example[l].good);
      }
    }
  });

  it('compiles each table once and reuses it', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const c of DEFLECTING_CATEGORIES) {
        const table = getLexicon(locale).deflecting[c];
        expect(table.entries.length).toBeGreaterThan(0);
        expect(compileTable(table)).toBe(compileTable(table));
      }
    }
  });

  it('reports the bad example of each rule, and not its good example', () => {
    for (const r of deflectingRules) {
      for (const l of ['en', 'es'] as const) {
        expect(findings(l, r.meta.example[l].bad).map((f) => f.ruleId)).toContain(r.meta.id);
        expect(findings(l, r.meta.example[l].good).map((f) => f.ruleId)).not.toContain(r.meta.id);
      }
    }
  });
});

describe('deflecting rules: findings sit on the phrase', () => {
  it('covers exactly the deflecting words', () => {
    expect(findings('en', 'Thanks for waiting. Per our policy, we cannot refund opened items.').map((f) => f.phrase)).toEqual(['Per our policy']);
    expect(findings('es', 'Hola Ana: diríjase a su banco, por favor.').map((f) => [f.ruleId, f.phrase])).toEqual([['deflecting/redirect', 'diríjase a su banco']]);
  });

  it('speaks the macro language in messages and fix titles', () => {
    const [en] = findings('en', 'We apologise for any inconvenience.');
    expect(en.message).toContain('We apologise for any inconvenience');
    // The reply names no problem: the only rewrite is a quick fix with a blank to fill.
    expect(en.fixes[0].title).toBe('Rewrite as "We\'re sorry for [describe what went wrong]"');
    expect(en.fixes[0].safe).toBe(false);
    const [es] = findings('es', 'Como ya le dije, el reembolso tarda cinco días.');
    expect(es.message).toMatch(/condescendiente/);
    expect(es.fixes[0].title).toBe('Quitar «Como ya le dije»');
  });

  it('reports one finding per category and sentence', () => {
    const fs = findings('en', 'Deliveries are handled by our courier partner, and delays on their side are outside our control.');
    expect(fs.map((f) => f.ruleId)).toEqual(['deflecting/blame-shifting']);
  });
});

describe('deflecting rules: rewrites', () => {
  it('matches the case of the original', () => {
    expect(fixed('en', 'SORRY, BUT WE CANNOT HELP.')).toBe('SORRY. WE CANNOT HELP.');
    expect(fixed('en', "I'm sorry for the wait, but the parcel left today.")).toBe("I'm sorry for the wait. The parcel left today.");
    expect(fixed('es', 'Lo sentimos, pero el paquete salió hoy.')).toBe('Lo sentimos. El paquete salió hoy.');
  });

  it('offers a redirect one quick fix with a tab stop: an offer with the steps, never "I\'ve asked X" or a promise to contact them', () => {
    for (const [l, body, offer] of [
      ['en', "You'll need to contact the courier.", 'We can walk you through contacting the courier: [describe the steps].'],
      ['en', 'Please call your GP surgery directly.', 'We can walk you through contacting your GP surgery: [describe the steps].'],
      ['en', 'You will have to call your bank to authorise it.', 'We can walk you through contacting your bank to authorise it: [describe the steps].'],
      ['es', 'Tendrá que llamar al transportista.', 'Le explicamos cómo contactar con el transportista: [describe los pasos].'],
      ['es', 'Debe contactar con Correos para reclamar.', 'Le explicamos cómo contactar con Correos para reclamar: [describe los pasos].'],
      ['es', 'Comuníquese con su banco para autorizar el cargo.', 'Le explicamos cómo contactar con su banco para autorizar el cargo: [describe los pasos].'],
      ['es', 'Tienes que contactar con tu banco.', 'Te explicamos cómo contactar con tu banco: [describe los pasos].'],
    ] as const) {
      const [f] = findings(l, body);
      expect(f.ruleId).toBe('deflecting/redirect');
      expect(f.fixes.map((x) => x.safe)).toEqual([false]);
      expect(withFix(l, body, 0)).toBe(offer);
      // The steps are a blank the agent fills (a snippet tab stop).
      const edit = f.fixes[0].edits[0];
      expect(edit.blanks?.map((b) => edit.text.slice(b.start, b.end))).toEqual([offer.slice(offer.indexOf('['), offer.indexOf(']') + 1)]);
      expect(fixed(l, body)).toBe(body);
      // Never a claim that someone was asked, nor the promise to act on the customer's behalf.
      expect(f.fixes.some((x) => /asked|pedido a|I'll contact|me encargo/i.test(x.title))).toBe(false);
    }
  });

  it('the redirect offer speaks in the reply\'s voice: "Veo que…, entiendo…" is I, so "Le explico"', () => {
    const body = 'Veo que su paquete no ha llegado y entiendo su enfado.\n\nTendrá que llamar al transportista para reclamar.';
    const f = findings('es', body).find((x) => x.ruleId === 'deflecting/redirect');
    expect(f?.fixes.map((x) => x.title)).toEqual(['Cambiar por «Le explico cómo contactar con el transportista para reclamar: [desc…»']);
  });

  it('"Qué" and "así" are not first-person verbs: a team reply keeps "we" in its redirect offer', () => {
    const body = 'Qué bajón que la licuadora haya dejado de andar. La falla es de fábrica, así que le corresponde al fabricante y no a nosotros. Tenés que comunicarte con el servicio técnico oficial al 0800-555-1234.';
    const f = findings('es', body).find((x) => x.ruleId === 'deflecting/redirect');
    expect(f?.fixes.map((x) => x.title)).toEqual(['Cambiar por «Te explicamos cómo contactar con el servicio técnico oficial al 080…»']);
  });

  it('rebuilds a conditional apology as a quick fix: hedges and "you feel" go, the table\'s "that" swap stays second', () => {
    for (const [body, rebuilt] of [
      ['Sorry if this caused you any concern.', 'Sorry this caused you concern.'],
      ['We apologize if the delay has caused you any concern.', 'We apologize that the delay caused you concern.'],
      ["We're sorry if you feel the product didn't meet your expectations.", "We're sorry the product didn't meet your expectations."],
    ] as const) {
      const f = findings('en', body).find((x) => x.ruleId === 'deflecting/non-apology')!;
      expect(f.fixes.map((x) => x.safe)).toEqual([false, false]);
      expect(withFix('en', body, 0)).toBe(rebuilt);
      expect(fixed('en', body)).toBe(body);
    }
    // Nothing to state ("that way"), or no apology verb to rebuild on ("Apologies if…"): no rebuilt offer.
    for (const body of ["We're sorry if you feel that way.", 'Apologies if our last reply came across as unhelpful.']) {
      const f = findings('en', body).find((x) => x.ruleId === 'deflecting/non-apology')!;
      expect(f.fixes.some((x) => /Rewrite as "(?:We're sorry|Apologies) (?!for|that)/.test(x.title))).toBe(false);
    }
  });

  it('offers no redirect rewrite when the customer is sent to do a task there (a claim, a dispute, a warranty)', () => {
    for (const [l, body] of [
      ['es', 'Puede abrir una reclamación al vendedor desde Mis pedidos.'],
      ['es', 'Lleve la reclamación de garantía directamente al fabricante.'],
      ['en', 'You will need to raise a claim with the courier.'],
      ['en', 'Please open a dispute with the seller.'],
    ] as const) {
      const f = findings(l, body).find((x) => x.ruleId === 'deflecting/redirect');
      expect(f, body).toBeDefined();
      expect(f!.fixes).toEqual([]);
    }
  });

  it('offers no redirect rewrite when the sentence goes on after the destination with more than a purpose', () => {
    const [f] = findings('es', 'Acérquese a una de nuestras oficinas con su DNI.');
    expect(f.ruleId).toBe('deflecting/redirect');
    expect(f.fixes).toEqual([]);
  });

  it('offers no rewrite that puts a named party\'s fault on the team', () => {
    const [f] = findings('en', 'The courier lost your parcel.');
    expect(f.ruleId).toBe('deflecting/blame-shifting');
    expect(f.fixes).toEqual([]);
  });

  it('offers a clause-long replacement only over a whole clause', () => {
    // "Please calm down." is the whole sentence: the clause can be replaced.
    expect(withFix('en', 'Please calm down.', 0)).toBe('I understand how frustrating this is.');
    expect(withFix('en', "It's just a small delay, and your order leaves tomorrow.", 0)).toBe("This delay shouldn't have happened, and your order leaves tomorrow.");
    // Over part of a clause it would leave "…, por favor." or "I would ask you to I understand…".
    expect(findings('es', 'Cálmese, por favor.')[0].fixes).toEqual([]);
    expect(findings('en', 'I would ask you to remain calm and keep a respectful tone.').flatMap((f) => f.fixes).filter((x) => /frustrating/.test(x.title))).toEqual([]);
  });

  it('minimizing: apologises for the problem the minimiser shrank, and never leaves a curt "it\'s a delay"', () => {
    const [m] = findings('en', "It's just a small delay with the warehouse.");
    expect(m.fixes.map((x) => [x.title, x.safe])).toEqual([['Rewrite as "We\'re sorry for the delay"', false]]);
    expect(withFix('en', "It's just a small delay with the warehouse.", 0)).toBe("We're sorry for the delay with the warehouse.");
    expect(fixed('en', "It's just a small delay with the warehouse.")).toBe("It's just a small delay with the warehouse.");
    // A clause joined after it keeps what it says: only the clause rewrite is offered.
    expect(findings('en', "It's just a small delay, and your order leaves tomorrow.")[0].fixes.map((x) => x.title)).toEqual(['Rewrite as "This delay shouldn\'t have happened"']);
    expect(withFix('es', 'Solo es un pequeño retraso del almacén de Madrid.', 0)).toBe('Sentimos el retraso del almacén de Madrid.');
    expect(withFix('es', 'Es solo una pequeña demora.', 0)).toBe('Sentimos la demora.');
    // "es solo un pequeño retraso" never becomes "es un retraso", however long the clause.
    for (const body of ['Es solo una pequeña demora.', 'Solo es un pequeño retraso del almacén de Madrid.', 'Le informamos de que es solo un pequeño retraso.']) {
      expect(findings('es', body)[0].fixes.filter((x) => /«Es un|«es un|«Es una/.test(x.title))).toEqual([]);
    }
    expect(findings('en', 'We can confirm that it is just a small delay.')[0].fixes.filter((x) => /"(?:it|It) is a delay"/.test(x.title))).toEqual([]);
  });

  it('names the problem of a stock apology only in a quick fix (a guess is not proven)', () => {
    const [f] = findings('en', 'I can see your parcel is late. We apologise for any inconvenience.');
    expect(f.fixes.map((x) => [x.title, x.safe])).toEqual([
      ['Rewrite as "We\'re sorry for the delay"', false],
      ['Rewrite as "We\'re sorry for [describe what went wrong]"', false],
    ]);
  });

  it('names no problem a hedge only supposes, nor one its own sentence already names', () => {
    // "might be delayed": the reply does not establish a delay, so "Sorry for the delay" would state one.
    const [hedged] = findings('en', 'Due to bad weather, the shipping time might be delayed. Sorry for the inconvenience caused.').filter((x) => x.ruleId === 'deflecting/non-apology');
    expect(hedged.fixes.map((x) => x.title)).toEqual(['Rewrite as "Sorry for [describe what went wrong]"']);
    const [esHedged] = findings('es', 'Es posible que su pedido llegue con retraso. Lamentamos las molestias ocasionadas.').filter((x) => x.ruleId === 'deflecting/non-apology');
    expect(esHedged.fixes.some((x) => /retraso/.test(x.title))).toBe(false);
    // "Sorry for the missing item, missing parcels can occur…" would say it twice.
    const [same] = findings('en', 'Apologies for the inconvenience, missing parcels can occasionally occur with the regular service.').filter((x) => x.ruleId === 'deflecting/non-apology');
    expect(same.fixes.some((x) => /missing item/.test(x.title))).toBe(false);
  });

  it('apology-but: ends the apology only as a quick fix when what follows is still the excuse, or the apology is conditional', () => {
    for (const [l, body, split] of [
      ['en', "I'm sorry the reminders stopped, but you need to reinstall the app first.", "I'm sorry the reminders stopped. You need to reinstall the app first."],
      ['en', "We're sorry you missed your events. However, this is an issue with your phone's settings.", "We're sorry you missed your events. This is an issue with your phone's settings."],
      ['en', "I'm sorry for the slow reply, but I'm the only one on the team this week.", "I'm sorry for the slow reply. I'm the only one on the team this week."],
      ['en', 'Apologies if the reminders seem late, but the schedule syncs once an hour.', 'Apologies if the reminders seem late. The schedule syncs once an hour.'],
      ['es', 'Sentimos que los avisos hayan dejado de sonar, pero debe reinstalar la aplicación.', 'Sentimos que los avisos hayan dejado de sonar. Debe reinstalar la aplicación.'],
      ['es', 'Siento la demora en contestar, pero estoy solo en el equipo esta semana.', 'Siento la demora en contestar. Estoy solo en el equipo esta semana.'],
      ['es', 'Lo sentimos si los avisos llegan tarde, pero la agenda se sincroniza cada hora.', 'Lo sentimos si los avisos llegan tarde. La agenda se sincroniza cada hora.'],
    ] as const) {
      const [f] = findings(l, body).filter((x) => x.ruleId === 'deflecting/apology-but');
      expect(f.fixes.map((x) => x.safe)).toEqual([false]);
      expect(withFix(l, body, 0)).toBe(split);
      expect(fixed(l, body)).toBe(body);
    }
    // An apology ended before a plain fact stays safe.
    expect(fixed('en', "We're sorry your order is late, but the warehouse closed early on Friday.")).toBe("We're sorry your order is late. The warehouse closed early on Friday.");
  });

  it('removes a stock apology with its lead-in ("In the meantime, please accept…") when the reply already apologises', () => {
    const body = "I'm very sorry to hear that you received the wrong item. I have issued a full refund. In the meantime, please accept my sincere apologies for any inconvenience caused.";
    const [f] = findings('en', body).filter((x) => x.ruleId === 'deflecting/non-apology');
    expect(f.fixes[0].safe).toBe(true);
    expect(fixed('en', body)).toBe("I'm very sorry to hear that you received the wrong item. I have issued a full refund.");
  });

  it('removes a stock apology when the reply already apologises for what went wrong', () => {
    const body = "I'm sorry your lamp arrived broken. We've sent a new one today. We apologise for any inconvenience.";
    const [f] = findings('en', body).filter((x) => x.ruleId === 'deflecting/non-apology');
    expect(f.fixes[0].safe).toBe(true);
    expect(fixed('en', body)).toBe("I'm sorry your lamp arrived broken. We've sent a new one today.");
    const es = 'Siento mucho que la lámpara le llegara rota. Le enviamos otra hoy. Disculpe las molestias.';
    expect(fixed('es', es)).toBe('Siento mucho que la lámpara le llegara rota. Le enviamos otra hoy.');
  });

  it('deletes phrases cleanly: comma, spaces, capital letter', () => {
    expect(fixed('en', 'As I already said, the refund takes five days.')).toBe('The refund takes five days.');
    expect(fixed('en', 'The refund, as I said, takes five days.')).toBe('The refund takes five days.');
    expect(fixed('en', 'The refund takes five days, as per my last email.')).toBe('The refund takes five days.');
    expect(fixed('en', 'We cannot refund opened items as per company policy.')).toBe('We cannot refund opened items.');
    expect(fixed('en', "I'm sorry for the wait. However, the parcel left today.")).toBe("I'm sorry for the wait. The parcel left today.");
    expect(fixed('es', 'El reembolso llegará el viernes, como le indiqué anteriormente.')).toBe('El reembolso llegará el viernes.');
    expect(fixed('es', 'Según nuestra política, no aceptamos devoluciones.')).toBe('No aceptamos devoluciones.');
  });

  it('converges: the fixed text has no deflecting findings with safe fixes', () => {
    const replies: Array<['en' | 'es', string]> = [
      ['en', 'We are sorry, but the parcel left late. As I already said, the refund takes five days.'],
      ['es', 'Lo sentimos, pero el paquete salió tarde. Como ya le dije, el reembolso tarda cinco días.'],
      ['en', 'I can see your parcel is late. Sorry, but the courier is closed today. Per our policy, refunds take five days.'],
    ];
    for (const [l, body] of replies) {
      const out = fixed(l, body);
      expect(out).not.toBe(body);
      expect(findings(l, out).filter((f) => f.fixes.some((x) => x.safe !== false))).toEqual([]);
      expect(out).not.toMatch(/ {2}|\s[,.]|,,|^\p{Ll}/u);
    }
  });
});

describe('deflecting rules: placeholders are opaque', () => {
  it('keeps placeholders intact through fixes', () => {
    expect(fixed('en', 'Hi {{ticket.requester.first_name}}, per our policy, refunds take five days.')).toBe('Hi {{ticket.requester.first_name}}, refunds take five days.');
    expect(fixed('es', 'Hola [Nombre], según nuestra política, los reembolsos tardan cinco días.')).toBe('Hola [Nombre], los reembolsos tardan cinco días.');
    expect(fixed('en', 'As I said, {%customer.firstName,fallback=there%} the refund is on its way.')).toBe('{%customer.firstName,fallback=there%} the refund is on its way.');
  });

  it('never matches across a placeholder', () => {
    expect(findings('en', 'Please contact {{ticket.custom.courier}} directly.')).toEqual([]);
    expect(findings('en', 'Sorry for any {{dc.trouble}} inconvenience.').map((f) => f.ruleId)).toEqual([]);
    expect(findings('en', 'We are sorry, {{ticket.requester.first_name}} but it happens.').map((f) => f.ruleId)).not.toContain('deflecting/apology-but');
  });
});

describe('deflecting rules: guards keep good replies quiet', () => {
  const quiet: Array<['en' | 'es', string]> = [
    ['en', 'Just let me know if the new date works for you.'],
    ['en', "Sorry for the delay, but I've already refunded you."],
    ['en', "I'll contact the courier for you today."],
    ['en', 'Our policy lets me refund you in full.'],
    ['en', 'Under our policy you are entitled to a full refund.'],
    ["en", "It's not a small issue, and I know you needed it by Friday."],
    ['en', 'You said "calm down" was the worst thing to hear, and you are right.'],
    ['en', "You said 'calm down' was the worst thing to hear."],
    ['en', "This is not the courier's fault, it's ours."],
    ['en', 'You should have received a confirmation email by now.'],
    ['en', "That's our mistake, and I've refunded the fee."],
    ['en', "It wasn't caused by the courier; we packed the wrong box."],
    ['en', 'I was charged for a seat you didn\'t choose, so I refunded it.'],
    ['es', 'Lo siento, pero ya le he reembolsado el importe.'],
    ['es', 'Me pondré en contacto con la mensajería por usted.'],
    ['es', 'No fue culpa de la mensajería, sino nuestra.'],
    ['es', 'El paquete debió haber llegado ayer.'],
    ['es', 'Según nuestra política, tiene derecho a un reembolso completo.'],
    ['es', 'No es un problema pequeño y lo entiendo.'],
    ['es', 'Usted no hizo nada mal.'],
    ['es', 'Disculpe, pero ¿podría enviarme el número de pedido?'],
  ];
  for (const [l, body] of quiet) {
    it(`${l}: ${body}`, () => {
      expect(findings(l, body).map((f) => `${f.ruleId}: ${f.phrase}`)).toEqual([]);
    });
  }
});

describe('deflecting rules: phrasings beyond the examples', () => {
  // Fresh sentences, written for this test, across businesses.
  const cases: Array<['en' | 'es', string, string]> = [
    ['en', 'We regret any inconvenience caused.', 'non-apology'],
    ['en', 'Apologies for the trouble, however the booking system was down.', 'apology-but'],
    ['en', 'The payment provider declined the transfer, not us.', 'blame-shifting'],
    ['en', 'Unfortunately our hosting provider had an outage on Monday.', 'blame-shifting'],
    ['en', 'You must have entered the wrong card number.', 'customer-blame'],
    ['en', 'It is the cardholder\'s responsibility to report a lost card.', 'customer-blame'],
    ['en', 'According to section 4 of the rental agreement, the deposit is kept.', 'policy-shield'],
    ['en', "I'm afraid our hands are tied here.", 'policy-shield'],
    ['en', 'As previously stated, the engineer visits on Tuesday.', 'dismissive'],
    ['en', 'Please remain calm while we look into it.', 'dismissive'],
    ['en', 'The outage only affected a small number of users.', 'minimizing'],
    ['en', 'These things happen.', 'minimizing'],
    ['en', 'You will have to get in touch with the airline directly.', 'redirect'],
    ['en', 'Please raise a dispute with your card issuer.', 'redirect'],
    ['es', 'Sentimos los inconvenientes ocasionados.', 'non-apology'],
    ['es', 'Lamento lo ocurrido, no obstante el taller sigue cerrado.', 'apology-but'],
    ['es', 'El retraso se debe al proveedor de internet.', 'blame-shifting'],
    ['es', 'La plataforma de pago falló durante la compra.', 'blame-shifting'],
    ['es', 'Usted no revisó el correo de confirmación.', 'customer-blame'],
    ['es', 'Deberías haber guardado el justificante.', 'customer-blame'],
    ['es', 'De acuerdo con nuestros términos y condiciones, la fianza no se devuelve.', 'policy-shield'],
    ['es', 'Tenemos las manos atadas.', 'policy-shield'],
    ['es', 'Como te comenté en mi último correo, el técnico irá el martes.', 'dismissive'],
    ['es', 'Le ruego que se calme.', 'dismissive'],
    ['es', 'Son cosas que pasan.', 'minimizing'],
    ['es', 'Solo fueron un par de horas de retraso.', 'minimizing'],
    ['es', 'Tiene que llamar a la aerolínea directamente.', 'redirect'],
    ['es', 'Le recomendamos que reclame al vendedor.', 'redirect'],
  ];
  for (const [l, body, cat] of cases) {
    it(`${l}: ${body}`, () => {
      // A category folded into another on the same span (declared precedence) is still detected.
      expect(findings(l, body).flatMap((f) => [f.ruleId, ...(f.related ?? []).map((r) => r.ruleId)])).toContain(`deflecting/${cat}`);
    });
  }
});

describe('deflecting rules: user phrases', () => {
  const config: PartialConfig = {
    phrases: { en: { redirect: ['ask * warehouse team'], 'policy-shield': ['head office rules'] }, es: { dismissive: ['ya te lo * mil veces'] } },
  };

  it('reports user phrases with wildcards, in the locale they are configured for', () => {
    expect(findings('en', 'Please ask the warehouse team about it.', config).map((f) => [f.ruleId, f.phrase])).toEqual([['deflecting/redirect', 'ask the warehouse team']]);
    expect(findings('en', 'Sadly head office rules say no.', config).map((f) => f.ruleId)).toEqual(['deflecting/policy-shield']);
    expect(findings('es', 'Ya te lo he dicho mil veces.', config).map((f) => f.ruleId)).toEqual(['deflecting/dismissive']);
    expect(findings('es', 'Please ask the warehouse team about it.', config)).toEqual([]);
  });

  it('applies the category guards to user phrases and never crosses a placeholder', () => {
    expect(findings('en', 'We never say "head office rules" to customers.', config)).toEqual([]);
    expect(findings('en', 'Please ask {{agent.name}} warehouse team.', config)).toEqual([]);
  });
});

describe('byFirstLetter', () => {
  it('regroups alternatives without changing what matches', async () => {
    const { byFirstLetter } = await import('../server/src/engine/lexicon/deflecting-types');
    const src = '(?:courier(?: company)?|carrier|bank|(?:the )?driver|banks?|dhl)';
    const grouped = byFirstLetter(src);
    expect(grouped).not.toBe(src);
    for (const w of ['courier', 'courier company', 'carrier', 'bank', 'banks', 'the driver', 'driver', 'dhl', 'ups', 'cab']) {
      expect(new RegExp(`^${grouped}$`).test(w)).toBe(new RegExp(`^${src}$`).test(w));
    }
    // Two groups side by side are not one group: left alone.
    expect(byFirstLetter('(?:the |a )?(?:bank|card)')).toBe('(?:the |a )?(?:bank|card)');
  });
});

describe('deflecting rules: constructions without the stock verbs', () => {
  const ids = (locale: 'en' | 'es', body: string) => findings(locale, body).map((f) => f.ruleId);

  it('reads blame, customer blame, minimising, dismissal, redirects and policy shields in other words (en)', () => {
    expect(ids('en', 'The delay is down to the promoter, who has not sent the codes.')).toEqual(['deflecting/blame-shifting']);
    expect(ids('en', 'The breakage happens in the carrier depot, not in our packing room.')).toEqual(['deflecting/blame-shifting']);
    expect(ids('en', 'The upload failed because you didn\'t convert the file first.')).toEqual(['deflecting/customer-blame']);
    expect(ids('en', 'It was up to you to cancel before renewal.')).toEqual(['deflecting/customer-blame']);
    expect(ids('en', 'Honestly, nothing major was lost.')).toEqual(['deflecting/minimizing']);
    expect(ids('en', "We've been over this several times.")).toEqual(['deflecting/dismissive']);
    expect(ids('en', 'You\'ll want to speak to the manufacturer about the warranty.')).toEqual(['deflecting/redirect']);
    expect(ids('en', 'Under our hire terms, the deposit is kept.')).toEqual(['deflecting/policy-shield']);
    expect(ids('en', 'We apologise if the delay caused you any worry.')).toEqual(['deflecting/non-apology']);
  });

  it('reads the same constructions in Spanish', () => {
    expect(ids('es', 'El retraso viene de la aseguradora, que va atrasada.')).toEqual(['deflecting/blame-shifting']);
    expect(ids('es', 'La avería es cosa de la comunidad de propietarios, no nuestra.')).toEqual(['deflecting/blame-shifting']);
    expect(ids('es', 'Usted debió revisarlo antes de firmar.')).toEqual(['deflecting/customer-blame']);
    expect(ids('es', 'Tampoco es para tanto.')).toEqual(['deflecting/minimizing']);
    expect(ids('es', 'Insistir no va a cambiar nada.')).toEqual(['deflecting/dismissive']);
    expect(ids('es', 'Te sugiero comunicarte con tu banco.')).toEqual(['deflecting/redirect']);
    expect(ids('es', 'Conforme al reglamento del gimnasio, la cuota no se devuelve.')).toEqual(['deflecting/policy-shield']);
    expect(ids('es', 'Siento que no estés contento con el cambio.')).toEqual(['deflecting/non-apology']);
  });

  it('reports a policy cited mid-sentence after "but" when a refusal follows', () => {
    expect(ids('en', "We're sorry, but per our policy we can't refund the shipping cost.")).toEqual(['deflecting/apology-but', 'deflecting/policy-shield']);
    expect(ids('en', 'Per our policy we can refund the shipping cost in full.')).toEqual([]);
  });

  it('stays quiet on ownership, neutral facts and plain apologies', () => {
    for (const [locale, body] of [
      ['en', "There's nothing we can do about the storm, but I've rebooked you."],
      ['en', 'Your refund is handled by a separate team; I have sent it to them.'],
      ['en', 'I apologize for the confusion about the dates.'],
      ['en', "That email didn't come from us, so please delete it."],
      ['en', "The courier lost it, and that's on us."],
      ['en', 'You chose us for your wedding and we let you down.'],
      ['es', 'No podemos hacer nada más con la tormenta, pero le he cambiado el vuelo.'],
      ['es', 'El asistente se equivocó, no usted.'],
      ['es', 'Ese mensaje no viene de nosotros.'],
      ['es', 'Es completamente normal que esté enfadado.'],
    ] as const) {
      expect(ids(locale, body), body).toEqual([]);
    }
  });
});

describe('deflecting/dismissive and anger-type on an "anger: during" reply', () => {
  const during = (locale: 'en' | 'es', body: string, config: PartialConfig = {}) => {
    const text = `---\nid: t\nlocale: ${locale}\nanger: during\n---\n\n${body}\n`;
    return lint({ uri: 'macro.md', text }, mergeConfigs(defaultConfig(), config)).findings
      .filter((f) => f.ruleId === 'anger-type' || f.ruleId === 'deflecting/dismissive')
      .map((f) => f.ruleId);
  };

  it('reports an "as I said" phrase once, as the anger-type check', () => {
    expect(during('en', 'As I already said, the refund takes five days.')).toEqual(['anger-type']);
    expect(during('es', 'Como ya le dije, el reembolso tarda cinco días.')).toEqual(['anger-type']);
  });

  it('keeps the dismissive finding when anger-type is off, and for phrases anger-type does not check', () => {
    expect(during('en', 'As I already said, the refund takes five days.', { rules: { 'anger-type': { severity: 'off' } } })).toEqual(['deflecting/dismissive']);
    expect(during('en', 'Please calm down, the refund takes five days.')).toEqual(['deflecting/dismissive']);
  });
});
