import type { Rule } from '../rule';

/** Reports sections whose body has no text. */
export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    family: 'structure',
    description: {
      en: 'A section (acknowledge, align, assure) has no text.',
      es: 'Una sección (reconocer, alinear, asegurar) no tiene texto.',
    },
    rationale: {
      en: 'An empty section is a move the reply promises and never makes: the customer gets a reply without the acknowledgement, the validation or the commitment the template was meant to carry.',
      es: 'Una sección vacía es un paso que la respuesta anuncia y nunca da: el cliente recibe una respuesta sin el reconocimiento, la validación o el compromiso que la plantilla debía llevar.',
    },
    example: {
      en: { bad: '## Align\n\n## Assure\nI will call you tomorrow at 10.', good: "## Align\nYou're right, this shouldn't have happened.\n\n## Assure\nI will call you tomorrow at 10." },
      es: { bad: '## Alinear\n\n## Asegurar\nTe llamo mañana a las 10.', good: '## Alinear\nTienes toda la razón, esto no debería haber pasado.\n\n## Asegurar\nTe llamo mañana a las 10.' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { empty: 'The "{move}" section is empty: write the {move} part of the reply or remove the heading.' },
      es: { empty: 'La sección «{move}» está vacía: escribe la parte de {move} de la respuesta o elimina el encabezado.' },
    },
  },
  check(macro, ctx) {
    if (!macro.sectioned) return;
    for (const s of macro.sections) {
      if (s.spans.some((sp) => sp.text.trim() !== '')) continue;
      ctx.report({ range: s.headerRange, messageId: 'empty', data: { move: NAMES[ctx.locale][s.move] } });
    }
  },
};

const NAMES = {
  en: { acknowledge: 'acknowledge', align: 'align', assure: 'assure' },
  es: { acknowledge: 'reconocer', align: 'alinear', assure: 'asegurar' },
} as const;
