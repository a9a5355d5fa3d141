/**
 * Phrase knowledge per locale. The tables are data (`lexicon/<locale>/*.ts` export plain objects);
 * this module assembles them and compiles their patterns once per locale.
 */
import type { Locale } from '../types';
import type { MovesLexicon } from './moves-types';
import type { DeflectingLexicon } from './deflecting-types';
import { movesEn } from './en/moves';
import { movesEs } from './es/moves';
import { deflectingEn } from './en/deflecting';
import { deflectingEs } from './es/deflecting';

export type { MovesLexicon } from './moves-types';
export type { DeflectingLexicon } from './deflecting-types';

export interface Lexicon {
  locale: Locale;
  moves: MovesLexicon;
  deflecting: DeflectingLexicon;
}

const LEXICONS: Record<Locale, Lexicon> = {
  en: { locale: 'en', moves: movesEn, deflecting: deflectingEn },
  es: { locale: 'es', moves: movesEs, deflecting: deflectingEs },
};

/** The lexicon of a locale. */
export function getLexicon(locale: Locale): Lexicon {
  return LEXICONS[locale];
}
