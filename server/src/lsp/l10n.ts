/** User-facing strings of the language server (titles, hover labels, notices) in English and Spanish. */
import type { Locale } from '../engine/types';

export const UI_STRINGS: Record<Locale, Record<string, string>> = {
  en: {
    disableLine: 'Disable {rule} for this line',
    fixAll: 'Fix all auto-fixable Macrolint problems',
    why: 'Why',
    example: 'Example',
    docs: 'Rule documentation',
    configProblems: 'Macrolint: {file} has problems ({count}); the invalid settings are ignored and defaults are used instead. First: {first}',
    configFile: 'Configuration problem: {detail}',
    internalError: 'Macrolint hit an internal error in {handler}; see the output log. The server keeps running.',
    language: 'Language',
    'lang-en': 'English',
    'lang-es': 'Spanish',
    'localeSource-detected': '{language}, detected from the text (confidence {confidence}%): add `locale:` to the macro to be sure.',
    'localeSource-fallback': '{language} by default: the text says too little to tell (add `locale:` to the macro).',
    'localeSource-config': '{language}, from the configuration (`locale`).',
    related: 'Also on this text',
    passTitle: 'Macrolint: linting {file}',
    passMessage: '{done} of {total} macros',
  },
  es: {
    disableLine: 'Desactivar {rule} en esta línea',
    fixAll: 'Corregir todos los problemas de Macrolint corregibles automáticamente',
    why: 'Por qué',
    example: 'Ejemplo',
    docs: 'Documentación de la regla',
    configProblems: 'Macrolint: {file} tiene problemas ({count}); se ignoran los ajustes no válidos y se usan los valores por defecto. Primero: {first}',
    configFile: 'Problema de configuración: {detail}',
    internalError: 'Macrolint tuvo un error interno en {handler}; consulta el registro de salida. El servidor sigue funcionando.',
    language: 'Idioma',
    'lang-en': 'inglés',
    'lang-es': 'español',
    'localeSource-detected': '{language}, detectado en el texto (confianza {confidence} %): añade `locale:` a la macro para asegurarlo.',
    'localeSource-fallback': '{language} por defecto: el texto dice demasiado poco para saberlo (añade `locale:` a la macro).',
    'localeSource-config': '{language}, según la configuración (`locale`).',
    related: 'También en este texto',
    passTitle: 'Macrolint: analizando {file}',
    passMessage: '{done} de {total} macros',
  },
};

/** The string `key` in `locale`, with `{name}` slots filled. */
export function t(locale: Locale, key: string, data: Record<string, string | number> = {}): string {
  const tpl = UI_STRINGS[locale][key] ?? UI_STRINGS.en[key] ?? key;
  return tpl.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** The UI locale from an LSP client locale tag (`es-MX` → `es`), English otherwise. */
export function uiLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
