/**
 * Sentence features for the trained models: stems, stem bigrams, the words as written, the language
 * pack's slots and cues, negation, and where the sentence sits in the reply (first, last, after an
 * apology). Feature names are plain strings; the model file maps them to weights.
 */
import type { Locale, Range } from '../types';
import { findCues, findSlots } from './pack';
import { tokenize } from './tokens';

/** One sentence of a reply, analysed for detection. */
export interface SentenceInfo {
  /** Range in the normalised reply. */
  range: Range;
  slots: ReadonlySet<string>;
  /** Ids of the pack's cues found in the sentence. */
  cues: readonly string[];
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

/** What a sentence says on its own (no context): cached by locale and text, since libraries repeat sentences. */
export interface IntrinsicInfo {
  slots: ReadonlySet<string>;
  cueIds: readonly string[];
  /** Features of the sentence alone (stems, words, pairs, slots, cues, who acts, negation, length). */
  features: readonly string[];
}

const INTRINSIC_MAX = 20_000;
const intrinsicCache: Record<Locale, Map<string, IntrinsicInfo>> = { en: new Map(), es: new Map() };

/** The context-free features of one sentence (normalised text [start, end) of `norm`). */
export function intrinsicInfo(norm: string, start: number, end: number, locale: Locale): IntrinsicInfo {
  const text = norm.slice(start, end);
  const cache = intrinsicCache[locale];
  const hit = cache.get(text);
  if (hit) return hit;
  const toks = tokenize(text, 0, text.length, locale);
  const hits = findSlots(toks, locale);
  const slots = new Set(hits.map((h) => h.slot));
  const cueIds = findCues(toks, hits, locale).map((c) => c.id);
  const f = new Set<string>();
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
  for (const sl of slots) f.add(`s:${sl}`);
  for (const c of cueIds) f.add(`c:${c}`);
  if (text.includes('?')) f.add('q');
  if (text.includes('!')) f.add('excl');
  f.add(`len:${Math.min(4, Math.floor(toks.length / 6))}`);
  f.add('bias');
  const info: IntrinsicInfo = { slots, cueIds, features: [...f] };
  if (cache.size >= INTRINSIC_MAX) cache.clear();
  cache.set(text, info);
  return info;
}

/** Features that depend on the sentence's place in the reply and on the phrase tables' verdicts. */
export function contextFeatures(infos: readonly IntrinsicInfo[], ranges: readonly Range[], i: number, tables: Record<string, readonly Range[]>): string[] {
  const out: string[] = [];
  if (i === 0) out.push('first');
  if (i === infos.length - 1) out.push('last');
  const prev = infos[i - 1];
  if (prev) {
    if (prev.slots.has('apology')) out.push('prev:apology');
    for (const c of prev.cueIds) out.push(`prev:${c}`);
  }
  const r = ranges[i];
  for (const [name, list] of Object.entries(tables)) {
    if (list.some((x) => x.start < r.end && r.start < x.end)) out.push(`tbl:${name}`);
  }
  return out;
}

/** Features of each sentence of a normalised reply (its sentences as normalised ranges). */
export function sentenceInfos(norm: string, sentences: readonly Range[], locale: Locale, tables: Record<string, readonly Range[]> = {}): SentenceInfo[] {
  const intrinsic = sentences.map((r) => intrinsicInfo(norm, r.start, r.end, locale));
  return sentences.map((range, i) => ({
    range,
    slots: intrinsic[i].slots,
    cues: intrinsic[i].cueIds,
    features: [...intrinsic[i].features, ...contextFeatures(intrinsic, sentences, i, tables)],
  }));
}
