/** The smallest single replacement turning one text into another (so fix-all disturbs cursors least). */
import type { Edit } from '../engine/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` of `s` falls inside a surrogate pair or a CRLF. */
function splits(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const a = s.charCodeAt(i - 1);
  const b = s.charCodeAt(i);
  return (isHigh(a) && isLow(b)) || (a === 13 && b === 10);
}

/**
 * One edit replacing only the changed middle of `before` (common prefix and suffix kept), never
 * splitting a surrogate pair or a CRLF; undefined when the texts are equal.
 */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
