/**
 * Test-only rules, injected with `run(…, { extraRules })` or the `MACROLINT_TEST_RULES=1` environment
 * variable, so the CLI's output formats can be checked against golden files that do not change
 * whenever the real rules' phrase tables do. Never enabled in normal use.
 */
import type { Rule } from '../engine/rule';
import type { PartialConfig } from '../engine/config';
import { RULES } from '../engine/rules';

const MARKER = /FIXME\S*/g;

/** `test/marker`: reports each `FIXME…` token in a reply, with a fix that replaces it. */
export const markerRule: Rule = {
  meta: {
    id: 'test/marker',
    family: 'style',
    description: { en: 'Test rule: a FIXME marker left in a reply.', es: 'Regla de prueba: un marcador FIXME olvidado en una respuesta.' },
    rationale: { en: 'Only used by the CLI tests.', es: 'Solo la usan las pruebas de la CLI.' },
    example: { en: { bad: 'Hi FIXME', good: 'Hi [done]' }, es: { bad: 'Hola FIXME', good: 'Hola [done]' } },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: { marker: 'Marker "{word}" left in the reply.' },
      es: { marker: 'Marcador "{word}" olvidado en la respuesta.' },
    },
  },
  check(macro, ctx) {
    for (const span of macro.spans) {
      for (const m of span.text.matchAll(MARKER)) {
        const i = m.index ?? 0;
        const j = i + m[0].length;
        ctx.report({
          range: { start: span.toOffset(i), end: span.toOffset(j) },
          messageId: 'marker',
          data: { word: m[0] },
          fixes: [{ title: 'Replace the marker', edits: span.edit(i, j, '[done]') }],
        });
      }
    }
  },
};

export const TEST_RULES: readonly Rule[] = [markerRule];

/** A config layer that turns off every built-in rule except `syntax-error` (test isolation). */
export function isolationLayer(): PartialConfig {
  return { rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== 'syntax-error').map((r) => [r.meta.id, { severity: 'off' as const }])) };
}
