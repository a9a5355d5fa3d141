/** The fix-all edit is the smallest replacement, never splitting a surrogate pair or a CRLF. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalEdit } from '../server/src/lsp/minimal-edit';
import { applyEdits } from '../server/src/engine/fix';

const apply = (before: string, after: string) => {
  const e = minimalEdit(before, after);
  return e ? applyEdits(before, [e]).text : before;
};

describe('minimalEdit', () => {
  it('keeps the common prefix and suffix', () => {
    expect(minimalEdit('We are sorry, but the courier', 'We are sorry, and the courier')).toEqual({ start: 14, end: 17, text: 'and' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
    expect(minimalEdit('', 'new')).toEqual({ start: 0, end: 0, text: 'new' });
  });

  it('does not split a surrogate pair or a CRLF', () => {
    // 😀 and 😃 share their high surrogate: the edit must still replace the whole character.
    const e = minimalEdit('a😀b', 'a😃b')!;
    expect(e).toEqual({ start: 1, end: 3, text: '😃' });
    const crlf = minimalEdit('line\r\nnext', 'line\nnext')!;
    expect(crlf.start).toBeLessThanOrEqual(4);
    expect(applyEdits('line\r\nnext', [crlf]).text).toBe('line\nnext');
    const inserted = minimalEdit('a\r\nb', 'a\r\r\nb')!;
    expect('a\r\nb'.slice(inserted.start, inserted.end)).not.toBe('\n');
  });

  it('always reproduces the new text and never cuts a pair (property)', () => {
    const char = fc.constantFrom('a', 'b', ' ', '\r', '\n', '😀', '😃', 'é', '\u0301');
    const text = fc.array(char, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(apply(before, after)).toBe(after);
        const e = minimalEdit(before, after);
        if (!e) return;
        for (const [s, i] of [[before, e.start], [before, e.end]] as const) {
          const a = s.charCodeAt(i - 1);
          const b = s.charCodeAt(i);
          expect(a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff).toBe(false);
          expect(a === 13 && b === 10).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
