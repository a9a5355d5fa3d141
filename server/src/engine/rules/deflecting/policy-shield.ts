import { phraseRule } from './phrase-rule';

/** `deflecting/policy-shield`: phrases of the lexicon category "policy-shield", with their rewrites. */
export const policyShield = phraseRule({
  category: 'policy-shield',
  description: {
    en: "Hides behind policy, terms or rules instead of explaining.",
    es: "Se escuda en la política, las condiciones o las normas en lugar de explicar.",
  },
  rationale: {
    en: "\"Per our policy\" puts a document between you and the customer. It is about a relationship, not a contract: say what you can do, in your own voice, and why.",
    es: "«Según nuestra política» pone un documento entre tú y el cliente. Se trata de una relación, no de un contrato: di lo que puedes hacer, con tu voz, y por qué.",
  },
  example: {
    en: { bad: "Per our policy, we cannot refund opened items.", good: "I can't refund an opened item, but I can exchange it today." },
    es: { bad: "Según nuestra política, no aceptamos devoluciones.", good: "No puedo aceptar la devolución, pero sí cambiarlo hoy mismo." },
  },
  message: {
    en: "\"{phrase}\" hides behind policy: say what you can do, in your own voice.",
    es: "«{phrase}» se escuda en la política: di lo que puedes hacer, con tu voz.",
  },
});
