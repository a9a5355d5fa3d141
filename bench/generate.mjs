// Deterministic generator of a large macro library for the benchmark (and the reliability tests):
// N Markdown macros (English and Spanish, good and flawed, plain and sectioned) and one YAML
// library of M macros using every scalar style.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small seeded PRNG (mulberry32) so every run writes the same library. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = {
  en: {
    greet: ['Hi {{ticket.requester.first_name}},', 'Hello {%customer.firstName,fallback=there%},', 'Hi {{first_name | fallback: "there"}},', 'Dear {customer_name},'],
    ack: [
      'I can see your order {{ticket.external_id}} still hasn\'t arrived, a week after it was due.',
      'That sounds really stressful, especially with the move planned for Saturday.',
      'I\'m sorry you\'ve had to chase us three times about the same invoice.',
      'I understand your frustration.',
      'I can see the app logged you out twice during the checkout yesterday.',
    ],
    align: [
      'You\'re right: this shouldn\'t have happened.',
      'That\'s not the experience we want you to have.',
      'It\'s completely understandable that you want this fixed today.',
    ],
    assure: [
      'I\'ve issued a full refund this morning and I\'ll confirm by email once it clears, by Friday at the latest.',
      'I\'ll update you by 5 pm tomorrow with the new delivery date.',
      'I\'m checking with our warehouse what went wrong and will call you before noon.',
      'We\'ll look into it as soon as possible.',
    ],
    flaw: [
      'We\'re sorry, but the delay was caused by the courier.',
      'Sorry for any inconvenience this may have caused.',
      'Per our policy, refunds take 30 days.',
      'You\'ll need to contact the courier to file a claim.',
      'As I already said, you should have checked the address.',
      'It\'s just a small delay, please calm down.',
      'We deeply and sincerely apologise. Again, we are so sorry. Our apologies once more.',
    ],
    sign: ['Best,\n{{current_user.first_name}}', 'Thanks,\nThe Support Team', 'Kind regards,\n{{current_user.name}}'],
    heads: ['Acknowledge', 'Align', 'Assure'],
  },
  es: {
    greet: ['Hola, {{ticket.requester.first_name}}:', 'Hola {%customer.firstName,fallback=%}:', 'Estimado/a [Nombre]:'],
    ack: [
      'Entiendo que llevas una semana esperando el pedido {{ticket.external_id}}.',
      'Lamento que hayas tenido que esperar tanto para recibir una respuesta.',
      'Veo que el cargo aparece dos veces en su extracto.',
      'Entiendo su frustración.',
    ],
    align: ['Tienes toda la razón.', 'Esto no debería haber pasado.', 'Es totalmente comprensible que esté molesto.'],
    assure: [
      'Me encargaré de que el reembolso salga hoy y te escribiré mañana antes de las 12.',
      'Hemos reembolsado el importe esta mañana; le confirmaré el viernes que lo ha recibido.',
      'Lo revisaremos lo antes posible.',
    ],
    flaw: [
      'Disculpe las molestias.',
      'Lo sentimos, pero el retraso es culpa de la empresa de mensajería.',
      'Según nuestra política, no podemos devolver el importe.',
      'Debe contactar con su banco para más información.',
      'Como ya le dije, usted se equivocó al escribir la dirección.',
      'Cálmese, no es para tanto.',
    ],
    sign: ['Un saludo,\n{{current_user.first_name}}', 'Gracias,\nEl equipo de soporte'],
    heads: ['Reconocer', 'Alinear', 'Asegurar'],
  },
};

const ANGER = ['before', 'during', 'after', 'none'];
const PAD = {
  en: 'We have checked the shipment history and the notes from your previous conversations with our team.',
  es: 'Hemos revisado el historial del envío y las notas de sus conversaciones anteriores con nuestro equipo.',
};
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** One reply's parts: greeting, acknowledge, align, assure (each possibly missing), flaws, sign-off. */
export function reply(r, locale) {
  const p = PARTS[locale];
  const has = (q) => r() < q;
  return {
    greet: pick(r, p.greet),
    ack: has(0.8) ? pick(r, p.ack) : '',
    align: has(0.7) ? pick(r, p.align) : '',
    assure: has(0.8) ? pick(r, p.assure) : '',
    flaws: has(0.45) ? [pick(r, p.flaw)] : [],
    sign: pick(r, p.sign),
    heads: p.heads,
  };
}

/** A Markdown macro (plain or sectioned). */
export function markdownMacro(r, i) {
  const locale = r() < 0.55 ? 'en' : 'es';
  const x = reply(r, locale);
  const fm = `---\nid: macro-${i}\ntitle: Macro ${i}\nanger: ${pick(r, ANGER)}\nlocale: ${locale}\ntags: [bench]\n---\n\n`;
  const padding = locale === 'en'
    ? 'Here is a summary of what we know so far about your case, including the timeline of the shipment and the steps our team has already taken on our side.'
    : 'Este es un resumen de lo que sabemos hasta ahora sobre su caso, con la cronología del envío y los pasos que nuestro equipo ya ha dado.';
  if (r() < 0.4) {
    const [h1, h2, h3] = x.heads;
    return fm + `${x.greet}\n\n## ${h1}\n\n${x.ack} ${x.flaws.join(' ')}\n\n## ${h2}\n\n${x.align}\n\n## ${h3}\n\n${x.assure} ${padding}\n\n${x.sign}\n`;
  }
  return fm + [x.greet, [x.ack, x.align, ...x.flaws].filter(Boolean).join(' '), padding, x.assure, x.sign].filter(Boolean).join('\n\n') + '\n';
}

function yamlScalar(r, text, indent) {
  const style = Math.floor(r() * 5);
  const pad = ' '.repeat(indent);
  switch (style) {
    case 0:
      return `|\n${text.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`;
    case 1:
      return `>\n${text.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`;
    case 2:
      return JSON.stringify(text);
    case 3:
      return `'${text.replace(/'/g, "''").replace(/\n/g, '\n\n' + pad)}'`;
    default: {
      // Plain scalars cannot hold ": " or " #", nor start with an indicator.
      const plain = text.replace(/\n+/g, ' ');
      return /: | #|^[-?:,[\]{}#&*!|>'"%@`]|:$/.test(plain) ? JSON.stringify(text) : plain;
    }
  }
}

/** A YAML library of `m` macros, every scalar style. */
export function yamlLibrary(r, m) {
  const out = ['# Generated macro library', 'macros:'];
  for (let i = 0; i < m; i++) {
    const locale = r() < 0.55 ? 'en' : 'es';
    const x = reply(r, locale);
    out.push(`  - id: lib-${i}`, `    title: Library macro ${i}`, `    anger: ${pick(r, ANGER)}`, `    locale: ${locale}`);
    if (r() < 0.5) {
      const keys = locale === 'en' ? ['acknowledge', 'align', 'assure'] : ['reconocer', 'alinear', 'asegurar'];
      const vals = [`${x.greet}\n${x.ack} ${x.flaws.join(' ')}`.trim(), x.align || x.flaws[0] || 'Thanks.', `${x.assure}\n${PAD[locale]}\n${x.sign}`];
      keys.forEach((k, j) => out.push(`    ${k}: ${yamlScalar(r, vals[j], 6)}`));
    } else {
      const body = [x.greet, [x.ack, x.align, ...x.flaws].filter(Boolean).join(' '), PAD[locale], x.assure, x.sign].filter(Boolean).join('\n\n');
      out.push(`    body: ${yamlScalar(r, body, 6)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Writes the library into `dir`; returns file counts and sizes. */
export function generate(dir, { n = 20000, m = 5000, seed = 42 } = {}) {
  const r = rng(seed);
  let mdBytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, 'md', 'macros', `group-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text = markdownMacro(r, i);
    mdBytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `macro-${i}.md`), text);
  }
  mkdirSync(join(dir, 'yaml', 'macros'), { recursive: true });
  const yaml = yamlLibrary(r, m);
  writeFileSync(join(dir, 'yaml', 'macros', 'library.macros.yaml'), yaml);
  return { n, m, mdBytes, yamlBytes: Buffer.byteLength(yaml) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench-out';
  console.log(generate(dir, { n: Number(process.argv[3] ?? 20000), m: Number(process.argv[4] ?? 5000) }));
}
