import type { Rule } from '../rule';
import { checkMissingMove } from '../analysis';

/** Reports a reply that never acknowledges the customer's specific problem. */
export const missingAcknowledge: Rule = {
  meta: {
    id: 'missing-acknowledge',
    family: 'moves',
    description: {
      en: "The reply does not acknowledge the customer's specific problem in the agent's own words.",
      es: 'La respuesta no reconoce el problema concreto del cliente con palabras propias.',
    },
    rationale: {
      en: 'Acknowledge, align, assure: the first move recognises what went wrong for the customer and how it affected them, repeated in your own words. Bare thanks or "sorry for any inconvenience" tell them nobody read their message.',
      es: 'Reconocer, alinear, asegurar: el primer paso es reconocer qué le ha pasado al cliente y cómo le ha afectado, repitiéndolo con tus propias palabras. Un simple «gracias» o «disculpe las molestias» le dice que nadie ha leído su mensaje.',
    },
    example: {
      en: { bad: 'Thanks for reaching out. Your refund has been issued.', good: "I can see your order arrived damaged, and I'm sorry you've had to deal with that. Your refund has been issued." },
      es: { bad: 'Gracias por escribirnos. Ya hemos emitido el reembolso.', good: 'Veo que tu pedido llegó dañado y siento mucho que hayas tenido que pasar por esto. Ya hemos emitido el reembolso.' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: { missing: "This reply never acknowledges the customer's specific problem: say what went wrong for them, in your own words." },
      es: { missing: 'Esta respuesta no reconoce el problema concreto del cliente: di con tus propias palabras qué le ha pasado.' },
    },
  },
  check(macro, ctx) {
    checkMissingMove('acknowledge', macro, ctx);
  },
};
