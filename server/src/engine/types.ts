/**
 * Core data types of the Macrolint engine. Everything here is plain data: no Node, no LSP.
 * Positions are UTF-16 offsets into the whole file, `end` exclusive.
 */

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Anger = 'before' | 'during' | 'after' | 'none';
export const ANGER_TYPES: readonly Anger[] = ['before', 'during', 'after', 'none'];

export type Move = 'acknowledge' | 'align' | 'assure';
export const MOVES: readonly Move[] = ['acknowledge', 'align', 'assure'];

export type Helpdesk = 'zendesk' | 'freshdesk' | 'helpscout' | 'front' | 'intercom' | 'gorgias' | 'generic';
export const HELPDESKS: readonly Helpdesk[] = ['zendesk', 'freshdesk', 'helpscout', 'front', 'intercom', 'gorgias', 'generic'];

export type DocumentFormat = 'markdown' | 'yaml';

export interface Range {
  start: number;
  end: number;
}

/** A replacement of file text [start, end) by `text`. */
export interface Edit extends Range {
  text: string;
  /**
   * Unfilled blanks in `text` (offsets into `text`, in order) that the author must write over: an
   * editor that supports snippets offers them as tab stops. Fixes with blanks are never safe.
   */
  blanks?: Range[];
}

export interface Fix {
  /** Title shown in the editor, already in the macro's language. */
  title: string;
  edits: Edit[];
  /** Safe fixes are applied by fix-all and `--fix`; unsafe ones only on request. Default true. */
  safe?: boolean;
  /**
   * A rewrite of reply prose: when applied (`--fix`, fix-all, quick fixes) it stays safe only if the
   * rewrite validator passes on the result (see engine/rewrite/validate.ts).
   */
  rewrite?: boolean;
  /** Why the validator demoted this rewrite to a quick fix (set when it was validated and failed). */
  rejected?: string[];
}

/** The input of the engine. */
export interface SourceDocument {
  uri: string;
  text: string;
  /** 'markdown' | 'yaml'; derived from the uri when absent. */
  format?: DocumentFormat;
}

/**
 * How a span of decoded text (what a rule reads) sits in the file. Markdown spans are the file text
 * itself; YAML spans are decoded scalars with a source map and an encoder for replacements.
 */
export type SpanStyle = 'markdown' | 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'front-matter';

export interface Span {
  /** Decoded text. */
  readonly text: string;
  /** Range in the file covering the source of this span (for a YAML scalar: the scalar's source). */
  readonly range: Range;
  readonly style: SpanStyle;
  /** Maps a decoded index (0..text.length) to a file offset. */
  toOffset(index: number): number;
  /**
   * Edits that replace decoded text [start, end) with `replacement` (decoded), re-encoded for the
   * span's style so the file keeps meaning exactly the new decoded text.
   */
  edit(start: number, end: number, replacement: string): Edit[];
}

/** A key/value pair from front matter, a library macro's metadata comment, or a YAML mapping. */
export interface MetaField {
  value: unknown;
  keyRange: Range;
  valueRange: Range;
}

export interface Section {
  move: Move;
  /** The heading, comment marker or YAML key that opens the section. */
  headerRange: Range;
  /** Body text of the section (may be empty). */
  spans: Span[];
  /** Range of the section in the file, header included. */
  range: Range;
}

export interface Macro {
  format: DocumentFormat;
  /** Position of the macro in its file (0 for a single-macro file). */
  index: number;
  id?: string;
  title?: string;
  /** Whole macro in the file. */
  range: Range;
  /** Where macro-level findings (a missing move, a missing `anger`) are shown. */
  nameRange: Range;
  meta: Record<string, MetaField>;
  sectioned: boolean;
  sections: Section[];
  /** All reply text in document order: sections and the text around them (greeting, sign-off). */
  spans: Span[];
  /** Edits that add a section with this body after the sections that precede it; sectioned macros only. */
  addSection?(move: Move, body: string, locale: Locale): Edit[];
  /** Edits that set a metadata key (front matter / YAML key) to a scalar value. */
  setMeta?(key: string, value: string): Edit[];
  /** Edits that insert a line with a disable comment covering `offset`'s line; undefined where impossible. */
  disableComment?(offset: number, ruleId: string): Edit[] | undefined;
  /**
   * The file text that alone determines this macro (its reply, metadata, fixes and their verification),
   * apart from the file-level defaults in `meta`. Undefined when the macro also depends on other text.
   */
  source?: Range;
  /** A key of everything the macro depends on (the text at `source` and inherited defaults), when the reader computed one. */
  sourceHash?: string;
}

/** An inline directive: `macrolint-disable`, `-line`, `-next-line`, `macrolint-enable`. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Empty: every rule. */
  rules: string[];
  /** Comment position. */
  range: Range;
  /** For -line / -next-line: the file range the directive covers. */
  covers?: Range;
}

export interface ParseProblem {
  range: Range;
  message: string;
  /**
   * 'syntax' → `syntax-error` (the text does not parse); 'shape' → `macro-shape` (valid YAML that is not a
   * macro file's shape); 'warning' → `macro-shape` (a YAML warning: unknown tag or directive);
   * 'skipped' → informational notice and the file is not linted.
   */
  kind: 'syntax' | 'shape' | 'warning' | 'skipped';
  /** For 'shape': the message id of `macro-shape` (then `message` is that id) and its data. */
  data?: Record<string, string | number>;
}

export interface ParsedDocument {
  uri: string;
  text: string;
  format: DocumentFormat;
  macros: Macro[];
  directives: Directive[];
  problems: ParseProblem[];
  /** Markdown front matter fields of the file (also a library's defaults). */
  fileMeta: Record<string, MetaField>;
}

/** What a rule reports. `message` is looked up from the rule's message table by `messageId`. */
export interface Report {
  range: Range;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /**
   * How sure the rule is (0..1), for findings that come from the trained models or lean on them.
   * Below the configured `detection.minConfidence` the engine reports the finding as `info`.
   */
  confidence?: number;
}

/** What the engine returns. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Range;
  message: string;
  /** The language of the macro (and of the message and fix titles). */
  locale: Locale;
  macroId?: string;
  macroIndex?: number;
  fixes: Fix[];
  /** Confidence (0..1) of a finding that comes from or leans on the trained models. */
  confidence?: number;
  /** How the macro's language was chosen, when it was not declared (`locale:`) in the macro. */
  localeSource?: 'config' | 'detected' | 'fallback';
  /** How sure the language detection is (0..1), when the language was detected or fell back. */
  localeConfidence?: number;
  /** Findings of other rules on the same span that this one supersedes by declared precedence. */
  related?: RelatedFinding[];
}

/** A finding folded into another one on the same span (shown as related information). */
export interface RelatedFinding {
  ruleId: string;
  severity: Severity;
  range: Range;
  message: string;
}
