/**
 * YAML macro reader: a top-level `macros:` sequence, a top-level sequence, or a single macro mapping
 * (in every document of a stream). Reply text comes from `body`, `greeting`/`signoff` and the section
 * keys; each value is a decoded scalar with an exact source map and a style-aware encoder.
 */
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Directive, Edit, Locale, Macro, MetaField, Move, ParseProblem, ParsedDocument, Range, Section, Span } from '../types';
import { MOVES } from '../types';
import { detectEol, lineEnd, lineIndexAt, lineStarts } from '../text';
import { nodeValue, parseDirective, sectionLabel, sectionMove, str } from './common';
import { ScalarSpan, decodeBlock, decodeFlow, type BlockToken, type DecodedScalar, type FlowToken } from './yaml-scalar';

const PARSE_OPTIONS = { keepSourceTokens: true, strict: false, merge: true, prettyErrors: false, logLevel: 'silent' } as const;

/** Keys holding reply text outside the sections. */
const REPLY_KEYS = new Set(['body', 'cuerpo', 'greeting', 'saludo', 'signoff', 'sign-off', 'sign_off', 'despedida']);
/** Keys that make a top-level mapping a macro. */
const MACRO_KEYS = new Set(['id', 'title', 'anger', 'locale', 'tags', ...REPLY_KEYS, 'acknowledge', 'align', 'assure', 'reconocer', 'alinear', 'asegurar']);
/** File-level keys a `macros:` file passes down to its macros as defaults. */
const INHERITED = ['anger', 'locale', 'tags'];

type PathKey = unknown;
type Doc = Document.Parsed;

interface Parsed {
  docs: Doc[];
  /** Parser errors and warnings (`warning` set); fix verification counts both. */
  errors: { pos: [number, number]; message: string; code: string; warning?: true }[];
  comments: { offset: number; source: string }[];
}

/** Parses a YAML stream keeping CST comments (never throws). */
function parseStream(text: string, withComments: boolean): Parsed {
  const tokens = Array.from(new Parser().parse(text));
  const composer = new Composer(PARSE_OPTIONS);
  const docs = Array.from(composer.compose(tokens)) as Doc[];
  const errors: Parsed['errors'] = [];
  type Raw = { pos: [number, number]; message: string; code: string };
  const add = (e: Raw) => errors.push({ pos: e.pos, message: e.message, code: e.code });
  // Warnings (unknown tags, unknown directives) leave the YAML valid: they never become syntax errors.
  const warn = (e: Raw) => errors.push({ pos: e.pos, message: e.message, code: e.code, warning: true });
  if (!docs.length) {
    const info = composer.streamInfo();
    info.errors.forEach(add);
    info.warnings.forEach(warn);
  }
  for (const d of docs) {
    d.errors.forEach(add);
    d.warnings.forEach(warn);
  }
  const comments: Parsed['comments'] = [];
  if (withComments) {
    const walk = (t: unknown): void => {
      if (!t || typeof t !== 'object') return;
      if (Array.isArray(t)) {
        for (const x of t) walk(x);
        return;
      }
      const o = t as Record<string, unknown>;
      if (o.type === 'comment' && typeof o.offset === 'number' && typeof o.source === 'string') {
        comments.push({ offset: o.offset, source: o.source });
        return;
      }
      for (const k of ['start', 'sep', 'end', 'items', 'key', 'value', 'props']) if (k in o) walk(o[k]);
    };
    walk(tokens);
    comments.sort((a, b) => a.offset - b.offset);
  }
  return { docs, errors, comments };
}

interface Ctx {
  uri: string;
  text: string;
  eol: string;
  starts: number[];
  parsed: Parsed;
  problems: ParseProblem[];
  /** Plain JS of each document, computed on demand for fix verification. */
  js: Map<number, string | null>;
}


/** A range adjusted so it never splits a surrogate pair or a CRLF and stays inside the text. */
function safeRange(text: string, start: number, end: number): Range {
  const fix = (p: number) => {
    p = Math.max(0, Math.min(p, text.length));
    const c = text.charCodeAt(p);
    const b = text.charCodeAt(p - 1);
    if (p > 0 && ((c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) || (c === 10 && b === 13))) p--;
    return p;
  };
  const s = fix(start);
  return { start: s, end: Math.max(s, fix(end)) };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The node at `path` under a document, following the first of duplicate keys. */
function nodeAt(doc: Doc, path: readonly PathKey[]): unknown {
  let n: unknown = doc.contents;
  for (const k of path) {
    if (isMap(n)) {
      const pair = n.items.find((p) => isScalar(p.key) && p.key.value === k);
      n = pair?.value;
    } else if (isSeq(n) && typeof k === 'number') {
      n = n.items[k];
    } else return undefined;
  }
  return n;
}

function toJsonOrNull(doc: Doc): string | null {
  try {
    return JSON.stringify(doc.toJS({ maxAliasCount: 1000 }));
  } catch {
    return null;
  }
}

/** The scalar node starting at `offset` in a parsed snippet, if any. */
function scalarStartingAt(doc: Doc, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar(_, n) {
      if (n.range?.[0] === offset) {
        found = n;
        return visit.BREAK;
      }
    },
  });
  return found;
}

interface Snippet {
  start: number;
  end: number;
  doc: Doc;
  node: Scalar;
}

/**
 * A cheap check on the lines holding the scalar alone (parsed as a document of their own). Undefined
 * when those lines do not mean the same thing on their own (the scalar starts its own line, sits in a
 * flow collection, or the snippet does not decode to the same value): the caller re-parses the file.
 */
function verifyLocally(ctx: Ctx, range: Range, original: string, cache: { snippet?: Snippet | null }, edits: Edit[], expected: string): boolean | undefined {
  const { text, starts } = ctx;
  if (cache.snippet === undefined) {
    cache.snippet = null;
    const k0 = lineIndexAt(starts, range.start);
    const s0 = starts[k0];
    const prefix = text.slice(s0, range.start);
    if (!/\S/.test(prefix) || /[[{]/.test(prefix)) return undefined;
    const last = range.end > range.start && text[range.end - 1] === '\n' ? range.end - 1 : range.end;
    const k1 = lineIndexAt(starts, last);
    const e0 = k1 + 1 < starts.length ? starts[k1 + 1] : text.length;
    try {
      const p = parseStream(text.slice(s0, e0), false);
      if (p.docs.length !== 1 || p.errors.length) return undefined;
      const node = scalarStartingAt(p.docs[0], range.start - s0);
      if (!node || node.value !== original) return undefined;
      cache.snippet = { start: s0, end: e0, doc: p.docs[0], node };
    } catch {
      return undefined;
    }
  }
  const sn = cache.snippet;
  if (!sn) return undefined;
  if (edits.some((e) => e.start < sn.start || e.end > sn.end)) return undefined;
  const local = applyEdits(text.slice(sn.start, sn.end), edits.map((e) => ({ ...e, start: e.start - sn.start, end: e.end - sn.start })));
  try {
    const p = parseStream(local, false);
    if (p.docs.length !== 1 || p.errors.length) return false;
    let at = sn.node.range![0];
    while (local[at] === ' ') at++;
    const node = scalarStartingAt(p.docs[0], at);
    if (!node || node.value !== expected) return false;
    const before = sn.node.value;
    sn.node.value = expected;
    const same = toJsonOrNull(sn.doc) === toJsonOrNull(p.docs[0]);
    sn.node.value = before;
    return same;
  } catch {
    return false;
  }
}

/** True when `edits` leave the stream with the same structure and the scalar at `path` equal to `expected`. */
function verifyScalarEdit(ctx: Ctx, docIndex: number, path: readonly PathKey[], edits: Edit[], expected: string): boolean {
  const newText = applyEdits(ctx.text, edits);
  let again: Parsed;
  try {
    again = parseStream(newText, false);
  } catch {
    return false;
  }
  const { docs } = ctx.parsed;
  if (again.docs.length !== docs.length) return false;
  const d0 = docs[docIndex];
  const d1 = again.docs[docIndex];
  if (d1.errors.length > d0.errors.length || d1.warnings.length > d0.warnings.length) return false;
  const n = nodeAt(d1, path);
  if (!isScalar(n) || n.value !== expected) return false;
  // Same document apart from this value (aliases of an anchored scalar follow it, as they should).
  if (!ctx.js.has(docIndex)) ctx.js.set(docIndex, toJsonOrNull(d0));
  if (ctx.js.get(docIndex) === null) return true;
  try {
    const clone = d0.clone() as Doc;
    const target = nodeAt(clone, path);
    if (!isScalar(target)) return false;
    target.value = expected;
    return toJsonOrNull(clone) === toJsonOrNull(d1);
  } catch {
    return false;
  }
}

/** True when the edited stream parses with no more errors than before (for inserted keys and comments). */
function verifyInsert(ctx: Ctx, edits: Edit[], check?: (docs: Doc[]) => boolean): boolean {
  try {
    const again = parseStream(applyEdits(ctx.text, edits), false);
    if (again.docs.length !== ctx.parsed.docs.length) return false;
    if (again.errors.length > ctx.parsed.errors.length) return false;
    return check ? check(again.docs) : true;
  } catch {
    return false;
  }
}

function problem(ctx: Ctx, start: number, end: number, message: string, kind: ParseProblem['kind'] = 'syntax', data?: ParseProblem['data']): void {
  let r = safeRange(ctx.text, start, end);
  if (r.start === r.end) {
    // Widen an empty range to the character (or the line) it points at, so it can be seen.
    const k = lineIndexAt(ctx.starts, r.start);
    const le = lineEnd(ctx.text, ctx.starts, k);
    r = r.start < le ? safeRange(ctx.text, r.start, r.start + (/[\ud800-\udbff]/.test(ctx.text[r.start]) ? 2 : 1)) : r;
  }
  ctx.problems.push({ kind, range: r, message, ...(data ? { data } : {}) });
}

/** Clearer wording for the parser errors people make most in macro files. */
const HINTS: Record<string, string> = {
  MULTILINE_IMPLICIT_KEY: 'A line is neither "key: value" nor part of the value above: is a ":" missing after the key?',
  BLOCK_AS_IMPLICIT_KEY: 'A plain value contains ": " — put the value in quotes or use a block scalar (|)',
  TAB_AS_INDENT: 'Tabs cannot indent YAML: use spaces',
};

function errorMessage(ctx: Ctx, e: Parsed['errors'][number]): string {
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (HINTS[e.code]) return `${HINTS[e.code]} (${first})`;
  if (e.code === 'DUPLICATE_KEY') {
    const k = lineIndexAt(ctx.starts, e.pos[0]);
    const key = ctx.text.slice(e.pos[0], lineEnd(ctx.text, ctx.starts, k)).replace(/\s*:.*$/, '').trim();
    return key ? `Duplicate key "${key}": the first one is used` : first;
  }
  return first;
}

/** What `readYaml` can tell a caller about the stream beyond the macros (for the incremental reader). */
export interface YamlReadInfo {
  /** True when the stream holds an alias, an anchor or a merge key (its meaning may depend on other text). */
  aliases?: boolean;
}

/** Reads a YAML macro file into macros. */
export function readYaml(uri: string, text: string, info?: YamlReadInfo): ParsedDocument {
  const problems: ParseProblem[] = [];
  const directives: Directive[] = [];
  let parsed: Parsed;
  try {
    parsed = parseStream(text, true);
  } catch (err) {
    return {
      uri,
      text,
      format: 'yaml',
      macros: [],
      directives,
      problems: [{ kind: 'syntax', range: { start: 0, end: 0 }, message: String((err as Error)?.message ?? err) }],
      fileMeta: {},
    };
  }
  const ctx: Ctx = { uri, text, eol: detectEol(text), starts: lineStarts(text), parsed, problems, js: new Map() };
  for (const e of parsed.errors) {
    let [start, end] = e.pos;
    // An unclosed quote is reported where the file ends; show it where the quote opens.
    if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
      const open = openQuoteBefore(parsed, start);
      if (open !== undefined) {
        start = open;
        end = lineEnd(text, ctx.starts, lineIndexAt(ctx.starts, open));
      }
    }
    problem(ctx, start, Math.max(start, end), errorMessage(ctx, e), e.warning ? 'warning' : 'syntax');
  }
  for (const u of unresolvedAliases(parsed)) problem(ctx, u.start, u.end, `Unknown alias *${u.name}: no anchor &${u.name} before it`);

  const macros: Macro[] = [];
  let fileMeta: Record<string, MetaField> = {};
  parsed.docs.forEach((doc, docIndex) => {
    const contents = doc.contents as YamlNode | null;
    const fromItems = (seq: YamlNode, base: PathKey[], defaults: Record<string, MetaField>) => {
      if (!isSeq(seq)) return;
      seq.items.forEach((item, i) => {
        let node = item as YamlNode | null;
        let editable = true;
        if (isAlias(node)) {
          node = safeResolve(node, doc);
          editable = false;
        }
        if (isMap(node)) macros.push(buildMacro(ctx, doc, docIndex, node, [...base, i], editable, macros.length, defaults));
        else {
          const r = (item as YamlNode | null)?.range;
          if (r) problem(ctx, r[0], r[1], 'itemNotMapping', 'shape', { item: i + 1 });
        }
      });
    };
    if (isMap(contents)) {
      const macrosPair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'macros');
      if (macrosPair) {
        const meta = readMetaOf(doc, contents);
        delete meta.macros;
        if (docIndex === 0 || !Object.keys(fileMeta).length) fileMeta = meta;
        const defaults: Record<string, MetaField> = {};
        for (const k of INHERITED) if (meta[k]) defaults[k] = meta[k];
        let v = macrosPair.value as YamlNode | null;
        if (isAlias(v)) v = safeResolve(v, doc);
        if (isSeq(v)) fromItems(v, ['macros'], defaults);
        else if (v && !(isScalar(v) && v.value === null)) {
          const r = (macrosPair.value as YamlNode).range ?? (macrosPair.key as YamlNode).range!;
          problem(ctx, r[0], r[1], 'macrosNotList', 'shape');
        }
      } else if (contents.items.some((p) => isScalar(p.key) && MACRO_KEYS.has(String(p.key.value)))) {
        macros.push(buildMacro(ctx, doc, docIndex, contents, [], true, macros.length, {}));
      }
    } else if (isSeq(contents)) {
      fromItems(contents, [], {});
    } else if (contents && !(isScalar(contents) && (contents.value === null || contents.value === ''))) {
      const r = contents.range;
      if (r) problem(ctx, r[0], r[1], 'notMacroFile', 'shape');
    }
  });

  readDirectives(ctx, directives);
  if (info) info.aliases = /[&*<]/.test(text) && hasAliasOrAnchor(parsed);
  return { uri, text, format: 'yaml', macros, directives, problems, fileMeta };
}

function hasAliasOrAnchor(parsed: Parsed): boolean {
  let found = false;
  for (const d of parsed.docs) {
    visit(d, {
      Node(_, n) {
        if (isAlias(n) || (n as { anchor?: string }).anchor) {
          found = true;
          return visit.BREAK;
        }
      },
      Pair(_, p) {
        if (isScalar(p.key) && p.key.value === '<<') {
          found = true;
          return visit.BREAK;
        }
      },
    });
    if (found) break;
  }
  return found;
}

function openQuoteBefore(parsed: Parsed, end: number): number | undefined {
  let found: number | undefined;
  for (const d of parsed.docs) {
    visit(d, {
      Scalar(_, n) {
        if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range && n.range[1] === end) {
          found = n.range[0];
          return visit.BREAK;
        }
      },
    });
  }
  return found;
}

function unresolvedAliases(parsed: Parsed): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const d of parsed.docs) {
    visit(d, {
      Alias(_, a) {
        if (a.range && !safeResolve(a, d)) out.push({ start: a.range[0], end: a.range[1], name: a.source });
      },
    });
  }
  return out;
}

function safeResolve(alias: YamlNode, doc: Doc): YamlNode | null {
  try {
    return ((alias as unknown as { resolve(d: Doc): YamlNode | undefined }).resolve(doc) ?? null) as YamlNode | null;
  } catch {
    return null;
  }
}

interface Entry {
  name: string;
  keyValue: unknown;
  key: Scalar;
  value: YamlNode | null;
  /** Path of the value from the document root; undefined when reached through an alias or merge. */
  path?: PathKey[];
}

/** The keys of a mapping in order, first of duplicates, merge keys (`<<`) resolved. */
function entriesOf(doc: Doc, map: YAMLMap, path: PathKey[] | undefined): Entry[] {
  const own: Entry[] = [];
  const merged: Entry[] = [];
  const seen = new Set<string>();
  const mergeFrom = (node: unknown, depth: number) => {
    if (depth > 8) return;
    let n = node as YamlNode | null;
    if (isAlias(n)) n = safeResolve(n, doc);
    if (isSeq(n)) {
      for (const x of n.items) mergeFrom(x, depth + 1);
      return;
    }
    if (isMap(n)) for (const e of entriesOf(doc, n, undefined)) merged.push(e);
  };
  for (const pair of map.items as Pair[]) {
    const key = pair.key as YamlNode | null;
    if (!isScalar(key) || !key.range) continue;
    if (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN')) {
      mergeFrom(pair.value, 0);
      continue;
    }
    const name = String(key.value);
    if (seen.has(name)) continue;
    seen.add(name);
    own.push({ name, keyValue: key.value, key, value: pair.value as YamlNode | null, path: path ? [...path, key.value] : undefined });
  }
  for (const e of merged) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    own.push({ ...e, path: undefined });
  }
  return own;
}

function metaField(doc: Doc, e: Entry): MetaField {
  const keyRange = { start: e.key.range![0], end: e.key.range![1] };
  let v = e.value;
  if (isAlias(v)) v = safeResolve(v, doc);
  const r = (e.value as YamlNode | null)?.range;
  const valueRange = r ? { start: r[0], end: r[1] } : { start: keyRange.end, end: keyRange.end };
  return { value: nodeValue(v), keyRange, valueRange };
}

function readMetaOf(doc: Doc, map: YAMLMap): Record<string, MetaField> {
  const out: Record<string, MetaField> = {};
  for (const e of entriesOf(doc, map, [])) out[e.name] = metaField(doc, e);
  return out;
}

/** The scalar span of a value node (aliases resolved, not editable), or undefined for non-text. */
function scalarSpan(ctx: Ctx, doc: Doc, docIndex: number, node: YamlNode | null, path: PathKey[] | undefined): Span | undefined {
  let n = node;
  let editable = path !== undefined;
  if (isAlias(n)) {
    n = safeResolve(n, doc);
    editable = false;
  }
  if (!isScalar(n) || typeof n.value !== 'string' || !n.range) return undefined;
  const value = n.value;
  const tok = n.srcToken as unknown as { type: string; offset: number; indent: number; source: string } | undefined;
  let decoded: DecodedScalar | undefined;
  try {
    if (tok?.type === 'block-scalar') decoded = decodeBlock(tok as BlockToken);
    else if (tok && (tok.type === 'scalar' || tok.type === 'single-quoted-scalar' || tok.type === 'double-quoted-scalar')) decoded = decodeFlow(tok as FlowToken);
  } catch {
    decoded = undefined;
  }
  const exact = decoded !== undefined && decoded.text === value && decoded.map.every((p) => p >= decoded!.range.start && p <= decoded!.range.end);
  if (!exact) {
    // A coarse map: every index at the scalar's start; only whole-scalar rewrites are offered.
    const start = n.range[0];
    const end = n.range[1];
    const style = decoded?.style ?? styleOf(n);
    decoded = { text: value, map: Array.from({ length: value.length + 1 }, (_, i) => (i === value.length ? end : start)), style, range: { start, end }, header: decoded?.header, content: decoded?.content, contentIndent: decoded?.contentIndent };
  }
  const d = decoded!;
  const srcLines = ctx.text.slice(d.range.start, d.range.end).split('\n');
  const second = srcLines.length > 1 && d.style !== 'literal' && d.style !== 'folded' ? /^ */.exec(srcLines[1])![0] : '';
  const tokIndent = tok?.indent ?? 0;
  const flowIndent = second.length > tokIndent ? second : ' '.repeat(tokIndent + 2);
  const p = path;
  const cache: { snippet?: Snippet | null } = {};
  const scalarRange = { start: d.range.start, end: d.range.end };
  return new ScalarSpan({
    fileText: ctx.text,
    decoded: d,
    eol: ctx.eol,
    flowIndent,
    parentIndent: tokIndent,
    editable,
    exact,
    verify: (edits, expected) => {
      if (!p) return false;
      return verifyLocally(ctx, scalarRange, value, cache, edits, expected) ?? verifyScalarEdit(ctx, docIndex, p, edits, expected);
    },
  });
}

function styleOf(n: Scalar): DecodedScalar['style'] {
  switch (n.type) {
    case 'QUOTE_SINGLE': return 'single';
    case 'QUOTE_DOUBLE': return 'double';
    case 'BLOCK_LITERAL': return 'literal';
    case 'BLOCK_FOLDED': return 'folded';
    default: return 'plain';
  }
}

/** Spans of a reply value: a text scalar, or a list of them; a mapping is a shape problem. */
function valueSpans(ctx: Ctx, doc: Doc, docIndex: number, e: Entry): Span[] {
  let v = e.value;
  const editable = e.path !== undefined;
  if (isAlias(v)) v = safeResolve(v, doc);
  if (isSeq(v)) {
    const out: Span[] = [];
    v.items.forEach((item, i) => {
      const s = scalarSpan(ctx, doc, docIndex, item as YamlNode, editable && !isAlias(e.value) ? [...e.path!, i] : undefined);
      if (s) out.push(s);
    });
    return out;
  }
  if (isMap(v)) {
    const r = v.range;
    if (r && editable) problem(ctx, r[0], r[1], 'valueNotText', 'shape', { key: e.name });
    return [];
  }
  const s = scalarSpan(ctx, doc, docIndex, e.value, e.path);
  return s ? [s] : [];
}

function clampLine(text: string, r: Range): Range {
  let end = r.end;
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      end = i;
      break;
    }
  }
  return safeRange(text, r.start, end);
}

function buildMacro(ctx: Ctx, doc: Doc, docIndex: number, map: YAMLMap, path: PathKey[], editable: boolean, index: number, defaults: Record<string, MetaField>): Macro {
  const { text } = ctx;
  const entries = entriesOf(doc, map, editable ? path : undefined);
  const meta: Record<string, MetaField> = { ...defaults };
  for (const e of entries) meta[e.name] = metaField(doc, e);

  const sections: Section[] = [];
  const spans: Span[] = [];
  for (const e of entries) {
    const move = sectionMove(e.name);
    const isReply = REPLY_KEYS.has(e.name.toLowerCase());
    if (!move && !isReply) continue;
    const vs = valueSpans(ctx, doc, docIndex, e);
    spans.push(...vs);
    if (move) {
      const keyRange = { start: e.key.range![0], end: e.key.range![1] };
      const vEnd = (e.value as YamlNode | null)?.range?.[1] ?? keyRange.end;
      sections.push({ move, headerRange: keyRange, spans: vs, range: { start: keyRange.start, end: Math.max(keyRange.end, vEnd) } });
    }
  }
  spans.sort((a, b) => a.range.start - b.range.start);
  sections.sort((a, b) => a.range.start - b.range.start);

  const range = map.range ? { start: map.range[0], end: map.range[1] } : { start: 0, end: 0 };
  const first = entries[0];
  const nameRange = meta.id?.valueRange && entries.some((e) => e.name === 'id')
    ? meta.id.valueRange
    : meta.title?.valueRange && entries.some((e) => e.name === 'title')
      ? meta.title.valueRange
      : first
        ? { start: first.key.range![0], end: first.key.range![1] }
        : { start: range.start, end: range.start };
  const macro: Macro = {
    format: 'yaml',
    index,
    id: str(meta.id?.value),
    title: str(meta.title?.value),
    range,
    nameRange: clampLine(text, nameRange.end > nameRange.start ? nameRange : { start: nameRange.start, end: nameRange.start }),
    meta,
    sectioned: sections.length > 0,
    sections,
    spans,
  };
  if (!editable) return macro;
  const own = entries.filter((e) => e.path !== undefined);
  if (macro.sectioned) macro.addSection = (move, body, locale) => addSection(ctx, own, macro, move, body, locale);
  macro.setMeta = (key, value) => setMeta(ctx, own, map, key, value);
  macro.disableComment = (offset, ruleId) => disableComment(ctx, own, macro, offset, ruleId);
  return macro;
}

/** Column of an offset in its line. */
function columnOf(ctx: Ctx, offset: number): number {
  return offset - ctx.starts[lineIndexAt(ctx.starts, offset)];
}

/** Offset of the start of the line after the one holding the end of `node`'s value. */
function afterValue(ctx: Ctx, e: Entry): { at: number; lead: string } {
  const { text } = ctx;
  const r = (e.value as YamlNode | null)?.range;
  const end = r ? r[2] ?? r[1] : e.key.range![1];
  if (end > 0 && text[end - 1] === '\n') return { at: end, lead: '' };
  const k = lineIndexAt(ctx.starts, Math.max(0, end - 1 >= 0 && end > e.key.range![0] ? end - 1 : end));
  if (k + 1 < ctx.starts.length) return { at: ctx.starts[k + 1], lead: '' };
  return { at: text.length, lead: ctx.eol };
}

function blockValue(body: string, indent: string, eol: string): string {
  const lines = body.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const needsIndicator = /^[ \t]/.test(lines.find((l) => l !== '') ?? '');
  const head = needsIndicator ? `|2` : '|';
  return head + eol + lines.map((l) => (l ? indent + '  ' + l : '')).join(eol) + eol;
}

function addSection(ctx: Ctx, entries: Entry[], macro: Macro, move: Move, body: string, locale: Locale): Edit[] {
  const secEntries = entries.filter((e) => sectionMove(e.name));
  const spanish = secEntries.length ? secEntries.some((e) => ['reconocer', 'alinear', 'asegurar'].includes(e.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) : locale === 'es';
  const capital = secEntries.length > 0 && secEntries.every((e) => /^\p{Lu}/u.test(e.name));
  const label = sectionLabel(move, spanish ? 'es' : 'en');
  const keyName = capital ? label : label.toLowerCase();
  const order = MOVES.indexOf(move);
  const prev = [...secEntries].reverse().find((e) => MOVES.indexOf(sectionMove(e.name)!) < order);
  const next = secEntries.find((e) => MOVES.indexOf(sectionMove(e.name)!) > order);
  const anchor = prev ?? next ?? entries[entries.length - 1];
  if (!anchor) return [];
  const col = columnOf(ctx, anchor.key.range![0]);
  const indent = ' '.repeat(col);
  const value = blockValue(body, indent, ctx.eol);
  let edit: Edit;
  if (prev || !next) {
    const { at, lead } = afterValue(ctx, anchor);
    edit = { start: at, end: at, text: `${lead}${indent}${keyName}: ${value}` };
  } else {
    const at = next.key.range![0];
    edit = { start: at, end: at, text: `${keyName}: ${value}${indent}` };
  }
  const expected = body.replace(/\r\n?/g, '\n').replace(/\n+$/, '') + '\n';
  const ok = verifyInsert(ctx, [edit], (docs) => docs.some((d) => {
    let found = false;
    visit(d, { Pair(_, p) { if (isScalar(p.key) && p.key.value === keyName && isScalar(p.value) && p.value.value === expected) found = true; } });
    return found;
  }));
  return ok ? [edit] : [];
}

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;
const SPECIAL = /^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.eE+-]*|\.inf|\.nan)$/i;

function encodeMetaValue(value: string): string {
  return PLAIN_SAFE.test(value) && !SPECIAL.test(value) && !/\s$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

function setMeta(ctx: Ctx, entries: Entry[], map: YAMLMap, key: string, value: string): Edit[] {
  const enc = encodeMetaValue(value);
  const e = entries.find((x) => x.name === key);
  let edits: Edit[];
  if (e) {
    const v = e.value;
    if (isScalar(v) && v.range && (v.range[1] > v.range[0])) {
      const tok = v.srcToken as unknown as { type: string } | undefined;
      if (tok?.type === 'block-scalar') {
        const { text } = ctx;
        const nl = text[v.range[1] - 1] === '\n' ? ctx.eol : '';
        edits = [{ start: v.range[0], end: v.range[1], text: enc + nl }];
      } else edits = [{ start: v.range[0], end: v.range[1], text: enc }];
    } else if (!v || (isScalar(v) && v.value === null)) {
      const at = v?.range ? v.range[0] : e.key.range![1] + 1;
      const before = ctx.text[at - 1];
      edits = [{ start: at, end: at, text: (before === ' ' || before === '\t' ? '' : ' ') + enc }];
    } else return [];
  } else {
    const first = entries[0];
    if (!first) return [];
    const anchor = entries.find((x) => x.name === 'title' || x.name === 'id');
    const col = columnOf(ctx, first.key.range![0]);
    const indent = ' '.repeat(col);
    const anchorTok = anchor && isScalar(anchor.value) ? (anchor.value.srcToken as unknown as { type: string } | undefined) : undefined;
    if (anchor && anchorTok && anchorTok.type !== 'block-scalar') {
      const { at, lead } = afterValue(ctx, anchor);
      edits = [{ start: at, end: at, text: `${lead}${' '.repeat(columnOf(ctx, anchor.key.range![0]))}${key}: ${enc}${ctx.eol}` }];
    } else {
      edits = [{ start: first.key.range![0], end: first.key.range![0], text: `${key}: ${enc}${ctx.eol}${indent}` }];
    }
  }
  void map;
  return verifyInsert(ctx, edits) ? edits : [];
}

function disableComment(ctx: Ctx, entries: Entry[], macro: Macro, offset: number, ruleId: string): Edit[] | undefined {
  const { text, starts, eol } = ctx;
  // The key whose value holds the offset; else the key on the offset's line; else the first key.
  let e = entries.find((x) => {
    const r = (x.value as YamlNode | null)?.range;
    return x.key.range![0] <= offset && offset <= (r ? r[1] : x.key.range![1]);
  });
  if (!e) {
    const k = lineIndexAt(starts, offset);
    e = entries.find((x) => lineIndexAt(starts, x.key.range![0]) === k) ?? entries[0];
  }
  if (!e) return undefined;
  const keyStart = e.key.range![0];
  const k = lineIndexAt(starts, keyStart);
  const lineStart = starts[k];
  const before = text.slice(lineStart, keyStart);
  let edit: Edit;
  if (/^[ \t]*$/.test(before)) {
    edit = { start: lineStart, end: lineStart, text: `${before}# macrolint-disable-next-line ${ruleId}${eol}` };
  } else if (/^[ \t]*(?:-[ \t]+)+$/.test(before)) {
    // The key shares its line with "- ": the comment goes above the item, covering its first key.
    const indent = /^[ \t]*/.exec(before)![0];
    edit = { start: lineStart, end: lineStart, text: `${indent}# macrolint-disable-next-line ${ruleId}${eol}` };
  } else {
    return undefined;
  }
  void macro;
  return verifyInsert(ctx, [edit]) ? [edit] : undefined;
}

/** Directives from YAML comments; `-next-line` covers the node starting on the next line. */
function readDirectives(ctx: Ctx, directives: Directive[]): void {
  const { text, starts } = ctx;
  let pairs: { keyStart: number; end: number }[] | undefined;
  const pairIndex = () => {
    if (pairs) return pairs;
    pairs = [];
    for (const d of ctx.parsed.docs) {
      visit(d, {
        Pair(_, p) {
          if (!isPair(p)) return;
          const k = p.key as YamlNode | null;
          const v = p.value as YamlNode | null;
          const ks = k?.range?.[0];
          if (ks === undefined) return;
          pairs!.push({ keyStart: ks, end: v?.range?.[1] ?? k!.range![1] });
        },
      });
    }
    pairs.sort((a, b) => a.keyStart - b.keyStart);
    return pairs;
  };
  for (const c of ctx.parsed.comments) {
    const d = parseDirective(c.source.slice(1), { start: c.offset, end: c.offset + c.source.length });
    if (!d) continue;
    const k = lineIndexAt(starts, c.offset);
    if (d.kind === 'disable-line') d.covers = { start: starts[k], end: lineEnd(text, starts, k) };
    if (d.kind === 'disable-next-line') {
      let n = k + 1;
      while (n < starts.length && /^[ \t]*(#.*)?$/.test(text.slice(starts[n], lineEnd(text, starts, n)))) n++;
      if (n < starts.length) {
        const ls = starts[n];
        const le = lineEnd(text, starts, n);
        const p = pairIndex().find((x) => x.keyStart >= ls && x.keyStart <= le);
        let end = p ? Math.max(le, p.end) : le;
        // A block scalar's range ends after its final line break: stop before it.
        if (end > ls && text[end - 1] === '\n') end--;
        if (end > ls && text[end - 1] === '\r') end--;
        d.covers = { start: ls, end };
      }
    }
    directives.push(d);
  }
}
