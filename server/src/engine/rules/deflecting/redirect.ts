import { phraseRule } from './phrase-rule';

/** `deflecting/redirect`: phrases of the lexicon category "redirect", with their rewrites. */
export const redirect = phraseRule({
  category: 'redirect',
  description: {
    en: "Sends the customer to someone else (the courier, their bank, another team).",
    es: "Manda al cliente a otro (la mensajería, su banco, otro departamento).",
  },
  rationale: {
    en: "Sending the customer to the courier starts a loop: the courier says it was signed for, the customer gives up and tells others. Contact them yourself and report back.",
    es: "Mandar al cliente a la mensajería inicia un bucle: la mensajería dice que se entregó, el cliente se rinde y se lo cuenta a otros. Contacta tú y cuéntale el resultado.",
  },
  example: {
    en: { bad: "You'll need to contact the courier.", good: "If you'd like, you can contact the courier, and we're happy to help with any step." },
    es: { bad: "Debe contactar con la empresa de mensajería.", good: "Si lo desea, puede contactar con la empresa de mensajería, y le ayudamos con cualquier paso." },
  },
  message: {
    en: "\"{phrase}\" sends the customer elsewhere: do it for them.",
    es: "«{phrase}» manda al cliente a otro sitio: hazlo tú por él.",
  },
});
