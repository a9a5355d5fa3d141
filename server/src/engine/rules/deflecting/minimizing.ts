import { phraseRule } from './phrase-rule';

/** `deflecting/minimizing`: phrases of the lexicon category "minimizing", with their rewrites. */
export const minimizing = phraseRule({
  category: 'minimizing',
  description: {
    en: "Plays the problem down: \"it's just a small delay\", \"no es para tanto\".",
    es: "Le quita importancia al problema: «es solo un pequeño retraso», «no es para tanto».",
  },
  rationale: {
    en: "How big a problem is, is for the customer to say. \"Just a small delay\" tells them their frustration is out of proportion, the opposite of aligning with them.",
    es: "Lo grande que es un problema lo decide el cliente. «Solo es un pequeño retraso» le dice que su frustración es exagerada: lo contrario de alinearse con él.",
  },
  example: {
    en: { bad: "It's just a small delay.", good: "It's a delay, and I know you were counting on this order." },
    es: { bad: "Solo es un pequeño retraso.", good: "Es un retraso, y sé que contabas con este pedido." },
  },
  message: {
    en: "\"{phrase}\" plays the problem down: let the customer judge how big it is.",
    es: "«{phrase}» le quita importancia al problema: deja que el cliente juzgue su tamaño.",
  },
});
