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
  return bytesToHex(sha256(utf8ToBytes(normalizeBody(text)))).slice(0, SOURCE_HASH_LENGTH);
}
