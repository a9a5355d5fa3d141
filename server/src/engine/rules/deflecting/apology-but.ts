import { phraseRule } from './phrase-rule';

/** `deflecting/apology-but`: phrases of the lexicon category "apology-but", with their rewrites. */
export const apologyBut = phraseRule({
  category: 'apology-but',
  description: {
    en: "An apology taken back with \"but\" or \"however\".",
    es: "Una disculpa que se retira con «pero» o «sin embargo».",
  },
  rationale: {
    en: "A \"but\" after an apology cancels it: the customer hears only what follows, usually an excuse. Accept the blame graciously, without a \"but\"; then explain what happened and what you are doing about it.",
    es: "Un «pero» después de una disculpa la anula: el cliente solo oye lo que viene después, casi siempre una excusa. Acepta la culpa con amabilidad, sin «pero»; luego explica qué pasó y qué estás haciendo.",
  },
  example: {
    en: { bad: "We're sorry, but the warehouse was closed.", good: "We're sorry. The warehouse was closed." },
    es: { bad: "Lo sentimos, pero el almacén estaba cerrado.", good: "Lo sentimos. El almacén estaba cerrado." },
  },
  message: {
    en: "\"{phrase}\": the \"but\" takes the apology back. Apologise fully, then explain.",
    es: "«{phrase}»: el «pero» retira la disculpa. Discúlpate del todo y luego explica.",
  },
});
