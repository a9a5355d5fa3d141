import { phraseRule } from './phrase-rule';
import { duringRepeatRanges } from '../anger-type';

/** `deflecting/dismissive`: phrases of the lexicon category "dismissive", with their rewrites. */
export const dismissive = phraseRule({
  category: 'dismissive',
  description: {
    en: "Talks down to the customer: \"calm down\", \"as I already said\".",
    es: "Trata al cliente con condescendencia: «cálmese», «como ya le dije».",
  },
  rationale: {
    en: "Telling a customer to calm down, or reminding them you already said it, tells them they are not being heard. It turns a customer who was angry before contacting you into one who is angry because of you.",
    es: "Pedir al cliente que se calme, o recordarle que ya se lo dijiste, le dice que no se le escucha. Convierte a un cliente enfadado antes de escribirte en uno enfadado por tu culpa.",
  },
  example: {
    en: { bad: "As I already said, the refund takes five days.", good: "The refund takes five days." },
    es: { bad: "Como ya le dije, el reembolso tarda cinco días.", good: "El reembolso tarda cinco días." },
  },
  message: {
    en: "\"{phrase}\" is dismissive: the customer should feel heard.",
    es: "«{phrase}» es condescendiente: el cliente debe sentirse escuchado.",
  },
  // On an `anger: during` reply, `anger-type` already reports "as I said" phrases: report them once.
  skip(ctx) {
    const ranges = duringRepeatRanges(ctx);
    if (!ranges.length) return undefined;
    return (m) => ranges.some((r) => r.start < m.end && m.start < r.end);
  },
});
