/**
 * Sentence features for the trained models: stems, stem bigrams, the words as written, the language
 * pack's slots and cues, negation, and where the sentence sits in the reply (first, last, after an
 * apology). Feature names are plain strings; the model file maps them to weights.
 */
import type { Locale, Range } from '../types';
import { findCues, findSlots } from './pack';
import { tokenize, type Token } from './tokens';

/** One sentence of a reply, analysed for detection. */
export interface SentenceInfo {
  /** Range in the normalised reply. */
  range: Range;
  tokens: Token[];
  slots: Set<string>;
  cues: { id: string; at: number; end: number }[];
  features: string[];
}

const SUBJECTS: Record<Locale, Set<string>> = {
  en: new Set(['we', 'i', 'you', 'they', 'it', 'this', 'that', 'he', 'she']),
  es: new Set(['nosotros', 'usted', 'tu', 'yo', 'ellos', 'ellas', 'vos', 'te', 'le']),
};
const SUBJECTS_NORM: Record<string, string> = { te: 'tu', le: 'usted', vos: 'tu' };
const LEAD_SKIP: Record<Locale, Set<string>> = {
  en: new Set(['please', 'kindly', 'so', 'also', 'and', 'then', 'just', 'simply', 'now', 'hi', 'hello', '<ph>']),
  es: new Set(['por', 'favor', 'y', 'tambien', 'solo', 'simplemente', 'ahora', 'hola', '<ph>']),
};
const EN_VERBS = new Set(['contact', 'use', 'post', 'ask', 'call', 'email', 'visit', 'check', 'go', 'try', 'see', 'read', 'refer', 'note',
  'make', 'send', 'fill', 'follow', 'provide', 'submit', 'open', 'file', 'review', 'stop', 'do', 'don\'t', 'reach', 'get', 'head', 'hop',
  'take', 'keep', 'be', 'let', 'consider', 'feel', 'remember', 'bear', 'understand', 'look', 'click', 'update', 'install', 'upgrade',
  'report', 'raise', 'join', 'write', 'search', 'consult', 'direct', 'avoid', 'refrain', 'ensure', 'include', 'attach', 'verify']);
const IMPERATIVE: Record<Locale, (w: string) => boolean> = {
  en: (w) => EN_VERBS.has(w),
  // Usted and tú imperatives with clitics ("comuniquese", "dirigete", "contactanos") and voseo ("contacta").
  es: (w) => /(?:ese|ate|ete|ite|anos|enos|alo|elo|ela|ala)$/.test(w) || /^(?:contacte|contacta|escriba|escribe|llame|llama|visite|visita|consulte|consulta|revise|revisa|acuda|acude|ingrese|ingresa|recuerde|recuerda|recorda|tenga|ten|verifique|verifica|utilice|utiliza|envie|envia|complete|completa|adjunte|adjunta)$/.test(w),
};

/** Features of each sentence of a normalised reply (its sentences as normalised ranges). */
export function sentenceInfos(norm: string, sentences: readonly Range[], locale: Locale, tables: Record<string, readonly Range[]> = {}): SentenceInfo[] {
  const infos: SentenceInfo[] = sentences.map((range) => {
    const tokens = tokenize(norm, range.start, range.end, locale);
    const hits = findSlots(tokens, locale);
    const cues = findCues(tokens, hits, locale);
    return { range, tokens, slots: new Set(hits.map((h) => h.slot)), cues, features: [] };
  });
  infos.forEach((s, i) => {
    const f = new Set<string>();
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      f.add(`w:${toks[k].stem}`);
      f.add(`t:${toks[k].word}`);
      f.add(`b:${k === 0 ? '^' : toks[k - 1].stem}_${toks[k].stem}`);
    }
    if (toks.length) f.add(`b:${toks[toks.length - 1].stem}_$`);
    // Who acts: the first pronoun of the sentence, and whether it opens with a verb (an instruction).
    const subj = toks.find((t) => SUBJECTS[locale].has(t.stem));
    if (subj) f.add(`subj:${SUBJECTS_NORM[subj.stem] ?? subj.stem}`);
    const lead = toks.find((t) => !LEAD_SKIP[locale].has(t.word));
    if (lead && IMPERATIVE[locale](lead.word)) f.add('imperative');
    if (toks.some((t) => t.word === 'not' || t.word === 'no' || t.word === 'never' || t.word === 'nunca')) f.add('neg');
    for (const sl of s.slots) f.add(`s:${sl}`);
    for (const c of s.cues) f.add(`c:${c.id}`);
    const text = norm.slice(s.range.start, s.range.end);
    if (text.includes('?')) f.add('q');
    if (text.includes('!')) f.add('excl');
    if (i === 0) f.add('first');
    if (i === infos.length - 1) f.add('last');
    const prev = infos[i - 1];
    if (prev) {
      if (prev.slots.has('apology')) f.add('prev:apology');
      for (const c of prev.cues) f.add(`prev:${c.id}`);
    }
    for (const [name, ranges] of Object.entries(tables)) {
      if (ranges.some((r) => r.start < s.range.end && s.range.start < r.end)) f.add(`tbl:${name}`);
    }
    f.add(`len:${Math.min(4, Math.floor(toks.length / 6))}`);
    f.add('bias');
    s.features = [...f];
  });
  return infos;
}
