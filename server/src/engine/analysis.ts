/**
 * Shared analysis of a macro's reply, computed once per macro and read by several rules (which moves
 * the reply makes and where). Owned with the moves lexicon.
 */
import type { Locale, Move, Range } from './types';
import type { ReplyText } from './text';
import type { Lexicon } from './lexicon';

export interface MoveEvidence {
  /** Normalised-text ranges (of `reply.normalized`) of phrases that make the move. */
  matches: Range[];
}

export interface Analysis {
  moves: Record<Move, MoveEvidence>;
}

/** Analyses a reply: which moves it makes and where. */
export function analyze(reply: ReplyText, lexicon: Lexicon, _locale: Locale): Analysis {
  void reply;
  void lexicon;
  return { moves: { acknowledge: { matches: [] }, align: { matches: [] }, assure: { matches: [] } } };
}
