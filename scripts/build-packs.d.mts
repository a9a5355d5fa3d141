/** Types of scripts/build-packs.mjs (the language-pack compiler run by `npm run packs`). */
/** The engine helpers the compiler uses: tokenizer, `byFirstLetter`, literal extraction. */
export function loadTokenizer(): Promise<unknown>;
/** The phrase-table files of a language pack, in the order `lexicon.json` holds them. */
export const TABLES: string[];
/** One phrase-table YAML file compiled (fragments expanded, patterns checked). */
export function compileTables(locale: string, name: string, yamlText: string, lib: unknown): Record<string, any>;
/** The compiled phrase tables of a locale folder (`lexicon.json`), or undefined when it has none. */
export function compileLexicon(locale: string, dir: string, lib: unknown): Record<string, unknown> | undefined;
/** The detector pack (`pack.json`) compiled from a `detect.yaml` text. */
export function compilePack(locale: string, yamlText: string, tok: unknown): Promise<Record<string, unknown>>;
