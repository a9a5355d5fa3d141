/** YAML macro reader (in progress: replaced by the full reader with exact scalar source maps). */
import type { ParsedDocument } from '../types';

/** Reads a YAML macro file into macros. */
export function readYaml(uri: string, text: string): ParsedDocument {
  return { uri, text, format: 'yaml', macros: [], directives: [], problems: [], fileMeta: {} };
}
