import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, findOpaque, PLACEHOLDER_CHAR } from '../server/src/engine/text';

// The reference: normalisation written plainly, one character at a time into arrays (what `normalize`
// did before it wrote into typed arrays). `normalize` must give the same text and the same offset maps.
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u2026': '.', '\u00A0': ' ',
};
function fold(ch: string): string {
  let f = QUOTES[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (f.length > 1 && ch.length === 1) f = f[0];
  return f;
}
function reference(text: string, placeholders = findOpaque(text)) {
  const chars: string[] = [];
  const src: number[] = [];
  const end: number[] = [];
  let p = 0;
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    if (p < placeholders.length && placeholders[p].start === i) {
      chars.push(PLACEHOLDER_CHAR), src.push(i), end.push(placeholders[p].end);
      i = placeholders[p++].end;
      lastSpace = false;
      continue;
    }
    const c = text[i];
    if (/[\u0300-\u036f]/.test(c) || /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(c)) {
      if (end.length) end[end.length - 1] = i + 1;
      i++;
      continue;
    }
    if (/[\s\u00A0\u2028\u2029]/.test(c)) {
      if (!lastSpace) chars.push(' '), src.push(i), end.push(i + 1);
      else if (end.length && c.charCodeAt(0) < 128) end[end.length - 1] = i + 1;
      lastSpace = true;
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    const hi = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const f = hi === 2 ? text.slice(i, i + 2) : code < 128 ? c.toLowerCase() : fold(c);
    for (let k = 0; k < f.length; k++) chars.push(f[k]), src.push(i), end.push(i + hi);
    lastSpace = false;
    i += hi;
  }
  src.push(text.length);
  end.push(text.length);
  return { norm: chars.join(''), toSource: [...src], toSourceEnd: [...end] };
}

describe('normalize', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom('Hola', 'ÁÉÍÓÚ ñ', 'İstanbul', 'straße', 'café', 'e\u0301', '\u200B', '\u00AD', '\u2019', '\u201C', '\u2026', '\u00A0', '\u2028', ' ', '  ', '\t', '\n\n', '\r\n'),
    fc.constantFrom('{{ticket.requester.first_name}}', '{customer_name}', '[Nombre]', '%{name}', '<!-- note -->', '😀', '\uD83D', '\uDE00'),
  );
  it('gives the reference text and offset maps on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = normalize(text);
        expect({ norm: got.norm, toSource: [...got.toSource], toSourceEnd: [...got.toSourceEnd] }, JSON.stringify(text)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('is never longer than its source, and long texts come out whole', () => {
    const long = 'Ünïcödé text, with {{placeholders}} and  spaces. '.repeat(2000);
    const got = normalize(long);
    expect(got.norm.length).toBeLessThanOrEqual(long.length);
    expect(got.norm).toBe(reference(long).norm);
    expect(got.toSource.length).toBe(got.norm.length + 1);
  });
});
