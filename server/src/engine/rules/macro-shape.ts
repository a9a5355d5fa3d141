import type { Rule } from '../rule';

/**
 * Reports valid YAML that the readers cannot take macros from (a bare scalar, a list item that is not a
 * mapping, `macros:` that is not a list, front matter that is not a mapping) and YAML warnings (unknown
 * tags, unknown directives). The YAML parses: these are never `syntax-error`.
 */
export const macroShape: Rule = {
  meta: {
    id: 'macro-shape',
    family: 'syntax',
    description: {
      en: 'Valid YAML that is not shaped like a macro file, or that the YAML reader warns about.',
      es: 'YAML válido que no tiene la forma de un archivo de macros, o sobre el que el lector de YAML avisa.',
    },
    rationale: {
      en: 'The helpdesk sync only reads macros from a `macros:` list, a list of macro mappings or one macro mapping: anything else in a macro file is silently dropped. Unknown tags and directives are read as plain values, which may not be what the author meant.',
      es: 'La sincronización del helpdesk solo lee macros de una lista `macros:`, de una lista de macros o de una macro suelta: todo lo demás en un archivo de macros se descarta sin aviso. Las etiquetas y directivas desconocidas se leen como valores simples, quizá no como quería quien las escribió.',
    },
    example: {
      en: { bad: 'macros:\n  - Late delivery: I can see your order is late.', good: 'macros:\n  - id: late-delivery\n    body: I can see your order is late.' },
      es: { bad: 'macros:\n  - Entrega tardía: Veo que tu pedido llega tarde.', good: 'macros:\n  - id: entrega-tardia\n    body: Veo que tu pedido llega tarde.' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: {
        notMacroFile: 'No macros here: expected a `macros:` list, a list of macros or one macro mapping.',
        itemNotMapping: 'Item {item} of the macro list is not a mapping of keys (id, title, body…).',
        macrosNotList: '`macros` must be a list of macros (each item starting with "- ").',
        valueNotText: 'The value of "{key}" must be text, not a mapping.',
        frontMatterNotMapping: 'The front matter must be a mapping of keys (anger, locale, title…).',
        yamlWarning: 'YAML warning: {detail}',
      },
      es: {
        notMacroFile: 'Aquí no hay macros: se esperaba una lista `macros:`, una lista de macros o una macro suelta.',
        itemNotMapping: 'El elemento {item} de la lista de macros no es un conjunto de claves (id, title, body…).',
        macrosNotList: '`macros` debe ser una lista de macros (cada elemento empieza por «- »).',
        valueNotText: 'El valor de «{key}» debe ser texto, no un conjunto de claves.',
        frontMatterNotMapping: 'El front matter debe ser un conjunto de claves (anger, locale, title…).',
        yamlWarning: 'Aviso de YAML: {detail}',
      },
    },
  },
  checkDocument(ctx) {
    for (const p of ctx.document.problems) {
      if (p.kind === 'shape') ctx.report({ range: p.range, messageId: p.message, data: p.data });
      else if (p.kind === 'warning') ctx.report({ range: p.range, messageId: 'yamlWarning', data: { detail: p.message } });
    }
  },
};
