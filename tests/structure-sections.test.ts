import { describe, expect, it } from 'vitest';
import { applied, covered, findings, md } from './structure-helpers';

const front = { id: 'x', anger: 'before', locale: 'en' };

describe('section-order', () => {
  it('reports the first section out of order and reorders with one exact edit', () => {
    const text = md(front, '## Align\n\nYou are right.\n\n### Acknowledge\n\nYour order is late.\n\n## Assure\n\nI ship it today.');
    const found = findings('section-order', text);
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('### Acknowledge');
    expect(found[0].message).toBe('The "acknowledge" section comes after "align": order the sections acknowledge, align, assure.');
    expect(applied(text, found[0])).toBe(md(front, '### Acknowledge\n\nYour order is late.\n\n## Align\n\nYou are right.\n\n## Assure\n\nI ship it today.'));
  });

  it('gives no fix when text other than whitespace sits between sections', () => {
    const text = md(front, '<!-- assure -->\nI ship it today.\n<!-- /assure -->\nThanks!\n<!-- acknowledge -->\nYour order is late.');
    const found = findings('section-order', text);
    expect(found).toHaveLength(1);
    expect(found[0].fixes).toEqual([]);
  });

  it('ignores plain and ordered macros', () => {
    expect(findings('section-order', md(front, 'Your order is late. I ship it today.'))).toEqual([]);
    expect(findings('section-order', md(front, '# Reconocer\nTu pedido llega tarde.\n# Asegurar\nLo envío hoy.'))).toEqual([]);
  });

  it('reorders YAML section keys', () => {
    const text = 'id: a\nlocale: es\nanger: before\nasegurar: Lo envío hoy.\nreconocer: |\n  Tu pedido llega tarde.\n';
    const found = findings('section-order', text, 'm.yaml');
    expect(found[0].message).toContain('«reconocer» va después de «asegurar»');
    expect(applied(text, found[0])).toBe('id: a\nlocale: es\nanger: before\nreconocer: |\n  Tu pedido llega tarde.\nasegurar: Lo envío hoy.\n');
  });
});

describe('empty-section', () => {
  it('reports sections with only whitespace, in the macro\'s language', () => {
    const text = md({ ...front, locale: 'es' }, '## Reconocer\n\n   \n\n## Alinear\nTienes razón.\n\n## Asegurar');
    const found = findings('empty-section', text);
    expect(found.map((f) => covered(text, f))).toEqual(['## Reconocer', '## Asegurar']);
    expect(found[0].message).toBe('La sección «reconocer» está vacía: escribe la parte de reconocer de la respuesta o elimina el encabezado.');
  });

  it('does not count placeholders as empty', () => {
    expect(findings('empty-section', md(front, '## Acknowledge\n{{dc.late_order_ack}}'))).toEqual([]);
  });
});
