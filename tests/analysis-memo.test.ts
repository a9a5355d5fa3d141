import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { FileSpan, ReplyText } from '../server/src/engine/text';
import { analyze } from '../server/src/engine/analysis';
import { DEFLECTING_CATEGORIES } from '../server/src/engine/lexicon/deflecting-types';
import { getLexicon, type Lexicon } from '../server/src/engine/lexicon';
import { loadCorpus, replyText } from '../eval/render.mjs';
import type { Locale } from '../server/src/engine/types';

// The analysis memoises per sentence-like run of text (phrase-table matches per run, guard verdicts per
// window). A reply analysed after many others that share its sentences must get exactly what it gets
// from a lexicon seen for the first time (a copy of the lexicon object: fresh compiled tables, empty memos).
const reply = (text: string) => new ReplyText([new FileSpan(text, 0, text.length, '\n')]);

function summary(text: string, lexicon: Lexicon, locale: Locale) {
  const a = analyze(reply(text), lexicon, locale, false);
  return {
    moves: a.moves,
    apologies: a.apologies,
    inflated: a.inflated,
    vague: a.vague,
    generic: a.generic,
    specific: a.specificAcknowledge,
    deflecting: DEFLECTING_CATEGORIES.map((c) => a.deflecting(c).map((m) => [m.start, m.end, m.entry?.pattern, m.exec && [...m.exec]])),
  };
}

/** A copy of a lexicon whose compiled tables and memos (kept per lexicon and per category table object) start empty. */
function firstSeen(lexicon: Lexicon): Lexicon {
  return { ...lexicon, deflecting: Object.fromEntries(Object.entries(lexicon.deflecting).map(([k, t]) => [k, { ...t }])) } as Lexicon;
}

describe('analysis memos', () => {
  const sentences: Record<Locale, string[]> = { en: [], es: [] };
  for (const dir of ['corpus', 'dev2', 'dev3']) {
    for (const e of loadCorpus(join(__dirname, '../eval', dir))) {
      const locale: Locale = e.locale.startsWith('es') ? 'es' : 'en';
      sentences[locale].push(...replyText(e).split(/(?<=[.!?;:])\s+/).filter((s: string) => s.length > 3));
    }
  }

  it.each(['en', 'es'] as Locale[])('%s: replies sharing sentences, analysed one after another, match a first analysis of each', (locale) => {
    const shared = getLexicon(locale);
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences[locale]), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\n', '\n\n'), (parts, sep) => {
        const text = parts.join(sep);
        // Warm: the shared lexicon has seen the earlier runs' replies (and this one, twice).
        summary(text, shared, locale);
        const warm = summary(text, shared, locale);
        const fresh = summary(text, firstSeen(shared), locale);
        expect(warm, text).toEqual(fresh);
        checked++;
      }),
      { numRuns: 120, seed: 5 },
    );
    expect(checked).toBe(120);
  });
});
