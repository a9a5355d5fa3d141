/**
 * Merging repeated apologies into one that keeps every specific clause: the extra apology is removed
 * only when it says nothing the first does not ("Sorry!", "De nuevo, lo sentimos"); when it is the
 * one that names the problem ("…sorry that the courier delayed your parcel") the bare first one goes
 * instead, and when both name something no fix is offered.
 */
import type { Range } from '../types';

// Intensifiers and fillers that make an apology longer, not more specific.
const FILLER = /^(?:(?:so|very|really|truly|deeply|sincerely|again|once again|mucho|muchisimo|de verdad|de nuevo|otra vez|sinceramente|profundamente|y|and|,|!|\.)\s*)*/;

/** True when the apology at normalised `apology` names what it is for within its sentence. */
export function namesSomething(norm: string, apology: Range, sentence: Range): boolean {
  const rest = norm.slice(apology.end, sentence.end).replace(/^[\s,]+/, '').replace(FILLER, '');
  const words = rest.replace(/[.!?;:]+$/, '').split(' ').filter((w) => /[a-z\u00c0-\u024f]/.test(w));
  return words.length >= 2;
}

/** True when the sentence holds nothing but the apology (and fillers): it can go as a whole. */
export function bareSentence(norm: string, apology: Range, sentence: Range): boolean {
  const before = norm.slice(sentence.start, apology.start).replace(FILLER, '').trim();
  return !/[a-z\u00c0-\u024f]{3,}/.test(before.replace(/^(?:we|i|we're|i'm|we are|i am|lo|le|te|nos)\b\s*/, '')) && !namesSomething(norm, apology, sentence);
}
