import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument } from 'yaml';
import { readYaml } from '../server/src/engine/model/yaml';
import { applyEdits } from '../server/src/engine/fix';
import { applyDirectives } from '../server/src/engine/lint';
import type { Finding, Span } from '../server/src/engine/types';

const read = (text: string) => readYaml('macros.yaml', text);

/** File text a decoded range maps to. */
function src(text: string, span: Span, word: string): string {
  const i = span.text.indexOf(word);
  expect(i).toBeGreaterThanOrEqual(0);
  return text.slice(span.toOffset(i), span.toOffset(i + word.length));
}

function apply(text: string, edits: { start: number; end: number; text: string }[] | undefined): string {
  expect(edits?.length).toBeGreaterThan(0);
  return applyEdits(text, edits!).text;
}

const LIBRARY = `macros:
  - id: late-delivery
    title: Late delivery
    locale: en
    anger: before
    acknowledge: |
      I can see your order still hasn't arrived.
    assure: I'll refund you by Friday.
  - id: cobro-doble
    locale: es
    reconocer: Veo que se te cobró dos veces.
    asegurar: Ya he reembolsado el segundo cargo.
`;

describe('shapes', () => {
  it('reads a top-level macros: list with sections, meta and name ranges', () => {
    const doc = read(LIBRARY);
    expect(doc.problems).toEqual([]);
    expect(doc.macros.map((m) => m.id)).toEqual(['late-delivery', 'cobro-doble']);
    const [m1, m2] = doc.macros;
    expect(m1.format).toBe('yaml');
    expect(m1.title).toBe('Late delivery');
    expect(m1.meta.anger.value).toBe('before');
    expect(LIBRARY.slice(m1.nameRange.start, m1.nameRange.end)).toBe('late-delivery');
    expect(m1.sectioned).toBe(true);
    expect(m1.sections.map((s) => s.move)).toEqual(['acknowledge', 'assure']);
    expect(LIBRARY.slice(m1.sections[0].headerRange.start, m1.sections[0].headerRange.end)).toBe('acknowledge');
    expect(m1.spans.map((s) => s.text)).toEqual(["I can see your order still hasn't arrived.\n", "I'll refund you by Friday."]);
    expect(m2.sections.map((s) => s.move)).toEqual(['acknowledge', 'assure']);
    expect(m2.index).toBe(1);
  });

  it('reads a top-level sequence, a single mapping and every document of a stream', () => {
    expect(read('- id: a\n  body: Hi\n- id: b\n  body: Bye\n').macros.map((m) => m.id)).toEqual(['a', 'b']);
    const single = read('id: solo\ntitle: Solo\nbody: Hello there\n');
    expect(single.macros.map((m) => [m.id, m.sectioned, m.spans.map((s) => s.text)])).toEqual([['solo', false, ['Hello there']]]);
    const stream = read('id: one\nbody: First\n---\nmacros:\n  - id: two\n    body: Second\n');
    expect(stream.macros.map((m) => [m.id, m.index])).toEqual([['one', 0], ['two', 1]]);
  });

  it('name range falls back to the title, then the first key', () => {
    const t = 'macros:\n  - title: Only a title\n    body: x\n  - body: nothing else\n';
    const [a, b] = read(t).macros;
    expect(t.slice(a.nameRange.start, a.nameRange.end)).toBe('Only a title');
    expect(t.slice(b.nameRange.start, b.nameRange.end)).toBe('body');
  });

  it('greeting and sign-off are reply text outside the sections, in file order', () => {
    const t = 'id: x\nsaludo: Hola Ana,\nreconocer: Entiendo que esperas.\nasegurar: Te escribo el viernes.\ndespedida: Un saludo\n';
    const m = read(t).macros[0];
    expect(m.spans.map((s) => s.text)).toEqual(['Hola Ana,', 'Entiendo que esperas.', 'Te escribo el viernes.', 'Un saludo']);
    expect(m.sections.map((s) => s.spans.length)).toEqual([1, 1]);
  });

  it('never throws on wrong shapes and reports them as shape problems', () => {
    const t1 = 'macros: "x"\n';
    const d1 = read(t1);
    expect(d1.macros).toEqual([]);
    expect(d1.problems).toHaveLength(1);
    expect(t1.slice(d1.problems[0].range.start, d1.problems[0].range.end)).toBe('"x"');
    expect(d1.problems.map((p) => [p.kind, p.message])).toEqual([['shape', 'macrosNotList']]);

    const t2 = 'macros:\n  - just a string\n  - id: ok\n    anger: 3\n    body: fine\n';
    const d2 = read(t2);
    expect(d2.macros.map((m) => m.id)).toEqual(['ok']);
    expect(d2.macros[0].meta.anger.value).toBe(3);
    expect(t2.slice(d2.problems[0].range.start, d2.problems[0].range.end)).toBe('just a string');

    const t3 = 'id: x\nacknowledge:\n  nested: map\nalign:\n  - first line\n  - second line\nassure:\n';
    const d3 = read(t3);
    expect(d3.problems.map((p) => [p.kind, p.message, p.data])).toEqual([['shape', 'valueNotText', { key: 'acknowledge' }]]);
    const m = d3.macros[0];
    expect(m.sections.map((s) => [s.move, s.spans.map((x) => x.text)])).toEqual([
      ['acknowledge', []],
      ['align', ['first line', 'second line']],
      ['assure', []],
    ]);

    for (const t of ['', '\ufeff', '# only a comment\n', '---\n...\n', 'just text', '[1, 2', '\t- a', 'macros:\n\t- id: x\n', '&a [*a]', '- *nope\n']) {
      expect(() => read(t)).not.toThrow();
    }
  });

  it('reports duplicate keys and keeps the first', () => {
    const t = 'id: first\nbody: one\nid: second\n';
    const d = read(t);
    expect(d.macros[0].id).toBe('first');
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0].message).toBe('Duplicate key "id": the first one is used');
    expect(t.slice(d.problems[0].range.start, d.problems[0].range.end)).toBe('i');
  });

  it('keeps reading the items around a broken one', () => {
    const t = 'macros:\n  - id: a\n    body: first\n  - id: b\n    anger before\n    body: second\n  - id: c\n    body: third\n';
    const d = read(t);
    expect(d.macros.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0].message).toMatch(/missing after the key/);
    const line = t.slice(0, d.problems[0].range.start).split('\n').length;
    expect(line).toBe(5);
  });

  it('shows an unclosed quote where it opens', () => {
    const t = 'macros:\n  - id: a\n    title: "Late delivery\n    body: x\n';
    const d = read(t);
    expect(d.problems.length).toBeGreaterThan(0);
    expect(t.slice(d.problems[0].range.start, d.problems[0].range.end)).toBe('"Late delivery');
  });
});

describe('scalar styles: decoded text and source maps', () => {
  const t = [
    'macros:',
    '  - id: styles',
    "    plain: x",
    '    greeting: Hi there, we can',
    '      refund you today',
    "    acknowledge: 'It''s late,'",
    '    align: "Caf\\u00e9 \\"crema\\" \\\\ ok\\n next"',
    '    assure: |-',
    '      Line one',
    '        indented two',
    '    signoff: >+',
    '      folded one',
    '      folded two',
    '',
    '      after blank',
    '',
    '    body: |2',
    '        leading spaces kept',
    '',
  ].join('\n');
  const m = read(t).macros[0];
  const js = parseDocument(t).toJS().macros[0] as Record<string, string>;
  const byKey = (k: string) => m.spans.find((s) => t.slice(s.range.start - k.length - 2, s.range.start).startsWith(`${k}:`))!;

  it('span.text equals what the yaml package decodes, for every style', () => {
    for (const k of ['greeting', 'acknowledge', 'align', 'assure', 'signoff', 'body']) expect(byKey(k).text).toBe(js[k]);
    expect(m.spans.map((s) => s.style)).toEqual(['plain', 'single', 'double', 'literal', 'folded', 'literal']);
  });

  it('toOffset lands on the source characters', () => {
    expect(src(t, byKey('greeting'), 'refund')).toBe('refund');
    const g = byKey('greeting');
    expect(t[g.toOffset(g.text.indexOf('can') + 3)]).toBe('\n');
    expect(src(t, byKey('acknowledge'), "It's")).toBe("It''s");
    const al = byKey('align');
    expect(src(t, al, 'Café')).toBe('Caf\\u00e9');
    expect(src(t, al, '"crema"')).toBe('\\"crema\\"');
    expect(t[al.toOffset(al.text.indexOf('\n'))]).toBe('\\');
    expect(src(t, byKey('assure'), '  indented two')).toBe('  indented two');
    const f = byKey('signoff');
    expect(t[f.toOffset(f.text.indexOf('one') + 3)]).toBe('\n');
    expect(src(t, f, 'after blank')).toBe('after blank');
    expect(src(t, byKey('body'), '  leading')).toBe('  leading');
  });

  it('handles CRLF, a BOM, tabs and astral characters', () => {
    const c = '\ufeffmacros:\r\n  - id: crlf\r\n    body: >\r\n      Hola 😀\tamigo,\r\n      ¿qué tal?\r\n    assure: "a\r\n      b"\r\n';
    const d = read(c);
    expect(d.problems).toEqual([]);
    const [body, assure] = d.macros[0].spans;
    expect(body.text).toBe('Hola 😀\tamigo, ¿qué tal?\n');
    expect(assure.text).toBe('a b');
    expect(src(c, body, '😀\tamigo')).toBe('😀\tamigo');
    // The fold maps to the \r of its CRLF, never between \r and \n.
    const at = body.toOffset(body.text.indexOf(' ¿'));
    expect(c.slice(at, at + 2)).toBe('\r\n');
    expect(c[assure.toOffset(1)]).toBe('\r');
  });
});

describe('edits re-encode for the style they land in', () => {
  const cases: [string, string][] = [
    ['plain', 'body: We are sorry, but the courier\n  lost it.\n'],
    ['single', "body: 'We''re sorry, but the courier\n  lost it.'\n"],
    ['double', 'body: "We\'re sorry, but the \\"courier\\"\n  lost it."\n'],
    ['literal', 'body: |\n  We are sorry, but the courier\n  lost it.\nnext: 1\n'],
    ['folded', 'body: >-\n  We are sorry, but the courier\n  lost it.\nnext: 1\n'],
  ];
  for (const [style, text] of cases) {
    it(`${style}: minimal edit for a simple rewrite, correct value for hostile ones`, () => {
      const span = read(text).macros[0].spans[0];
      expect(span.style).toBe(style);
      const i = span.text.indexOf(', but');
      const simple = span.edit(i, i + 5, ', and');
      expect(simple).toHaveLength(1);
      expect(simple[0].end - simple[0].start).toBeLessThanOrEqual(8);
      for (const replacement of [', and', ': "quoted" # not a comment \\ ', '\nNew line\n\nparagraph', "'", '', '😀 e\u0301 \t tab']) {
        const next = apply(text, span.edit(i, i + 5, replacement));
        const expected = span.text.slice(0, i) + replacement + span.text.slice(i + 5);
        const doc = parseDocument(next);
        expect(doc.errors).toEqual([]);
        expect(doc.get('body')).toBe(expected);
        if (text.includes('next: 1')) expect(doc.get('next')).toBe(1);
      }
    });
  }

  it('edits through an alias are refused; the anchor itself is editable', () => {
    const t = 'base: &b I am sorry, but no\nmacros:\n  - id: a\n    body: *b\n  - <<: { id: m }\n';
    const d = read(t);
    const viaAlias = d.macros[0].spans[0];
    expect(viaAlias.text).toBe('I am sorry, but no');
    expect(src(t, viaAlias, 'sorry')).toBe('sorry');
    expect(viaAlias.edit(0, 1, 'We')).toEqual([]);
  });

  it('resolves merge keys into meta and reply text (read-only through the merge)', () => {
    const t = 'defaults: &d\n  locale: es\n  anger: before\nmacros:\n  - <<: *d\n    id: x\n    anger: after\n    body: Hola\n';
    const m = read(t).macros[0];
    expect(m.meta.locale.value).toBe('es');
    expect(m.meta.anger.value).toBe('after');
    expect(m.spans[0].edit(0, 4, 'Buenas').length).toBe(1);
  });
});

describe('addSection, setMeta, disableComment', () => {
  it('adds a section in order, with the key language and indentation of its siblings', () => {
    const m = read(LIBRARY).macros[0];
    const next = apply(LIBRARY, m.addSection!('align', "You're right, this shouldn't have happened.\nIt's on us.", 'en'));
    const js = parseDocument(next).toJS().macros[0];
    expect(Object.keys(js)).toEqual(['id', 'title', 'locale', 'anger', 'acknowledge', 'align', 'assure']);
    expect(js.align).toBe("You're right, this shouldn't have happened.\nIt's on us.\n");
    expect(next).toContain("\n    align: |\n      You're right");

    const es = read(LIBRARY).macros[1];
    const nextEs = apply(LIBRARY, es.addSection!('align', 'Tienes toda la razón.', 'es'));
    const js2 = parseDocument(nextEs).toJS().macros[1];
    expect(Object.keys(js2)).toEqual(['id', 'locale', 'reconocer', 'alinear', 'asegurar']);
    expect(js2.alinear).toBe('Tienes toda la razón.\n');
  });

  it('adds a section before the first one when it comes first, also on a "- " line, with CRLF', () => {
    const t = 'macros:\r\n  - align: You are right.\r\n    assure: I will fix it.\r\n';
    const m = read(t).macros[0];
    const next = apply(t, m.addSection!('acknowledge', 'I see the problem.', 'en'));
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    const js = parseDocument(next).toJS().macros[0];
    expect(Object.keys(js)).toEqual(['acknowledge', 'align', 'assure']);
    expect(js.acknowledge).toBe('I see the problem.\n');
  });

  it('sets an existing key or inserts a new one', () => {
    const m = read(LIBRARY).macros[0];
    const replaced = apply(LIBRARY, m.setMeta!('anger', 'during'));
    expect(parseDocument(replaced).toJS().macros[0].anger).toBe('during');
    const es = read(LIBRARY).macros[1];
    const inserted = apply(LIBRARY, es.setMeta!('anger', 'after'));
    const js = parseDocument(inserted).toJS().macros;
    expect(js[1]).toMatchObject({ id: 'cobro-doble', anger: 'after', locale: 'es' });
    expect(js[0].anger).toBe('before');
    const quoted = apply(LIBRARY, es.setMeta!('title', 'Cobro: doble'));
    expect(parseDocument(quoted).toJS().macros[1].title).toBe('Cobro: doble');
  });

  it('puts a disable comment above the key, never inside a block scalar, and it covers the whole value', () => {
    const doc = read(LIBRARY);
    const span = doc.macros[0].spans[0];
    const at = span.toOffset(span.text.indexOf('arrived'));
    const next = apply(LIBRARY, doc.macros[0].disableComment!(at, 'missing-align'));
    expect(next).toContain('    # macrolint-disable-next-line missing-align\n    acknowledge: |');
    expect(parseDocument(next).toJS()).toEqual(parseDocument(LIBRARY).toJS());
    const again = read(next);
    const s2 = again.macros[0].spans[0];
    const finding = (ruleId: string, off: number): Finding => ({ ruleId, severity: 'warning', range: { start: off, end: off + 1 }, message: '', locale: 'en', fixes: [] });
    const inside = s2.toOffset(s2.text.indexOf('arrived'));
    expect(applyDirectives([finding('missing-align', inside)], again.directives)).toEqual([]);
    expect(applyDirectives([finding('other-rule', inside)], again.directives)).toHaveLength(1);
    // A finding on the first key of an item ("- id:") gets the comment above the item line.
    const top = apply(LIBRARY, doc.macros[1].disableComment!(doc.macros[1].nameRange.start, 'anger-type'));
    expect(top).toContain('  # macrolint-disable-next-line anger-type\n  - id: cobro-doble');
  });
});

describe('directives', () => {
  it('reads disable, enable, -line and -next-line comments, not comment-like scalar text', () => {
    const t = [
      '# macrolint-disable deflecting/*',
      'macros:',
      '  - id: a # macrolint-disable-line anger-type',
      '    # macrolint-disable-next-line missing-assure',
      '    body: |',
      '      # macrolint-disable this is reply text',
      '      second line',
      '    title: x',
      '# macrolint-enable',
      '# expect: syntax-error',
    ].join('\n');
    const d = read(t);
    expect(d.directives.map((x) => [x.kind, x.rules])).toEqual([
      ['disable', ['deflecting/*']],
      ['disable-line', ['anger-type']],
      ['disable-next-line', ['missing-assure']],
      ['enable', []],
    ]);
    const next = d.directives[2].covers!;
    expect(t.slice(next.start, next.end)).toBe('    body: |\n      # macrolint-disable this is reply text\n      second line');
    const line = d.directives[1].covers!;
    expect(t.slice(line.start, line.end)).toBe('  - id: a # macrolint-disable-line anger-type');
    expect(d.macros[0].spans[0].text).toBe('# macrolint-disable this is reply text\nsecond line\n');
  });
});

describe('stream and multi-document files keep other documents intact on edit', () => {
  it('edits in the second document leave the first byte-identical', () => {
    const t = 'id: one\nbody: First reply\n---\nid: two\nbody: "Second, but \\"quoted\\""\n';
    const d = read(t);
    const span = d.macros[1].spans[0];
    const next = apply(t, span.edit(6, 11, ' and'));
    const docs = parseAllDocuments(next).map((x) => x.toJS());
    expect(docs[1].body).toBe('Second and "quoted"');
    expect(next.slice(0, 27)).toBe(t.slice(0, 27));
  });
});
