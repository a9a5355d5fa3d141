/**
 * The TextMate injection grammar: JSON structure, the manifest entry that injects it, and its regexes
 * run as JavaScript RegExps against placeholders of every helpdesk dialect, sections and anger values.
 * (vscode-textmate/oniguruma are not dependencies; the patterns are written to be JS-compatible.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Capture {
  name?: string;
  patterns?: Pattern[];
}
interface Pattern {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  captures?: Record<string, Capture>;
  patterns?: Pattern[];
  comment?: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Pattern[];
  repository: Record<string, Pattern>;
}

const root = new URL('../', import.meta.url);
const grammar = JSON.parse(readFileSync(new URL('syntaxes/macrolint.injection.json', root), 'utf8')) as Grammar;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** An Oniguruma source as a JS RegExp: a leading `(?i)` becomes the `i` flag; `d` gives group indices. */
function toRegExp(source: string): RegExp {
  const flags = source.startsWith('(?i)') ? 'dgiu' : 'dgu';
  return new RegExp(source.replace(/^\(\?i\)/, ''), flags);
}

/** Every `match` pattern of a repository entry (its own or its `patterns`). */
function matchesOf(key: string): RegExp[] {
  const p = grammar.repository[key];
  expect(p, key).toBeDefined();
  return [p, ...(p.patterns ?? [])].filter((x) => x.match).map((x) => toRegExp(x.match!));
}

/** Scopes assigned to the text of each capture group, for the first match of `key` in `text`. */
function scan(key: string, text: string): { whole: string; captures: Record<string, string> } | undefined {
  const entries = [grammar.repository[key], ...(grammar.repository[key].patterns ?? [])].filter((x) => x.match);
  for (const e of entries) {
    const re = toRegExp(e.match!);
    const m = re.exec(text);
    if (!m) continue;
    const captures: Record<string, string> = {};
    for (const [n, c] of Object.entries(e.captures ?? {})) {
      if (c.name && m[Number(n)] !== undefined && m[Number(n)] !== '') captures[c.name] = m[Number(n)];
    }
    return { whole: m[0], captures };
  }
  return undefined;
}

function allPatterns(): Pattern[] {
  const out: Pattern[] = [];
  const walk = (p: Pattern) => {
    out.push(p);
    for (const x of p.patterns ?? []) walk(x);
    for (const c of Object.values(p.captures ?? {})) for (const x of c.patterns ?? []) walk(x);
  };
  grammar.patterns.forEach(walk);
  Object.values(grammar.repository).forEach(walk);
  return out;
}

describe('injection grammar', () => {
  it('is contributed and injected into Markdown and YAML', () => {
    const entry = pkg.contributes.grammars.find((g: { path: string }) => g.path === './syntaxes/macrolint.injection.json');
    expect(entry.scopeName).toBe(grammar.scopeName);
    expect(entry.injectTo.sort()).toEqual(['source.yaml', 'text.html.markdown']);
    expect(grammar.injectionSelector).toMatch(/L:text\.html\.markdown/);
    expect(grammar.injectionSelector).toMatch(/L:source\.yaml/);
  });

  it('has a valid structure: includes resolve, every regex compiles, only JS-compatible syntax', () => {
    for (const p of allPatterns()) {
      if (p.include) {
        expect(p.include.startsWith('#'), p.include).toBe(true);
        expect(grammar.repository[p.include.slice(1)], p.include).toBeDefined();
      }
      for (const src of [p.match, p.begin, p.end].filter((s): s is string => !!s)) {
        expect(src, 'Oniguruma-only syntax').not.toMatch(/\\[AGhzZ]|\(\?[imx]-|\*\+|\+\+|\?\+/);
        expect(() => toRegExp(src), src).not.toThrow();
      }
      for (const k of Object.keys(p.captures ?? {})) expect(k).toMatch(/^\d+$/);
    }
    const included = new Set(allPatterns().filter((p) => p.include).map((p) => p.include!.slice(1)));
    for (const key of Object.keys(grammar.repository)) expect(included.has(key), `repository.${key} is used`).toBe(true);
  });

  it('scopes use names common themes colour', () => {
    const names = allPatterns().flatMap((p) => [p.name, ...Object.values(p.captures ?? {}).map((c) => c.name)]).filter((n): n is string => !!n);
    const common = ['variable.other', 'keyword.control', 'keyword.other', 'entity.name.section', 'string', 'keyword.operator', 'punctuation', 'entity.name', 'constant', 'comment', 'markup.heading', 'meta'];
    for (const n of names.flatMap((x) => x.split(' '))) expect(common.some((c) => n.startsWith(c)), n).toBe(true);
  });

  it.each([
    ['{{ticket.requester.first_name}}', 'ticket.requester.first_name'],
    ['{{current_user.name}}', 'current_user.name'],
    ['{{dc.item_name}}', 'dc.item_name'],
    ['{{ticket.requester.firstname}}', 'ticket.requester.firstname'],
    ['{{recipient.first_name}}', 'recipient.first_name'],
    ['{{ ticket.customer.firstname }}', 'ticket.customer.firstname'],
  ])('mustache placeholder %s', (text, variable) => {
    const r = scan('mustache-placeholder', `Hi ${text}, thanks`);
    expect(r?.whole).toBe(text);
    expect(r?.captures['variable.other.placeholder.macrolint']).toBe(variable);
  });

  it('Intercom fallback filters are part of the placeholder', () => {
    const text = '{{first_name | fallback: "there"}}';
    const r = scan('mustache-placeholder', `Hi ${text}!`);
    expect(r?.whole).toBe(text);
    expect(r?.captures['variable.other.placeholder.macrolint']).toBe('first_name');
    const [filter] = matchesOf('filter');
    expect(' | fallback: "there"'.match(filter)).toContain('|');
    const liquidDefault = scan('mustache-placeholder', '{{ ticket.requester.first_name | default: "there" }}');
    expect(liquidDefault?.whole).toBe('{{ ticket.requester.first_name | default: "there" }}');
  });

  it.each([
    ['{%customer.firstName%}', 'customer.firstName', undefined],
    ['{%customer.firstName,fallback=there%}', 'customer.firstName', 'there'],
    ['{% mailbox.email %}', 'mailbox.email', undefined],
  ])('Help Scout placeholder %s', (text, variable, fallback) => {
    const r = scan('helpscout-placeholder', `Hola ${text}:`);
    expect(r?.whole).toBe(text);
    expect(r?.captures['variable.other.placeholder.macrolint']).toBe(variable);
    expect(r?.captures['string.unquoted.fallback.macrolint']).toBe(fallback);
  });

  it.each([
    ['{% if ticket.requester.first_name %}', 'if'],
    ['{%- endif -%}', 'endif'],
    ['{% unless ticket.tags contains "vip" %}', 'unless'],
    ['{% for item in ticket.items %}', 'for'],
    ['{% else %}', 'else'],
  ])('Liquid tag %s', (text, keyword) => {
    const r = scan('liquid-tag', `x ${text} y`);
    expect(r?.whole).toBe(text);
    expect(r?.captures['keyword.control.liquid.macrolint']).toBe(keyword);
  });

  it('a Help Scout variable is not a Liquid tag, and a Liquid tag is matched before it', () => {
    expect(scan('liquid-tag', '{%customer.firstName%}')).toBeUndefined();
    const order = grammar.patterns.map((p) => p.include);
    expect(order.indexOf('#liquid-tag')).toBeLessThan(order.indexOf('#helpscout-placeholder'));
  });

  it.each([
    ['Hola {customer_name},', '{customer_name}', 'customer_name'],
    ['Hola [Nombre]:', '[Nombre]', 'Nombre'],
    ['Dear [Customer Name],', '[Customer Name]', 'Customer Name'],
    ['Your order <ORDER NUMBER> is on its way', '<ORDER NUMBER>', 'ORDER NUMBER'],
  ])('informal placeholder in %s', (text, whole, variable) => {
    const r = scan('informal-placeholder', text);
    expect(r?.whole).toBe(whole);
    expect(r?.captures['variable.other.placeholder.macrolint']).toBe(variable);
  });

  it.each(['See [Our guide](https://example.com)', 'See [Our guide][guide]', '[Guide]: https://example.com', 'a {{mustache}} pair', '<div>', '![Alt text]'])(
    'no informal placeholder in %s',
    (text) => {
      expect(scan('informal-placeholder', text)).toBeUndefined();
    },
  );

  it.each([
    ['## Acknowledge', 'Acknowledge'],
    ['### reconocer', 'reconocer'],
    ['# ALIGN', 'ALIGN'],
    ['## Asegurar ##', 'Asegurar'],
  ])('section heading %s', (line, word) => {
    expect(scan('section-heading', line)?.captures['entity.name.section.macrolint']).toBe(word);
  });

  it.each(['## Acknowledgements', 'Acknowledge the problem', '####### Align'])('no section heading in %s', (line) => {
    expect(scan('section-heading', line)).toBeUndefined();
  });

  it('comment markers and inline directives', () => {
    expect(scan('section-comment', '<!-- acknowledge -->')?.captures['keyword.control.section.macrolint']).toBe('acknowledge');
    expect(scan('section-comment', '<!--Alinear-->')?.captures['keyword.control.section.macrolint']).toBe('Alinear');
    const md = scan('directive-html', '<!-- macrolint-disable-next-line deflecting/policy-shield -->');
    expect(md?.captures['keyword.control.directive.macrolint']).toBe('macrolint-disable-next-line');
    expect(md?.captures['entity.name.tag.rule.macrolint']?.trim()).toBe('deflecting/policy-shield');
    const yaml = scan('directive-yaml', '    # macrolint-disable-line deflecting/redirect');
    expect(yaml?.captures['keyword.control.directive.macrolint']).toBe('macrolint-disable-line');
    // A `#` glued to a word does not start a YAML comment.
    expect(scan('directive-yaml', 'title: issue#macrolint-disable')).toBeUndefined();
  });

  it.each([
    ['anger: before', 'before'],
    ['  anger: during', 'during'],
    ['  - anger: "after"', 'after'],
    ["anger: 'none'  # no anger", 'none'],
  ])('anger value in %s', (line, value) => {
    const r = scan('anger', line);
    expect(r?.captures['keyword.control.anger.macrolint']).toBe(value);
    expect(r?.captures['entity.name.tag.yaml']).toBe('anger');
  });

  it.each(['anger: furious', 'anger: before and after', 'danger: before', '  "anger": before"'])('no anger value in %s', (line) => {
    expect(scan('anger', line)).toBeUndefined();
  });

  it.each([
    ['  acknowledge: |', 'acknowledge'],
    ['  - reconocer: >', 'reconocer'],
    ['asegurar: "Te llamo hoy"', 'asegurar'],
  ])('YAML section key in %s', (line, key) => {
    expect(scan('section-key', line)?.captures['entity.name.section.macrolint']).toBe(key);
  });
});
