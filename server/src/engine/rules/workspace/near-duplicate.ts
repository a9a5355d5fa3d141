import type { LibraryMacro } from '../../workspace/types';
import type { WorkspaceRule } from '../../workspace/rule';
import { fileName, openAction } from './util';

/**
 * Default similarity threshold (Jaccard index of word 2-shingles, placeholders and the library's
 * boilerplate masked), tuned on the tune half of eval/near-dup/pairs.yaml (hard negatives and heavier
 * edits included): the highest threshold with the best F1 there (0.375 and 0.40: P 0.962, R 0.990).
 * `npm run eval` prints precision and recall on both halves; `node eval/near-dup/run.mjs --sweep` the sweep.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

/** True when one macro is a translation of the other (or both translate one source). */
function translationPair(a: LibraryMacro, b: LibraryMacro): boolean {
  return a.translationOf === b.id || b.translationOf === a.id || (!!a.translationOf && a.translationOf === b.translationOf && a.locale !== b.locale);
}

/** Reports macros whose replies are nearly the same text (placeholders masked). */
export const nearDuplicate: WorkspaceRule = {
  meta: {
    id: 'near-duplicate',
    family: 'style',
    description: {
      en: 'Two macros in the same language say nearly the same thing.',
      es: 'Dos macros del mismo idioma dicen casi lo mismo.',
    },
    rationale: {
      en: 'Copies drift: one gets fixed, the other keeps the old promise or the old deflection. Merge them, or make the difference visible. Bodies are compared on normalised text (case, accents and punctuation ignored, placeholders masked), leaving out boilerplate the library shares (word pairs found in 8 or more macros: a stock greeting, paragraph or sign-off), so replies of one template family that say different things are not reported; a translation into another language is never a near-duplicate.',
      es: 'Las copias divergen: una se corrige y la otra conserva la promesa o la evasiva antigua. Únelas o haz visible la diferencia. Se comparan los textos normalizados (sin mayúsculas, tildes ni puntuación, con los marcadores enmascarados) sin el texto común de la biblioteca (pares de palabras presentes en 8 o más macros: un saludo, párrafo o despedida de plantilla), así que dos respuestas de una misma plantilla que dicen cosas distintas no se señalan; una traducción a otro idioma nunca es un casi duplicado.',
    },
    example: {
      en: { bad: 'Two macros: "Hi {{customer.name}}, your refund is on its way." and "Hi {{ticket.requester.name}}, your refund is on its way!"', good: 'One macro, used by both teams.' },
      es: { bad: 'Dos macros: «Hola, {{customer.name}}, tu reembolso está en camino.» y «Hola, {{ticket.requester.name}}: tu reembolso está en camino.»', good: 'Una sola macro, usada por los dos equipos.' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { similar: 'This reply is {percent}% similar to "{other}" ({file}): merge them or make the difference clear.', related: '"{other}" is {percent}% similar.' },
      es: { similar: 'Esta respuesta se parece un {percent} % a «{other}» ({file}): únelas o deja clara la diferencia.', related: '«{other}» se parece un {percent} %.' },
    },
    defaultOptions: { threshold: NEAR_DUPLICATE_THRESHOLD },
  },
  checkWorkspace(ctx) {
    const threshold = (m: LibraryMacro) => {
      const t = Number(ctx.options(m).threshold);
      return Number.isFinite(t) && t > 0 && t <= 1 ? t : NEAR_DUPLICATE_THRESHOLD;
    };
    for (const [a, b] of ctx.nearCandidates()) {
      if (!a.locale || a.locale !== b.locale || translationPair(a, b)) continue;
      if (!ctx.enabled(a) && !ctx.enabled(b)) continue;
      const sim = ctx.similarity(a, b);
      const percent = Math.floor(sim * 100);
      for (const [m, o] of [
        [a, b],
        [b, a],
      ]) {
        if (sim < threshold(m)) continue;
        ctx.report({
          macro: m,
          messageId: 'similar',
          data: { percent, other: o.id, file: fileName(o), similarity: Math.round(sim * 1000) / 1000, otherId: o.id },
          related: [{ macro: o, messageId: 'related', data: { other: o.id, percent } }],
          actions: [openAction(o, ctx.messageLocale(m))],
        });
      }
    }
  },
};
