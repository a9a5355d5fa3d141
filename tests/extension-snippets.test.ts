/**
 * The snippets of the VS Code extension: they parse, their prefixes are the documented ones, and every
 * skeleton, with its tab stops filled by realistic text, lints clean with the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { defaultConfig } from '../server/src/engine/config';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}
type Kind = 'before' | 'during' | 'after' | 'report';
type Loc = 'en' | 'es';

const load = (format: 'markdown' | 'yaml') =>
  JSON.parse(readFileSync(new URL(`../snippets/${format}.json`, import.meta.url), 'utf8')) as Record<string, Snippet>;
const FILES = { markdown: load('markdown'), yaml: load('yaml') };

const PREFIXES: Record<Loc, Record<Kind, string>> = {
  en: { before: 'macro-before', during: 'macro-during', after: 'macro-after', report: 'macro-report' },
  es: { before: 'macro-antes', during: 'macro-durante', after: 'macro-despues', report: 'macro-informe' },
};

/** A tab stop `$1`, `${1}` or `${1:default}` (defaults here never contain braces or `$`). */
const TAB_STOP = /\$(\d+)|\$\{(\d+)(?::([^{}$]*))?\}/g;

/** Checks snippet syntax: every `$` opens a tab stop, braces balance, no variables or choices. */
function checkSyntax(body: string): string[] {
  const problems: string[] = [];
  const stripped = body.replace(TAB_STOP, '');
  if (/\$/.test(stripped.replace(/\\\$/g, ''))) problems.push('a "$" that is not a tab stop');
  return problems;
}

/** The body with tab stops replaced by `fill[n]` (or removed for $0). */
function expand(body: string, fill: Record<number, string>): string {
  return body.replace(TAB_STOP, (_m, a: string | undefined, b: string | undefined) => {
    const n = Number(a ?? b);
    if (n === 0) return '';
    const text = fill[n];
    if (text === undefined) throw new Error(`no fill for tab stop ${n}`);
    return text;
  });
}

const META: Record<Loc, Record<Kind, Record<1 | 2 | 3, string>>> = {
  en: {
    before: { 1: 'late-delivery-apology', 2: 'Order arrived late', 3: 'shipping' },
    during: { 1: 'chat-wrong-instructions', 2: 'Wrong instructions in chat', 3: 'chat' },
    after: { 1: 'refund-missing-again', 2: 'Refund still missing', 3: 'billing' },
    report: { 1: 'double-charge-report', 2: 'Why you were charged twice', 3: 'incident' },
  },
  es: {
    before: { 1: 'pedido-retrasado', 2: 'El pedido llegó tarde', 3: 'envios' },
    during: { 1: 'instrucciones-erroneas-chat', 2: 'Instrucciones erróneas en el chat', 3: 'chat' },
    after: { 1: 'reembolso-pendiente-otra-vez', 2: 'El reembolso sigue sin llegar', 3: 'facturacion' },
    report: { 1: 'informe-cobro-doble', 2: 'Por qué te cobramos dos veces', 3: 'incidencia' },
  },
};

/** What an agent would write in each section, per snippet. */
const SECTIONS: Record<Loc, Record<Kind, string[]>> = {
  en: {
    before: [
      "I can see your order #4821 still hasn't arrived after ten days, and you've had to chase us twice to get an answer.",
      "You're right to be frustrated: this shouldn't have happened, and it's not the experience we want you to have.",
      "I've asked our warehouse to send a replacement by express today, and I'll email you the tracking number by 5 pm.",
    ],
    during: [
      "I'm sorry I gave you the wrong instructions earlier and made you repeat your account details three times in this chat.",
      "It's completely understandable that you're fed up with how this conversation has gone.",
      "I've corrected the billing address on your account myself, and I'll send you the updated invoice by email within the hour.",
    ],
    after: [
      "I'm sorry the refund I promised last week never reached your account, and that you had to write to us again to find out.",
      "You're right: this shouldn't have happened, and we let you down after telling you it was sorted.",
      "That one is on us, so I've issued the refund again myself and I'll check with you on Thursday by 12:00 to confirm it has arrived. I've also added a 20 € credit to your account for the trouble.",
    ],
    report: [
      'On 3 March between 09:00 and 14:00 we charged some orders twice at checkout.',
      'Your order #5531 was charged twice, so 48 € left your account that never should have.',
      'A change we released that morning sent each payment confirmation twice, and our tests did not catch it.',
      "You're right to expect better: this shouldn't have happened, and I'm sorry we let you down.",
      "We rolled the change back at 14:05, and I've refunded the duplicate charge to your card today.",
      'Every payment change now runs against a test order before we release it.',
      "I've added a 10 € credit to your account; there is nothing you need to do.",
      "I'll email you by Friday at 12:00 to confirm the refund has reached your account.",
    ],
  },
  es: {
    before: [
      'Entiendo que llevas diez días esperando tu pedido 4821 y que has tenido que escribirnos dos veces para tener respuesta.',
      'Tienes toda la razón en estar molesto: esto no debería haber pasado.',
      'He pedido a nuestro almacén que te envíe hoy un pedido nuevo por mensajería urgente y te mandaré el número de seguimiento antes de las 17:00.',
    ],
    during: [
      'Lamento haberte dado instrucciones equivocadas y haberte hecho repetir tus datos tres veces en este chat.',
      'Es totalmente comprensible que estés harto de cómo ha ido esta conversación.',
      'He corregido yo mismo la dirección de facturación y te enviaré la factura actualizada por correo en la próxima hora.',
    ],
    after: [
      'Lamento que el reembolso que te prometimos la semana pasada nunca llegara y que hayas tenido que escribirnos otra vez.',
      'Tienes toda la razón: esto no debería haber pasado y te fallamos después de decirte que estaba resuelto.',
      'Es responsabilidad nuestra, así que he emitido yo mismo el reembolso de nuevo y te escribiré el jueves antes de las 12:00 para confirmar que lo has recibido. También te he añadido un crédito de 20 € en tu cuenta.',
    ],
    report: [
      'El 3 de marzo, entre las 09:00 y las 14:00, cobramos dos veces algunos pedidos al pagar.',
      'Tu pedido 5531 se cobró dos veces, así que salieron de tu cuenta 48 € que nunca deberían haber salido.',
      'Un cambio que publicamos esa mañana enviaba dos veces cada confirmación de pago y nuestras pruebas no lo detectaron.',
      'Tienes toda la razón: esto no debería haber pasado y te fallamos; lo siento.',
      'Deshicimos el cambio a las 14:05 y hoy he devuelto el cargo duplicado a tu tarjeta.',
      'Ahora cada cambio en los pagos se prueba con un pedido de prueba antes de publicarlo.',
      'Te he añadido un crédito de 10 € en tu cuenta; no tienes que hacer nada.',
      'Te escribiré el viernes antes de las 12:00 para confirmar que el reembolso ha llegado a tu cuenta.',
    ],
  },
};

function fillFor(loc: Loc, kind: Kind): Record<number, string> {
  const fill: Record<number, string> = { ...META[loc][kind] };
  SECTIONS[loc][kind].forEach((text, i) => (fill[4 + i] = text));
  return fill;
}

function find(format: 'markdown' | 'yaml', prefix: string): Snippet {
  const found = Object.values(FILES[format]).filter((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(prefix));
  expect(found, `${format} snippet ${prefix}`).toHaveLength(1);
  return found[0];
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('snippets', () => {
  it.each(['markdown', 'yaml'] as const)('%s: exactly the documented prefixes, each once', (format) => {
    const prefixes = Object.values(FILES[format]).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    expect(prefixes.sort()).toEqual(Object.values(PREFIXES).flatMap((p) => Object.values(p)).sort());
    for (const s of Object.values(FILES[format])) expect(s.description.length).toBeGreaterThan(20);
  });

  const cases = (['markdown', 'yaml'] as const).flatMap((format) =>
    (['en', 'es'] as const).flatMap((loc) => (['before', 'during', 'after', 'report'] as const).map((kind) => ({ format, loc, kind }))),
  );

  it.each(cases)('$format $loc $kind: valid snippet syntax, sections in order, guidance in every tab stop', ({ format, loc, kind }) => {
    const body = bodyOf(find(format, PREFIXES[loc][kind]));
    expect(checkSyntax(body)).toEqual([]);
    expect(body).toMatch(/\$0/);
    const stops = [...body.matchAll(TAB_STOP)].map((m) => ({ n: Number(m[1] ?? m[2]), text: m[3] }));
    const numbers = stops.map((s) => s.n).filter((n) => n > 0);
    expect(new Set(numbers).size, 'each tab stop appears once').toBe(numbers.length);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Section stops carry guidance a person can follow, not a bare word.
    for (const s of stops.filter((x) => x.n >= 4)) expect(s.text?.split(' ').length ?? 0).toBeGreaterThanOrEqual(6);
    const names = loc === 'en' ? ['acknowledge', 'align', 'assure'] : ['reconocer', 'alinear', 'asegurar'];
    const at = names.map((n) => body.toLowerCase().search(format === 'markdown' ? new RegExp(`^## ${n}$`, 'm') : new RegExp(`^  ${n}: \\|$`, 'm')));
    expect(at.every((i) => i >= 0), `${names.join(', ')} present`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).toMatch(new RegExp(`anger: ${kind === 'report' ? 'after' : kind}\\b`));
    expect(body).toMatch(new RegExp(`locale: ${loc}\\b`));
  });

  it.each(cases.filter((c) => c.kind !== 'report'))('$format $loc $kind: the guidance speaks to this kind of customer', ({ format, loc, kind }) => {
    const text = bodyOf(find(format, PREFIXES[loc][kind])).toLowerCase();
    const expectations: Record<Loc, Record<Exclude<Kind, 'report'>, RegExp[]>> = {
      en: { before: [/already went wrong/, /in their words/], during: [/our part/, /never "as i said"/], after: [/earlier failure/, /follow-up time/, /goodwill/] },
      es: { before: [/ya salió mal/, /con tus palabras/], during: [/nuestra parte/, /nunca "como ya le dije"/], after: [/fallo anterior/, /hora de seguimiento/, /buena voluntad/] },
    };
    for (const re of expectations[loc][kind as Exclude<Kind, 'report'>]) expect(text).toMatch(re);
  });

  it.each(['markdown', 'yaml'] as const)('%s: the fact reports cover the seven parts of seed 001', (format) => {
    const en = bodyOf(find(format, 'macro-report')).toLowerCase();
    for (const part of ['what happened', 'impact', 'cause', 'what we did', 'what changes', 'compensation', 'next update']) expect(en).toContain(part);
    const es = bodyOf(find(format, 'macro-informe')).toLowerCase();
    for (const part of ['qué pasó', 'cómo te afectó', 'causa', 'qué hicimos', 'qué cambia', 'compensación', 'próxima actualización']) expect(es).toContain(part);
  });

  it.each(cases)('$format $loc $kind: filled in, it lints clean', ({ format, loc, kind }) => {
    const body = expand(bodyOf(find(format, PREFIXES[loc][kind])), fillFor(loc, kind));
    // The "New macro" command wraps a YAML item in a `macros:` library the same way.
    const text = format === 'markdown' ? body : `macros:\n  ${body.replace(/\n/g, '\n  ')}`;
    const uri = `file:///library/macros/${kind}.${loc}.${format === 'markdown' ? 'md' : 'yaml'}`;
    const { findings } = lint({ uri, text }, defaultConfig());
    expect(findings.map((f) => `${f.ruleId}: ${f.message} «${text.slice(f.range.start, f.range.end)}»`)).toEqual([]);
  });
});
