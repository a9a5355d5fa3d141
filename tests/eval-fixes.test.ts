/** `npm run eval:fixes`: the aggregation of two readers' blind ratings, on a tiny fixture. */
import { describe, expect, it } from 'vitest';
import { aggregate, formatFigures, verdict, type RewriteItem } from '../eval/fixes/aggregate.mjs';

const item = (key: string, finding: string, safe: boolean, lang = 'en', set = 'real'): RewriteItem => ({ key, finding, safe, lang, set });

describe('eval:fixes aggregation', () => {
  it('combines two readers: wrong if either says so, sendable only if both do', () => {
    expect(verdict('sendable', 'sendable')).toBe('sendable');
    expect(verdict('sendable', 'needs-edit')).toBe('needs-edit');
    expect(verdict('needs-edit', 'wrong')).toBe('wrong');
    expect(verdict('sendable', undefined)).toBeUndefined();
    expect(verdict('great', 'sendable')).toBeUndefined();
  });

  it('computes the safe and alternative figures per language and set, and counts unrated items', () => {
    const items = [
      // Finding f1: a safe rewrite rated sendable by both, and a quick fix one reader finds wrong.
      item('a', 'f1', true),
      item('b', 'f1', false),
      // Finding f2: a safe rewrite one reader wants edited; its quick fix is unrated by reader B.
      item('c', 'f2', true),
      item('d', 'f2', false),
      // Spanish, synthetic: one safe rewrite rated wrong.
      item('e', 'f3', true, 'es', 'synthetic'),
    ];
    const a = { a: 'sendable', b: 'wrong', c: 'sendable', d: 'sendable', e: 'wrong' };
    const b = { a: 'sendable', b: 'sendable', c: 'needs-edit', e: 'needs-edit' };
    const rows = aggregate(items, a, b);
    expect(rows.map((r) => `${r.lang}|${r.set}`)).toEqual(['en|real', 'es|synthetic']);
    const [en, es] = rows;
    expect(en.safe).toMatchObject({ items: 2, rated: 2, sendable: 1, wrong: 0, sendableShare: 0.5 });
    // f1 is fully rated with a sendable alternative; f2 still has an unrated alternative.
    expect(en.alternatives).toMatchObject({ findings: 2, ratedFindings: 1, withSendable: 1, items: 4, rated: 3, wrong: 1, findingsWithSendableShare: 1 });
    expect(en.alternatives.wrongShare).toBeCloseTo(1 / 3);
    expect(en.unrated).toBe(1);
    expect(es.safe).toMatchObject({ items: 1, rated: 1, sendable: 0, wrong: 1, sendableShare: 0 });
    expect(formatFigures(rows)).toMatch(/en\s+real\s+2\s+50\.0%\s+0 \|/);
  });

  it('counts findings whose every rewrite leaves a blank, and the sendable share among the others', () => {
    const items = [
      { ...item('a', 'f1', false), after: "We're sorry for [describe what went wrong]." },
      { ...item('b', 'f2', false), after: "We're sorry for the delay." },
      { ...item('c', 'f2', false), after: 'We can walk you through it: [describe the steps].' },
    ];
    const ratings = { a: 'needs-edit', b: 'sendable', c: 'needs-edit' };
    const [r] = aggregate(items, ratings, ratings);
    expect(r.alternatives).toMatchObject({ ratedFindings: 2, blankOnly: 1, withSendable: 1, findingsWithSendableShare: 0.5, withoutBlanksShare: 1 });
    expect(formatFigures([r])).toMatch(/en real: 1 of 2, 100\.0%/);
  });

  it('with no ratings yet, every item is unrated and no share is invented', () => {
    const [r] = aggregate([item('a', 'f1', true)]);
    expect(r.unrated).toBe(1);
    expect(r.safe.sendableShare).toBeUndefined();
    expect(r.alternatives.findingsWithSendableShare).toBeUndefined();
  });
});
