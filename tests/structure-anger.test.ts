import { describe, expect, it } from 'vitest';
import { applied, covered, findings, md } from './structure-helpers';

const ID = 'anger-type';
const run = (front: Record<string, string>, body: string) => {
  const text = md({ id: 'x', ...front }, body);
  return { text, found: findings(ID, text) };
};

describe('anger-type', () => {
  it('offers one unsafe fix per anger type when `anger` is missing', () => {
    const { text, found } = run({ title: 'Order status', locale: 'en' }, 'Your order ships tomorrow.');
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('Order status');
    expect(found[0].fixes.map((f) => [f.title, f.safe])).toEqual([
      ['Set anger: before (angry before contacting us)', false],
      ['Set anger: during (angry during the conversation)', false],
      ['Set anger: after (angry after it)', false],
      ['Set anger: none (not angry)', false],
    ]);
    expect(applied(text, found[0], 2)).toContain('locale: en\nanger: after\n---');
  });

  it('fixes an unambiguous spelling safely (Spanish, accents, case) and nothing else', () => {
    const a = run({ anger: 'Después', locale: 'es' }, 'Tu pedido sale mañana.');
    expect(a.found[0].message).toBe('«Después» no es un tipo de enfado: usa before, during, after o none.');
    expect(a.found[0].fixes[0]).toMatchObject({ title: 'Cambiar anger a after (enfadado después)', safe: true });
    expect(applied(a.text, a.found[0])).toContain('anger: after\n');
    const b = run({ anger: 'furious', locale: 'en' }, 'Your order ships tomorrow.');
    expect(b.found[0].fixes.every((f) => f.safe === false)).toBe(true);
  });

  it('during: flags "as I said" but not "as I said I would", and deletes it cleanly', () => {
    const { text, found } = run(
      { anger: 'during', locale: 'en' },
      "As I said, refunds take five days. The refund, as I already mentioned, was issued. I've called the bank, as I said I would.",
    );
    expect(found.map((f) => covered(text, f))).toEqual(['As I said', 'as I already mentioned']);
    expect(applied(text, found[0])).toContain('\nRefunds take five days.');
    expect(applied(text, found[1])).toContain('The refund was issued.');
  });

  it('during: Spanish tú and usted', () => {
    const { text, found } = run({ anger: 'during', locale: 'es' }, 'Como ya le dije, el plazo es de cinco días. El cargo, como te comenté, está anulado. Como te dije que haría, llamé al banco.');
    expect(found.map((f) => covered(text, f))).toEqual(['Como ya le dije', 'como te comenté']);
    expect(found[0].fixes[0].title).toBe('Quitar «Como ya le dije»');
  });

  it('during checks do not apply to other anger types', () => {
    expect(run({ anger: 'none', locale: 'en' }, 'As I said, refunds take five days.').found).toEqual([]);
  });

  it('after: needs ownership and a follow-up time', () => {
    const bad = run({ anger: 'after', title: 'Follow up', locale: 'en' }, 'Thanks for writing back. We will look into it.');
    expect(bad.found.map((f) => f.message)).toEqual([
      'An "after" reply must own the earlier failure (for example "we didn\'t follow up as we promised").',
      'An "after" reply must give a concrete follow-up time (for example "by Friday", "within 24 hours").',
    ]);
    expect(run({ anger: 'after', locale: 'en' }, "We didn't follow up as promised, and that's on us. I'll call you within 24 hours.").found).toEqual([]);
    expect(run({ anger: 'after', locale: 'es' }, 'No cumplimos lo que le dijimos. Le llamo mañana antes de las 12.').found).toEqual([]);
    expect(run({ anger: 'after', locale: 'es' }, 'No cumplimos lo que le dijimos. Lo revisaremos.').found).toHaveLength(1);
  });

  it('before: a generic acknowledgement alone is flagged, a specific one is not', () => {
    const bad = run({ anger: 'before', locale: 'en' }, 'I understand your frustration. Our team is on it.');
    expect(bad.found).toHaveLength(1);
    expect(covered(bad.text, bad.found[0])).toBe('I understand your frustration');
    expect(run({ anger: 'before', locale: 'en' }, 'I understand your frustration: your parcel is a week late.').found).toEqual([]);
    expect(run({ anger: 'before', locale: 'es' }, 'Entiendo su frustración. Nuestro equipo lo revisa.').found).toHaveLength(1);
    expect(run({ anger: 'before', locale: 'es' }, 'Entiendo tu frustración: tu pedido no ha llegado.').found).toEqual([]);
  });
});
