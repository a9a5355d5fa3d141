/** Language (English or Spanish) and Spanish register (tú or usted) of a reply's text. */
import type { Locale } from './types';
import type { Register } from './rule';

const EN = new Set(
  'the and you your we our i to of is are was were it this that for have has with be not will can please thanks thank sorry order my me been just what when would could should there their they an on at as do did does if'.split(' '),
);
const ES = new Set(
  'el la los las y de que en un una es son su sus tu te le les lo por para con no se nos hemos he muy gracias pedido mi me ha al del como pero mas este esta esto usted ya si porque cuando hola fue estamos'.split(' '),
);

/** Maps a BCP 47 tag to a supported locale (`es-MX` → `es`); undefined when unsupported. */
export function localeFromTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : undefined;
}

const NON_ASCII = /[^\x00-\x7f]/;
let lastText: string | undefined;
let lastScores: { en: number; es: number; words: number } | undefined;

/** Scores of English and Spanish function words in `text` (placeholders and markup ignored). */
export function languageScores(text: string): { en: number; es: number; words: number } {
  // The engine asks twice per macro (locale detection, then locale-mismatch) for the same text.
  if (text === lastText && lastScores) return { ...lastScores };
  let en = 0;
  let es = 0;
  let words = 0;
  const clean = text.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|\{[^}\s]*\}|<[^>]*>/g, ' ').toLowerCase();
  // NFD and stripping combining marks change nothing in ASCII text: skip both there.
  const folded = NON_ASCII.test(clean) ? clean.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : clean;
  for (const m of folded.matchAll(/[a-zñ]+/g)) {
    words++;
    const w = m[0];
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  // Accented letters, ñ and inverted marks are strong Spanish evidence.
  es += (text.match(/[ñáéíóú¿¡]/gi) ?? []).length * 0.5;
  lastText = text;
  lastScores = { en, es, words };
  return { en, es, words };
}

/** The language of `text`, or undefined when there is too little evidence. */
export function detectLocale(text: string): Locale | undefined {
  const { en, es } = languageScores(text);
  if (en + es < 2) return undefined;
  if (en >= es * 1.5) return 'en';
  if (es >= en * 1.5) return 'es';
  return en >= es ? 'en' : 'es';
}

const USTED = /\b(usted(es)?|estimad[oa]s?|disculpe|perdone|no dude|le (escribo|informo|pedimos|ofrecemos|confirmo|agradezco|ayudo|enviamos|devolvemos|reembolsamos|rogamos|ruego|recomendamos|sugerimos|he|hemos|[a-zñáéíóú]+(amos|emos|imos|é|í))|sus? (pedido|cuenta|paquete|compra|reembolso|caso|mensaje|correo|pago|factura|paciencia|vecinos|datos|tarjeta|banco|solicitud|reserva|vuelo|equipo|número|numero|problema|queja|comprensión|comprension)|(puede|quiere|necesita|tiene|desea|espera)\b(?! que te))/i;
const TU = /\b(t[uú]|te|ti|contigo|tus?|(puedes|quieres|necesitas|tienes|deseas|esperas|has)\b)/i;

/** Register of a Spanish reply: usted when formal forms dominate, tú otherwise. */
export function detectRegister(text: string): Register {
  const norm = text.normalize('NFC');
  const u = (norm.match(new RegExp(USTED.source, 'gi')) ?? []).length;
  const t = (norm.match(new RegExp(TU.source, 'gi')) ?? []).length;
  return u > t ? 'usted' : 'tu';
}
