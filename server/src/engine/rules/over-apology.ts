import type { Rule, RuleContext } from '../rule';
import type { Edit, Fix, Range } from '../types';
import { PLACEHOLDER_CHAR, matchCase, sourceRange } from '../text';
import { paragraphIndex, sentenceIndex, type Analysis } from '../analysis';
import { bareSentence, mergeApologies, namesSomething } from '../rewrite/merge-apologies';
import { deleteSentence, fold, matchesAny } from '../rewrite/common';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** A fix deleting an extra apology (its sentence, or its clause), or undefined when that is not clearly safe. */
function removeExtra(ctx: RuleContext, an: Analysis, apology: Range, first: Range): Edit[] | undefined {
  const norm = ctx.reply.normalized.norm;
  const k = sentenceIndex(an, apology.start);
  if (k < 0) return undefined;
  const s = an.sentences[k];
  const otherMove = (r: Range) =>
    an.moves.align.matches.some((m) => overlaps(m, r)) ||
    an.moves.assure.matches.some((m) => overlaps(m, r)) ||
    (an.moves.acknowledge.matches.some((m) => overlaps(m, r)) && !an.moves.acknowledge.matches.some((m) => !overlaps(m, r)));
  if (first.start >= s.start && first.start < s.end) {
    // Two apologies in one sentence: drop the second clause when it is only an apology (", so sorry!").
    const before = norm.slice(s.start, apology.start);
    const conn = /(?:,|;| -)(?: and| y)? $/.exec(before);
    if (!conn) return undefined;
    let end = apology.end;
    const rest = norm.slice(end, s.end);
    const stop = /^[^,.!?;]*/.exec(rest)![0];
    if (stop.split(' ').filter(Boolean).length > 6 || stop.includes(PLACEHOLDER_CHAR)) return undefined;
    // "…, and we are deeply sorry that the courier delayed your parcel": the clause is what it names.
    if (namesSomething(norm, apology, { start: apology.start, end: apology.end + stop.length })) return undefined;
    end += stop.length;
    const clause = { start: apology.start - conn[0].length, end };
    if (otherMove({ start: apology.start, end })) return undefined;
    const r = sourceRange(ctx.reply.normalized, clause.start, clause.end);
    return ctx.reply.edit(r.start, r.end, '');
  }
  const firstK = sentenceIndex(an, first.start);
  const firstS = an.sentences[firstK];
  if (namesSomething(norm, apology, s)) {
    // The extra apology names the problem: keep it and drop the first one when that one is bare.
    if (firstK < 0 || firstK === k || !bareSentence(norm, first, firstS) || otherMove(firstS) || namesSomething(norm, first, firstS)) return undefined;
    const f = sourceRange(ctx.reply.normalized, firstS.start, firstS.end);
    return deleteSentence(ctx, f.start, f.end);
  }
  const sentence = norm.slice(s.start, s.end);
  const lead = norm.slice(s.start, apology.start).split(' ').filter(Boolean).length;
  const words = sentence.split(' ').filter(Boolean).length;
  if (lead > 3 || words > 20 || sentence.includes('?') || sentence.includes(PLACEHOLDER_CHAR)) return undefined;
  if (/(?:^|\s)(?:but|pero|sin embargo|however)(?:\s|,|$)/.test(sentence)) return undefined;
  if (otherMove(s)) return undefined;
  const r = sourceRange(ctx.reply.normalized, s.start, s.end);
  return deleteSentence(ctx, r.start, r.end);
}

/** The plain-apology rewrite of an inflated one, as edits. */
function deflate(ctx: RuleContext, range: Range, replacement: string): Edit[] | undefined {
  const text = ctx.reply.text;
  const r = sourceRange(ctx.reply.normalized, range.start, range.end);
  const original = text.slice(r.start, r.end);
  if (replacement) {
    let rep = replacement;
    if (ctx.locale === 'en' && /apologiz/.test(ctx.reply.normalized.norm)) rep = rep.replace(/apologise/g, 'apologize');
    return ctx.reply.edit(r.start, r.end, matchCase(original, rep));
  }
  // Deleting a phrase: take a joining comma and space with it, and keep the sentence's capital.
  let s = r.start;
  let e = r.end;
  const after = /^,?[ \t]*/.exec(text.slice(e))![0];
  const lineBefore = text.slice(0, s);
  const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(lineBefore);
  if (atSentenceStart) {
    e += after.length;
    const next = text.slice(e).match(/^\p{L}/u)?.[0];
    if (next && /\p{Lu}/u.test(original[0] ?? '')) return ctx.reply.edit(s, e + 1, next.toUpperCase());
    return ctx.reply.edit(s, e, '');
  }
  const before = /,?[ \t]*$/.exec(lineBefore)![0];
  s -= before.length;
  return ctx.reply.edit(s, e, '');
}

/** Reports grovelling: apologies stacked (3+, or 2 in one or consecutive sentences) or inflated. */
export const overApology: Rule = {
  meta: {
    id: 'over-apology',
    family: 'style',
    description: {
      en: 'Apologies stacked (three or more, or two in one sentence or in consecutive sentences) or inflated ("deeply and sincerely sorry").',
      es: 'Disculpas amontonadas (tres o más, o dos en una frase o en frases seguidas) o infladas («mil disculpas», «nuestras más sinceras disculpas»).',
    },
    rationale: {
      en: 'Apologise, but don\'t grovel or go over the top: that solves nothing. One clear apology, then what you are doing about it.',
      es: 'Discúlpate, pero sin arrastrarte ni exagerar: eso no resuelve nada. Una disculpa clara y después lo que vas a hacer.',
    },
    example: {
      en: { bad: "We are deeply and sincerely sorry. Again, we apologise for the delay.", good: "We're sorry. I've asked the courier to deliver your parcel tomorrow." },
      es: { bad: 'Le pedimos mil disculpas. De nuevo, lo sentimos muchísimo.', good: 'Le pedimos disculpas. Hemos pedido al transportista que le entregue el paquete mañana.' },
    },
    defaultSeverity: 'warning',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: {
        stacked: 'Apology number {n} in this reply: one clear apology is enough, then say what you are doing about it.',
        inflated: '"{phrase}" goes over the top: a plain apology is more sincere.',
      },
      es: {
        stacked: 'Disculpa número {n} en esta respuesta: basta con una disculpa clara; después di qué vas a hacer.',
        inflated: '«{phrase}» es exagerado: una disculpa sencilla resulta más sincera.',
      },
    },
  },
  check(_macro, ctx) {
    const an = ctx.analysis;
    const aps = an.apologies;
    const excess = new Set<number>();
    if (aps.length >= 3) for (let i = 1; i < aps.length; i++) excess.add(i);
    else if (aps.length === 2) {
      // Two apologies stack when they share a sentence or sit in consecutive sentences of one paragraph.
      const [a, b] = [sentenceIndex(an, aps[0].start), sentenceIndex(an, aps[1].start)];
      if (b - a <= 1 && paragraphIndex(an, aps[0].start) === paragraphIndex(an, aps[1].start)) excess.add(1);
    }
    const reported: Range[] = [];
    // One merged apology for the stacked run around a finding, offered first (a quick fix): computed once per run.
    const merges = new Map<number, Fix | undefined>();
    const merged = (at: Range): Fix[] => {
      const k = sentenceIndex(an, at.start);
      if (!merges.has(k)) merges.set(k, mergeApologies(ctx, an, at));
      const f = merges.get(k);
      return f ? [f] : [];
    };
    for (const i of [...excess].sort((a, b) => a - b)) {
      const ap = aps[i];
      const edits = removeExtra(ctx, an, ap, aps[0]);
      reported.push(ap);
      ctx.report({
        range: ctx.reply.fileRangeOfNorm(ap.start, ap.end),
        messageId: 'stacked',
        data: { n: i + 1 },
        fixes: [...merged(ap), ...(edits?.length ? [{ title: ctx.locale === 'es' ? 'Quitar la disculpa de más' : 'Remove the extra apology', edits, rewrite: true }] : [])],
      });
    }
    for (const inf of an.inflated) {
      if (reported.some((r) => overlaps(r, inf.range))) continue;
      const joined = sourceRange(ctx.reply.normalized, inf.range.start, inf.range.end);
      const phrase = ctx.reply.text.slice(joined.start, joined.end).replace(/\s+/g, ' ');
      const edits = deflate(ctx, inf.range, inf.replacement);
      // A plain apology is proven when it still says what it is for ("We are sorry that your posts
      // didn't publish") or is a sentence of its own ("Our apologies."); inside a longer sentence that
      // names nothing ("…to express our apologies once again") or cut to one word ("Mil disculpas." →
      // "Disculpas.") it reads bare: a quick fix.
      const norm = ctx.reply.normalized.norm;
      const k = sentenceIndex(an, inf.range.start);
      const sentence = k >= 0 ? an.sentences[k] : undefined;
      const alone = !!sentence && !/\p{L}/u.test(norm.slice(sentence.start, inf.range.start)) && !/\p{L}/u.test(norm.slice(inf.range.end, sentence.end));
      const oneWord = !/\p{L}+[^\p{L}]+\p{L}/u.test(inf.replacement.trim());
      // What follows the apology up to the end of its line: a reply without full stops runs its
      // sentences together across lines ("…our apologies once again\nThis incident…").
      const tail = sentence ? sourceRange(ctx.reply.normalized, inf.range.end, sentence.end) : undefined;
      const rest = tail ? fold(ctx.reply.text.slice(tail.start, tail.end).split('\n')[0]) : '';
      // "…lamentamos que la percepción de la asistencia no haya sido la esperada" stays a non-apology.
      const feeling = matchesAny(ctx.locale, 'over-apology', 'feelings', rest);
      const named = !!sentence && !feeling && (namesSomething(rest, { start: 0, end: 0 }, { start: 0, end: rest.length }) || (alone && !oneWord));
      ctx.report({
        range: ctx.reply.fileRangeOfNorm(inf.range.start, inf.range.end),
        messageId: 'inflated',
        data: { phrase },
        fixes: [
          ...merged(inf.range),
          ...(edits?.length ? [{ title: ctx.locale === 'es' ? 'Usar una disculpa sencilla' : 'Use a plain apology', edits, rewrite: true, ...(named ? {} : { safe: false }) }] : []),
        ],
      });
    }
  },
};
