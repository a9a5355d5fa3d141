/**
 * Markdown macro reader: YAML front matter, then one macro (or, with `layout: library`, one macro per
 * `##` heading). Sections are headings named after a move or `<!-- acknowledge -->` comment markers.
 */
import MarkdownIt from 'markdown-it';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Directive, Edit, Macro, MetaField, Move, ParseProblem, ParsedDocument, Range, Section, Span } from '../types';
import { MOVES } from '../types';
import { FileSpan, detectEol, lineEnd, lineIndexAt, lineStarts } from '../text';
import { parseDirective, readMeta, sectionLabel, sectionMove, str } from './common';

let md: InstanceType<typeof MarkdownIt> | undefined;
function parser(): InstanceType<typeof MarkdownIt> {
  if (!md) {
    md = new MarkdownIt('commonmark', { html: true });
    // Block structure is all the reader needs; inline parsing is most of markdown-it's time.
    md.core.ruler.disable(['inline', 'text_join'], true);
  }
  return md;
}

interface FrontMatter {
  /** Range of the front matter block, fences included. */
  range: Range;
  meta: Record<string, MetaField>;
  /** Offset of the closing fence line (where new keys are inserted). */
  closeStart: number;
  /** Offset of the first character of YAML content. */
  contentStart: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

function readFrontMatter(text: string, starts: number[], bodyStart: number, problems: ParseProblem[], directives: Directive[]): FrontMatter | undefined {
  const first = lineEnd(text, starts, 0);
  if (!FENCE.test(text.slice(bodyStart, first))) return undefined;
  let close = -1;
  for (let k = 1; k < starts.length; k++) {
    if (CLOSE.test(text.slice(starts[k], lineEnd(text, starts, k)))) {
      close = k;
      break;
    }
  }
  if (close < 0) {
    problems.push({ kind: 'syntax', range: { start: bodyStart, end: first }, message: 'front-matter-unclosed' });
    return undefined;
  }
  const contentStart = starts[1];
  const closeStart = starts[close];
  const yamlText = text.slice(contentStart, closeStart);
  const simple = simpleFrontMatter(yamlText, contentStart);
  if (simple) {
    const end = close + 1 < starts.length ? starts[close + 1] : text.length;
    return { range: { start: bodyStart, end }, meta: simple, closeStart, contentStart };
  }
  const doc = parseDocument(yamlText, { uniqueKeys: false, strict: false, prettyErrors: false });
  for (const [list, kind] of [[doc.errors, 'syntax'], [doc.warnings, 'warning']] as const) {
    for (const err of list) {
      problems.push({
        kind,
        range: { start: contentStart + err.pos[0], end: contentStart + Math.max(err.pos[1], err.pos[0]) },
        message: err.message.split('\n')[0],
      });
    }
  }
  // Valid YAML that is not a mapping (a list, a bare scalar) holds no metadata.
  const c = doc.contents;
  if (!doc.errors.length && c && !isMap(c) && !(isScalar(c) && (c.value === null || c.value === '')) && c.range) {
    problems.push({ kind: 'shape', range: { start: contentStart + c.range[0], end: contentStart + c.range[1] }, message: 'frontMatterNotMapping' });
  }
  // Directive comments may sit in front matter as YAML comments.
  for (let k = 1; k < close; k++) {
    const line = text.slice(starts[k], lineEnd(text, starts, k));
    const hash = line.indexOf('#');
    if (hash >= 0) {
      const d = parseDirective(line.slice(hash + 1), { start: starts[k] + hash, end: starts[k] + line.length });
      if (d) {
        if (d.kind === 'disable-next-line' && k + 1 < starts.length) d.covers = { start: starts[k + 1], end: lineEnd(text, starts, k + 1) };
        if (d.kind === 'disable-line') d.covers = { start: starts[k], end: starts[k] + line.length };
        directives.push(d);
      }
    }
  }
  const meta = isMap(doc.contents) ? readMeta(doc.contents, contentStart) : {};
  const end = close + 1 < starts.length ? starts[close + 1] : text.length;
  return { range: { start: bodyStart, end }, meta, closeStart, contentStart };
}

// Front matter is almost always `key: word words` and `key: [a, b]` lines. Those are read without
// the YAML parser (a tenth of the time of a whole Markdown macro otherwise); anything else (quotes,
// comments, nesting, numbers, booleans, empty values) goes to the parser, so values and ranges are
// the parser's by construction.
const SIMPLE_LINE = /^([A-Za-z_][\w-]{0,63}):( +)(?:(\[[^\n\]\[{}#:'"]*\])|([A-Za-z][\w .\/-]{0,300}?))[ \t]*\r?$/;
const SIMPLE_ITEM = /^[A-Za-z][\w .\/-]*$/;
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** Meta fields of front matter made only of simple lines, or undefined to use the YAML parser. */
export function simpleFrontMatter(yamlText: string, base: number): Record<string, MetaField> | undefined {
  const out: Record<string, MetaField> = {};
  let at = 0;
  for (const line of yamlText.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line === '' || line === '\r') continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1];
    const valueStart = start + key.length + 1 + m[2].length;
    let value: unknown;
    let raw: string;
    if (m[3] !== undefined) {
      raw = m[3];
      const inner = raw.slice(1, -1);
      const items = inner.trim() === '' ? [] : inner.split(',').map((x) => x.trim());
      // A trailing comma, an empty item or anything but a plain word leaves it to the parser.
      if (items.some((x) => !SIMPLE_ITEM.test(x) || NOT_A_STRING.test(x))) return undefined;
      value = items;
    } else {
      raw = m[4];
      if (NOT_A_STRING.test(raw)) return undefined;
      value = raw;
    }
    if (key in out) continue;
    out[key] = {
      value,
      keyRange: { start: base + start, end: base + start + key.length },
      valueRange: { start: base + valueStart, end: base + valueStart + raw.length },
    };
  }
  return out;
}

interface Header {
  move?: Move;
  /** Heading level (1-6), 0 for a comment marker, -1 for an end marker, -2 for a plain comment block. */
  level: number;
  start: number;
  end: number;
  /** Offset after the header line, line break included. */
  after: number;
  text: string;
}

/**
 * Whether a body may hold a heading, an HTML block or code: without these characters (`#`, `<`,
 * fences, tabs, four spaces, a line ending in `=` or `-` as under a setext heading) markdown-it finds
 * none of the blocks the reader looks at, so a plain reply skips it (checked against markdown-it on
 * a million random bodies).
 */
const BLOCK_SYNTAX = /[#<`~\t]| {4}|[=-][ \t]*$/m;

const MARKER_RE = /^[ \t]*<!--\s*(\/?)\s*([\p{L}]+)\s*-->[ \t]*$/u;
const COMMENT_RE = /<!--([\s\S]*?)-->/g;

/** Reads a Markdown file into macros. */
export function readMarkdown(uri: string, text: string): ParsedDocument {
  const problems: ParseProblem[] = [];
  const directives: Directive[] = [];
  const starts = lineStarts(text);
  const eol = detectEol(text);
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = readFrontMatter(text, starts, bodyStart, problems, directives);
  const fileMeta = fm?.meta ?? {};
  const contentStart = fm ? fm.range.end : bodyStart;

  // Block tokens of the body; line maps are relative to the body's first line.
  const firstLine = lineIndexAt(starts, contentStart);
  const body = text.slice(contentStart);
  const tokens = BLOCK_SYNTAX.test(body) ? parser().parse(body, {}) : [];
  const headers: (Header & { tag?: string })[] = [];
  const lineAbs = (l: number) => starts[Math.min(firstLine + l, starts.length - 1)] ?? text.length;
  const codeRanges: Range[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok.map) continue;
    if (tok.type === 'heading_open') {
      const inline = tokens[t + 1];
      const label = (inline?.content ?? '').trim();
      const s = lineAbs(tok.map[0]);
      const lastLine = firstLine + tok.map[1] - 1;
      headers.push({
        move: sectionMove(label.replace(/^#+\s*/, '')),
        level: Number(tok.tag.slice(1)),
        start: s,
        end: lineEnd(text, starts, Math.min(lastLine, starts.length - 1)),
        after: lineAbs(tok.map[1]),
        text: label,
      });
    } else if (tok.type === 'html_block') {
      // A block that is only comments is invisible when rendered: structure, not reply text.
      if (/^\s*(<!--[\s\S]*?-->\s*)+$/.test(tok.content) && !MARKER_RE.test(tok.content.trim())) {
        const s = lineAbs(tok.map[0]);
        headers.push({ level: -2, start: s, end: lineEnd(text, starts, Math.min(firstLine + tok.map[1] - 1, starts.length - 1)), after: lineAbs(tok.map[1]), text: '' });
        continue;
      }
      for (let l = tok.map[0]; l < tok.map[1]; l++) {
        const k = firstLine + l;
        if (k >= starts.length) break;
        const line = text.slice(starts[k], lineEnd(text, starts, k));
        const m = MARKER_RE.exec(line);
        if (m) {
          const move = sectionMove(m[2]);
          const isEnd = m[1] === '/' || m[2].toLowerCase() === 'end' || m[2].toLowerCase() === 'fin';
          if (move || isEnd) {
            headers.push({ move: isEnd ? undefined : move, level: isEnd ? -1 : 0, start: starts[k], end: starts[k] + line.length, after: lineAbs(l + 1), text: m[2] });
          }
        }
      }
    } else if (tok.type === 'fence' || tok.type === 'code_block') {
      codeRanges.push({ start: lineAbs(tok.map[0]), end: lineAbs(tok.map[1]) });
    }
  }
  headers.sort((a, b) => a.start - b.start);

  // Directives: every HTML comment outside code.
  COMMENT_RE.lastIndex = contentStart;
  for (let m = COMMENT_RE.exec(text); m; m = COMMENT_RE.exec(text)) {
    const at = m.index;
    if (codeRanges.some((r) => at >= r.start && at < r.end)) continue;
    const d = parseDirective(m[1], { start: at, end: at + m[0].length });
    if (!d) continue;
    const k = lineIndexAt(starts, at);
    if (d.kind === 'disable-line') d.covers = { start: starts[k], end: lineEnd(text, starts, k) };
    if (d.kind === 'disable-next-line') {
      const kEnd = lineIndexAt(starts, at + m[0].length);
      let n = kEnd + 1;
      while (n < starts.length && text.slice(starts[n], lineEnd(text, starts, n)).trim() === '') n++;
      if (n < starts.length) d.covers = { start: starts[n], end: lineEnd(text, starts, n) };
    }
    directives.push(d);
  }

  const macros: Macro[] = [];
  const ctx: Ctx = { text, starts, eol, fm, bodyStart };
  if (String(fileMeta.layout?.value ?? '') === 'library') {
    const macroHeads = headers.filter((h) => h.level === 2);
    macroHeads.forEach((h, i) => {
      const end = i + 1 < macroHeads.length ? macroHeads[i + 1].start : text.length;
      const inner = headers.filter((x) => x.start > h.start && x.start < end && (x.level <= 0 || x.level > 2));
      macros.push(buildLibraryMacro(ctx, i, h, end, inner, problems));
    });
  } else {
    macros.push(buildMacro(ctx, 0, { start: contentStart, end: text.length }, headers, fileMeta, undefined));
  }
  return { uri, text, format: 'markdown', macros, directives, problems, fileMeta };
}

interface Ctx {
  text: string;
  starts: number[];
  eol: string;
  fm?: FrontMatter;
  bodyStart: number;
}


function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function buildMacro(ctx: Ctx, index: number, body: Range, allHeaders: Header[], meta: Record<string, MetaField>, titleHeader: Header | undefined): Macro {
  const { text, eol } = ctx;
  const headers = allHeaders.filter((h) => h.start >= body.start && h.start < body.end);
  const sectionHeads = headers.filter((h) => h.move);
  const sectioned = sectionHeads.length > 0;
  const sections: Section[] = [];
  const spans: Span[] = [];
  const span = (s: number, e: number) => {
    const r = trimRange(text, s, e);
    return new FileSpan(text, r.start, r.end, eol);
  };

  let cursor = body.start;
  let open: { sec: Section; level: number } | undefined;
  const flush = (end: number) => {
    if (end <= cursor) return;
    const sp = span(cursor, end);
    if (!sp.text) return;
    spans.push(sp);
    if (open) {
      open.sec.spans.push(sp);
      open.sec.range = { start: open.sec.range.start, end: sp.range.end };
    }
  };
  // Heading lines and markers are structure, not reply text; everything between them is.
  for (const h of headers) {
    flush(h.start);
    if (h.move) {
      open = { sec: { move: h.move, headerRange: { start: h.start, end: h.end }, spans: [], range: { start: h.start, end: h.end } }, level: h.level };
      sections.push(open.sec);
    } else if (h.level === -1 || (open && open.level > 0 && h.level > 0 && h.level <= open.level)) {
      open = undefined;
    }
    cursor = Math.max(cursor, h.after);
  }
  flush(body.end);
  spans.sort((a, b) => a.range.start - b.range.start);

  const title = str(meta.title?.value) ?? titleHeader?.text;
  const id = str(meta.id?.value);
  const firstBody = spans[0]?.range ?? trimRange(text, body.start, body.end);
  const firstLineEnd = Math.min(firstBody.end, text.indexOf('\n', firstBody.start) < 0 ? firstBody.end : text.indexOf('\n', firstBody.start));
  const nameRange = titleHeader
    ? { start: titleHeader.start, end: titleHeader.end }
    : meta.title?.valueRange ?? meta.id?.valueRange ?? { start: firstBody.start, end: Math.max(firstBody.start, firstLineEnd) };
  const range = titleHeader ? { start: titleHeader.start, end: body.end } : { start: ctx.fm?.range.start ?? body.start, end: body.end };

  const macro: Macro = {
    format: 'markdown',
    index,
    id,
    title,
    range,
    nameRange: clampLine(text, nameRange),
    meta,
    sectioned,
    sections,
    spans,
  };
  const headingLevel = sectionHeads.find((h) => h.level > 0)?.level;
  macro.addSection = (move, bodyText, locale) => addSection(ctx, macro, move, bodyText, locale, headingLevel);
  macro.disableComment = (offset, ruleId) => disableComment(ctx, offset, ruleId);
  return macro;
}

function clampLine(text: string, r: Range): Range {
  const nl = text.indexOf('\n', r.start);
  const end = nl >= 0 && nl < r.end ? nl : r.end;
  return { start: r.start, end: end > r.start && text[end - 1] === '\r' ? end - 1 : end };
}

function buildLibraryMacro(ctx: Ctx, index: number, head: Header, end: number, inner: Header[], problems: ParseProblem[]): Macro {
  const { text } = ctx;
  // Optional metadata comment right after the heading: <!-- id: x, anger: before, locale: es -->
  let bodyStart = head.after;
  let meta: Record<string, MetaField> = {};
  const rest = text.slice(head.after, end);
  const m = /^\s*<!--((?:(?!-->)[\s\S])*)-->[ \t]*\r?\n?/.exec(rest);
  let metaComment: { contentStart: number; contentEnd: number } | undefined;
  if (m && !/macrolint-/.test(m[1]) && /:/.test(m[1]) && !MARKER_RE.test(m[0].trim())) {
    const contentStart = head.after + m.index + m[0].indexOf('<!--') + 4;
    const contentEnd = contentStart + m[1].length;
    const doc = parseDocument(`{${m[1]}}`, { uniqueKeys: false, strict: false, prettyErrors: false });
    for (const err of doc.errors) {
      problems.push({ kind: 'syntax', range: { start: contentStart, end: contentEnd }, message: err.message.split('\n')[0] });
    }
    if (isMap(doc.contents)) meta = readMeta(doc.contents, contentStart - 1);
    bodyStart = head.after + m[0].length;
    metaComment = { contentStart, contentEnd };
  }
  const defaults = ctx.fm?.meta ?? {};
  const merged: Record<string, MetaField> = {};
  for (const k of ['anger', 'locale', 'tags']) if (defaults[k]) merged[k] = defaults[k];
  Object.assign(merged, meta);
  const macro = buildMacro(ctx, index, { start: bodyStart, end }, inner, merged, head);
  macro.id = str(meta.id?.value) ?? slug(head.text);
  macro.title = head.text;
  macro.setMeta = (key, value) => {
    const f = meta[key];
    if (f) return [{ start: f.valueRange.start, end: f.valueRange.end, text: value }];
    if (metaComment) {
      const inside = text.slice(metaComment.contentStart, metaComment.contentEnd);
      const trimmedEnd = metaComment.contentStart + inside.trimEnd().length;
      return [{ start: trimmedEnd, end: trimmedEnd, text: `${inside.trim() ? ',' : ''} ${key}: ${value}` }];
    }
    return [{ start: head.after, end: head.after, text: `<!-- ${key}: ${value} -->${ctx.eol}` }];
  };
  return macro;
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function addSection(ctx: Ctx, macro: Macro, move: Move, body: string, locale: 'en' | 'es', level: number | undefined): Edit[] {
  const { eol } = ctx;
  const order = MOVES.indexOf(move);
  const next = macro.sections.find((s) => MOVES.indexOf(s.move) > order);
  const header = level ? `${'#'.repeat(level)} ${sectionLabel(move, locale)}` : `<!-- ${move} -->`;
  const block = `${header}${eol}${eol}${body.replace(/\r?\n/g, eol)}`;
  if (next) {
    return [{ start: next.headerRange.start, end: next.headerRange.start, text: `${block}${eol}${eol}` }];
  }
  const prev = [...macro.sections].reverse().find((s) => MOVES.indexOf(s.move) < order) ?? macro.sections[macro.sections.length - 1];
  const at = prev ? prev.range.end : macro.range.end;
  return [{ start: at, end: at, text: `${eol}${eol}${block}` }];
}

function disableComment(ctx: Ctx, offset: number, ruleId: string): Edit[] {
  const { text, starts, eol, fm } = ctx;
  const k = lineIndexAt(starts, offset);
  const at = starts[k];
  if (fm && offset >= fm.contentStart && offset < fm.closeStart) {
    const indent = /^[ \t]*/.exec(text.slice(at))![0];
    return [{ start: at, end: at, text: `${indent}# macrolint-disable-next-line ${ruleId}${eol}` }];
  }
  if (fm && offset < fm.range.end) return [];
  const indent = /^[ \t]*/.exec(text.slice(at))![0];
  return [{ start: at, end: at, text: `${indent}<!-- macrolint-disable-next-line ${ruleId} -->${eol}` }];
}

/** Edits that set front matter key `key` to `value`, creating the front matter if needed. */
export function setFrontMatterKey(text: string, fm: Record<string, MetaField>, key: string, value: string): Edit[] {
  const f = fm[key];
  if (f) return [{ start: f.valueRange.start, end: f.valueRange.end, text: value }];
  const eol = detectEol(text);
  const starts = lineStarts(text);
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (FENCE.test(text.slice(bodyStart, lineEnd(text, starts, 0)))) {
    for (let k = 1; k < starts.length; k++) {
      if (CLOSE.test(text.slice(starts[k], lineEnd(text, starts, k)))) {
        return [{ start: starts[k], end: starts[k], text: `${key}: ${value}${eol}` }];
      }
    }
  }
  return [{ start: bodyStart, end: bodyStart, text: `---${eol}${key}: ${value}${eol}---${eol}` }];
}

/** Attaches the file-level `setMeta` to single-macro Markdown documents. */
export function attachMarkdownSetMeta(doc: ParsedDocument): void {
  if (String(doc.fileMeta.layout?.value ?? '') === 'library') return;
  for (const m of doc.macros) m.setMeta = (key, value) => setFrontMatterKey(doc.text, doc.fileMeta, key, value);
}
