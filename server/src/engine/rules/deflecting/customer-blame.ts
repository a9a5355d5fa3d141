import { phraseRule } from './phrase-rule';

/** `deflecting/customer-blame`: phrases of the lexicon category "customer-blame", with their rewrites. */
export const customerBlame = phraseRule({
  category: 'customer-blame',
  description: {
    en: "Tells the customers the problem is their fault.",
    es: "Le dice al cliente que el problema es culpa suya.",
  },
  rationale: {
    en: "\"You should have read the terms\" turns a service failure into a trial, and the customer into the defendant. Even when the customer made a mistake, explain what happens now and how you will help.",
    es: "«Debió haber leído las condiciones» convierte un fallo de servicio en un juicio, con el cliente de acusado. Aunque el cliente se haya equivocado, explica qué pasa ahora y cómo le vas a ayudar.",
  },
  example: {
    en: { bad: "You should have checked the address before ordering.", good: "The parcel went to the old address; I've asked the courier to redirect it." },
    es: { bad: "Usted se equivocó al introducir la dirección.", good: "El paquete fue a la dirección anterior; ya he pedido a la mensajería que lo redirija." },
  },
  message: {
    en: "\"{phrase}\" blames the customer: say what happens now instead.",
    es: "«{phrase}» culpa al cliente: di mejor qué pasa ahora.",
  },
});
