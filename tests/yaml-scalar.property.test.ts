/**
 * Property tests for YAML scalar source maps and re-encoding: random reply-like strings rendered in
 * every scalar style (by the yaml package's stringify and by hand), then random decoded ranges replaced
 * through `span.edit`. Runs per property: FC_RUNS (default 300). fast-check prints the seed on failure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, Scalar, parseAllDocuments } from 'yaml';
import { readYaml } from '../server/src/engine/model/yaml';
import { applyEdits } from '../server/src/engine/fix';
import type { Span } from '../server/src/engine/types';

const RUNS = Number(process.env.FC_RUNS ?? 300) || 300;

const PIECES = [
  'I', 'can', 'see', 'your', 'order', 'hasn\'t', 'arrived', 'lo siento', 'está', 'esta\u0301', 'pedido', 'ñ',
  ' ', ' ', ' ', '  ', '.', ',', '!', '?', "'", '"', '\\', ': ', ' #', '#', '-', '- ', '?', '*', '&', '!', '|', '>', '%', '@', '`',
  '[', ']', '{', '}', ',', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u00a0', '\u200b', '\ufeff',
  '😀', '𝒜', '👍🏽', '\u05e9\u05dc\u05d5\u05dd', '{{ticket.requester.first_name}}', '{%customer.firstName,fallback=there%}', '[Nombre]',
  '---', '...', 'true', '3', '~', 'null', '\\n', '\\u00e9', '\u0000', '\u0007', '\u007f', 'x'.repeat(120),
];

const reply = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 14 }).map((a) => a.join(''));
const shortReplacement = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 4 }).map((a) => a.join(''));

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

interface Rendered {
  text: string;
}

function crlf(text: string, mode: number): string {
  if (mode === 1) return text.replace(/\r?\n/g, '\r\n');
  if (mode === 2) {
    // Mixed line endings: every other line break becomes CRLF.
    let k = 0;
    return text.replace(/\r?\n/g, (m) => (k++ % 2 ? '\r\n' : m));
  }
  return text;
}

/** A macros file rendered by the yaml package, with the body in a chosen style. */
const stringified = fc
  .record({
    body: reply,
    other: reply,
    style: fc.constantFrom(...STYLES),
    otherStyle: fc.constantFrom(...STYLES),
    lineWidth: fc.constantFrom(0, 20, 40, 80),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    eol: fc.constantFrom(0, 0, 1, 2),
    bom: fc.boolean(),
    single: fc.boolean(),
  })
  .map((r): Rendered => {
    const item1: Record<string, unknown> = { id: 'late-delivery', locale: 'en', anger: 'before', body: r.body };
    const item2: Record<string, unknown> = { id: 'refund', acknowledge: r.other, assure: 'I will refund you today.' };
    const doc = new Document(r.single ? item1 : { macros: [item1, item2] });
    const set = (path: unknown[], style: string) => {
      const n = doc.getIn(path, true);
      if (n instanceof Scalar) n.type = style as Scalar.Type;
    };
    set(r.single ? ['body'] : ['macros', 0, 'body'], r.style);
    if (!r.single) set(['macros', 1, 'acknowledge'], r.otherStyle);
    let text = doc.toString({ lineWidth: r.lineWidth, minContentWidth: 0, indent: r.indent, indentSeq: r.indentSeq });
    text = crlf(text, r.eol);
    return { text: (r.bom ? '\ufeff' : '') + text };
  });

function handQuoteDouble(v: string, fold: boolean, ind: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += fold && i > 0 && i + 1 < v.length && !/\s/.test(v[i - 1]) && !/\s/.test(v[i + 1]) ? `\n\n${ind}` : '\\n';
    else if (code < 0x20 || code === 0x7f || c === '\u2028' || c === '\u2029' || c === '\u0085' || c === '\ufeff') out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (c === 'é') out += '\\u00e9';
    else if (c === ' ' && fold && i > 0 && i + 1 < v.length && !/\s/.test(v[i - 1]) && !/\s/.test(v[i + 1]) && i % 3 === 0) out += `\n${ind}`;
    else if (fold && i % 7 === 3 && !/\s/.test(c)) out += `\\\n${ind}${c}`;
    else out += c;
  }
  return `"${out}"`;
}

function handBlock(v: string, mode: '|' | '>', ind: string, explicit: boolean): string {
  const chomp = v.endsWith('\n\n') ? '+' : v.endsWith('\n') ? '' : '-';
  const body = chomp === '' ? v.slice(0, -1) : chomp === '+' ? v.slice(0, -1) : v;
  const lines = body.split('\n').map((l) => (l ? ind + l : ''));
  // The parent mapping is indented by 4, so the explicit indicator is the rest of the content indent.
  return `${mode}${explicit ? String(ind.length - 4) : ''}${chomp}\n${lines.join('\n')}\n`;
}

/** Hand-written files: escapes, folds, escaped line breaks, explicit indentation, comments, tabs. */
const handWritten = fc
  .record({
    body: reply,
    kind: fc.constantFrom('double', 'single', 'plain', 'literal', 'folded'),
    fold: fc.boolean(),
    explicit: fc.boolean(),
    eol: fc.constantFrom(0, 1, 2),
    comment: fc.boolean(),
  })
  .map((r): Rendered => {
    const ind = '      ';
    let v = r.body.replace(/\r\n?/g, '\n');
    let scalar: string;
    switch (r.kind) {
      case 'double':
        scalar = handQuoteDouble(v, r.fold, ind);
        break;
      case 'single':
        v = v.replace(/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/g, ' ').trim();
        scalar = `'${v.replace(/'/g, "''").replace(/ (?=\S)/g, (m, at: number) => (r.fold && at % 4 === 1 ? `\n${ind}` : m))}'`;
        break;
      case 'plain':
        v = v.replace(/[^\p{L}\p{N} .,!?'’]/gu, ' ').replace(/\s+/g, ' ').trim() || 'ok';
        scalar = r.fold ? v.replace(/ (?=\S)/g, (m, at: number) => (at % 5 === 1 ? `\n${ind}` : m)) : v;
        break;
      case 'literal':
      case 'folded':
        v = v.replace(/[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]/g, '');
        scalar = handBlock(v || 'ok', r.kind === 'literal' ? '|' : '>', ind, r.explicit).replace(/^([|>][^\n]*)/, r.comment ? '$1 # note' : '$1');
        break;
    }
    const nl = scalar.endsWith('\n') ? '' : '\n';
    const text = `# macros file\nmacros:\n  - id: one # first\n    locale: en\n    body: ${scalar}${nl}    tags: [a, b]\n  - id: two\n    body: ok\n`;
    return { text: crlf(text, r.eol) };
  });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function boundary(s: string, i: number): boolean {
  return !(i > 0 && i < s.length && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1)));
}

/** Every span's text equals the package's value; every offset is inside the scalar on a boundary. */
function checkMaps(text: string, spans: Span[]): void {
  for (const s of spans) {
    let prev = -1;
    for (let i = 0; i <= s.text.length; i++) {
      if (!boundary(s.text, i)) continue;
      const at = s.toOffset(i);
      expect(at).toBeGreaterThanOrEqual(s.range.start);
      expect(at).toBeLessThanOrEqual(s.range.end);
      expect(boundary(text, at)).toBe(true);
      expect(text[at - 1] === '\r' && text[at] === '\n').toBe(false);
      expect(at).toBeGreaterThanOrEqual(prev);
      prev = at;
      if (i < s.text.length) {
        const c = s.text[i];
        const f = text[at];
        // The source character is the decoded one, an escape, or the line break a fold came from.
        const ok = f === c || f === '\\' || ((c === ' ' || c === '\n') && (f === '\n' || f === '\r')) || (c === '\n' && text[at - 1] === '\n');
        if (!ok) throw new Error(`decoded ${JSON.stringify(c)} at ${i} maps to ${JSON.stringify(f)} (${s.style})`);
      }
    }
  }
}

function pathsOf(js: unknown): { path: unknown[]; value: string }[] {
  const out: { path: unknown[]; value: string }[] = [];
  const walk = (v: unknown, path: unknown[]) => {
    if (typeof v === 'string' && ['body', 'acknowledge', 'assure'].includes(String(path[path.length - 1]))) out.push({ path, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(js, []);
  return out;
}

function setPath(obj: unknown, path: unknown[], value: string): unknown {
  const copy = structuredClone(obj) as Record<string, unknown>;
  let o = copy as Record<string | number, unknown>;
  for (let k = 0; k < path.length - 1; k++) o = o[path[k] as string] as Record<string | number, unknown>;
  o[path[path.length - 1] as string] = value;
  return copy;
}

function editProperty(gen: fc.Arbitrary<Rendered>) {
  return fc.property(gen, fc.nat(), fc.nat(), shortReplacement, fc.nat(), (doc, a, b, replacement, which) => {
    const parsed = readYaml('macros.yaml', doc.text);
    const spans = parsed.macros.flatMap((m) => m.spans);
    checkMaps(doc.text, spans);
    // yaml's stringify can itself emit text that does not parse back (a plain "?\nI" becomes an
    // explicit key): such documents only get the map checks above.
    const original = parseAllDocuments(doc.text, { merge: true, logLevel: 'silent' });
    const clean = original.every((d) => d.errors.length === 0 && d.warnings.length === 0);
    if (!clean || !spans.length) return;
    const before = original.map((d) => d.toJS({ maxAliasCount: 1000 }));
    const truth = pathsOf(before[0]);
    // Each reply value the package decodes is a span with exactly that text, in file order.
    expect(spans.map((s) => s.text)).toEqual(truth.map((t) => t.value));
    const k = which % spans.length;
    const span = spans[k];
    const len = span.text.length;
    let start = len ? a % (len + 1) : 0;
    let end = len ? start + (b % (len + 1 - start)) : 0;
    while (!boundary(span.text, start)) start--;
    while (!boundary(span.text, end)) end++;
    const expected = span.text.slice(0, start) + replacement + span.text.slice(end);
    const edits = span.edit(start, end, replacement);
    if (expected === span.text) return;
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) {
      expect(e.start).toBeGreaterThanOrEqual(span.range.start);
      expect(e.end).toBeLessThanOrEqual(span.range.end);
    }
    const next = applyEdits(doc.text, edits).text;
    // Bytes outside the scalar are untouched.
    expect(next.slice(0, span.range.start)).toBe(doc.text.slice(0, span.range.start));
    const tail = doc.text.length - span.range.end;
    expect(next.slice(next.length - tail)).toBe(doc.text.slice(doc.text.length - tail));
    const docs = parseAllDocuments(next, { merge: true, logLevel: 'silent' });
    expect(docs.flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
    const after = docs.map((d) => d.toJS({ maxAliasCount: 1000 }));
    expect(after.length).toBe(before.length);
    expect(after[0]).toEqual(setPath(before[0], truth[k].path, expected));
  });
}

describe('YAML scalar source maps and edits (property)', () => {
  it(`stringified styles: maps exact, edits re-encode (${RUNS} runs)`, () => {
    fc.assert(editProperty(stringified), { numRuns: RUNS });
  });

  it(`hand-written styles: maps exact, edits re-encode (${RUNS} runs)`, () => {
    fc.assert(editProperty(handWritten), { numRuns: RUNS });
  });

  it(`setMeta, disableComment and addSection keep the file meaning what they intend (${RUNS} runs)`, () => {
    const sectioned = fc.record({ ack: reply, assure: reply, eol: fc.constantFrom(0, 1), style: fc.constantFrom(...STYLES), indentSeq: fc.boolean() }).map((r) => {
      const doc = new Document({ macros: [{ id: 'a', locale: 'en', acknowledge: r.ack, assure: r.assure }, { id: 'b', body: r.ack }] });
      const n = doc.getIn(['macros', 0, 'acknowledge'], true);
      if (n instanceof Scalar) n.type = r.style;
      return crlf(doc.toString({ indentSeq: r.indentSeq }), r.eol);
    });
    fc.assert(
      fc.property(sectioned, fc.nat(), (text, pick) => {
        const original = parseAllDocuments(text);
        fc.pre(original.every((d) => d.errors.length === 0));
        const js = original[0].toJS() as { macros: Record<string, unknown>[] };
        const parsed = readYaml('m.yaml', text);
        const [m, other] = parsed.macros;
        const meaning = (t: string) => {
          const docs = parseAllDocuments(t);
          expect(docs.flatMap((d) => d.errors)).toEqual([]);
          return docs[0].toJS() as { macros: Record<string, unknown>[] };
        };
        const set = meaning(applyEdits(text, m.setMeta!('anger', 'during')).text);
        expect(set.macros[0]).toEqual({ ...js.macros[0], anger: 'during' });
        expect(set.macros[1]).toEqual(js.macros[1]);
        const span = [...m.spans, ...other.spans][pick % (m.spans.length + other.spans.length)];
        const owner = m.spans.includes(span) ? m : other;
        const at = span.toOffset(span.text.length ? pick % span.text.length : 0);
        const dc = owner.disableComment!(at, 'missing-align');
        expect(dc?.length).toBe(1);
        const commented = applyEdits(text, dc!).text;
        expect(meaning(commented)).toEqual(js);
        const d2 = readYaml('m.yaml', commented);
        const covered = d2.directives.find((d) => d.kind === 'disable-next-line')!.covers!;
        const moved = at + dc![0].text.length;
        expect(moved >= covered.start && moved <= covered.end).toBe(true);
        const added = meaning(applyEdits(text, m.addSection!('align', "You're right.\nIt's on us.", 'en')).text);
        expect(Object.keys(added.macros[0])).toEqual(['id', 'locale', 'acknowledge', 'align', 'assure']);
        expect(added.macros[0].align).toBe("You're right.\nIt's on us.\n");
      }),
      { numRuns: RUNS },
    );
  });

  it(`any text never throws and ranges stay on boundaries (${RUNS} runs)`, () => {
    const noise = fc.array(fc.constantFrom(...PIECES, 'macros:', '\n  - ', 'body: ', ': |', '&a ', '*a', '<<: *a', '\n    ', 'acknowledge:', '"', "'"), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(noise, (text) => {
        const parsed = readYaml('x.yaml', text);
        for (const p of parsed.problems) {
          expect(p.range.start).toBeGreaterThanOrEqual(0);
          expect(p.range.end).toBeLessThanOrEqual(text.length);
          expect(boundary(text, p.range.start) && boundary(text, p.range.end)).toBe(true);
        }
        for (const m of parsed.macros) {
          expect(m.nameRange.end).toBeLessThanOrEqual(text.length);
          for (const s of m.spans) {
            for (let i = 0; i <= s.text.length; i++) {
              if (!boundary(s.text, i)) continue;
              const at = s.toOffset(i);
              expect(at >= 0 && at <= text.length && boundary(text, at)).toBe(true);
            }
            const edits = s.edit(0, Math.min(1, s.text.length), 'X');
            for (const e of edits) expect(e.start >= 0 && e.end <= text.length).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
