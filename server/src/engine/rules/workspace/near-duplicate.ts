import type { LibraryMacro } from '../../workspace/types';
import type { WorkspaceRule } from '../../workspace/rule';
import { MAX_RELATED, fileName, openAction } from './util';

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
      en: {
        similar: 'This reply is {percent}% similar to "{other}" ({file}): merge them or make the difference clear.',
        similarMore: 'This reply is {percent}% similar to "{other}" ({file}) and near-duplicates {more} more: merge them or make the difference clear.',
        related: '"{other}" is {percent}% similar.',
      },
      es: {
        similar: 'Esta respuesta se parece un {percent} % a «{other}» ({file}): únelas o deja clara la diferencia.',
        similarMore: 'Esta respuesta se parece un {percent} % a «{other}» ({file}) y casi duplica {more} más: únelas o deja clara la diferencia.',
        related: '«{other}» se parece un {percent} %.',
      },
    },
    defaultOptions: { threshold: NEAR_DUPLICATE_THRESHOLD },
  },
  checkWorkspace(ctx) {
    const threshold = (m: LibraryMacro) => {
      const t = Number(ctx.options(m).threshold);
      return Number.isFinite(t) && t > 0 && t <= 1 ? t : NEAR_DUPLICATE_THRESHOLD;
    };
    // One finding per macro, naming its closest copy and listing up to MAX_RELATED others: a library of
    // many copies of one template gives as many findings as macros, never one per pair.
    const partners = new Map<LibraryMacro, { other: LibraryMacro; sim: number }[]>();
    const add = (m: LibraryMacro, other: LibraryMacro, sim: number) => {
      const list = partners.get(m);
      if (list) list.push({ other, sim });
      else partners.set(m, [{ other, sim }]);
    };
    for (const [a, b] of ctx.nearCandidates()) {
      if (!a.locale || a.locale !== b.locale || translationPair(a, b)) continue;
      if (!ctx.enabled(a) && !ctx.enabled(b)) continue;
      const sim = ctx.similarity(a, b);
      if (sim >= threshold(a)) add(a, b, sim);
      if (sim >= threshold(b)) add(b, a, sim);
    }
    for (const [m, list] of partners) {
      list.sort((x, y) => y.sim - x.sim || (x.other.id < y.other.id ? -1 : x.other.id > y.other.id ? 1 : 0));
      const best = list[0];
      const percent = Math.floor(best.sim * 100);
      const shown = list.slice(0, MAX_RELATED);
      ctx.report({
        macro: m,
        messageId: list.length > 1 ? 'similarMore' : 'similar',
        data: { percent, other: best.other.id, file: fileName(best.other), similarity: Math.round(best.sim * 1000) / 1000, otherId: best.other.id, more: list.length - 1 },
        related: shown.map((p) => ({ macro: p.other, messageId: 'related', data: { other: p.other.id, percent: Math.floor(p.sim * 100) } })),
        actions: [openAction(best.other, ctx.messageLocale(m))],
      });
    }
  },
};
