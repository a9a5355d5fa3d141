import type { Rule } from '../rule';

/** Reports YAML and front-matter text that does not parse, at its positions (valid YAML never: see macro-shape). */
export const syntaxError: Rule = {
  meta: {
    id: 'syntax-error',
    family: 'syntax',
    description: {
      en: 'YAML or front matter that does not parse.',
      es: 'YAML o front matter que no se puede analizar.',
    },
    rationale: {
      en: 'A macro file the helpdesk sync cannot parse is never sent, or is sent broken. The rest of the file is still linted where the parser can recover.',
      es: 'Un archivo de macros que la sincronización no puede leer no se envía, o se envía roto. El resto del archivo se sigue revisando donde el analizador puede recuperarse.',
    },
    example: {
      en: { bad: 'title: "Late delivery', good: 'title: "Late delivery"' },
      es: { bad: 'title: "Entrega tardía', good: 'title: "Entrega tardía"' },
    },
    defaultSeverity: 'error',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { syntax: 'Syntax error: {detail}', unclosed: 'The front matter is not closed: add a line with "---" after it.' },
      es: { syntax: 'Error de sintaxis: {detail}', unclosed: 'El front matter no está cerrado: añade una línea con «---» después.' },
    },
  },
  checkDocument(ctx) {
    for (const p of ctx.document.problems) {
      if (p.kind !== 'syntax') continue;
      if (p.message === 'front-matter-unclosed') ctx.report({ range: p.range, messageId: 'unclosed' });
      else ctx.report({ range: p.range, messageId: 'syntax', data: { detail: p.message } });
    }
  },
};
