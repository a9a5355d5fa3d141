/** Engine-level messages (not owned by a rule) per locale, and the template formatter. */
import type { Locale } from './types';

export const ENGINE_MESSAGES: Record<Locale, Record<string, string>> = {
  en: {
    tooLarge: 'File skipped: {size} characters is over the limit of {limit} (maxFileSize in the configuration).',
    binary: 'File skipped: it looks binary, not a macro.',
    minified: 'File skipped: it looks minified (very long lines), not a macro.',
    ruleError: 'Rule "{rule}" failed on this file and was skipped: {detail}',
    unknownRule: 'Unknown rule "{rule}" in a {kind} comment.',
    unknownRuleHint: 'Unknown rule "{rule}" in a {kind} comment (did you mean {hint}?).',
    unusedDirective: 'Unused {kind} directive (no problems were reported).',
    unusedDirectiveRule: 'Unused {kind} directive (no problems were reported from "{rule}").',
    removeDirective: 'Remove the unused directive',
  },
  es: {
    tooLarge: 'Archivo omitido: {size} caracteres supera el límite de {limit} (maxFileSize en la configuración).',
    binary: 'Archivo omitido: parece binario, no una macro.',
    minified: 'Archivo omitido: parece minificado (líneas muy largas), no una macro.',
    ruleError: 'La regla «{rule}» falló en este archivo y se omitió: {detail}',
    unknownRule: 'Regla desconocida «{rule}» en un comentario {kind}.',
    unknownRuleHint: 'Regla desconocida «{rule}» en un comentario {kind} (¿quería decir {hint}?).',
    unusedDirective: 'Directiva {kind} sin uso (no se informó ningún problema).',
    unusedDirectiveRule: 'Directiva {kind} sin uso (no se informó ningún problema de «{rule}»).',
  },
};

/** Fills `{name}` slots of a message template. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
