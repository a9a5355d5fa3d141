/** The shape of a rule module: metadata plus a pure check. */
import type { Anger, Helpdesk, Locale, Macro, ParsedDocument, Report, SeveritySetting } from './types';
import type { ReplyText } from './text';
import type { Lexicon } from './lexicon';
import type { Analysis } from './analysis';
import type { Config } from './config';

export type RuleFamily = 'moves' | 'deflecting' | 'structure' | 'style' | 'metadata' | 'syntax';

export interface RuleExample {
  bad: string;
  good: string;
}

export interface RuleMeta {
  /** Fixed id, e.g. `deflecting/policy-shield`. */
  id: string;
  family: RuleFamily;
  /** One-line description per locale. */
  description: Record<Locale, string>;
  /** Why the rule exists (hover, docs), per locale. */
  rationale: Record<Locale, string>;
  /** A flawed sentence and its rewrite, per locale. */
  example: Record<Locale, RuleExample>;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** Languages whose text the rule understands. */
  locales: readonly Locale[];
  /** Message templates per locale; `{name}` is replaced by report data. */
  messages: Record<Locale, Record<string, string>>;
  /** Default options (merged under the user's). */
  defaultOptions?: Record<string, unknown>;
  /**
   * Declared precedence: rules whose findings on an overlapping span of the same macro this rule's
   * finding replaces. The engine keeps this one and lists the others as its related information.
   */
  supersedes?: readonly string[];
}

/**
 * Spanish register of a reply: informal tú, formal usted, plural informal vosotros (Spain) or voseo
 * (vos, Río de la Plata and Central America). English replies are `tu`.
 */
export type Register = 'tu' | 'usted' | 'vosotros' | 'voseo';

export interface RuleContext {
  readonly locale: Locale;
  /** Valid anger type of the macro, if declared. */
  readonly anger?: Anger;
  readonly helpdesk: Helpdesk;
  readonly register: Register;
  readonly reply: ReplyText;
  readonly lexicon: Lexicon;
  readonly analysis: Analysis;
  readonly options: Readonly<Record<string, unknown>>;
  readonly document: ParsedDocument;
  readonly config: Config;
  report(report: Report): void;
}

export interface DocumentContext {
  readonly document: ParsedDocument;
  /** Message locale for document-level findings. */
  readonly locale: Locale;
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Checks one macro. */
  check?(macro: Macro, context: RuleContext): void;
  /** Checks the whole document once (syntax errors, file-level problems). */
  checkDocument?(context: DocumentContext): void;
}

/** Docs link of a rule (relative to the repository; the LSP and SARIF make it absolute). */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
