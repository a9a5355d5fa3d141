import type { Rule } from '../rule';
import { checkMissingMove } from '../analysis';

/** Reports a reply that never validates the customer's side. */
export const missingAlign: Rule = {
  meta: {
    id: 'missing-align',
    family: 'moves',
    description: {
      en: "The reply does not validate the customer's side (\"you're right\", \"this shouldn't have happened\").",
      es: 'La respuesta no da la razón al cliente («tienes toda la razón», «esto no debería haber pasado»).',
    },
    rationale: {
      en: 'Aligning is the move that matters most: it tells the customer that what they said was heard and that it is a real problem. An apology alone does not do it.',
      es: 'Alinearse es el paso más importante: le dice al cliente que se le ha escuchado y que su problema es real. Una disculpa por sí sola no lo consigue.',
    },
    example: {
      en: { bad: "I'm sorry your order is late. I've asked the warehouse to reship it.", good: "I'm sorry your order is late. You're right: this shouldn't have happened. I've asked the warehouse to reship it." },
      es: { bad: 'Siento que tu pedido llegue tarde. He pedido al almacén que lo reenvíe.', good: 'Siento que tu pedido llegue tarde. Tienes toda la razón: esto no debería haber pasado. He pedido al almacén que lo reenvíe.' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: { missing: "This reply never validates the customer's side: tell them they are right, or that this shouldn't have happened." },
      es: { missing: 'Esta respuesta no da la razón al cliente: dile que tiene razón o que esto no debería haber pasado.' },
    },
  },
  check(macro, ctx) {
    checkMissingMove('align', macro, ctx);
  },
};
