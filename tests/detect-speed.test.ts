// The detector's caches (interned context lists, scores shared per sentence pair, memoised feature
// names, the tokenizer's fast path) must give exactly what the plain computation gives: every
// probability === a reference that scores each sentence from its feature strings and the model file.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, detectSentences } from '../server/src/engine/analysis';
import { contextFeatures, intrinsicInfo, sentenceInfos, type IntrinsicInfo } from '../server/src/engine/detect/features';
import { modelFor, scoreParts, tokenScores, type ModelFile } from '../server/src/engine/detect/model';
import { loadSplit } from '../eval/real/corpus.mjs';
import { detectReply } from '../server/src/engine/detect/reply';
import { tokenize } from '../server/src/engine/detect/tokens';
import type { Locale, Range } from '../server/src/engine/types';

const EXAMPLES = join(__dirname, '..', 'examples', 'macros');
const REPLIES: [string, Locale][] = [
  ...(['en', 'es'] as const).flatMap((l) =>
    readdirSync(join(EXAMPLES, l)).map((f): [string, Locale] => [readFileSync(join(EXAMPLES, l, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''), l]),
  ),
  ["I'm sorry your order is late. You'll need to contact the courier. We can't refund it, as I said.", 'en'],
  ['Sorry! Sorry! Please contact the shop where you bought it. Is there anything else?', 'en'],
  ['Lamentamos el retraso. Diríjase a la tienda donde lo compró. No podemos hacer nada más.', 'es'],
];

/** The context features as the detector first computed them (a fresh list per sentence). */
function refContext(infos: readonly IntrinsicInfo[], ranges: readonly Range[], i: number, tables: Record<string, readonly Range[]>): string[] {
  const out: string[] = [];
  if (i === 0) out.push('first');
  if (i === infos.length - 1) out.push('last');
  const prev = infos[i - 1];
  if (prev) {
    if (prev.slots.has('apology')) out.push('prev:apology');
    for (const c of prev.cueIds) out.push(`prev:${c}`);
  }
  const r = ranges[i];
  for (const [name, list] of Object.entries(tables)) if (list.some((x) => x.start < r.end && r.start < x.end)) out.push(`tbl:${name}`);
  return out;
}

/** Per label: sigmoid(0 + (bias + Σ intrinsic weights) + Σ context weights), summed in feature order as the model does. */
function refScores(model: ModelFile, intrinsic: readonly string[], context: readonly string[]): number[] {
  const sum = (features: readonly string[], start: number[]) => {
    const z = [...start];
    for (const f of features) {
      const w = Object.hasOwn(model.weights, f) ? model.weights[f] : undefined;
      if (w) for (let k = 0; k < w.length; k += 2) z[w[k]] += w[k + 1];
    }
    return z;
  };
  const a = sum(intrinsic, model.bias);
  const b = context.length ? sum(context, model.bias.map(() => 0)) : undefined;
  return a.map((za, i) => 1 / (1 + Math.exp(-(b ? 0 + za + b[i] : 0 + za))));
}

function tablesOf(text: string, locale: Locale) {
  const a = analyzeText(text, locale);
  const tables = { acknowledge: a.moves.acknowledge.matches, align: a.moves.align.matches, assure: a.moves.assure.matches, apology: a.apologies, vague: a.vague };
  return { a, tables };
}

describe('detector speed-ups keep every probability', () => {
  it('scores each sentence exactly as the reference, cold and warm, in either order of replies', () => {
    for (const pass of [0, 1]) {
      for (const [text, locale] of pass ? [...REPLIES].reverse() : REPLIES) {
        const { a, tables } = tablesOf(text, locale);
        const model = modelFor(locale);
        const infos = a.sentences.map((r) => intrinsicInfo(a.norm, r.start, r.end, locale));
        const got = detectReply(a.norm, a.sentences, locale, tables);
        const viaAnalysis = detectSentences(a.norm, a.sentences, locale, tables);
        expect(got.length).toBe(a.sentences.length);
        got.forEach((s, i) => {
          const ctx = refContext(infos, a.sentences, i, tables);
          expect([...contextFeatures(infos, a.sentences, i, tables)]).toEqual(ctx);
          const want = refScores(model, infos[i].features, ctx);
          model.labels.forEach((l, k) => {
            expect(s.p[l]).toBe(want[k]);
            expect(viaAnalysis[i].p[l]).toBe(want[k]);
            expect(a.detection[i].p[l]).toBe(want[k]);
          });
          expect(Array.from(scoreParts(model, infos[i].features, ctx).p)).toEqual(want);
          for (const l of model.labels) expect(s.cuesOf(l)).toEqual(viaAnalysis[i].cuesOf(l));
        });
      }
    }
  });

  it('gives the same context lists whichever tables object or sentence subset asks', () => {
    const [text, locale] = REPLIES[REPLIES.length - 3];
    const { a, tables } = tablesOf(text, locale);
    const infos = a.sentences.map((r) => intrinsicInfo(a.norm, r.start, r.end, locale));
    const copy = { ...tables };
    const none = { acknowledge: [], align: [], assure: [], apology: [], vague: [] };
    const reordered = { vague: tables.vague, apology: tables.apology, acknowledge: tables.acknowledge, align: tables.align, assure: tables.assure };
    for (const t of [tables, none, copy, reordered, tables, {}]) {
      a.sentences.forEach((_, i) => expect([...contextFeatures(infos, a.sentences, i, t)]).toEqual(refContext(infos, a.sentences, i, t)));
    }
    const sub = a.sentences.slice(1);
    const subInfos = infos.slice(1);
    sub.forEach((_, i) => expect([...contextFeatures(subInfos, sub, i, tables)]).toEqual(refContext(subInfos, sub, i, tables)));
  });

  it('shares and freezes the probability records of sentences scored alike', () => {
    const text = 'Sorry about that. Sorry about that. Sorry about that.';
    const { a, tables } = tablesOf(text, 'en');
    const d = detectReply(a.norm, a.sentences, 'en', tables);
    expect(d[1].p).toBe(d[1].p);
    expect(Object.isFrozen(d[0].p)).toBe(true);
    const again = detectReply(a.norm, a.sentences, 'en', { ...tables });
    d.forEach((s, i) => expect(again[i].p).toBe(s.p));
  });

  it('keeps the training features (sentence features) as strings in first-seen order, repeats once', () => {
    const text = 'Please please contact the shop, the shop will help you with your refund.';
    const { a, tables } = tablesOf(text, 'en');
    const [info] = sentenceInfos(a.norm, a.sentences, 'en', tables);
    const own = intrinsicInfo(a.norm, a.sentences[0].start, a.sentences[0].end, 'en').features;
    expect(new Set(own).size).toBe(own.length);
    expect(info.features.slice(0, own.length)).toEqual(own);
    expect(info.features.slice(0, 6)).toEqual(['w:pleas', 't:please', 'b:^_pleas', 'b:pleas_pleas', 'w:contact', 't:contact']);
    expect(info.features).toContain('b:refund_$');
  });

  it('tokenizes words with and without apostrophes as before, and "constructor" like any word', () => {
    const words = (s: string, l: Locale) => tokenize(s, 0, s.length, l).map((t) => `${t.word}/${t.stem}`);
    expect(words("we'll can't cannot 'quoted' it's rock'n'roll", 'en')).toEqual([
      'we/we', 'will/will', 'can/can', 'not/not', 'can/can', 'not/not', 'quoted/quot', 'it/it', 'is/be', 'rocknroll/rocknroll',
    ]);
    expect(words('the constructor called', 'en')).toEqual(['the/the', 'constructor/constructor', 'called/cal']);
    expect(words('el constructor llegó', 'es').map((w) => typeof w)).toEqual(['string', 'string', 'string']);
    expect(words('el constructor', 'es')[1]).toBe('constructor/constructor');
  });

  it('scores every sentence of the real tune split from its tokens exactly as from its feature strings', () => {
    let sentences = 0;
    for (const r of loadSplit('tune') as { lang: string; text: string }[]) {
      const locale: Locale = r.lang === 'es' ? 'es' : 'en';
      const { a, tables } = tablesOf(r.text, locale);
      const model = modelFor(locale);
      const infos = a.sentences.map((x) => intrinsicInfo(a.norm, x.start, x.end, locale));
      detectReply(a.norm, a.sentences, locale, tables).forEach((s, i) => {
        const want = refScores(model, infos[i].features, refContext(infos, a.sentences, i, tables));
        model.labels.forEach((l, k) => expect(s.p[l]).toBe(want[k]));
        sentences++;
      });
    }
    expect(sentences).toBeGreaterThan(4000);
  });

  it('counts a stem-pair feature once, whichever split of its underscores the tokens give', () => {
    const model: ModelFile = { version: 1, labels: ['x', 'y'], bias: [0.5, -1], weights: { 'b:a_b_c': [0, 1, 1, 2], 'w:a': [1, 0.25], 't:a': [0, 4], neg: [1, 8] } };
    const toks = (...stems: string[]) => stems.map((stem) => ({ stem, word: stem }));
    expect(Array.from(tokenScores(model, toks('a', 'b_c'), ['neg']))).toEqual([0.5 + 1 + 4, -1 + 2 + 0.25 + 8]);
    expect(Array.from(tokenScores(model, toks('a_b', 'c'), []))).toEqual([1.5, 1]);
    // Both pairs spell the same feature string "b:a_b_c": it counts once, as in the string path's set.
    expect(Array.from(tokenScores(model, toks('a', 'b_c', 'x', 'a_b', 'c'), []))).toEqual([0.5 + 1 + 4, -1 + 2 + 0.25]);
    expect(Array.from(tokenScores(model, [], ['neg', 'neg']))).toEqual([0.5, 7]);
  });
});
