/** Chooses the reader for a document and returns its macros. */
import type { DocumentFormat, ParsedDocument, SourceDocument } from '../types';
import { attachMarkdownSetMeta, readMarkdown } from './markdown';
import { readYaml } from './yaml';

/** The format of a document from its explicit format or its uri's extension. */
export function formatOf(doc: SourceDocument): DocumentFormat {
  if (doc.format) return doc.format;
  return /\.ya?ml$/i.test(doc.uri.replace(/[?#].*$/, '')) ? 'yaml' : 'markdown';
}

/** Parses a document into macros, directives and syntax problems (never throws on bad input). */
export function parseMacros(doc: SourceDocument): ParsedDocument {
  const format = formatOf(doc);
  if (format === 'yaml') return readYaml(doc.uri, doc.text);
  const parsed = readMarkdown(doc.uri, doc.text);
  attachMarkdownSetMeta(parsed);
  return parsed;
}
