/**
 * Tokens of a normalised sentence for the detector: contractions expanded, placeholders as one token,
 * each word with a light stem (English suffix stripping with a table of irregular forms; Spanish
 * clitic split and suffix stripping), so "refunds", "refunded" and "refunding" meet on one stem.
 */
import type { Locale } from '../types';
import { PLACEHOLDER_CHAR } from '../text';

export interface Token {
  /** The word as written (normalised: lower case, no accents). */
  word: string;
  /** Its stem. */
  stem: string;
  /** Start offset in the normalised reply. */
  start: number;
  end: number;
}

/** The token standing for a placeholder. */
export const PLACEHOLDER_TOKEN = '<ph>';

// Maps, not object literals: a word like "constructor" must not find Object.prototype's members.
const EN_CONTRACTIONS = new Map<string, string[]>(Object.entries({
  "can't": ['can', 'not'], cannot: ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'], "let's": ['let', 'us'], "it's": ['it', 'is'], "that's": ['that', 'is'],
  "there's": ['there', 'is'], "here's": ['here', 'is'], "what's": ['what', 'is'], "who's": ['who', 'is'],
}));
const EN_SUFFIXES: [string, string][] = [
  ["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am'], ["'d", 'would'], ["'s", "'s"],
];

const EN_IRREGULAR = new Map<string, string>(Object.entries({
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', did: 'do', does: 'do', done: 'do', doing: 'do',
  made: 'make', sent: 'send', told: 'tell', said: 'say', lost: 'lose', got: 'get', gotten: 'get',
  went: 'go', gone: 'go', paid: 'pay', took: 'take', taken: 'take', gave: 'give', given: 'give',
  broke: 'break', broken: 'break', bought: 'buy', found: 'find', left: 'leave', kept: 'keep',
  felt: 'feel', heard: 'hear', knew: 'know', known: 'know', saw: 'see', seen: 'see', thought: 'think',
  brought: 'bring', caught: 'catch', chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write',
  spoke: 'speak', spoken: 'speak', meant: 'mean', understood: 'understand', won: 'win', put: 'put',
  let: 'let', set: 'set', shut: 'shut', hit: 'hit', cost: 'cost', ran: 'run', began: 'begin', begun: 'begin',
  shipped: 'ship', shipping: 'ship', ships: 'ship', refunds: 'refund', refunded: 'refund',
  sorry: 'sorry', apologies: 'apolog', apology: 'apolog', apologise: 'apolog', apologize: 'apolog',
  apologised: 'apolog', apologized: 'apolog', apologising: 'apolog', apologizing: 'apolog',
  us: 'we', our: 'we', ours: 'we', me: 'i', my: 'i', mine: 'i', your: 'you', yours: 'you', yourself: 'you',
  their: 'they', them: 'they', theirs: 'they',
}));

/** Light English stem: irregular forms from a table, then common inflectional suffixes. */
export function stemEn(w: string): string {
  const irr = EN_IRREGULAR.get(w);
  if (irr) return irr;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  let s = w.replace(/iz/g, 'is').replace(/our$/, 'or');
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  else if (s.endsWith('ment') && s.length > 7) s = s.slice(0, -4);
  else if (s.endsWith('es') && s.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is') && s.length > 3) s = s.slice(0, -1);
  // Undouble a final consonant left by -ing/-ed ("stopped" -> "stop"), drop a final silent e.
  if (/([bdfgklmnprt])\1$/.test(s) && s !== w) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  return s;
}

const ES_CLITIC = /^(.{3,}?(?:ar|er|ir|ando|iendo|a|e))(selos|selas|selo|sela|nos|los|las|les|me|te|se|lo|la|le)$/;
const ES_SUFFIXES = [
  'amientos', 'imientos', 'amiento', 'imiento', 'aciones', 'uciones', 'adoras', 'adores', 'ancias', 'encias',
  'idades', 'ieron', 'iendo', 'aremos', 'eremos', 'iremos', 'ariamos', 'eriamos', 'iriamos', 'abamos',
  'acion', 'ucion', 'adora', 'ador', 'ancia', 'encia', 'mente', 'idad', 'ables', 'ibles', 'istas', 'able',
  'ible', 'ista', 'osos', 'osas', 'ando', 'aron', 'aban', 'amos', 'emos', 'imos', 'aria', 'eria', 'iria',
  'aran', 'eran', 'iran', 'ados', 'adas', 'idos', 'idas', 'aste', 'iste', 'oso', 'osa', 'ado', 'ada', 'ido',
  'ida', 'ara', 'era', 'ira', 'ian', 'ais', 'eis', 'ar', 'er', 'ir', 'as', 'es', 'os', 'an', 'en', 'ia',
  'a', 'e', 'o', 'i', 's',
];
const ES_IRREGULAR = new Map<string, string>(Object.entries({
  es: 'ser', son: 'ser', fue: 'ser', fueron: 'ser', era: 'ser', eran: 'ser', sea: 'ser', sean: 'ser', somos: 'ser',
  esta: 'estar', estan: 'estar', estamos: 'estar', estoy: 'estar', estuvo: 'estar', este: 'este',
  ha: 'haber', han: 'haber', hemos: 'haber', he: 'haber', has: 'haber', habia: 'haber', hubo: 'haber', haya: 'haber',
  hay: 'haber', va: 'ir', van: 'ir', vamos: 'ir', voy: 'ir', vas: 'ir', fui: 'ir',
  puede: 'poder', pueden: 'poder', podemos: 'poder', puedo: 'poder', puedes: 'poder', pudo: 'poder', podra: 'poder', podria: 'poder',
  debe: 'deber', debes: 'deber', deberia: 'deber', deberias: 'deber', debera: 'deber', debio: 'deber', debia: 'deber',
  tiene: 'tener', tienes: 'tener', tenemos: 'tener', tengo: 'tener', tuvo: 'tener', tendra: 'tener', tenga: 'tener',
  hace: 'hacer', hacemos: 'hacer', hizo: 'hacer', hecho: 'hacer', haga: 'hacer', hara: 'hacer', haremos: 'hacer',
  dijo: 'decir', dicho: 'decir', dice: 'decir', dije: 'decir', digo: 'decir', dicen: 'decir',
  nuestro: 'nosotros', nuestra: 'nosotros', nuestros: 'nosotros', nuestras: 'nosotros', nos: 'nosotros',
  su: 'su', sus: 'su', tu: 'tu', tus: 'tu', usted: 'usted', ustedes: 'usted', te: 'te', le: 'le', les: 'le',
  lamentamos: 'lament', lamento: 'lament', sentimos: 'sent', siento: 'sent', disculpe: 'disculp', disculpa: 'disculp',
  disculpas: 'disculp', perdon: 'perdon', no: 'no', ni: 'ni', sin: 'sin', solo: 'solo', nunca: 'nunca',
}));

/** Light Spanish stem: irregular forms from a table, clitics split off, then the longest suffix. */
export function stemEs(w: string): string {
  const irr = ES_IRREGULAR.get(w);
  if (irr) return irr;
  if (w.length <= 3 || !/^[a-zñ]+$/.test(w)) return w;
  let s = w;
  const cl = ES_CLITIC.exec(s);
  if (cl && cl[1].length >= 4) s = cl[1];
  for (const suf of ES_SUFFIXES) {
    if (s.endsWith(suf) && s.length - suf.length >= 3) return s.slice(0, -suf.length);
  }
  return s;
}

const WORD = /[a-z0-9\u00c0-\u024f\u00f1']+|\uE000/g;

/** Stems are pure functions of the word: cached per locale (bounded), since replies reuse their words. */
const STEM_CACHE: Record<Locale, Map<string, string>> = { en: new Map(), es: new Map() };
const STEM_CACHE_MAX = 50_000;

function cachedStem(locale: Locale): (w: string) => string {
  const cache = STEM_CACHE[locale];
  const fn = locale === 'es' ? stemEs : stemEn;
  return (w) => {
    let s = cache.get(w);
    if (s === undefined) {
      if (cache.size >= STEM_CACHE_MAX) cache.clear();
      s = fn(w);
      cache.set(w, s);
    }
    return s;
  };
}
const STEMMERS: Record<Locale, (w: string) => string> = { en: cachedStem('en'), es: cachedStem('es') };

/** Tokens of normalised text [start, end) of `norm`. */
export function tokenize(norm: string, start: number, end: number, locale: Locale): Token[] {
  const out: Token[] = [];
  const stem = STEMMERS[locale];
  const text = norm.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const s = start + m.index;
    const e = s + m[0].length;
    const raw = m[0];
    // Most words have no apostrophe: no quotes to trim, and no contraction but "cannot" to expand.
    if (raw.indexOf("'") < 0) {
      if (raw === PLACEHOLDER_CHAR) {
        out.push({ word: PLACEHOLDER_TOKEN, stem: PLACEHOLDER_TOKEN, start: s, end: e });
        continue;
      }
      const whole = locale === 'en' ? EN_CONTRACTIONS.get(raw) : undefined;
      if (whole) {
        for (const part of whole) out.push({ word: part, stem: stem(part), start: s, end: e });
        continue;
      }
      out.push({ word: raw, stem: stem(raw), start: s, end: e });
      continue;
    }
    let w = raw.replace(/^'+|'+$/g, '');
    if (!w) continue;
    if (w === PLACEHOLDER_CHAR) {
      out.push({ word: PLACEHOLDER_TOKEN, stem: PLACEHOLDER_TOKEN, start: s, end: e });
      continue;
    }
    if (locale === 'en') {
      const whole = EN_CONTRACTIONS.get(w);
      if (whole) {
        for (const part of whole) out.push({ word: part, stem: stem(part), start: s, end: e });
        continue;
      }
      const suf = EN_SUFFIXES.find(([x]) => w.endsWith(x) && w.length > x.length);
      if (suf) {
        const head = w.slice(0, -suf[0].length);
        out.push({ word: head, stem: stem(head), start: s, end: e });
        if (suf[1] !== "'s") out.push({ word: suf[1], stem: stem(suf[1]), start: s, end: e });
        continue;
      }
      w = w.replace(/'/g, '');
    } else {
      w = w.replace(/'/g, '');
    }
    if (w) out.push({ word: w, stem: stem(w), start: s, end: e });
  }
  return out;
}

/** Normalises a pack phrase like reply text (lower case, no accents, straight quotes). */
export function normalizeForPack(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .toLowerCase()
    .trim();
}
