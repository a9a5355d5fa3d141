/**
 * The shape of a workspace rule: metadata like every rule (so config, docs, `macrolint rules` and
 * disable comments know it) plus a pure check over the whole library index.
 *
 *   interface WorkspaceRule extends Rule { checkWorkspace(context: WorkspaceRuleContext): void }
 *
 * Workspace rules have no `check`/`checkDocument`: `lint()` skips them; `WorkspaceIndex` runs them.
 */
import type { Rule } from '../rule';
import type { Edit, Fix, Range } from '../types';
import type { LibraryMacro, WorkspaceAction } from './types';

/** What a workspace rule reports about one macro. */
export interface WorkspaceReport {
  /** The macro the finding is shown on. */
  macro: LibraryMacro;
  /** Where in its file (default: the macro's id value, else its name). */
  range?: Range;
  messageId: string;
  data?: Record<string, string | number>;
  /** Other macros involved; `messageId` names the rule message shown on each (with `data`). */
  related?: { macro: LibraryMacro; messageId: string; data?: Record<string, string | number> }[];
  fixes?: Fix[];
  /** Workspace edits a Fix cannot carry (open another file, create a file). */
  actions?: WorkspaceAction[];
}

/** What a workspace rule sees. */
export interface WorkspaceRuleContext {
  /** Every macro of the index, in uri then file order. */
  readonly macros: readonly LibraryMacro[];
  /** The rule's options for the file of `macro` (defaults merged under the user's). */
  options(macro: LibraryMacro): Readonly<Record<string, unknown>>;
  /** The configured `locales` for the file of `macro` (empty: translations are not required). */
  locales(macro: LibraryMacro): readonly string[];
  /** Whether the rule is on for the file of `macro`. */
  enabled(macro: LibraryMacro): boolean;
  /** Pairs of macros whose bodies may be similar (LSH candidates, each pair once). */
  nearCandidates(): Iterable<[LibraryMacro, LibraryMacro]>;
  /** Similarity (0..1) of two macros' normalised bodies, placeholders masked. */
  similarity(a: LibraryMacro, b: LibraryMacro): number;
  /** Edits that set a metadata key of `macro` in its file; undefined when the reader cannot. */
  setMeta(macro: LibraryMacro, key: string, value: string): Edit[] | undefined;
  /** The message locale for findings on `macro`. */
  messageLocale(macro: LibraryMacro): 'en' | 'es';
  /** The rule's message `messageId` in the message locale of `macro`, filled with `data`. */
  message(macro: LibraryMacro, messageId: string, data?: Record<string, string | number>): string;
  report(report: WorkspaceReport): void;
}

/** A rule over the whole library. */
export interface WorkspaceRule extends Rule {
  checkWorkspace(context: WorkspaceRuleContext): void;
  /**
   * For a rule that only ever relates macros sharing a key (an id, a title, a translation group): the
   * macro's key, or undefined when it takes no part. The index then runs the rule once per group
   * (`context.macros` = that group) and, after an edit, only on the groups the edit touched.
   */
  groupKey?(macro: LibraryMacro): string | undefined;
}

/** True when a rule is a workspace rule. */
export function isWorkspaceRule(rule: Rule): rule is WorkspaceRule {
  return typeof (rule as Partial<WorkspaceRule>).checkWorkspace === 'function';
}
