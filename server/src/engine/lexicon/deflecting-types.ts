/**
 * Shape of the per-locale tables of deflecting phrases and their rewrites
 * (`locales/<locale>/deflecting.yaml`, compiled into `lexicon.json`). The tables are data:
 * regular-expression sources over NORMALISED text (lower case, no accents, straight quotes, single
 * spaces, each placeholder or HTML comment replaced by U+E000) plus replacement texts.
 */

/** The deflecting categories, one rule each (`deflecting/<category>`). */
export const DEFLECTING_CATEGORIES = [
  'apology-but',
  'non-apology',
  'blame-shifting',
  'customer-blame',
  'policy-shield',
  'dismissive',
  'minimizing',
  'redirect',
] as const;
export type DeflectingCategory = (typeof DEFLECTING_CATEGORIES)[number];

/**
 * Replacement text in the macro's language: one string, or Spanish tú/usted variants. `$1`…`$9`
 * insert the ORIGINAL text (case and accents kept) of the entry's own capture groups. An empty
 * string deletes the phrase (the engine also removes the comma and space it leaves behind and
 * capitalises the next word at a sentence start).
 */
export type RewriteText = string | { readonly tu: string; readonly usted: string };

export interface DeflectingRewrite {
  readonly text: RewriteText;
  /** False when the rewrite changes the meaning a lot: offered as a quick fix, never applied by fix-all. */
  readonly safe?: boolean;
}

export interface DeflectingEntry {
  /**
   * Regular-expression source over normalised text (no 'u' flag: plain UTF-16 units, which is
   * faster; write U+E000 as `\\uE000`). It must stay inside one sentence
   * and must not match U+E000 (placeholders are opaque). Word boundaries are added around it.
   */
  readonly pattern: string;
  /** Capture group (1-based, of this pattern) that the rewrites replace; absent = the whole match. */
  readonly target?: number;
  /** Rewrites, the first is the default quick fix; none = report only. */
  readonly rewrites?: readonly DeflectingRewrite[];
}

/** Context guards of a category: a match is dropped when one of them matches around it. */
export interface DeflectingGuards {
  /** Tested on the text of the sentence before the match; each is anchored at the end (`$`). */
  readonly before?: readonly string[];
  /** Tested on the rest of the sentence after the match; each is anchored at the start (`^`). */
  readonly after?: readonly string[];
}

export interface DeflectingCategoryTable {
  readonly entries: readonly DeflectingEntry[];
  readonly guards?: DeflectingGuards;
}

export type DeflectingLexicon = Readonly<Record<DeflectingCategory, DeflectingCategoryTable>>;

/**
 * Regroups the top-level alternatives of a `(?:a|b|…)` pattern by their first letter:
 * `(?:c(?:ourier|arrier)|b(?:ank)|…)`. Same language, but the regular-expression engine tries one
 * branch per position instead of every alternative, which matters for long lists of nouns.
 */
export function byFirstLetter(group: string): string {
  if (!group.startsWith('(?:') || !group.endsWith(')')) return group;
  const body = group.slice(3, -1);
  // Only one group spanning the whole source can be regrouped: `(?:a) (?:b)` is left alone.
  let level = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '(') level++;
    else if (body[i] === ')' && --level < 0) return group;
  }
  const alts: string[] = [];
  let depth = 0;
  let cls = false;
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      cur += ch + body[++i];
      continue;
    }
    if (cls) cls = ch !== ']';
    else if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '|' && depth === 0 && !cls) {
      alts.push(cur);
      cur = '';
    } else cur += ch;
  }
  alts.push(cur);
  // A group closed right after this one (e.g. `(?:…)s?`) binds to the whole group, so only the
  // alternatives are regrouped, never the suffix.
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alts) {
    if (/^[a-z0-9]/.test(a) && !/^[a-z0-9][?*+{]/.test(a)) {
      const k = a[0];
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(a.slice(1));
    } else rest.push(a);
  }
  const parts = [...groups].map(([k, list]) => (list.length === 1 ? k + list[0] : `${k}(?:${list.join('|')})`));
  return `(?:${[...parts, ...rest].join('|')})`;
}
