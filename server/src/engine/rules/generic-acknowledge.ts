import type { Rule } from '../rule';

/** Reports an acknowledgement that names no specific problem ("I understand your frustration"). */
export const genericAcknowledge: Rule = {
  meta: {
    id: 'generic-acknowledge',
    family: 'style',
    description: {
      en: 'An acknowledgement that names no specific problem ("I understand your frustration").',
      es: 'Un reconocimiento que no nombra ningún problema concreto («entiendo su frustración»).',
    },
    rationale: {
      en: 'A stock "I understand your frustration" can be pasted under any message, and customers who were angry before they wrote can tell. Acknowledge what happened to them, in your own words. By default this applies to macros with `anger: before`; the option `anyAnger: true` turns it on for every macro (the `macrolint:strict` preset sets it).',
      es: 'Un «entiendo su frustración» de plantilla sirve para cualquier mensaje, y el cliente que ya escribió enfadado lo nota. Reconoce lo que le ha pasado, con tus palabras. Por defecto se aplica a las macros con `anger: before`; la opción `anyAnger: true` la activa para todas (el preset `macrolint:strict` la pone).',
    },
    example: {
      en: { bad: 'I understand your frustration.', good: "I understand how frustrating it is that your order still hasn't arrived after two weeks." },
      es: { bad: 'Entiendo su frustración.', good: 'Entiendo lo frustrante que es que su pedido siga sin llegar después de dos semanas.' },
    },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: {
      en: { generic: 'This acknowledgement names no specific problem: say what went wrong for the customer.' },
      es: { generic: 'Este reconocimiento no nombra ningún problema concreto: di qué le ha pasado al cliente.' },
    },
    defaultOptions: { anyAnger: false },
  },
  check(_macro, ctx) {
    // Stock acknowledgements hurt most where the customer was angry before writing; the severity only
    // says how loudly to report, the option says where.
    if (ctx.options.anyAnger !== true && ctx.anger !== 'before') return;
    for (const g of ctx.analysis.generic) {
      ctx.report({ range: ctx.reply.fileRangeOfNorm(g.start, g.end), messageId: 'generic' });
    }
  },
};
