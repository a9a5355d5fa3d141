/**
 * redirect: "Diríjase a su banco para autorizar el cargo", "You'll need to call your bank to authorise
 * it". No rewrite of a redirect is proven: the customer may really have to act, and only the agent knows
 * whether someone was asked. So one quick fix, never applied by --fix, with a snippet tab stop: an
 * offer with the steps ("Le explicamos cómo contactar con su banco para autorizar el cargo: [describe
 * los pasos]"). Saying that someone was asked or will be contacted on the customer's behalf ("He pedido
 * a su banco que…", "Me encargo de contactar con…") is never offered: both blind readers rated every
 * such rewrite wrong (10 of 10 on real replies), as a claim or promise the agent cannot check. A sentence that goes on after
 * the destination with anything but a purpose ("para…", "to…") gets no rewrite: it cannot be rebuilt.
 */
import type { Fix, Locale, Range } from '../types';
import type { RuleContext } from '../rule';
import type { PhraseMatch } from '../match/deflecting';
import { capitalise, joinedRange, keysOf, lowerFirst, matchesAny, opensSentence, pick, rewriteFix, rewriteTexts, titleFor } from './common';

/** A task done with the third party, beyond contacting them: a claim, a dispute, a return, a warranty. */
const ACTION_THERE: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])(?:claims?|disputes?|complaints?|cases?|returns?|warranty|refunds?|tickets?|reports?|chargebacks?)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:reclamaci[oó]n(?:es)?|reclamar|quejas?|disputas?|garant[ií]as?|devoluci[oó]n(?:es)?|reembolsos?|denuncias?|incidencias?|tr[aá]mites?|tramitar)(?![\p{L}])/iu,
};

/** Words that end who the customer is sent to: a purpose, a conjunction, an adverb of the redirect. */
const DEST_END: Record<Locale, RegExp> = {
  en: /[ \t]+(?:to|in order to|for|so|and|or|if|because|with|about|regarding|directly|yourself|as soon|today|now|through|via|on|at|from|using|by)(?![\p{L}])|[,.;:!?()\n]/u,
  es: /[ \t]+(?:para|por|y|e|o|u|si|porque|con|sobre|directamente|usted|cuanto antes|hoy|ahora|desde|mediante|a traves de|a través de|al|en)(?![\p{L}])|[,.;:!?()\n]/u,
};

/**
 * What may follow the destination and be folded into the offer: how to reach them ("through the
 * Messages tab", "al 0800…") and a purpose clause ("to authorise it", "para reclamar"), adverbs dropped.
 */
const PURPOSE: Record<Locale, RegExp> = {
  en: /^(?:[ \t]+(?:directly|yourself))?((?:[ \t]+(?:through|via|on|at|from|using|by)[ \t]+[^,;:.!?\n]+?)?)((?:[ \t]+(?:to|in order to|for)[ \t]+[^,;:.!?\n]+)?)[ \t]*(?=[.!?]|\n|$)/u,
  es: /^(?:[ \t]+(?:directamente|usted))?((?:[ \t]+(?:desde|mediante|a trav[eé]s de|al|en)[ \t]+[^,;:.!?\n]+?)?)((?:[ \t]+para[ \t]+[^,;:.!?\n]+)?)[ \t]*(?=[.!?]|\n|$)/u,
};

/** Who speaks in the redirect itself ("te recomiendo…", "we'd suggest…"): that voice is kept. */
const SPEAKER: Record<Locale, { i: RegExp; we: RegExp }> = {
  en: { i: /(?<![\p{L}'])(?:i|i'd|i'm|i'll|my|me)(?![\p{L}'])/iu, we: /(?<![\p{L}'])(?:we|we'd|we're|we'll|our|us)(?![\p{L}'])/iu },
  es: { i: /(?<![\p{L}])(?:recomiendo|sugiero|aconsejo|pido|ruego|recomendaria)(?![\p{L}])/iu, we: /(?<![\p{L}])(?:recomendamos|sugerimos|aconsejamos|pedimos|rogamos|recomendariamos)(?![\p{L}])/iu },
};

/** An opening clause a rebuilt redirect may follow: a condition or a purpose, closed by a comma. */
const LEAD_CLAUSE: Record<Locale, RegExp> = {
  en: /^(?:if|for|in case|should you)(?![\p{L}])[^.!?;:\n]*,[ \t]*$/iu,
  es: /^(?:si|para|en caso de)(?![\p{L}])[^.!?;:\n]*,[ \t]*$/iu,
};

/** The text of the sentence holding joined offset `at`, up to `at`. */
function sentenceHead(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 240), at);
  const parts = before.split(/(?<=[.!?])[ \t]+|\n/);
  return parts[parts.length - 1];
}

/** Lower case, no accents: same length as `text`, so offsets carry over. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The joined range of who the match sends the customer to ("su banco", "the courier"), or undefined. */
function destination(ctx: RuleContext, r: Range): Range | undefined {
  const text = ctx.reply.text;
  const to = String(rewriteTexts(ctx.locale).redirect.to ?? '');
  if (!to) return undefined;
  const phrase = plain(text.slice(r.start, r.end));
  if (phrase.length !== r.end - r.start) return undefined;
  let at = -1;
  for (const m of phrase.matchAll(new RegExp(`(?<![a-z])${to}[ \\t]+(?=\\p{L})`, 'gu'))) at = m.index + m[0].length;
  if (at < 0) return undefined;
  const start = r.start + at;
  const rest = text.slice(start, start + 120);
  const stop = DEST_END[ctx.locale].exec(rest);
  const end = start + (stop ? stop.index : rest.length);
  const words = text.slice(start, end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 1 && words <= 7 && end > start ? { start, end } : undefined;
}

/** Spanish contractions a filled-in destination brings ("a el banco" → "al banco"). */
function contract(locale: Locale, text: string): string {
  return locale === 'es' ? text.replace(/(?<![\p{L}])(a|de) el(?![\p{L}])/gu, (_m, p: string) => (p === 'a' ? 'al' : 'del')) : text;
}

/** The quick fixes of a redirect match, best first (none when the sentence cannot be rebuilt). */
export function redirectRewrites(ctx: RuleContext, match: PhraseMatch): Fix[] {
  const r = joinedRange(ctx, match);
  if (!r) return [];
  // Only a redirect that opens its sentence (or follows an opening "Si…," / "If…," clause) is rebuilt:
  // "Todas las personas…, pueden dirigirse a…" or "Hará falta que contactes con…" would keep words
  // that govern the old verb.
  const opens = opensSentence(ctx.reply.text, r.start);
  if (!opens && !LEAD_CLAUSE[ctx.locale].test(sentenceHead(ctx.reply.text, r.start))) return [];
  const dest = destination(ctx, r);
  if (!dest) return [];
  const text = ctx.reply.text;
  // "Puede abrir una reclamación al vendedor", "raise a claim with the courier": the customer is sent to
  // do something there, not just to contact them; "how to contact the seller" would change what they are
  // told to do (rated wrong), so the sentence gets no rewrite.
  if (ACTION_THERE[ctx.locale].test(plain(text.slice(r.start, dest.start)))) return [];
  const tail = PURPOSE[ctx.locale].exec(text.slice(dest.end));
  if (!tail) return [];
  // "al transportista": the article the contraction held.
  const contracted = ctx.locale === 'es' && /(?<![\p{L}])al[ \t]+$/u.test(plain(text.slice(r.start, dest.start)));
  const who = `${contracted ? 'el ' : ''}${text.slice(dest.start, dest.end)}`;
  const means = tail[1].replace(/\s+/g, ' ').trimEnd();
  const purpose = tail[2].replace(/\s+/g, ' ').trimEnd();
  const end = dest.end + tail[0].length;
  const said = plain(text.slice(r.start, r.end));
  const speaker = SPEAKER[ctx.locale];
  const keys = { ...keysOf(ctx), ...(speaker.i.test(said) ? { voice: 'i' as const } : speaker.we.test(said) ? { voice: 'we' as const } : {}) };
  if (ctx.locale === 'es') {
    // The register the redirect's own sentence shows, when it shows one only.
    const sentence = `${sentenceHead(text, r.start)}${text.slice(r.start, end)}`;
    const usted = matchesAny(ctx.locale, 'redirect', 'usted', sentence);
    const tu = matchesAny(ctx.locale, 'redirect', 'tu', sentence);
    if (usted && !tu) keys.register = 'usted';
    else if (tu && !usted && keys.register === 'usted') keys.register = 'tu';
  }
  const offer = pick(rewriteTexts(ctx.locale).redirect.offer, keys);
  if (!offer) return [];
  // The means and purpose join the offer: "…contacting your bank to authorise it: [describe the steps]".
  const template = offer.includes('{purpose}') ? offer : offer.replace('{dest}', '{dest}{purpose}');
  const s = contract(ctx.locale, template.replace('{dest}', who).replace('{purpose}', `${means}${purpose}`));
  const replacement = opens ? capitalise(s) : lowerFirst(s);
  const fix = rewriteFix(ctx, r.start, end, replacement, titleFor(ctx.locale, replacement), false);
  return fix ? [{ ...fix, safe: false }] : [];
}
