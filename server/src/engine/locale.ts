/** Language (English or Spanish) and Spanish register (tú, usted, vosotros, voseo) of a reply's text. */
import type { Locale } from './types';
import { LOCALES } from './types';
import type { Register } from './rule';
import type { Config } from './config';

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

// Content words frequent in support replies: short replies ("Disculpe las molestias. Cálmese.") often
// hold too few function words to decide on.
const EN_WORDS = new Set(
  'sorry apologize apologise apologies apology inconvenience calm down please thanks hello hi regards sincerely help today tomorrow week team customer refund delivery shipping account understand appreciate patience issue frustrating frustration happened'.split(' '),
);
const ES_WORDS = new Set(
  'disculpe disculpa disculpas molestias molestia siento sentimos lamentamos lamento saludos favor ayuda ayudarle ayudarte cuenta dia dias hoy manana semana ustedes nuestro nuestra nuestros nuestras vamos puede puedes podemos quiere necesita tiene tienes entiendo comprendo perdon calma calmese tranquilo tranquila estimado estimada cliente envio reembolso problema frustracion paciencia'.split(' '),
);
const ES_SUFFIX = /(?:cion|ciones|mente|amos|emos|imos)$/;
const EN_SUFFIX = /(?:ing|tion|tions)$|th|w/;
const EN_CONTRACTION = /\b[a-z]+['’](?:s|t|m|re|ve|ll|d)\b/gi;

/** Evidence for each language in `text`: function words, content words, spelling (accents, suffixes). */
export function localeEvidence(text: string): { en: number; es: number } {
  let { en, es } = languageScores(text);
  const clean = text.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|\{[^}\s]*\}|<[^>]*>/g, ' ').toLowerCase();
  const folded = NON_ASCII.test(clean) ? clean.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : clean;
  for (const m of folded.matchAll(/[a-zñ]+/g)) {
    const w = m[0];
    if (EN_WORDS.has(w)) en++;
    else if (ES_WORDS.has(w)) es++;
    else if (w.length > 4 && ES_SUFFIX.test(w)) es += 0.5;
    else if (w.length > 3 && EN_SUFFIX.test(w)) en += 0.5;
  }
  en += (clean.match(EN_CONTRACTION) ?? []).length * 0.5;
  return { en, es };
}

/** A detected language and how sure the detection is (0..1). */
export interface DetectedLocale {
  locale: Locale;
  confidence: number;
}

/**
 * The language of `text` with a confidence, or undefined when there is no evidence at all. Close
 * calls and scant evidence lean to the `prefer`red locales (the workspace's configured ones).
 */
export function detectLocaleWithConfidence(text: string, prefer: readonly Locale[] = []): DetectedLocale | undefined {
  const { en, es } = localeEvidence(text);
  const total = en + es;
  if (total < 1) return undefined;
  // A preferred locale gets a head start worth about one word: it decides only short or mixed texts.
  const lean = prefer.length && prefer.length < LOCALES.length ? 0.75 : 0;
  const score: Record<Locale, number> = { en: en + (prefer.includes('en') ? lean : 0), es: es + (prefer.includes('es') ? lean : 0) };
  const locale: Locale = score.es > score.en || (score.es === score.en && prefer[0] === 'es') ? 'es' : 'en';
  const mine = locale === 'en' ? en : es;
  // Margin between the languages times the amount of evidence (six words or more count fully).
  const confidence = Math.max(0, (mine - (total - mine)) / total) * Math.min(1, total / 6);
  return { locale, confidence: Math.round(confidence * 100) / 100 };
}

/** The language of `text`, or undefined when there is too little evidence. */
export function detectLocale(text: string, prefer: readonly Locale[] = []): Locale | undefined {
  return detectLocaleWithConfidence(text, prefer)?.locale;
}

/**
 * The locales a configuration points to when macros do not declare one: the message language and the
 * languages it adds phrases for (the configured `locale`, when not `auto`, is used without detection).
 */
export function preferredLocales(config: Pick<Config, 'messageLocale' | 'phrases'>): Locale[] {
  const out: Locale[] = [];
  const add = (l: Locale | undefined) => l && !out.includes(l) && out.push(l);
  add(config.messageLocale === 'auto' ? undefined : localeFromTag(config.messageLocale));
  for (const l of LOCALES) if (Object.values(config.phrases?.[l] ?? {}).some((list) => list?.length)) add(l);
  return out;
}

const USTED = /\b(usted(es)?|estimad[oa]s?|disculpe|perdone|no dude|le (escribo|informo|pedimos|ofrecemos|confirmo|agradezco|ayudo|enviamos|devolvemos|reembolsamos|rogamos|ruego|recomendamos|sugerimos|he|hemos|[a-zñáéíóú]+(amos|emos|imos|é|í))|sus? (pedido|cuenta|paquete|compra|reembolso|caso|mensaje|correo|pago|factura|paciencia|vecinos|datos|tarjeta|banco|solicitud|reserva|vuelo|equipo|número|numero|problema|queja|comprensión|comprension|licencia|suscripción|suscripcion|dirección|direccion|envío|envio|consulta|petición|peticion|reclamación|reclamacion|incidencia|opinión|opinion|experiencia|visita|estancia|producto|artículo|articulo|servicio|contraseña|contrasena|móvil|movil|teléfono|telefono)|contáctenos|llámenos|envíenos|indíquenos|facilítenos|confírmenos|avísenos|escríbanos|díganos|háganos|permítanos|(puede|quiere|necesita|tiene|desea|espera)\b(?! que te)|(?:tendrá que|deberá|debe|podrá|necesitará) [a-zñáéíóú]+(?:ar|er|ir)(?:se|le|lo|la)?\b)/i;
// Whole words only: "te" must not match the start of "tendrá" or "tienda".
const TU = /\b(t[uú]|te|ti|contigo|tus?|puedes|quieres|necesitas|tienes|deseas|esperas|has)(?![a-zñáéíóú])/i;

// Vosotros: the pronoun, the possessive, the clitic "os" and the -áis/-éis verb forms.
const VOSOTROS = /(?<![\p{L}])(vosotr[oa]s|vuestr[oa]s?|os|[a-zñ]+(?:áis|éis))(?![\p{L}])/giu;
// Voseo: "vos", "sos" and the stressed present and imperative forms (podés, tenés, necesitás, fijate, escribinos).
const VOSEO =
  /(?<![\p{L}])(vos|sos|[a-zñ]+(?:ás|és)|dec[ií]s|ven[ií]s|escrib[ií]s|pedís|fijate|avisanos|escribinos|contanos|mandanos|decinos|record[aá]|esper[aá]|mir[aá]|ten[eé] en cuenta)(?![\p{L}])/giu;
// Words ending in stressed -ás/-és that are not voseo verbs: adverbs, nouns, and the tú future ("podrás").
const NOT_VOSEO = /^(?:más|además|jamás|atrás|detrás|demás|quizás|después|través|inglés|francés|cortés|interés|mes|estás|[a-zñ]+r[aá]s|[a-zñ]+rés)$/i;

// Usted imperatives with a reflexive clitic: "póngase", "diríjase", "comuníquese" (an accented word ending in
// -se; infinitives end in -rse and gerunds in -ndose, neither is a register).
const USTED_SE = /(?<![\p{L}])[a-zñ]*[áéíóú][a-zñ]*(?<!r|ndo)se(?![\p{L}])/giu;

/** Evidence for each Spanish register in `text`: how many forms of each it holds. */
export function registerEvidence(text: string): Record<Register, number> {
  const norm = text.normalize('NFC');
  const usted = (norm.match(new RegExp(USTED.source, 'gi')) ?? []).length + (norm.match(USTED_SE) ?? []).length;
  const tu = (norm.match(new RegExp(TU.source, 'gi')) ?? []).length;
  const vosotros = (norm.match(VOSOTROS) ?? []).length;
  const voseo = (norm.match(VOSEO) ?? []).filter((w) => !/(?:ás|és)$/i.test(w) || !NOT_VOSEO.test(w) || /^quer[eé]s$/i.test(w)).length;
  return { tu, usted, vosotros, voseo };
}

/** Register of a Spanish reply: the one whose forms dominate; tú when nothing shows. */
export function detectRegister(text: string): Register {
  const e = registerEvidence(text);
  // tú, voseo and many shared forms (te, tu, tus) are one informal singular register.
  const informal = e.tu + e.voseo;
  if (e.vosotros > 0 && e.vosotros >= e.usted && e.vosotros >= informal) return 'vosotros';
  if (e.usted > informal) return 'usted';
  return e.voseo > 0 ? 'voseo' : 'tu';
}
