/**
 * Language data read at the first use of a locale: a document in one language never evaluates the
 * other's data. Each module passes its own `require` calls (the bundles keep those files as JSON strings
 * parsed by that first `require`, see esbuild.mjs; vitest uses Node's).
 */
import type { Locale } from './types';

export interface LocaleData<T> {
  /** The data of `locale`, read on first ask (undefined for a locale with no loader). */
  get(locale: Locale): T;
  /** The locales read so far (tests check that a lint reads only its document's). */
  loaded(): Locale[];
}

export function perLocale<T>(loaders: Record<Locale, () => unknown>): LocaleData<T> {
  const read: Partial<Record<Locale, T>> = {};
  return {
    get: (locale) => read[locale] ?? (loaders[locale] ? (read[locale] = loaders[locale]() as T) : (undefined as unknown as T)),
    loaded: () => Object.keys(read) as Locale[],
  };
}
