import { describe, expect, it } from 'vitest';
import type { Helpdesk } from '../server/src/engine/types';
import { applied, covered, findings, md } from './structure-helpers';

const ID = 'placeholder-syntax';
const doc = (body: string, locale = 'en') => md({ id: 'x', anger: 'none', locale }, body);
const run = (body: string, helpdesk: Helpdesk, locale = 'en') => {
  const text = doc(body, locale);
  return { text, found: findings(ID, text, 'm.md', { helpdesk }) };
};

describe('placeholder-syntax', () => {
  it('accepts each helpdesk\'s own placeholders and fallbacks', () => {
    const ok: [Helpdesk, string][] = [
      ['zendesk', 'Hi {{ticket.requester.first_name | default: "there"}} {% if ticket.id %}#{{ticket.id}}{% endif %}'],
      ['freshdesk', 'Hi {{ticket.requester.firstname}}, {{ticket.agent.name | upcase}}'],
      ['helpscout', 'Hi {%customer.firstName,fallback=there%}'],
      ['front', 'Hi {{recipient.first_name}}, {{user.first_name}}'],
      ['intercom', 'Hi {{first_name | fallback: "there"}}'],
      ['gorgias', 'Hi {{ticket.customer.firstname}}'],
      ['generic', 'Hi {{first_name | fallback: "x"}} {%customer.firstName%} {customer_name} [Nombre] <ORDER NUMBER>'],
    ];
    for (const [helpdesk, body] of ok) expect(run(body, helpdesk).found, helpdesk).toEqual([]);
  });

  it('closes a placeholder missing a brace: {{ first_name } → {{first_name}}', () => {
    const { text, found } = run('Hi {{ first_name }, thanks.', 'generic');
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('{{ first_name }');
    expect(applied(text, found[0])).toContain('Hi {{first_name}}, thanks.');
    expect(found[0].fixes[0].title).toBe('Close the placeholder: {{first_name}}');
  });

  it('closes a Help Scout variable missing its brace, with a Spanish title', () => {
    const { text, found } = run('Hola {%customer.firstName%:', 'helpscout', 'es');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('nunca se cierra');
    expect(applied(text, found[0])).toContain('Hola {%customer.firstName%}:');
    expect(found[0].fixes[0].title).toBe('Cerrar el marcador: {%customer.firstName%}');
  });

  it('reports the wrong dialect without guessing a fix', () => {
    const { text, found } = run('Hi {%customer.firstName%}, welcome back.', 'zendesk');
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('{%customer.firstName%}');
    expect(found[0].message).toContain('Zendesk');
    expect(found[0].fixes).toEqual([]);
    expect(run('Hi {{first_name}}', 'helpscout').found).toHaveLength(1);
    expect(run('{% if vip %}Hi{% endif %}', 'intercom').found).toHaveLength(2);
  });

  it('reports a fallback the helpdesk does not support and swaps the filter where one exists', () => {
    const z = run('Hi {{first_name | fallback: "there"}}', 'zendesk');
    expect(z.found).toHaveLength(1);
    expect(covered(z.text, z.found[0])).toBe('fallback');
    expect(applied(z.text, z.found[0])).toContain('{{first_name | default: "there"}}');
    const i = run('Hi {{first_name | default: "there"}}', 'intercom');
    expect(applied(i.text, i.found[0])).toContain('{{first_name | fallback: "there"}}');
    const f = run('Hi {{recipient.first_name | default: "there"}}', 'front');
    expect(f.found).toHaveLength(1);
    expect(f.found[0].fixes).toEqual([]);
  });

  it('reports unknown filters, empty placeholders and stray closings', () => {
    const { text, found } = run('A {{name | shout}} B {{ }} C name}} D {customer_name}}', 'zendesk');
    expect(found.map((f) => covered(text, f))).toEqual(['shout', '{{ }}', '}}', '{customer_name}}']);
    expect(found[3].fixes[0].edits[0].text).toBe('{{customer_name}}');
  });

  it('tracks Liquid blocks across the whole macro', () => {
    const ok = run('{% if a %}x{% elsif b %}y{% else %}z{% endif %}\n\n{% for i in list %}{{i}}{% endfor %}', 'zendesk');
    expect(ok.found).toEqual([]);
    const { text, found } = run('{% if a %}x\n\n{% unless b %}y{% endunless %}\n\n{% endfor %}', 'zendesk');
    expect(found.map((f) => [covered(text, f), f.message])).toEqual([
      ['{% if a %}', '"{% if %}" has no matching "{% endif %}".'],
      ['{% endfor %}', '"{% endfor %}" closes a "{% for %}" block that was never opened.'],
    ]);
  });

  it('joins a placeholder broken across lines', () => {
    const { text, found } = run('Hi {{ticket.requester.\nfirst_name}},', 'zendesk');
    expect(found).toHaveLength(1);
    expect(applied(text, found[0])).toContain('Hi {{ticket.requester.first_name}},');
  });

  it('maps ranges and fixes through YAML scalars', () => {
    const text = 'id: a\nlocale: en\nanger: none\nbody: "Hi {{ first_name }, \\"friend\\""\n';
    const found = findings(ID, text, 'm.yaml', { helpdesk: 'intercom' });
    expect(found).toHaveLength(1);
    expect(covered(text, found[0])).toBe('{{ first_name }');
    expect(applied(text, found[0])).toBe('id: a\nlocale: en\nanger: none\nbody: "Hi {{first_name}}, \\"friend\\""\n');
  });
});
