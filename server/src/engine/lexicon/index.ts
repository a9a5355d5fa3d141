/**
 * Phrase knowledge per locale. The tables are data: `locales/<locale>/{moves,deflecting,anger}.yaml`,
 * compiled at build time by `npm run packs` (scripts/build-packs.mjs) into `locales/<locale>/lexicon.json`
 * (named fragments expanded, every pattern checked); this module only types and serves them.
 */
import type { Locale } from '../types';
import type { MovesLexicon } from './moves-types';
import type { DeflectingLexicon } from './deflecting-types';
import type { AngerLexicon } from './anger-types';
import type { PatternFilter } from './literals';
import { perLocale } from '../locale-data';

export type { MovesLexicon } from './moves-types';
export type { DeflectingLexicon } from './deflecting-types';
export type { AngerLexicon } from './anger-types';

export interface Lexicon {
  locale: Locale;
  moves: MovesLexicon;
  deflecting: DeflectingLexicon;
  anger: AngerLexicon;
  /**
   * Per split table (`moves.acknowledge`, `deflecting.redirect`, …), each pattern's literal prefilter,
   * computed at build time (see lexicon/literals.ts); absent, the engine derives it at first use.
   */
  prefilter?: Readonly<Record<string, readonly PatternFilter[]>>;
}

/**
 * The compiled tables as JSON gives them (their shape is checked by the build script and the tests), read
 * at the first use of a locale: a document in one language never evaluates the other's tables. The bundles
 * keep each file as a JSON string parsed by that first `require` (see esbuild.mjs); vitest uses Node's.
 */
const DATA = perLocale<Lexicon>({
  en: () => require('../locales/en/lexicon.json'),
  es: () => require('../locales/es/lexicon.json'),
});

/** The lexicon of a locale. */
export function getLexicon(locale: Locale): Lexicon {
  return DATA.get(locale);
}

/** The locales whose lexicon has been read so far (tests check that a lint reads only its document's). */
export function lexiconsLoaded(): Locale[] {
  return DATA.loaded();
}
