// bench/pattern-shapes.mjs tells which phrase patterns are finite sets of strings (what an automaton over
// literals could match without a regular expression) and why the others are not.
import { describe, expect, it } from 'vitest';
import { patternStrings, tablesOf } from '../bench/pattern-shapes.mjs';
import { getLexicon } from '../server/src/engine/lexicon';

describe('pattern shapes', () => {
  it('expands alternatives, optional parts and small classes in the order a backtracking engine tries them', () => {
    expect(patternStrings("(?:we're|we are) (?:so )?sorry")).toEqual({ strings: ["we're so sorry", "we're sorry", 'we are so sorry', 'we are sorry'] });
    expect(patternStrings('apologi[sz]e')).toEqual({ strings: ['apologise', 'apologize'] });
  });

  it('names what rules a pattern out: gaps, lookaround, wide classes, size', () => {
    expect(patternStrings('sorry[^.!?]{0,80}?but')).toEqual({ reason: 'open or long repeat' });
    expect(patternStrings('(?<!not )sorry')).toEqual({ reason: 'lookaround' });
    expect(patternStrings('usted \\w+o')).toEqual({ reason: 'open or long repeat' });
    expect(patternStrings('usted [a-z]o')).toEqual({ reason: 'wide class (\\w, a-z)' });
    expect(patternStrings('[^x]')).toEqual({ reason: 'negated class (gaps)' });
    expect(patternStrings('(?:a|b|c|d|e|f|g|h|i|j)(?:a|b|c|d|e|f|g|h|i|j)(?:a|b|c|d|e|f|g|h|i|j)(?:a|b|c)')).toEqual({ reason: 'more than 2,000 strings' });
  });

  it('reads every pattern of the shipped tables, and every one parses', () => {
    for (const locale of ['en', 'es'] as const) {
      const tables = tablesOf(locale) as Record<string, string[]>;
      const lex = getLexicon(locale);
      expect(tables['moves.align']).toEqual(lex.moves.moves.align.patterns);
      expect(Object.keys(tables).filter((k) => k.startsWith('deflecting.')).length).toBe(Object.keys(lex.deflecting).length);
      for (const list of Object.values(tables)) for (const p of list) expect(() => patternStrings(p)).not.toThrow();
    }
  });
});
