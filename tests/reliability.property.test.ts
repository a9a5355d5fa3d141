/**
 * Issue 8, items 1 and 2: any text in, diagnostics out; fixes never corrupt. Property tests over
 * generated Markdown and YAML macros built from real-looking replies plus hostile content.
 * FC_RUNS sets the number of documents per property (CI sets it so the total reaches 10,000).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { lint } from '../server/src/engine/lint';
import { applyFixes, fixAll } from '../server/src/engine/fix';
import { findPlaceholders } from '../server/src/engine/text';
import type { Finding } from '../server/src/engine/types';

// .ci/run sets FC_RUNS=2500: 4 properties × 2,500 = 10,000 generated documents per CI run.
const RUNS = Number(process.env.FC_RUNS ?? 400);

const SENTENCES = [
  "I can see your order {{ticket.external_id}} still hasn't arrived.",
  'That sounds really stressful.',
  "You're right, this shouldn't have happened.",
  "I'll update you by Friday with the new tracking number.",
  "We're sorry, but the courier lost the parcel.",
  'Sorry for any inconvenience this may have caused.',
  'Per our policy, refunds take 30 days.',
  "You'll need to contact the courier.",
  'As I already said, please calm down.',
  "It's just a small delay.",
  'We are deeply, truly sorry. Sorry again. Our apologies.',
  "We'll look into it as soon as possible.",
  'Actually, the system was down.',
  'Disculpe las molestias.',
  'Lo sentimos, pero el pedido salió tarde.',
  'Según nuestra política, no hay reembolsos.',
  'Debe contactar con su banco.',
  'Como ya le dije, cálmese.',
  'No es para tanto.',
  'Entiendo que llevas una semana esperando.',
  'Tienes toda la razón, esto no debería haber pasado.',
  'Me encargaré de que el reembolso salga hoy.',
  'Hi {%customer.firstName,fallback=there%},',
  'Hola {{first_name | fallback: "there"}},',
  'Dear {customer_name}, [Nombre]',
];

const HOSTILE = [
  '😀🎉',
  '𝒜𝓁𝒾𝒸𝑒',
  'esta\u0301 ',
  'مرحبا بكم',
  'zero\u200Bwidth',
  '\t',
  '\r\n',
  '\r',
  'x'.repeat(3000),
  '"quoted" \'single\' \\backslash',
  ': colon # hash',
  '- dash',
  '{{unclosed',
  '%}',
  '<!-- comment -->',
  '\u2028',
  '\uFEFF',
  '\uD800',
];

const fragment = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) });
const replyText = fc.array(fragment, { minLength: 0, maxLength: 8 }).map((a) => a.join(' '));
const eol = fc.constantFrom('\n', '\r\n');
const anger = fc.constantFrom('before', 'during', 'after', 'none', '3', 'angry', '');
const locale = fc.constantFrom('en', 'es', 'es-MX', 'fr', '');

const markdownDoc = fc
  .record({ bom: fc.boolean(), fm: fc.constantFrom('closed', 'unclosed', 'none'), anger, locale, sectioned: fc.boolean(), parts: fc.array(replyText, { minLength: 1, maxLength: 4 }), eol, library: fc.boolean() })
  .map((d) => {
    const L: string[] = [];
    if (d.fm !== 'none') {
      L.push('---', 'id: m1', `anger: ${d.anger}`, `locale: ${d.locale}`);
      if (d.library) L.push('layout: library');
      if (d.fm === 'closed') L.push('---');
    }
    L.push('');
    if (d.library) L.push('## First macro', '<!-- id: first, anger: before -->');
    const heads = ['## Acknowledge', '## Align', '## Assure', '### Reconocer'];
    d.parts.forEach((p, i) => {
      if (d.sectioned) L.push(heads[i % heads.length], '');
      else if (d.library && i === 2) L.push('## Second macro');
      L.push(p, '');
    });
    return (d.bom ? '\uFEFF' : '') + L.join(d.eol);
  });

function yamlScalar(style: number, text: string, indent: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  switch (style) {
    case 0:
      return `|\n${lines.map((l) => `${indent}${l}`).join('\n')}`;
    case 1:
      return `>\n${lines.map((l) => `${indent}${l}`).join('\n')}`;
    case 2:
      return JSON.stringify(text);
    case 3:
      return `'${text.replace(/'/g, "''")}'`;
    default:
      return text.replace(/[\r\n]+/g, ' ');
  }
}

const yamlDoc = fc
  .record({
    items: fc.array(
      fc.record({ anger, locale, sectioned: fc.boolean(), parts: fc.array(fc.tuple(replyText, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 3 }), dup: fc.boolean(), alias: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
    shape: fc.constantFrom('macros', 'seq', 'single', 'wrong', 'anchors'),
  })
  .map((d) => {
    if (d.shape === 'wrong') return 'macros: "x"\n';
    const L: string[] = [];
    const anchors = d.shape === 'anchors';
    const ind = d.shape === 'macros' || anchors ? '  ' : '';
    // Anchors, aliases and merge keys: shared defaults merged into items, a body reused by alias.
    if (anchors) L.push('defaults: &d', '  anger: before', '  locale: en', 'macros:');
    let anchoredBody = false;
    if (d.shape === 'macros') L.push('macros:');
    const items = d.shape === 'single' ? d.items.slice(0, 1) : d.items;
    items.forEach((it, i) => {
      const lead = d.shape === 'single' ? '' : `${ind}- `;
      const pad = d.shape === 'single' ? '' : `${ind}  `;
      L.push(`${lead}id: item-${i}${i === 0 && it.alias ? ' ' : ''}`);
      if (anchors) {
        L.push(`${pad}<<: *d`);
        if (i > 0 && it.alias && anchoredBody) {
          L.push(`${pad}body: *b0`);
          return;
        }
      }
      L.push(`${pad}anger: ${it.anger || '3'}`);
      L.push(`${pad}locale: ${it.locale || 'en'}`);
      if (it.dup) L.push(`${pad}anger: before`);
      const keys = it.sectioned ? ['acknowledge', 'align', 'assure'] : ['body'];
      it.parts.slice(0, keys.length).forEach(([text, style], k) => {
        const anchor = anchors && i === 0 && keys[k] === 'body' ? '&b0 ' : '';
        if (anchor) anchoredBody = true;
        L.push(`${pad}${keys[k]}: ${anchor}${yamlScalar(style, text, `${pad}  `)}`);
      });
    });
    return L.join('\n') + '\n';
  });

function checkRanges(text: string, findings: Finding[]) {
  for (const f of findings) {
    for (const r of [f.range, ...f.fixes.flatMap((x) => x.edits)]) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeGreaterThanOrEqual(r.start);
      expect(r.end).toBeLessThanOrEqual(text.length);
      for (const p of [r.start, r.end]) {
        const prev = text.charCodeAt(p - 1);
        const cur = text.charCodeAt(p);
        // Never between a surrogate pair, never between \r and \n.
        expect(prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff).toBe(false);
        expect(prev === 13 && cur === 10).toBe(false);
      }
    }
  }
}

function placeholders(text: string): string[] {
  return findPlaceholders(text).map((r) => text.slice(r.start, r.end)).sort();
}

/** Every well-formed placeholder of `before` is still in `after` (a repair may add new ones). */
function keepsPlaceholders(before: string, after: string): void {
  const left = placeholders(after);
  for (const p of placeholders(before)) {
    const i = left.indexOf(p);
    expect(i, `placeholder ${p} lost`).toBeGreaterThanOrEqual(0);
    left.splice(i, 1);
  }
}

/** Every string in a data tree, joined (to look for placeholders in decoded YAML values). */
function stringsOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return Object.values(v).map(stringsOf).join('\n');
  return '';
}

function frontMatter(text: string): string | undefined {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m?.[0];
}

/** The YAML data with every scalar replaced by a marker: its keys and nesting without the values. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return '<v>';
}

/**
 * The distinct value changes between two YAML data trees: leaves that differ (added and removed keys
 * count), as (before, after) pairs. An anchored value seen again through its aliases changes in every
 * place it appears, which is one change of the file.
 */
function changedPaths(a: unknown, b: unknown): string[] {
  const out = new Set<string>();
  const walk = (x: unknown, y: unknown) => {
    const isObj = (v: unknown) => v !== null && typeof v === 'object';
    if (!isObj(x) || !isObj(y)) {
      if (!(Object.is(x, y) || JSON.stringify(x) === JSON.stringify(y))) out.add(JSON.stringify([x ?? null, y ?? null]));
      return;
    }
    const keys = new Set([...Object.keys(x as object), ...Object.keys(y as object)]);
    for (const k of keys) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]);
  };
  walk(a, b);
  return [...out];
}

function parsesClean(text: string): boolean {
  return parseAllDocuments(text).every((d) => !('errors' in d) || d.errors.length === 0);
}

describe('reliability: any text in, diagnostics out', () => {
  it(`Markdown: never throws, ranges inside the document on character boundaries (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        const { findings } = lint({ uri: 'file:///m/macros/a.md', text });
        checkRanges(text, findings);
      }),
      { numRuns: RUNS },
    );
  });

  it(`YAML: never throws, ranges inside the document on character boundaries (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(yamlDoc, (text) => {
        const { findings } = lint({ uri: 'file:///m/macros/a.yaml', text });
        checkRanges(text, findings);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('reliability: fixes never corrupt', () => {
  it(`Markdown: fix-all keeps front matter and placeholders, converges within 10 passes (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        const uri = 'file:///m/macros/a.md';
        const r = fixAll({ uri, text });
        expect(r.passes).toBeLessThanOrEqual(10);
        expect(fixAll({ uri, text: r.text }).applied).toBe(0);
        expect(frontMatter(r.text)).toBe(frontMatter(text));
        keepsPlaceholders(text, r.text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`YAML: each fix and fix-all keep the file parseable with the same structure and placeholders (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(yamlDoc, (text) => {
        const uri = 'file:///m/macros/a.yaml';
        const before = parseAllDocuments(text);
        const clean = parsesClean(text);
        const shapeBefore = clean ? before.map((d) => shape(d.toJS())) : undefined;
        const dataBefore = clean ? before.map((d) => d.toJS()) : undefined;
        const { findings } = lint({ uri, text });
        for (const f of findings) {
          for (const fix of f.fixes) {
            const one = applyFixes(text, [fix]).text;
            if (clean) {
              // A single fix changes one value (or adds one key): nothing else in the data moves.
              expect(parsesClean(one)).toBe(true);
              expect(changedPaths(dataBefore, parseAllDocuments(one).map((d) => d.toJS())).length).toBeLessThanOrEqual(1);
            }
          }
        }
        const r = fixAll({ uri, text });
        expect(r.passes).toBeLessThanOrEqual(10);
        expect(fixAll({ uri, text: r.text }).applied).toBe(0);
        if (clean) {
          // Placeholders are compared in the decoded values: a fix may re-quote a scalar.
          keepsPlaceholders(stringsOf(dataBefore), stringsOf(parseAllDocuments(r.text).map((d) => d.toJS())));
          expect(parsesClean(r.text)).toBe(true);
          expect(parseAllDocuments(r.text).map((d) => shape(d.toJS()))).toEqual(shapeBefore);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
