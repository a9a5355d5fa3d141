/**
 * What every rewrite module shares: the rewrite texts of the language packs (compiled from
 * `locales/<locale>/rewrites.yaml`), the reply's voice, and building a fix from joined-text edits.
 */
import type { Anger, Edit, Fix, Locale, Range } from '../types';
import type { Register, RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { findBlanks } from '../analysis';
import { sourceRange } from '../text';

/** A rewrite text: a string, or texts by voice, register or anger type (`default` for the rest). */
export type TextNode = string | { readonly [key: string]: TextNode };

let TEXTS: Record<string, Record<string, Record<string, unknown>>> | undefined;

/** The rewrite texts of a locale, by rewrite kind and key. */
export function rewriteTexts(locale: Locale): Record<string, Record<string, unknown>> {
  // Read at the first rewrite (as the lexicons are: see lexicon/index.ts); one file for both locales.
  TEXTS ??= require('./texts.json') as Record<string, Record<string, Record<string, unknown>>>;
  return TEXTS[locale];
}

/** Who the reply speaks as. */
export type Voice = 'we' | 'i';

/** The keys a text node is looked up by, most specific first. */
export interface TextKeys {
  voice: Voice;
  register: Register;
  anger?: Anger;
}

/** The text of `node` for the reply's voice, register and anger type; undefined when none fits. */
export function pick(node: unknown, keys: TextKeys): string | undefined {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return undefined;
  const map = node as Record<string, unknown>;
  // vosotros and voseo texts fall back to tú when a pack has none.
  const fallback = keys.register === 'voseo' || keys.register === 'vosotros' ? 'tu' : undefined;
  for (const k of [keys.voice, keys.register, fallback, keys.anger, 'default']) {
    if (k && map[k] !== undefined) return pick(map[k], keys);
  }
  return undefined;
}

/**
 * First-person forms of each voice, on the text as written: one table for choosing a rewrite's voice and for
 * the validator that checks it (two tables disagreed: "Veo que…, entiendo…" chose "we" and the check said "I").
 */
export const VOICE: Record<Locale, { we: RegExp; i: RegExp }> = {
  en: {
    we: /(?<![\p{L}'])(?:we|we're|we've|we'll|we'd|us|our|ours|ourselves)(?![\p{L}'])/giu,
    i: /(?<![\p{L}'])(?:I|I'm|I've|I'll|I'd|me|my|mine|myself)(?![\p{L}'])/gu,
  },
  es: {
    we: /(?<![\p{L}])(?:nosotr[oa]s|nuestr[oa]s?|nos|hemos|sentimos|lamentamos|estamos|podemos|queremos|vamos|somos|tenemos|pedimos|agradecemos|entendemos|comprendemos|[a-zñ]+(?:amos|emos|imos))(?![\p{L}])/giu,
    i: /(?<![\p{L}])(?:yo|me|mi|mis|conmigo|he|siento|lamento|estoy|puedo|quiero|voy|soy|tengo|pido|agradezco|entiendo|comprendo|veo|creo|espero|confirmo|informo|escribo|recomiendo|sugiero|reviso|encargo|ofrezco|aseguro|comprometo|(?!(?:qu[eé]|as[ií]|aqu[ií]|all[ií]|ah[ií]|ac[aá]|s[ií]|m[ií]|caf[eé]|beb[eé]|porqu[eé])(?![\p{L}]))[a-zñ]+(?:é|í)(?![\p{L}]))(?![\p{L}])/giu,
  },
};

/** The voice of a reply (as written): "I" when it speaks as I more than as we, else "we". */
export function voiceOf(text: string, locale: Locale): Voice {
  const v = VOICE[locale];
  return (text.match(v.i) ?? []).length > (text.match(v.we) ?? []).length ? 'i' : 'we';
}

/** The text keys of the reply a rule is checking. */
export function keysOf(ctx: RuleContext): TextKeys {
  return { voice: voiceOf(ctx.reply.text, ctx.locale), register: ctx.locale === 'es' ? ctx.register : 'tu', anger: ctx.anger };
}

/** `text` folded as the pattern lists of the packs read it: lower case, no accents, straight quotes. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

const patternCache = new Map<string, RegExp[]>();

/**
 * The compiled `when` patterns of list `key` of rewrite kind `kind`: starting at a word, and ending at
 * one unless the pattern ends in a space or a lookahead ("i have " reads on into the next word).
 */
export function patterns(locale: Locale, kind: string, key: string): RegExp[] {
  const id = `${locale}|${kind}|${key}`;
  let out = patternCache.get(id);
  if (!out) {
    const list = (rewriteTexts(locale)[kind]?.[key] ?? []) as { when: string }[];
    out = list.map((x) => new RegExp(`(?<![a-z])(?:${x.when})${/(?: |\(\?![^()]*\))$/.test(x.when) ? '' : '(?![a-z])'}`));
    patternCache.set(id, out);
  }
  return out;
}

/** True when folded `text` matches one of the `when` patterns of list `key` of kind `kind`. */
export function matchesAny(locale: Locale, kind: string, key: string, text: string): boolean {
  const t = fold(text);
  return patterns(locale, kind, key).some((re) => re.test(t));
}

/** Folded `text` with the phrases of list `key` (and the commas between them) taken off its start, trimmed. */
export function stripLeading(locale: Locale, kind: string, key: string, text: string): string {
  const list = (rewriteTexts(locale)[kind]?.[key] ?? []) as { when: string }[];
  const res = list.map((x) => new RegExp(`^(?:${x.when})(?![a-z])`));
  let t = fold(text).replace(/^[\s,;:!.]+/, '');
  for (let again = true; again; ) {
    again = false;
    for (const re of res) {
      const m = re.exec(t);
      if (m && m[0]) {
        t = t.slice(m[0].length).replace(/^[\s,;:!.]+/, '');
        again = true;
      }
    }
  }
  return t.trim();
}

/** Fills `{name}` slots of a text. */
export function fill(text: string, data: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);
}

/** Joined-text range of a match (or of its capture group `group`, relative to the entry's groups). */
export function joinedRange(ctx: RuleContext, match: PhraseMatch, group?: number): Range | undefined {
  const nt = ctx.reply.normalized;
  if (group === undefined) return sourceRange(nt, match.start, match.end);
  const ind = match.exec?.indices?.[match.group! + group];
  return ind ? sourceRange(nt, ind[0], ind[1]) : undefined;
}

/** True when joined offset `s` opens a sentence (after . ! ? and spaces, a line break, or at the start). */
export function opensSentence(text: string, s: number): boolean {
  return /(?:^|[.!?]["')\]]?[ \t\u00A0]+|\n[ \t]*(?:[-*+>][ \t]+|\d+[.)][ \t]+)?)$/.test(text.slice(Math.max(0, s - 200), s));
}

/** `text` with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/** `text` with its first letter in lower case, unless it is "I" or an "I'…" contraction. */
export function lowerFirst(text: string): string {
  if (/^I(?![\p{L}])/u.test(text)) return text;
  return text.replace(/\p{L}/u, (c) => c.toLowerCase());
}

/** A rewrite fix replacing joined range [start, end) by `text`; blanks in it become snippet tab stops. */
export function rewriteFix(ctx: RuleContext, start: number, end: number, text: string, title: string, safe: boolean): Fix | undefined {
  const edits = ctx.reply.edit(start, end, text);
  if (!edits?.length) return undefined;
  const marked = edits.map((e) => {
    const blanks = findBlanks(e.text);
    return blanks.length ? { ...e, blanks } : e;
  });
  const blank = marked.some((e) => e.blanks);
  return { title, edits: marked, safe: safe && !blank, rewrite: true };
}

const TITLES: Record<Locale, string> = { en: 'Rewrite as "{text}"', es: 'Cambiar por «{text}»' };

/** The title of a rewrite showing its new text (shortened). */
export function titleFor(locale: Locale, text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return fill(TITLES[locale], { text: t.length > 70 ? `${t.slice(0, 67)}…` : t });
}

/** A short preview of replacing joined [start, end) by `replacement`: a few words either side. */
export function preview(text: string, start: number, end: number, replacement: string): string {
  const before = /(?:\S+\s+){0,2}\S*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
  const after = /^\S*(?:\s+\S+){0,2}/u.exec(text.slice(end, end + 40))?.[0] ?? '';
  return `${before}${replacement}${after}`.replace(/\s+/g, ' ').trim();
}

/** Edits deleting joined-text range [a, b) of a sentence, with the whitespace that joins it to its neighbours. */
export function deleteSentence(ctx: RuleContext, a: number, b: number): Edit[] | undefined {
  const text = ctx.reply.text;
  let after = b;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (after < text.length && text[after] !== '\n' && text[after] !== '\r') return ctx.reply.edit(a, after, '');
  let before = a;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before > 0 && text[before - 1] !== '\n') return ctx.reply.edit(before, b, '');
  let p = a;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  if (p > 0) return ctx.reply.edit(p, b, '');
  let n = b;
  while (n < text.length && /\s/.test(text[n])) n++;
  return n < text.length ? ctx.reply.edit(a, n, '') : undefined;
}
