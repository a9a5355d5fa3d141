import type { Rule } from '../rule';
import type { Locale } from '../types';
import { languageScores, localeFromTag } from '../locale';
import { format } from '../messages';

const BCP47 = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/** The language `text` is clearly written in, or undefined when the evidence is too weak. */
export function clearLocale(text: string, minWords: number): Locale | undefined {
  const { en, es, words } = languageScores(text);
  if (words < minWords) return undefined;
  // A mixed or short reply is never flagged: demand several function words and a clear majority.
  if (en >= 3 && en >= es * 2) return 'en';
  if (es >= 3 && es >= en * 2) return 'es';
  return undefined;
}

/** Reports a declared `locale` that is not the language of the reply. */
export const localeMismatch: Rule = {
  meta: {
    id: 'locale-mismatch',
    family: 'metadata',
    description: {
      en: 'The declared locale is not the language the reply is written in.',
      es: 'El locale declarado no es el idioma en que está escrita la respuesta.',
    },
    rationale: {
      en: 'The helpdesk picks a macro by its locale: a Spanish-speaking customer who receives the English text (or the other way round) feels processed, not heard. Every language rule also reads the text with the declared language.',
      es: 'El helpdesk elige la macro por su locale: un cliente que habla español y recibe el texto en inglés (o al revés) se siente procesado, no escuchado. Además, todas las reglas de lenguaje leen el texto con el idioma declarado.',
    },
    example: {
      en: { bad: 'locale: es\n---\nI can see your order still has not arrived and I am sorry.', good: 'locale: en\n---\nI can see your order still has not arrived and I am sorry.' },
      es: { bad: 'locale: en\n---\nVeo que tu pedido todavía no ha llegado y lo siento mucho.', good: 'locale: es\n---\nVeo que tu pedido todavía no ha llegado y lo siento mucho.' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    defaultOptions: { minWords: 8 },
    messages: {
      en: {
        mismatch: 'The locale is "{declared}" but the reply is written in {detected}.',
        invalid: '"{declared}" is not a BCP 47 language tag (for example en, es, es-MX).',
        fix: 'Set locale to "{value}"',
        en: 'English',
        es: 'Spanish',
      },
      es: {
        mismatch: 'El locale es «{declared}» pero la respuesta está escrita en {detected}.',
        invalid: '«{declared}» no es una etiqueta de idioma BCP 47 (por ejemplo en, es, es-MX).',
        fix: 'Cambiar locale a «{value}»',
        en: 'inglés',
        es: 'español',
      },
    },
  },
  check(macro, ctx) {
    const field = macro.meta.locale;
    if (!field) return;
    const msgs = localeMismatch.meta.messages[ctx.locale];
    const declared = field.value;
    const minWords = Number(ctx.options.minWords ?? 8);
    const detected = clearLocale(ctx.reply.text, Number.isFinite(minWords) ? minWords : 8);
    if (typeof declared !== 'string' || !BCP47.test(declared.trim())) {
      const edits = detected ? (macro.setMeta?.('locale', detected) ?? []) : [];
      ctx.report({
        range: field.valueRange,
        messageId: 'invalid',
        data: { declared: String(declared ?? '') },
        fixes: edits.length ? [{ title: format(msgs.fix, { value: detected! }), edits, safe: false }] : [],
      });
      return;
    }
    const lang = localeFromTag(declared);
    if (!lang) return;
    if (!detected || detected === lang) return;
    const edits = macro.setMeta?.('locale', detected) ?? [];
    ctx.report({
      range: field.valueRange,
      messageId: 'mismatch',
      data: { declared, detected: msgs[detected] },
      // The text may be what is wrong (pasted from the other variant), so a human chooses.
      fixes: edits.length ? [{ title: format(msgs.fix, { value: detected }), edits, safe: false }] : [],
    });
  },
};
