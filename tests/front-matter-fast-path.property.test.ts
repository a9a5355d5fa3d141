/**
 * Issue 14 (CLI): the Markdown reader reads simple front matter without the YAML parser. Property:
 * on generated front matter (simple lines mixed with quotes, comments, numbers, booleans, nesting,
 * flow lists, CRLF, odd spacing), the fast path either declines or gives exactly the metadata the
 * YAML parser gives (values and key/value ranges), and the parser sees no problem in what it accepted.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMap, parseDocument } from 'yaml';
import { simpleFrontMatter } from '../server/src/engine/model/markdown';
import { readMarkdown } from '../server/src/engine/model/markdown';
import { readMeta } from '../server/src/engine/model/common';

const KEYS = ['id', 'title', 'anger', 'locale', 'tags', 'macro', 'x_y', 'my-key', '_k', 'constructor', '__proto__', 'a1'];
const WORDS = ['en', 'es', 'during', 'before', 'Late delivery', 'a - b', 'v1.2', 'path/to', 'x_y', 'null', 'True', 'no', 'yes', 'NaN', 'Ab.'];
const ODD = ['1', '1.5', '0x1F', '~', '', "'quoted'", '"dq"', 'a: b', 'a #c', '#c', '- item', '{a: 1}', '[a, [b]]', '[a,]', '[]', '[ ]', '[a, null]', '[a b, c]', '[1, 2]', '|', '>-', '&a x', '*a', '!tag x', 'é', 'a\tb', '.inf', 'x '];
const SPACES = [' ', '  ', '\t', ''];

const value = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...ODD), fc.array(fc.constantFrom(...WORDS, ...ODD), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`));
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SPACES), value, fc.constantFrom('', ' ', '  ')).map(([k, s, v, t]) => `${k}:${s}${v}${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  nested: 1', '- x', 'key', 'k: |', '  block') },
);
const frontMatter = fc.tuple(fc.array(line, { maxLength: 6 }), fc.boolean()).map(([lines, crlf]) => lines.map((l) => l + (crlf ? '\r\n' : '\n')).join(''));

/** The metadata the YAML parser reads from front matter text starting at `base`. */
function parsed(yamlText: string, base: number) {
  const doc = parseDocument(yamlText, { uniqueKeys: false, strict: false, prettyErrors: false });
  return { meta: isMap(doc.contents) ? readMeta(doc.contents, base) : {}, problems: doc.errors.length + doc.warnings.length, map: isMap(doc.contents) || doc.contents === null };
}

describe('front matter fast path', () => {
  it('agrees with the YAML parser whenever it accepts the front matter', () => {
    let accepted = 0;
    fc.assert(
      fc.property(frontMatter, fc.nat({ max: 20 }), (text, base) => {
        const fast = simpleFrontMatter(text, base);
        if (!fast) return;
        accepted++;
        const full = parsed(text, base);
        expect(full.problems).toBe(0);
        expect(full.map).toBe(true);
        expect(fast).toEqual(full.meta);
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, not only its refusals.
    expect(accepted).toBeGreaterThan(300);
  });

  it('declines what it cannot read exactly', () => {
    for (const text of ['id: 1\n', 'tags: [a,]\n', 'title: "x"\n', 'a: b # c\n', 'k:\n  - x\n', 'k: null\n', 'k: [a, true]\n', 'k:\tv\n', 'k: v: w\n']) {
      expect(simpleFrontMatter(text, 0), text).toBeUndefined();
    }
  });

  it('gives the reader the same macros as the parser would on whole files', () => {
    fc.assert(
      fc.property(frontMatter, (fm) => {
        const text = `---\n${fm}---\n\nWe are sorry, but the courier is late.\n`;
        const fast = simpleFrontMatter(fm, 4);
        if (!fast) return;
        const doc = readMarkdown('file:///m.md', text);
        expect(doc.problems).toEqual([]);
        expect(doc.macros[0].meta).toEqual(parsed(fm, 4).meta);
      }),
      { numRuns: 1000 },
    );
  });
});
