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
import type { AngerLexicon } from './anger-types';
import { angerEn } from './en/anger';
import { angerEs } from './es/anger';

export type { MovesLexicon } from './moves-types';
export type { DeflectingLexicon } from './deflecting-types';
export type { AngerLexicon } from './anger-types';

export interface Lexicon {
  locale: Locale;
  moves: MovesLexicon;
  deflecting: DeflectingLexicon;
  anger: AngerLexicon;
}

const LEXICONS: Record<Locale, Lexicon> = {
  en: { locale: 'en', moves: movesEn, deflecting: deflectingEn, anger: angerEn },
  es: { locale: 'es', moves: movesEs, deflecting: deflectingEs, anger: angerEs },
};

/** The lexicon of a locale. */
export function getLexicon(locale: Locale): Lexicon {
  return LEXICONS[locale];
}
