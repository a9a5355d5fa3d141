/**
 * Shape of the per-locale tables (`locales/<locale>/moves.yaml`, compiled into `lexicon.json`) that
 * detect the three moves (acknowledge, align, assure), count and de-inflate apologies, spot vague
 * promises and generic acknowledgements, and hold the templates the `missing-*` fixes insert.
 *
 * Every pattern is regular-expression SOURCE matched on normalised text (see `normalize` in text.ts):
 * lower case, no accents, straight quotes, single spaces, placeholders and HTML comments replaced by
 * U+E000. Write patterns in lower case without accents; word boundaries are added by the compiler.
 * Patterns must not use capture groups that other patterns could depend on: they are joined into one
 * alternation per table.
 */
import type { Anger, Move } from '../types';

/** Phrases that make something, and phrases that cancel an overlapping match (negation, context). */
export interface PhraseTable {
  /** Phrases that count. */
  readonly patterns: readonly string[];
  /** A match of any guard cancels every match of `patterns` it overlaps. */
  readonly guards?: readonly string[];
  /** A match of any sentence guard cancels every match of `patterns` in the same sentence. */
  readonly sentenceGuards?: readonly string[];
}

/** An over-the-top apology and its plain rewrite. */
export interface InflatedApology {
  /** The inflated phrase. Named groups may capture accent-free words reused by `replacement`. */
  readonly pattern: string;
  /**
   * Plain text to put instead (`$<name>` inserts a named group). Empty: delete the phrase (and the
   * comma or space that joins it to the sentence).
   */
  readonly replacement: string;
}

/** A template per Spanish register (English uses `tu` for both). */
export interface RegisterText {
  readonly tu: string;
  readonly usted: string;
}

/** Insertion templates: per move, per anger type; each contains a bracketed placeholder for a human. */
export type MoveTemplates = Record<Move, Record<Anger, RegisterText>>;

export interface MovesLexicon {
  /** What makes each move (generic acknowledgements count as acknowledging). */
  readonly moves: Record<Move, PhraseTable>;
  /** Every apology expression (used to count stacked apologies); non-apologies count too. */
  readonly apologies: PhraseTable;
  /** Over-the-top apologies, with their plain rewrite. */
  readonly inflated: readonly InflatedApology[];
  /** Promises with no action, owner or time; concrete times are sentence guards. */
  readonly vague: PhraseTable;
  /** Acknowledgements that name no specific problem. */
  readonly generic: PhraseTable;
  /**
   * What may follow a generic acknowledgement to make it specific ("…your frustration WITH THE LATE
   * DELIVERY"); matched right after the generic phrase.
   */
  readonly specificTail: readonly string[];
  /** A line that opens the reply ("Hi {{first_name}},"). Matched at the start of the first line. */
  readonly greeting: readonly string[];
  /** A line that starts the sign-off ("Best,", "Un saludo"). Matched at the start of a line. */
  readonly signOff: readonly string[];
  /** What the `missing-*` fixes insert. */
  readonly templates: MoveTemplates;
}
