import { describe, expect, it } from 'vitest';
import { applied, covered, findings, md } from './structure-helpers';

const EN = 'I can see your order is a week late, and I am sorry. I have asked the warehouse to ship it again today.';
const ES = 'Veo que tu pedido lleva una semana de retraso y lo siento mucho. Ya he pedido que lo envíen de nuevo hoy.';

describe('locale-mismatch', () => {
  it('reports a declared region tag whose language is not the text\'s, with an unsafe fix', () => {
    const text = md({ id: 'x', anger: 'none', locale: 'es-MX' }, EN);
    const found = findings('locale-mismatch', text);
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('es-MX');
    expect(found[0].message).toBe('El locale es «es-MX» pero la respuesta está escrita en inglés.');
    expect(found[0].fixes[0]).toMatchObject({ title: 'Cambiar locale a «en»', safe: false });
    expect(applied(text, found[0])).toContain('locale: en\n');
  });

  it('accepts matching tags and never flags short or mixed replies', () => {
    expect(findings('locale-mismatch', md({ locale: 'en-GB' }, EN))).toEqual([]);
    expect(findings('locale-mismatch', md({ locale: 'es' }, ES))).toEqual([]);
    expect(findings('locale-mismatch', md({ locale: 'es' }, 'Thanks for your order!'))).toEqual([]);
    expect(findings('locale-mismatch', md({ locale: 'es' }, `${EN} ${ES}`))).toEqual([]);
  });

  it('honours the minWords option', () => {
    const short = 'Hi, your order is on the way and we are sorry.';
    expect(findings('locale-mismatch', md({ locale: 'es' }, short))).toHaveLength(1);
    expect(findings('locale-mismatch', md({ locale: 'es' }, short), 'm.md', { rules: { 'locale-mismatch': { severity: 'warning', options: { minWords: 30 } } } })).toEqual([]);
  });

  it('reports a value that is not a language tag', () => {
    const text = 'id: a\nanger: none\nlocale: Spanish\nbody: Veo que tu pedido lleva una semana de retraso y lo siento mucho.\n';
    const found = findings('locale-mismatch', text, 'm.yaml');
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('Spanish');
    expect(applied(text, found[0])).toContain('locale: es\n');
  });
});
