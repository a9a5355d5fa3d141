/**
 * The rewrite validator ("safe means proven"): a rewrite of reply prose stays safe only when the reply
 * after it still reads right. Checks compare the text before and after the fix around its edits (so a
 * flaw already in the reply never blocks a fix) and the findings before and after it.
 */
import type { Edit, Finding, Locale, Range } from '../types';
import type { Register } from '../rule';
import { registerEvidence, detectRegister } from '../locale';
import { analyzeText } from '../analysis';
import { tokenize } from '../detect/tokens';
import { PLACEHOLDER_RE } from '../text';
import { VOICE } from './common';

/** What a failed check is called (the message tables below say it to the user). */
export type Violation =
  | 'parse'
  | 'doubled-word'
  | 'capitalisation'
  | 'punctuation'
  | 'spacing'
  | 'voice'
  | 'register'
  | 'lost-token'
  | 'agreement'
  | 'new-finding'
  | 'other-problem'
  | 'cleared-move'
  | 'not-fixed';

/** Why a rewrite was demoted, per message locale. */
export const VIOLATION_MESSAGES: Record<Locale, Record<Violation, string>> = {
  en: {
    parse: 'a sentence no longer reads as a whole clause',
    'doubled-word': 'a word is doubled',
    capitalisation: 'a sentence starts in lower case',
    punctuation: 'punctuation is doubled or misplaced',
    spacing: 'spacing is wrong',
    voice: 'the reply switches between "we" and "I"',
    register: 'the reply switches register (tú/usted)',
    'lost-token': 'a placeholder, number, date, URL or e-mail is lost',
    agreement: 'an article no longer agrees with the word after it',
    'new-finding': 'the result has a new problem',
    'other-problem': 'the sentence still has another problem',
    'cleared-move': 'it hides a missing move without making it',
    'not-fixed': 'the problem is still there',
  },
  es: {
    parse: 'una frase deja de ser una oración completa',
    'doubled-word': 'una palabra queda repetida',
    capitalisation: 'una frase empieza en minúscula',
    punctuation: 'la puntuación queda doble o fuera de sitio',
    spacing: 'los espacios quedan mal',
    voice: 'la respuesta cambia entre «nosotros» y «yo»',
    register: 'la respuesta cambia de tratamiento (tú/usted)',
    'lost-token': 'se pierde un marcador, número, fecha, URL o correo',
    agreement: 'un artículo deja de concordar con la palabra que le sigue',
    'new-finding': 'el resultado tiene un problema nuevo',
    'other-problem': 'la frase sigue teniendo otro problema',
    'cleared-move': 'oculta un paso que falta sin darlo',
    'not-fixed': 'el problema sigue ahí',
  },
};

/** The text of a fix's reply before and after it, and where it changed. */
export interface RewriteChange {
  before: string;
  after: string;
  /** The fix's edits, offsets into `before`. */
  edits: readonly Edit[];
  locale: Locale;
  /** The macro holding the edits, in `before` (voice and register are judged on the whole reply). */
  macro?: Range;
}

const DANGLING_START: Record<Locale, Set<string>> = {
  en: new Set('and or nor of than'.split(' ')),
  es: new Set('y e u ni sino'.split(' ')),
};
const DANGLING_END: Record<Locale, Set<string>> = {
  en: new Set('the a an and but or of to at for with by from in on than because that my our your their'.split(' ')),
  es: new Set('el la los las un una y e pero o de a en con por para que porque su sus tu tus mi mis nuestro nuestra'.split(' ')),
};

const WEEKDAYS_MONTHS =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?![\p{L}])/giu;
const URL = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NUMBER = /\p{N}+(?:[.,:/-]\p{N}+)*/gu;

/** Placeholders, numbers, dates, URLs and e-mails of `text`, as a multiset. */
function keptTokens(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string) => out.set(w, (out.get(w) ?? 0) + 1);
  let rest = text;
  for (const re of [new RegExp(PLACEHOLDER_RE.source, 'g'), URL, EMAIL]) {
    rest = rest.replace(re, (m) => {
      add(m);
      return ' ';
    });
  }
  for (const m of rest.matchAll(NUMBER)) add(m[0]);
  for (const m of rest.matchAll(WEEKDAYS_MONTHS)) add(m[0].toLowerCase());
  return out;
}

function count(re: RegExp, text: string): number {
  return (text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length;
}

// "a" before a vowel letter, "an" before a consonant letter ("It was an hiccup"): a deletion that joins an
// article to a new word. Words whose sound differs from their spelling are counted the same on both
// sides, so only a mismatch the rewrite creates fails.
const ARTICLE: Record<Locale, RegExp[]> = {
  en: [/(?<![\p{L}'])a[ \t]+[aeiou]\p{L}*/giu, /(?<![\p{L}'])an[ \t]+[b-df-hj-np-tv-z]\p{L}*/giu],
  es: [],
};

const DOUBLED = [/(?<![\p{L}])(\p{L}+)[ \t,]+\1(?![\p{L}])/giu, /(?<![\p{L}])(\p{L}+ \p{L}+)[ \t,]+\1(?![\p{L}])/giu];
// A sentence opening in lower case after a full stop (not after "e.g." or an ellipsis).
const LOWER_START = /(?<!\.\p{L})(?<!\.\.)[.!?]["')\]]?[ \t]+\p{Ll}/gu;
const PUNCT = [/[,;:][ \t]*[.,;:!?]/g, /[.!?][ \t]*[,;:]/g, /(?<!\.)\.[ \t]*\.(?!\.)/g, /[¿¡][ \t]*[.,;:]/g];
const SPACING = [/\S[ \t]{2,}\S/g, /[ \t][,.;:!?](?![\w.])/g, /[,;!?](?=\p{L})/gu, /[ \t]+(?=\r?\n)/g, /[¿¡][ \t]/g];

// Voice: the reply speaks as "we" or as "I". Spanish verbs in the first person plural count as "we".

/** Lines of `text` holding [start, end), whole. */
function lineRegion(text: string, start: number, end: number): Range {
  const s = text.lastIndexOf('\n', start - 1) + 1;
  const n = text.indexOf('\n', end);
  return { start: s, end: n < 0 ? text.length : n };
}

/** The changed lines before and after the edits. */
export function changedRegions(change: RewriteChange): { before: string; after: string } {
  const edits = [...change.edits].sort((a, b) => a.start - b.start);
  const first = edits[0]?.start ?? 0;
  const last = edits.length ? Math.max(...edits.map((e) => e.end)) : 0;
  const delta = edits.reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
  const b = lineRegion(change.before, first, last);
  const a = lineRegion(change.after, first, last + delta);
  return { before: change.before.slice(b.start, b.end), after: change.after.slice(a.start, a.end) };
}

/** Counts of sentences that open or close on a dangling word, or hold no word at all. */
function clauseFaults(text: string, locale: Locale): number {
  const an = analyzeText(text, locale);
  let faults = 0;
  for (const s of an.sentences) {
    const tokens = tokenize(an.norm, s.start, s.end, locale).filter((t) => t.word !== '<ph>');
    if (!tokens.length) {
      if (/[\p{L}\p{N}\uE000]/u.test(an.norm.slice(s.start, s.end))) continue;
      faults++;
      continue;
    }
    if (DANGLING_START[locale].has(tokens[0].word) && /^[\p{L}]/u.test(an.norm.slice(s.start, s.end))) faults++;
    const tail = an.norm.slice(tokens[tokens.length - 1].end, s.end);
    if (DANGLING_END[locale].has(tokens[tokens.length - 1].word) && /^[.!?]*$/.test(tail.trim())) faults++;
  }
  return faults;
}

// Words a deletion must not leave on either side of its seam: a function word left hanging before it
// ("Por ello, y | clínicos"), a complement cut from its head after it ("… of inspection | de financiación",
// "…days, | of our bug tracker"), or a sentence left opening on a function word ("| Que regula…", "| To her…").
const SEAM_LEFT: Record<Locale, Set<string>> = {
  en: new Set('and or but nor of to the a an with by for from in on at as than'.split(' ')),
  es: new Set('y e o u ni pero de del a al el la los las un una con por para en que según segun como'.split(' ')),
};
const SEAM_RIGHT: Record<Locale, Set<string>> = { en: new Set(['of', 'than']), es: new Set(['de', 'del']) };
const SEAM_START: Record<Locale, Set<string>> = {
  en: new Set('of to than and or nor but so that which who whom whose for with by from in on at as'.split(' ')),
  es: new Set('de del a al que y e o u ni pero cuyo cuya cuyos cuyas con por para en como'.split(' ')),
};

const SEAM_CONJ: Record<Locale, Set<string>> = {
  en: new Set('and but or so because'.split(' ')),
  es: new Set('y e pero o u porque sino'.split(' ')),
};

/** True when an edit deletes text (at most re-capitalising the next letter). */
const isDeletion = (text: string) => /^\p{Lu}?$/u.test(text);

/** True when some deletion leaves a broken seam (see SEAM_*), in the text after the change. */
function brokenSeam(change: RewriteChange): boolean {
  const edits = [...change.edits].sort((a, b) => a.start - b.start);
  let delta = 0;
  for (const e of edits) {
    const pos = e.start + delta;
    delta += e.text.length - (e.end - e.start);
    // "Lo siento muchísimo, de verdad, que…" → "Lo siento, que…": the edit took the comma that opened an
    // aside and left the one that closed it.
    const commas = (t: string) => (t.match(/,/g) ?? []).length;
    if ((commas(change.before.slice(e.start, e.end)) - commas(e.text)) % 2 !== 0 && /^[ \t]*,/.test(change.before.slice(e.end))) return true;
    if (!isDeletion(e.text)) continue;
    const before = change.after.slice(Math.max(0, pos - 200), pos);
    const right = /^[\s,]*([\p{L}']+)/u.exec(change.after.slice(pos, pos + 60))?.[1]?.toLowerCase();
    if (!right) continue;
    const atStart = /(?:^|[.!?]["')\]]?\s+|\n[ \t]*(?:[-*+>][ \t]+)?|^[ \t]*\w+:[ \t]*["']?)$/u.test(before);
    // An introductory phrase may lack its comma ("Según nuestra política los reembolsos…"): what is
    // left must open a sentence.
    if (atStart) {
      if (SEAM_START[change.locale].has(right)) return true;
      continue;
    }
    // Elsewhere a deletion takes a whole phrase: it ends at punctuation, or punctuation follows it ("…, as I said,").
    const deleted = change.before.slice(e.start, e.end).slice(0, /\p{Lu}/u.test(e.text) ? -1 : undefined);
    if (!/[,;:.!?)][ \t]*$/.test(deleted) && !/^[ \t]*(?:[,;:.!?)]|\r?\n|$)/.test(change.before.slice(e.end))) return true;
    // "Lo siento, | que los boletos…", "…sorry, | that…": a comma left between a word and its complement.
    if ((/,[ \t]*$/.test(before) || /^[ \t]*,/.test(change.after.slice(pos))) && SEAM_START[change.locale].has(right)) return true;
    // "…, but, | subscription fees…": a conjunction left before the comma that closed the deleted phrase.
    if (/^[ \t]*,/.test(change.after.slice(pos)) && SEAM_CONJ[change.locale].has(/([\p{L}']+)[ \t]*$/u.exec(before)?.[1]?.toLowerCase() ?? '')) return true;
    if (SEAM_RIGHT[change.locale].has(right)) return true;
    const left = /([\p{L}']+)[ \t]*$/u.exec(before)?.[1]?.toLowerCase();
    if (left && SEAM_LEFT[change.locale].has(left)) return true;
  }
  return false;
}

/** True when the change brings in forms of a register other than the reply's (removing some is fine). */
function registerFaults(before: string, regionBefore: string, regionAfter: string): boolean {
  const dominant: Register = detectRegister(before);
  const eb = registerEvidence(regionBefore);
  const ea = registerEvidence(regionAfter);
  const evidence = registerEvidence(before);
  if (!Object.values(evidence).some((n) => n > 0)) return false;
  // Forms shared by tú and voseo ("te", "tu") do not switch between the two.
  const foreign: Register[] = (['tu', 'usted', 'vosotros', 'voseo'] as Register[]).filter((r) => r !== dominant && !(dominant === 'voseo' && r === 'tu'));
  return foreign.some((r) => ea[r] > eb[r]);
}

/** The text checks that a rewrite fails (empty: it reads right). */
export function textViolations(change: RewriteChange): Violation[] {
  const { before, after } = changedRegions(change);
  const out: Violation[] = [];
  const grew = (re: RegExp) => count(re, after) > count(re, before);
  if (brokenSeam(change) || clauseFaults(after, change.locale) > clauseFaults(before, change.locale)) out.push('parse');
  if (DOUBLED.some(grew)) out.push('doubled-word');
  if (grew(LOWER_START)) out.push('capitalisation');
  if (PUNCT.some(grew)) out.push('punctuation');
  if (SPACING.some(grew)) out.push('spacing');
  if (ARTICLE[change.locale].some(grew)) out.push('agreement');
  // "Hi {{name}} refunds take…": a placeholder run into the next word where a comma stood.
  const runOn = (t: string) => t.replace(new RegExp(PLACEHOLDER_RE.source, 'g'), '\uE000');
  if (count(/\uE000[ \t]+\p{Ll}/u, runOn(after)) > count(/\uE000[ \t]+\p{Ll}/u, runOn(before))) out.push('punctuation');
  const macro = change.macro ?? { start: 0, end: change.before.length };
  const delta = change.edits.reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
  const replyBefore = change.before.slice(macro.start, macro.end);
  const replyAfter = change.after.slice(macro.start, macro.end + delta);
  const v = VOICE[change.locale];
  const wasWe = count(v.we, replyBefore) > 0;
  const wasI = count(v.i, replyBefore) > 0;
  // A voice the reply never used, brought in by the fix.
  if ((wasWe && !wasI && count(v.i, after) > count(v.i, before)) || (wasI && !wasWe && count(v.we, after) > count(v.we, before))) out.push('voice');
  if (change.locale === 'es' && registerFaults(replyBefore, before, after)) out.push('register');
  const kb = keptTokens(before);
  const ka = keptTokens(after);
  for (const [tok, n] of kb) {
    if ((ka.get(tok) ?? 0) < n) {
      out.push('lost-token');
      break;
    }
  }
  return out;
}

/** Counts of findings per rule, hints (info) left out: a hint is not a problem the fix created. */
function perRule(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) if (f.severity !== 'info') out.set(f.ruleId, (out.get(f.ruleId) ?? 0) + 1);
  return out;
}

/**
 * The finding checks a rewrite fails: a rule reports more than before, a `missing-*` finding vanished
 * though fixing it was not the fix's purpose, or the finding it fixes (of rule `purpose`) is still there.
 */
export function findingViolations(before: readonly Finding[], after: readonly Finding[], purpose: string): Violation[] {
  const out: Violation[] = [];
  const b = perRule(before);
  const a = perRule(after);
  for (const [rule, n] of a) if (n > (b.get(rule) ?? 0)) out.push('new-finding');
  for (const [rule, n] of b) {
    if (rule.startsWith('missing-') && rule !== purpose && (a.get(rule) ?? 0) < n) out.push('cleared-move');
  }
  if (b.has(purpose) && (a.get(purpose) ?? 0) >= (b.get(purpose) ?? 0)) out.push('not-fixed');
  return [...new Set(out)];
}

/** The rules that report more findings after a fix than before (named in the reason). */
export function newFindingRules(before: readonly Finding[], after: readonly Finding[]): string[] {
  const b = perRule(before);
  return [...perRule(after)].filter(([rule, n]) => n > (b.get(rule) ?? 0)).map(([rule]) => rule);
}

/** The localised reasons of a list of violations, joined for a title or a JSON field. */
export function describeViolations(violations: readonly Violation[], locale: Locale): string[] {
  return violations.map((v) => VIOLATION_MESSAGES[locale][v]);
}
