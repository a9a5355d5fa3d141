/**
 * Merging repeated apologies into one that keeps every specific clause: the extra apology is removed
 * only when it says nothing the first does not ("Sorry!", "De nuevo, lo sentimos"); when it is the
 * one that names the problem ("…sorry that the courier delayed your parcel") the bare first one goes
 * instead, and when both name something no fix is offered.
 */
import type { Fix, Range } from '../types';
import type { RuleContext } from '../rule';
import { paragraphIndex, sentenceIndex, type Analysis } from '../analysis';
import { matchCase, sourceRange } from '../text';
import { capitalise, fold, lowerFirst, rewriteFix, rewriteTexts, titleFor } from './common';

// Intensifiers and fillers that make an apology longer, not more specific.
const FILLER = /^(?:(?:so|very|really|truly|deeply|sincerely|again|once again|mucho|muchisimo|de verdad|de nuevo|otra vez|sinceramente|profundamente|y|and|,|!|\.)\s*)*/;

/** True when the apology at normalised `apology` names what it is for within its sentence. */
export function namesSomething(norm: string, apology: Range, sentence: Range): boolean {
  const rest = norm.slice(apology.end, sentence.end).replace(/^[\s,]+/, '').replace(FILLER, '');
  const words = rest.replace(/[.!?;:]+$/, '').split(' ').filter((w) => /[a-z\u00c0-\u024f]/.test(w));
  return words.length >= 2;
}

/** True when the sentence holds nothing but the apology (and fillers): it can go as a whole. */
export function bareSentence(norm: string, apology: Range, sentence: Range): boolean {
  const before = norm.slice(sentence.start, apology.start).replace(FILLER, '').trim();
  return !/[a-z\u00c0-\u024f]{3,}/.test(before.replace(/^(?:we|i|we're|i'm|we are|i am|lo|le|te|nos)\b\s*/, '')) && !namesSomething(norm, apology, sentence);
}

/** The pattern list `key` of the locale's over-apology rewrite texts as one global regular expression over normalised text. */
function listRe(ctx: RuleContext, key: string): RegExp | undefined {
  const list = (rewriteTexts(ctx.locale)['over-apology']?.[key] ?? []) as { when: string }[];
  if (!list.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${list.map((x) => x.when).join('|')})(?![\\p{L}\\p{N}'])`, 'gu');
}

// A salutation that may open the first stacked apology's sentence ("Dear {{name}}, we are so sorry…").
const SALUTATION = /^(?:(?:dear|hi|hello|hey|estimad[oa]s?|querid[oa]s?|hola)(?![\p{L}])[^,:.!?]*|[^,:.!?]*\uE000[^,:.!?]*)[,:][ ]*/u;
// What joins two apologies of one sentence: a comma or semicolon (and "and"), or "and" alone.
const JOIN = /(?:[,;]+[ ]*(?:(?:and|y)[ ]+)?|[ ](?:and|y)[ ]+)/g;
// What opens a clause of its own after an apology ("…sorry, so we've refunded you"), not what it is for.
const CLAUSE = /^(?:and|so|as|because|since|thanks?|y|porque|ya que|asi que|gracias)(?![\p{L}])/u;
const EXCUSE = /(?:^|[^\p{L}])(?:but|however|pero|sin embargo)(?![\p{L}])/u;

/**
 * The stacked apologies around normalised `at` merged into one that keeps every specific clause
 * ("We're so sorry!! We're really, really sorry about your missing drinks and we apologise for any
 * inconvenience caused." → "We're sorry about your missing drinks."), as a quick fix; undefined when the
 * run holds anything but apologies, intensifiers and generic complements, or names two things.
 */
export function mergeApologies(ctx: RuleContext, an: Analysis, at: Range): Fix | undefined {
  const nt = ctx.reply.normalized;
  const norm = nt.norm;
  const intens = listRe(ctx, 'intensifiers');
  const bare = listRe(ctx, 'bare');
  const generic = listRe(ctx, 'generic');
  if (!intens || !bare) return undefined;
  const k = sentenceIndex(an, at.start);
  if (k < 0) return undefined;
  // Apologies and inflated phrases, fused where only spaces part them ("we humbly apologise from the bottom of our hearts").
  // Two apologies stay apart though only a space parts them ("lo sentimos muchísimo, de verdad lo sentimos").
  const all = [...an.apologies.map((r) => ({ ...r, apo: true })), ...an.inflated.map((i) => ({ ...i.range, apo: false }))].sort((a, b) => a.start - b.start);
  const markers: (Range & { apo: boolean })[] = [];
  for (const r of all) {
    const last = markers[markers.length - 1];
    if (last && (r.start < last.end || (!/\S/.test(norm.slice(last.end, r.start)) && !(r.apo && last.apo)))) {
      last.end = Math.max(last.end, r.end);
      last.apo ||= r.apo;
    } else markers.push({ ...r });
  }
  const inSentence = (i: number) => markers.filter((m) => m.start >= an.sentences[i].start && m.start < an.sentences[i].end);
  const para = paragraphIndex(an, at.start);
  let lo = k;
  let hi = k;
  while (lo > 0 && inSentence(lo - 1).length && paragraphIndex(an, an.sentences[lo - 1].start) === para) lo--;
  while (hi + 1 < an.sentences.length && inSentence(hi + 1).length && paragraphIndex(an, an.sentences[hi + 1].start) === para) hi++;
  // Segments: one per apology, from what joins it to the one before up to what joins it to the next.
  interface Segment { start: number; end: number; first: Range; last: Range & { apo: boolean } }
  const segs: Segment[] = [];
  for (let i = lo; i <= hi; i++) {
    const ms = inSentence(i);
    const s = an.sentences[i];
    let seg: Segment = { start: s.start, end: s.end, first: ms[0], last: ms[0] };
    for (let j = 1; j < ms.length; j++) {
      const gap = norm.slice(ms[j - 1].end, ms[j].start);
      let cut = -1;
      for (const m of gap.matchAll(JOIN)) cut = m.index!;
      if (cut < 0) {
        seg.last = ms[j];
        continue;
      }
      seg.end = ms[j - 1].end + cut;
      segs.push(seg);
      seg = { start: seg.end, end: s.end, first: ms[j], last: ms[j] };
    }
    segs.push(seg);
  }
  if (segs.reduce((n, g) => n + markers.filter((m) => m.start >= g.first.start && m.start <= g.last.start).length, 0) < 2) return undefined;
  const plainOf = (a: number, b: number) => norm.slice(a, b).replace(new RegExp(`^(?:${JOIN.source})`), '');
  const empty = (t: string) => !/[\p{L}\p{N}\uE000]/u.test(t.replace(intens, ' ').replace(bare, ' ').replace(generic ?? /$^/, ' '));
  let head = '';
  let headEnd = segs[0].start;
  const lead0 = norm.slice(segs[0].start, segs[0].first.start);
  if (!empty(lead0)) {
    const m = SALUTATION.exec(lead0);
    if (!m || !empty(lead0.slice(m[0].length))) return undefined;
    headEnd = segs[0].start + m[0].length;
    const h = sourceRange(nt, segs[0].start, headEnd);
    head = ctx.reply.text.slice(h.start, h.end);
  }
  // Where each segment's complement starts: after its last apology and any intensifier or comma.
  const complementOf = (g: Segment) => {
    let c = g.last.end;
    for (let again = true; again; ) {
      again = false;
      const rest = norm.slice(c, g.end);
      const m = /^[ ,]+/.exec(rest) ?? new RegExp(`^(?:${intens.source})`, 'u').exec(rest);
      if (m && m[0]) {
        c += m[0].length;
        again = true;
      }
    }
    return c;
  };
  let keeper: Segment | undefined;
  // Where what followed a closing "but" starts: it becomes a sentence of its own after the one apology
  // ("Lo sentimos muchísimo, de verdad lo sentimos, pero tu pedido…" → "Lo sentimos. Tu pedido…"), as
  // deflecting/apology-but would end the apology.
  let excuse: number | undefined;
  // With nothing specific named, the first generic complement stays ("Disculpe las molestias").
  let fallback: Segment | undefined;
  for (const [i, g] of segs.entries()) {
    const lead = i === 0 ? norm.slice(headEnd, g.first.start) : plainOf(g.start, g.first.start);
    if (!empty(lead) || !empty(norm.slice(g.first.end, g.last.start))) return undefined;
    const but = /(?:^|[ ,]+)(?:but|pero)[ ,]+/.exec(norm.slice(g.last.end, g.end));
    if (but && i === segs.length - 1 && sentenceIndex(an, g.start) === hi) {
      excuse = g.last.end + but.index + but[0].length;
      g.end = g.last.end + but.index;
    }
    const c = complementOf(g);
    const comp = norm.slice(c, g.end).replace(/[ .!?;,]+$/, '');
    const raw = norm.slice(g.last.end, g.end).replace(/^[ ,]+/, '');
    if (comp && generic && new RegExp(`^(?:${generic.source})$`, 'u').test(comp)) {
      fallback ??= g;
      continue;
    }
    if (!comp || empty(comp)) continue;
    // "…sorry again, and thanks for your patience": a clause of its own, not what the apology is for.
    if (EXCUSE.test(comp) || comp.includes('?') || [comp, raw].some((t) => CLAUSE.test(t))) return undefined;
    if (keeper) return undefined;
    keeper = g;
  }
  const textOf = (a: number, b: number) => {
    const r = sourceRange(nt, a, b);
    return ctx.reply.text.slice(r.start, r.end);
  };
  /** The apology of a segment without its intensifiers, inflated phrases made plain. */
  const core = (g: Segment, from: number) => {
    const cuts: { start: number; end: number; text: string }[] = [];
    for (const inf of an.inflated) {
      if (inf.range.start >= from && inf.range.end <= g.last.end) cuts.push({ ...inf.range, text: matchCase(textOf(inf.range.start, inf.range.end), inf.replacement) });
    }
    for (const m of norm.slice(from, g.last.end).matchAll(intens)) {
      const r = { start: from + m.index!, end: from + m.index! + m[0].length, text: '' };
      if (!cuts.some((x) => x.start < r.end && r.start < x.end)) cuts.push(r);
    }
    cuts.sort((a, b) => a.start - b.start);
    // "truly and deeply sorry": the "and" between two intensifiers goes with them.
    for (let i = cuts.length - 1; i > 0; i--) {
      const [x, y] = [cuts[i - 1], cuts[i]];
      if (!x.text && !y.text && /^[\s,]*(?:and|y)?[\s,]*$/.test(norm.slice(x.end, y.start))) cuts.splice(i - 1, 2, { start: x.start, end: y.end, text: '' });
    }
    let out = '';
    let p = from;
    for (const x of cuts) {
      if (x.start > p) out += ` ${textOf(p, x.start)}`;
      out += ` ${x.text}`;
      p = x.end;
    }
    if (g.last.end > p) out += ` ${textOf(p, g.last.end)}`;
    return out
      .replace(/\s+/g, ' ')
      .replace(/ ([,;])/g, '$1')
      .replace(/([,;!])(?:\s*[,;!])+/g, '$1')
      .replace(/^[\s,;!¡]+|[\s,;!]+$/g, '')
      .replace(/^(?:and|y) /i, '');
  };
  // Where the apology that stays starts: its last apology when one segment holds several ("…, de verdad lo sentimos").
  const startOf = (g: Segment) =>
    g.first !== g.last && g.last.apo
      ? g.last.start
      : g === segs[0]
        ? headEnd
        : g.start + (/^(?:[,;]+ *(?:(?:and|y) +)?| (?:and|y) +)/.exec(norm.slice(g.start, g.end))?.[0].length ?? 0);
  const full = (t: string) => (t.match(/\p{L}+/gu) ?? []).length >= 2;
  // With nothing specific named, a one-word apology keeps its generic object ("Disculpe las molestias");
  // a full one drops it ("We're sorry.", not "…for any inconvenience caused").
  if (!keeper && fallback && !full(core(segs[0], startOf(segs[0])))) keeper = fallback;
  let apology = core(keeper ?? segs[0], startOf(keeper ?? segs[0]));
  let complement = '';
  if (keeper) {
    const c = complementOf(keeper);
    complement = textOf(c, keeper.end).replace(/[\s.!?;,]+$/, '');
    // "…, nuestras más sinceras disculpas, por haberle cobrado…": a bare "disculpas" borrows the first full apology.
    const opens = !segs.some((g) => g !== keeper && g.start < keeper!.start && sentenceIndex(an, g.start) === sentenceIndex(an, keeper!.start));
    // A one-word "Sorry for the late delivery" borrows the reply's own "We're sorry" where it fits.
    if (!full(apology)) {
      const first = /^(?:for|about|that|por|de que)(?![\p{L}])/u.test(norm.slice(c)) ? segs.map((g) => core(g, startOf(g))).find(full) : undefined;
      if (first) apology = first;
      else if (!opens) return undefined;
    }
  }
  if (!apology || EXCUSE.test(fold(apology))) return undefined;
  const sentence = `${apology}${complement ? ` ${complement}` : ''}`;
  let merged = `${head}${head ? lowerFirst(sentence) : capitalise(sentence)}.`;
  if (excuse !== undefined) {
    const rest = textOf(excuse, an.sentences[hi].end).replace(/[\s.!?;,]+$/, '');
    if ((rest.match(/\p{L}+/gu) ?? []).length < 3 || /[?]/.test(rest)) return undefined;
    merged += ` ${capitalise(rest)}.`;
  }
  const a = sourceRange(nt, an.sentences[lo].start, an.sentences[hi].end);
  if (ctx.reply.text.slice(a.start, a.end) === merged) return undefined;
  return rewriteFix(ctx, a.start, a.end, merged, titleFor(ctx.locale, merged), false);
}
