import { phraseRule } from './phrase-rule';

/** `deflecting/non-apology`: phrases of the lexicon category "non-apology", with their rewrites. */
export const nonApology = phraseRule({
  category: 'non-apology',
  // "Sorry for any inconvenience, but…": the apology itself is the problem; the "but" is related.
  supersedes: ['deflecting/apology-but'],
  description: {
    en: "A stock or conditional apology that apologises for nothing in particular.",
    es: "Una disculpa de fórmula o condicional que no se disculpa de nada concreto.",
  },
  rationale: {
    en: "\"Sorry for any inconvenience\" and \"sorry if you feel\" apologise for a feeling or a hypothetical, not for what went wrong. Customers read them as boilerplate. Say what you are sorry for, in your own words.",
    es: "«Disculpe las molestias» o «lamentamos si se ha sentido» se disculpan por una sensación o una hipótesis, no por lo que salió mal. El cliente lo lee como una fórmula. Di de qué te disculpas, con tus palabras.",
  },
  example: {
    en: { bad: "I can see your parcel is late. We apologise for any inconvenience.", good: "I can see your parcel is late. We're sorry for the delay." },
    es: { bad: "Veo que su paquete llega tarde. Disculpe las molestias.", good: "Veo que su paquete llega tarde. Sentimos el retraso." },
  },
  message: {
    en: "\"{phrase}\" is a non-apology: say what you are sorry for.",
    es: "«{phrase}» es una disculpa de fórmula: di de qué te disculpas.",
  },
});
