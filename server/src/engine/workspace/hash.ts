/**
 * The content hash of a macro body, as recorded in a translation's `sourceHash`.
 *
 * Definition (documented in docs/rules/stale-translation.md): the reply text of the macro (its sections
 * and the text around them, metadata and headings excluded), Unicode NFC, every run of whitespace
 * replaced by one space, trimmed; encoded as UTF-8; SHA-256; the first 12 lowercase hex digits.
 * Whitespace-only edits keep the hash; any other edit of the body changes it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Length of a recorded `sourceHash` (hex digits). */
export const SOURCE_HASH_LENGTH = 12;

/** The body text the hash is computed on: NFC, whitespace collapsed, trimmed. */
export function normalizeBody(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0\u2028\u2029]+/g, ' ').trim();
}

/** The first 12 hex digits of the SHA-256 of the normalised body `text`. */
export function contentHash(text: string): string {
  return bytesToHex(sha256(commonBodyBytes(text) ?? utf8ToBytes(normalizeBody(text)))).slice(0, SOURCE_HASH_LENGTH);
}

/** Scratch space for commonBodyBytes (grown on demand). */
let bodyBytes = new Uint8Array(4096);

/** Whether `c` (a UTF-16 unit) is whitespace for `\s` and trim(). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0xfeff;
}

/**
 * The UTF-8 bytes of normalizeBody(text) in one pass, for a text of characters below U+0300 (Latin
 * scripts), general punctuation (U+2010–U+205E: quotes, dashes, bullets, ellipsis), currency signs
 * (U+20A0–U+20BF) and whitespace; undefined for any other text. None of these characters has another
 * NFC form or combines with its neighbour (combining marks start at U+0300; the whitespace that NFC
 * changes, U+2000 and U+2001, stays whitespace).
 */
function commonBodyBytes(text: string): Uint8Array | undefined {
  if (bodyBytes.length < text.length * 3) bodyBytes = new Uint8Array(text.length * 3);
  const out = bodyBytes;
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = n > 0;
      continue;
    }
    if (space) {
      out[n++] = 0x20;
      space = false;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x300) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if ((c >= 0x2010 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20bf)) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else return undefined;
  }
  return out.subarray(0, n);
}
