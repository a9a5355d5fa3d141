/** Pieces shared by the Markdown and YAML readers. */
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Directive, MetaField, Move, Range } from '../types';

/** Section names, normalised (lower case, no accents), to the move they open. */
export const SECTION_NAMES: Record<string, Move> = {
  acknowledge: 'acknowledge',
  align: 'align',
  assure: 'assure',
  reconocer: 'acknowledge',
  alinear: 'align',
  asegurar: 'assure',
};

/** The move a heading or key names, if any (case, accents and a trailing colon ignored). */
export function sectionMove(label: string): Move | undefined {
  const key = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[:.\s]+$/, '')
    .trim();
  return SECTION_NAMES[key];
}

/** Plain JS value of a YAML node, tolerant of odd shapes (never throws). */
export function nodeValue(node: unknown): unknown {
  try {
    if (isScalar(node)) return node.value;
    if (isSeq(node)) return node.items.map((i) => nodeValue(i));
    if (isMap(node)) return (node as YAMLMap).toJSON();
  } catch {
    return undefined;
  }
  return undefined;
}

/** Metadata fields of a YAML mapping, with file ranges (`base` added to node offsets). */
export function readMeta(map: YAMLMap, base: number): Record<string, MetaField> {
  const out: Record<string, MetaField> = {};
  for (const pair of map.items) {
    const key = pair.key as YamlNode | null;
    if (!isScalar(key) || !key.range) continue;
    const name = String(key.value);
    if (name in out) continue;
    const keyRange = { start: key.range[0] + base, end: key.range[1] + base };
    const v = pair.value as YamlNode | null;
    const valueRange = v?.range
      ? { start: v.range[0] + base, end: v.range[1] + base }
      : { start: keyRange.end, end: keyRange.end };
    out[name] = { value: nodeValue(v), keyRange, valueRange };
  }
  return out;
}

const DIRECTIVE_RE = /macrolint-(disable-next-line|disable-line|disable|enable)\b([^\n>]*)/;

/** Parses the text of a comment as a directive (without its `<!-- -->` or `#`). */
export function parseDirective(comment: string, range: Range): Directive | undefined {
  const m = DIRECTIVE_RE.exec(comment);
  if (!m) return undefined;
  const rules = m[2]
    .replace(/--\s*$/, '')
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r && r !== '--');
  return { kind: m[1] as Directive['kind'], rules, range };
}

/** Scalar value as a string if it is one. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Heading label for a move in a locale. */
export function sectionLabel(move: Move, locale: 'en' | 'es'): string {
  const en = { acknowledge: 'Acknowledge', align: 'Align', assure: 'Assure' };
  const es = { acknowledge: 'Reconocer', align: 'Alinear', assure: 'Asegurar' };
  return (locale === 'es' ? es : en)[move];
}
