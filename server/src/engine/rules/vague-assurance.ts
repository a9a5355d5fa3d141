import type { Rule } from '../rule';
import type { Range } from '../types';
import { compileUserPhrases, sourceRange, type PhraseMatcher } from '../text';

const userCache = new Map<string, PhraseMatcher | undefined>();

function userPhrases(list: readonly string[] | undefined): PhraseMatcher | undefined {
  if (!list?.length) return undefined;
  const key = list.join('\u0001');
  if (!userCache.has(key)) {
    if (userCache.size > 64) userCache.clear();
    userCache.set(key, compileUserPhrases(list));
  }
  return userCache.get(key);
}

/** Reports promises with no action, owner or time ("we'll look into it", "lo antes posible"). */
export const vagueAssurance: Rule = {
  meta: {
    id: 'vague-assurance',
    family: 'style',
    description: {
      en: 'A promise with no action, owner or time ("we\'ll look into it", "as soon as possible").',
      es: 'Una promesa sin acción, responsable ni plazo («lo revisaremos», «lo antes posible»).',
    },
    rationale: {
      en: 'Assuring the customer means a commitment they can hold us to: who does what, and by when. "As soon as possible" promises nothing and invites the next angry email. A phrase right next to a concrete time ("by Friday", "within 24 hours") is not reported.',
      es: 'Asegurar al cliente es comprometerse a algo que pueda reclamarnos: quién hace qué y para cuándo. «Lo antes posible» no promete nada y provoca el siguiente correo enfadado. No se señala una frase que va junto a un plazo concreto («antes del viernes», «en 24 horas»).',
    },
    example: {
      en: { bad: "We'll look into it and get back to you as soon as possible.", good: "I've asked our warehouse to check your parcel, and I'll email you by Friday with what they find." },
      es: { bad: 'Lo revisaremos y le responderemos lo antes posible.', good: 'He pedido al almacén que revise su paquete y le escribiré antes del viernes con lo que encuentren.' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { vague: '"{phrase}" promises no action, owner or time: say who will do what, and by when.' },
      es: { vague: '«{phrase}» no promete ninguna acción, responsable ni plazo: di quién hará qué y para cuándo.' },
    },
  },
  check(_macro, ctx) {
    const found: Range[] = [...ctx.analysis.vague];
    const matcher = userPhrases(ctx.config.phrases[ctx.locale]?.['vague-assurance']);
    if (matcher) {
      for (const m of matcher.find(ctx.reply.normalized.norm)) {
        if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
      }
    }
    for (const v of found) {
      const range = ctx.reply.fileRangeOfNorm(v.start, v.end);
      const joined = sourceRange(ctx.reply.normalized, v.start, v.end);
      const src = ctx.reply.text.slice(joined.start, joined.end);
      ctx.report({ range, messageId: 'vague', data: { phrase: src.replace(/\s+/g, ' ').trim() } });
    }
  },
};
