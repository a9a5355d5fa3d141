/** Plain data of the workspace index, shared by the engine, the language server, the CLI and the client. */
import type { Anger, DocumentFormat, Finding, Locale, Range } from '../types';

/** One macro of the library. Ranges are UTF-16 offsets into its file. */
export interface LibraryMacro {
  uri: string;
  /** The declared id, else the file name (single-macro files) or the reader's slug of the heading. */
  id: string;
  /** Whether `id` was written in the macro (`duplicate-id` and `translationOf` only use declared ids). */
  idDeclared: boolean;
  title?: string;
  /** Declared locale, else the configured one, else the detected one; undefined for an empty reply. */
  locale: Locale | undefined;
  localeSource?: 'declared' | 'config' | 'detected' | 'fallback';
  /** Valid declared anger type. */
  anger?: Anger;
  tags: string[];
  /** The uri of the folder holding the file (no trailing slash). */
  folder: string;
  format: DocumentFormat;
  /** Position of the macro in its file. */
  index: number;
  /** The macro in its file. */
  range: Range;
  /** Where the macro's name is (heading, title or id): where macro-level findings are shown. */
  nameRange: Range;
  /** The `id` value in the file, when declared. */
  idRange?: Range;
  /** The `title` value (or heading) in the file, when there is a title. */
  titleRange?: Range;
  /** The `sourceHash` value in the file, when recorded. */
  sourceHashRange?: Range;
  /** Content hash of the body (see workspace/hash.ts): what a translation records as `sourceHash`. */
  bodyHash: string;
  /** `translationOf` metadata: the id of the macro this one translates. */
  translationOf?: string;
  /** `sourceHash` metadata: the source's body hash when this translation was last reviewed. */
  sourceHash?: string;
}

/** A location in another (or the same) file, with a message: LSP `DiagnosticRelatedInformation`. */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
  macroId?: string;
}

/** A workspace edit a Fix cannot carry. */
export type WorkspaceAction =
  | { kind: 'open'; title: string; uri: string; range: Range }
  | { kind: 'createFile'; title: string; uri: string; text: string };

/** A finding of a workspace rule: a Finding plus the other macros involved and workspace actions. */
export interface WorkspaceFinding extends Finding {
  relatedInformation: RelatedLocation[];
  actions: WorkspaceAction[];
  /** The report's data (near-duplicate: `similarity` 0..1 and `otherId`; missing-translation: `missing` locale). */
  data?: Record<string, string | number>;
}
