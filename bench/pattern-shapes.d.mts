/** The strings pattern source `src` matches (backtracking order), or the reason it is not a finite set. */
export function patternStrings(src: string): { strings: string[]; reason?: undefined } | { reason: string; strings?: undefined };
/** Per phrase table of `locale`'s compiled lexicon, its pattern sources. */
export function tablesOf(locale: 'en' | 'es'): Record<string, string[]>;
export class NotFinite extends Error {}
