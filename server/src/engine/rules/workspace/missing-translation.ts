import type { WorkspaceRule } from '../../workspace/rule';
import { sourcesById, translationsOf, translationText, translationUri } from './translation';
import { openAction } from './util';

const LANGUAGE = {
  en: { en: 'English', es: 'Spanish' },
  es: { en: 'inglés', es: 'español' },
} as const;

/** Reports a macro with no translation into one of the configured `locales`. */
export const missingTranslation: WorkspaceRule = {
  meta: {
    id: 'missing-translation',
    family: 'metadata',
    description: {
      en: 'A macro has no translation into one of the languages listed in `locales`.',
      es: 'Una macro no tiene traducción a uno de los idiomas listados en `locales`.',
    },
    rationale: {
      en: 'A bilingual team needs every reply in every language it answers in; otherwise agents translate on the fly, and the Spanish customer gets a worse reply than the English one. A translation names its source with `translationOf: <id>` (front matter, a library comment or a YAML item). Runs only when the configuration lists `locales`.',
      es: 'Un equipo bilingüe necesita cada respuesta en cada idioma en que atiende; si no, los agentes traducen sobre la marcha y el cliente hispanohablante recibe una respuesta peor que el angloparlante. Una traducción nombra su original con `translationOf: <id>` (front matter, un comentario de biblioteca o un elemento YAML). Solo actúa cuando la configuración lista `locales`.',
    },
    example: {
      en: { bad: 'order-late.md (locale: en) and no Spanish macro with translationOf: order-late', good: 'order-late.es.md with translationOf: order-late and locale: es' },
      es: { bad: 'pedido-retrasado.md (locale: es) y ninguna macro inglesa con translationOf: pedido-retrasado', good: 'pedido-retrasado.en.md con translationOf: pedido-retrasado y locale: en' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: {
        missing: 'No {language} translation of "{id}": add a macro with `translationOf: {id}` and `locale: {locale}`.',
        unknownSource: '`translationOf: {source}` names no macro in the library.',
        create: 'Create the {language} translation ({file})',
        related: 'A translation of "{id}" ({language}).',
      },
      es: {
        missing: 'Falta la traducción al {language} de «{id}»: añade una macro con `translationOf: {id}` y `locale: {locale}`.',
        unknownSource: '`translationOf: {source}` no nombra ninguna macro de la biblioteca.',
        create: 'Crear la traducción al {language} ({file})',
        related: 'Una traducción de «{id}» ({language}).',
      },
    },
  },
  // Only a source and its translations are related.
  groupKey: (m) => m.translationOf ?? m.id,
  checkWorkspace(ctx) {
    if (!ctx.macros.some((m) => ctx.locales(m).length)) return;
    const sources = sourcesById(ctx.macros);
    const translations = translationsOf(ctx.macros);
    for (const m of ctx.macros) {
      if (m.translationOf) {
        if (!sources.has(m.translationOf) && ctx.locales(m).length) ctx.report({ macro: m, messageId: 'unknownSource', data: { source: m.translationOf } });
        continue;
      }
      const wanted = ctx.locales(m);
      if (!m.locale || !wanted.includes(m.locale) || sources.get(m.id) !== m) continue;
      const group = translations.get(m.id) ?? [];
      const have = new Set([m.locale, ...group.map((t) => t.locale)]);
      const msgLoc = ctx.messageLocale(m);
      for (const locale of wanted) {
        if (have.has(locale as 'en' | 'es') || (locale !== 'en' && locale !== 'es')) continue;
        const language = LANGUAGE[msgLoc][locale];
        ctx.report({
          macro: m,
          messageId: 'missing',
          data: { id: m.id, locale, language, missing: locale },
          related: group.map((t) => ({ macro: t, messageId: 'related', data: { id: m.id, language: LANGUAGE[msgLoc][t.locale ?? 'en'] } })),
          // Built when read (quick fixes, JSON output): most findings of a large library never need them.
          get actions() {
            const uri = translationUri(m, locale);
            const file = uri.slice(uri.lastIndexOf('/') + 1);
            return [
              {
                kind: 'createFile' as const,
                title: ctx.message(m, 'create', { language, file }),
                uri,
                get text() {
                  return translationText(m, locale);
                },
              },
              ...group.map((t) => openAction(t, msgLoc)),
            ];
          },
        });
      }
    }
  },
};
