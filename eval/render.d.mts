/** Types of eval/render.mjs (the corpus loader and renderer shared by `npm run eval` and the tests). */
export interface CorpusEntry {
  id: string;
  locale: string;
  anger: 'before' | 'during' | 'after' | 'none';
  business: string;
  form: 'plain' | 'sectioned';
  body?: string;
  greeting?: string;
  signoff?: string;
  sections?: { acknowledge?: string; align?: string; assure?: string; greeting?: string; signoff?: string };
  expect: string[];
  file: string;
}
export interface RenderedDocument {
  uri: string;
  format: 'markdown' | 'yaml';
  text: string;
  variant: string;
}
export const CORPUS_DIR: string;
export const FAMILIES: Record<'moves' | 'deflecting' | 'style', string[]>;
export const LABELLED_RULES: string[];
export const UNLABELLED_RULES: string[];
export const MARKDOWN_VARIANTS: string[];
export const YAML_STYLES: string[];
export const YAML_SHAPES: string[];
export function familyOf(ruleId: string): string | undefined;
export function langOf(entry: CorpusEntry): string;
export function loadCorpus(dir?: string): CorpusEntry[];
export function expectedCounts(entry: CorpusEntry): Record<string, number>;
export function replyText(entry: CorpusEntry): string;
export function squash(text: string): string;
export function renderMarkdown(entry: CorpusEntry, opts?: { variant?: string; omitLocale?: boolean; crlf?: boolean }): string;
export function encodeScalar(text: string, style: string, indent: number): [string, string];
export function renderYaml(entry: CorpusEntry, opts?: { style?: string; shape?: string; omitLocale?: boolean }): { text: string; styles: string[] };
export function renderEntry(entry: CorpusEntry, i: number): RenderedDocument;
export function yamlReplyValues(text: string): string;
