/**
 * Exact source maps for YAML scalars. Each decoder mirrors the `yaml` package's own scalar resolution
 * (compose/resolve-flow-scalar and compose/resolve-block-scalar) step by step, recording for every
 * decoded UTF-16 unit the file offset of the source character it came from. The reader compares the
 * decoded text with the package's value and falls back to a coarse map when they ever disagree.
 */
import type { Edit, Range, Span, SpanStyle } from '../types';

/** A decoded scalar and its map to file offsets. */
export interface DecodedScalar {
  text: string;
  /** `map[i]` is the file offset of decoded unit i; `map[text.length]` is the end of the content. */
  map: number[];
  style: Exclude<SpanStyle, 'markdown' | 'front-matter'>;
  /** File range of the scalar's source (quotes included; for block scalars: header through content). */
  range: Range;
  /** Block scalars: the header indicator range and the content range. */
  header?: Range;
  content?: Range;
  /** Block scalars: indentation of content lines (in spaces). */
  contentIndent?: number;
}

/** The CST token of a flow scalar. */
export interface FlowToken {
  type: 'scalar' | 'single-quoted-scalar' | 'double-quoted-scalar';
  offset: number;
  indent: number;
  source: string;
}

/** The CST token of a block scalar. */
export interface BlockToken {
  type: 'block-scalar';
  offset: number;
  indent: number;
  props: { type: string; source?: string }[];
  source: string;
}

class Out {
  text = '';
  map: number[] = [];
  push(s: string, at: number): void {
    this.text += s;
    for (let k = 0; k < s.length; k++) this.map.push(at);
  }
  /** Pushes source characters one by one from file offset `at`. */
  copy(s: string, at: number): void {
    this.text += s;
    for (let k = 0; k < s.length; k++) this.map.push(at + k);
  }
}

/** Lines of flow scalar content as the package's `unfoldLines` sees them. */
function unfold(source: string, base: number, out: Out): void {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) {
    out.copy(source, base);
    return;
  }
  const brk = (m: RegExpExecArray) => base + m.index + m[1].length;
  const first = match[1].replace(/[ \t]+$/, '');
  out.copy(first, base);
  let sep = ' ';
  let sepPos = brk(match);
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const raw = match[1];
    const lead = /^[ \t]*/.exec(raw)![0].length;
    const lm = raw.slice(lead).replace(/[ \t]+$/, '');
    if (lm === '') {
      if (sep === '\n') out.push('\n', sepPos);
      else sep = '\n';
    } else {
      out.push(sep, sepPos);
      out.copy(lm, base + match.index + lead);
      sep = ' ';
    }
    sepPos = brk(match);
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  const m = last.exec(source);
  out.push(sep, sepPos);
  if (m) out.copy(m[1], base + m.index + m[0].length - m[1].length);
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

function decodeDouble(source: string, base: number, out: Out): void {
  const brkAt = (i: number) => (i > 0 && source[i - 1] === '\r' ? base + i - 1 : base + i);
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      const at: number[] = [];
      let offset = i;
      let c = source[offset + 1];
      while (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        if (c === '\r' && source[offset + 2] !== '\n') break;
        if (c === '\n') {
          fold += '\n';
          at.push(brkAt(offset + 1));
        }
        offset += 1;
        c = source[offset + 1];
      }
      if (!fold) out.push(' ', brkAt(i));
      else for (const p of at) out.push('\n', p);
      i = offset;
    } else if (ch === '\\') {
      const esc = i;
      let next = source[++i];
      const cc = ESCAPES[next];
      if (cc) out.push(cc, base + esc);
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const cs = source.substr(i + 1, length);
        const ok = cs.length === length && /^[0-9a-fA-F]+$/.test(cs);
        let s: string;
        try {
          s = String.fromCodePoint(ok ? parseInt(cs, 16) : NaN);
        } catch {
          s = source.substr(i - 1, length + 2);
        }
        out.push(s, base + esc);
        i += length;
      } else {
        out.push(source.substr(i - 1, 2), base + esc);
      }
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) out.copy(source.slice(wsStart, i + 1), base + wsStart);
    } else {
      out.push(ch, base + i);
    }
  }
}

/** Decodes a flow scalar token (plain, single- or double-quoted) with its source map. */
export function decodeFlow(tok: FlowToken): DecodedScalar {
  const { source, offset } = tok;
  const out = new Out();
  let style: DecodedScalar['style'];
  let end = offset + source.length;
  if (tok.type === 'scalar') {
    style = 'plain';
    unfold(source, offset, out);
  } else if (tok.type === 'single-quoted-scalar') {
    style = 'single';
    const inner = new Out();
    unfold(source.slice(1, -1), offset + 1, inner);
    // '' is one quote; pairs never straddle a fold, so a left-to-right scan matches the package.
    for (let i = 0; i < inner.text.length; i++) {
      out.push(inner.text[i], inner.map[i]);
      if (inner.text[i] === "'" && inner.text[i + 1] === "'") i++;
    }
    if (source.length > 1 && source.endsWith("'")) end--;
  } else {
    style = 'double';
    decodeDouble(source, offset, out);
    if (source.length > 1 && source.endsWith('"')) end--;
  }
  out.map.push(Math.max(end, out.map[out.map.length - 1] ?? offset));
  return { text: out.text, map: out.map, style, range: { start: offset, end: offset + source.length } };
}

/** Decodes a block scalar token (literal or folded) with its source map. */
export function decodeBlock(tok: BlockToken): DecodedScalar | undefined {
  const headerTok = tok.props[0];
  if (!headerTok || headerTok.type !== 'block-scalar-header' || !headerTok.source) return undefined;
  const hs = headerTok.source;
  const mode = hs[0];
  let hIndent = 0;
  let chomp = '';
  for (let i = 1; i < hs.length; ++i) {
    const ch = hs[i];
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else {
      const n = Number(ch);
      if (!hIndent && n) hIndent = n;
    }
  }
  let headerLength = 0;
  for (const p of tok.props) headerLength += p.source?.length ?? 0;
  const srcStart = tok.offset + headerLength;
  const source = tok.source ?? '';
  const style = mode === '>' ? 'folded' : 'literal';
  const header = { start: tok.offset, end: tok.offset + hs.length };
  const range = { start: tok.offset, end: srcStart + source.length };
  const content = { start: srcStart, end: srcStart + source.length };

  // [indent, content, start offset] per line, split as the package does.
  const lines: [string, string, number][] = [];
  if (source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = /^( *)/.exec(first);
    lines.push(m?.[1] ? [m[1], first.slice(m[1].length), srcStart] : ['', first, srcStart]);
    let at = srcStart + first.length + 1;
    for (let i = 1; i < split.length; i += 2) {
      lines.push([split[i], split[i + 1], at]);
      at += split[i].length + split[i + 1].length + 1;
    }
  }
  const brk = (i: number) => {
    const [ind, c, s] = lines[i];
    return s + ind.length + (c.endsWith('\r') ? c.length - 1 : c.length);
  };
  const out = new Out();
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const c = lines[i][1];
    if (c === '' || c === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === '+' && lines.length > 0) {
      const n = Math.max(1, lines.length - 1);
      for (let k = 0; k < n; k++) out.push('\n', k < lines.length ? brk(k) : srcStart);
    }
    // No content: the scalar "is" its header.
    out.map.push(out.map.length ? out.map[out.map.length - 1] : header.end);
    return { text: out.text, map: out.map, style, range, header, content, contentIndent: tok.indent + (hIndent || 2) };
  }
  let trimIndent = tok.indent + hIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [ind, c] = lines[i];
    if (c === '' || c === '\r') {
      if (hIndent === 0 && ind.length > trimIndent) trimIndent = ind.length;
    } else {
      if (hIndent === 0) trimIndent = ind.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  for (let i = 0; i < contentStart; ++i) {
    const [ind, , s] = lines[i];
    out.copy(ind.slice(trimIndent), s + trimIndent);
    out.push('\n', brk(i));
  }
  let sep = '';
  let sepPos = srcStart;
  let prevMoreIndented = false;
  for (let i = contentStart; i < chompStart; ++i) {
    let [ind, c] = lines[i];
    const s = lines[i][2];
    const cAt = s + ind.length;
    if (c.endsWith('\r')) c = c.slice(0, -1);
    if (c && ind.length < trimIndent) ind = '';
    const extra = ind.slice(trimIndent);
    if (style === 'literal') {
      out.push(sep, sepPos);
      out.copy(extra, s + trimIndent);
      out.copy(c, cAt);
      sep = '\n';
    } else if (ind.length > trimIndent || c[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      out.push(sep, sepPos);
      out.copy(extra, s + trimIndent);
      out.copy(c, cAt);
      sep = '\n';
      prevMoreIndented = true;
    } else if (c === '') {
      if (sep === '\n') out.push('\n', sepPos);
      else sep = '\n';
    } else {
      out.push(sep, sepPos);
      out.copy(c, cAt);
      sep = ' ';
      prevMoreIndented = false;
    }
    sepPos = brk(i);
  }
  const contentEnd = sepPos;
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) {
      out.push('\n', sepPos);
      out.copy(lines[i][0].slice(trimIndent), lines[i][2] + trimIndent);
      sepPos = i + 1 < lines.length ? brk(i) : sepPos;
    }
    if (out.text[out.text.length - 1] !== '\n') out.push('\n', sepPos);
  } else if (chomp !== '-') {
    out.push('\n', sepPos);
  }
  out.map.push(Math.max(contentEnd, out.map[out.map.length - 1] ?? srcStart));
  return { text: out.text, map: out.map, style, range, header, content, contentIndent: trimIndent };
}

/** How the reader lets a span check its own edits: the edited file still means the intended value. */
export type ScalarVerifier = (edits: Edit[], expected: string) => boolean;

export interface ScalarSpanOptions {
  fileText: string;
  decoded: DecodedScalar;
  eol: string;
  /** Indentation (spaces) for continuation lines of a multi-line flow scalar. */
  flowIndent: string;
  /** Parent indentation (the token's indent) for regenerated block scalars. */
  parentIndent: number;
  /** False for spans reached through an alias or a merge key: no edit may land through them. */
  editable: boolean;
  /** True when the decoded map is exact (the decoder agreed with the package). */
  exact: boolean;
  verify: ScalarVerifier;
}

const NEEDS_ESCAPE = /[\x00-\x1f\x7f\x85\u2028\u2029\ufeff"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `value` as a double-quoted YAML scalar on one line. */
export function doubleQuote(value: string): string {
  return `"${escapeDouble(value)}"`;
}

function escapeDouble(value: string): string {
  return value.replace(NEEDS_ESCAPE, (c) => {
    switch (c) {
      case '"': return '\\"';
      case '\\': return '\\\\';
      case '\0': return '\\0';
      case '\x07': return '\\a';
      case '\b': return '\\b';
      case '\t': return '\\t';
      case '\n': return '\\n';
      case '\v': return '\\v';
      case '\f': return '\\f';
      case '\r': return '\\r';
      case '\x1b': return '\\e';
      case '\x85': return '\\N';
      case '\u2028': return '\\L';
      case '\u2029': return '\\P';
      default: {
        const code = c.charCodeAt(0);
        return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
      }
    }
  });
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A decoded YAML scalar: exact source map and style-aware re-encoding of replacements. */
export class ScalarSpan implements Span {
  readonly text: string;
  readonly range: Range;
  readonly style: DecodedScalar['style'];
  readonly #o: ScalarSpanOptions;

  constructor(options: ScalarSpanOptions) {
    this.#o = options;
    this.text = options.decoded.text;
    this.style = options.decoded.style;
    this.range = { ...options.decoded.range };
  }

  /** Whether edits can land in this scalar (false through an alias or a merge key). */
  get editable(): boolean {
    return this.#o.editable;
  }

  toOffset(index: number): number {
    const { map } = this.#o.decoded;
    const i = Math.max(0, Math.min(Math.floor(index), this.text.length));
    let at = map[i];
    const t = this.#o.fileText;
    // Never land inside a surrogate pair or between \r and \n.
    if (at > 0 && isLow(t.charCodeAt(at)) && isHigh(t.charCodeAt(at - 1))) at--;
    if (at > 0 && t.charCodeAt(at) === 10 && t.charCodeAt(at - 1) === 13) at--;
    return at;
  }

  edit(start: number, end: number, replacement: string): Edit[] {
    const o = this.#o;
    if (!o.editable) return [];
    const len = this.text.length;
    start = Math.max(0, Math.min(start, len));
    end = Math.max(start, Math.min(end, len));
    const expected = this.text.slice(0, start) + replacement + this.text.slice(end);
    if (expected === this.text) return [];
    if (o.exact) {
      const minimal = this.#minimal(start, end, replacement);
      if (minimal && o.verify(minimal, expected)) return minimal;
    }
    return this.rewrite(expected);
  }

  /** Edits that rewrite the whole scalar to decode to `value` ([] when no encoding verifies). */
  rewrite(value: string): Edit[] {
    const o = this.#o;
    if (!o.editable) return [];
    const d = o.decoded;
    if (d.header && d.content) {
      const lit = this.#literal(value);
      if (lit && o.verify(lit, value)) return lit;
      const t = o.fileText;
      const nl = d.content.end > d.content.start && t[d.content.end - 1] === '\n' ? o.eol : '';
      const dq = [{ start: d.range.start, end: d.content.end, text: doubleQuote(value) + nl }];
      return o.verify(dq, value) ? dq : [];
    }
    // An empty scalar may sit right after a tag or an indicator: keep them apart.
    const before = o.fileText[d.range.start - 1];
    const pad = d.range.start === d.range.end && before !== undefined && !/\s/.test(before) ? ' ' : '';
    const dq = [{ start: d.range.start, end: d.range.end, text: pad + doubleQuote(value) }];
    return o.verify(dq, value) ? dq : [];
  }

  #editOffset(i: number): number {
    const d = this.#o.decoded;
    const t = this.#o.fileText;
    let at = d.map[i];
    if (i < this.text.length && (this.style === 'plain' || this.style === 'single' || this.style === 'double')) {
      // Trailing blanks before a line fold are not content: the edit must replace them too.
      const c = t.charCodeAt(at);
      if (c === 10 || c === 13) while (at > d.range.start && (t[at - 1] === ' ' || t[at - 1] === '\t') && t[at - 2] !== '\\') at--;
    }
    if (at > 0 && isLow(t.charCodeAt(at)) && isHigh(t.charCodeAt(at - 1))) at--;
    return at;
  }

  #minimal(start: number, end: number, replacement: string): Edit[] | undefined {
    const o = this.#o;
    const s = this.#editOffset(start);
    const e = end === start ? s : this.#editOffset(end);
    if (e < s || this.#o.decoded.range.start === this.#o.decoded.range.end) return undefined;
    const t = o.fileText;
    const restOfLine = () => {
      const c = t.charCodeAt(e);
      return !(Number.isNaN(c) || c === 10 || c === 13);
    };
    let text: string;
    switch (this.style) {
      case 'double':
        text = escapeDouble(replacement);
        break;
      case 'single':
      case 'plain': {
        if (/[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/.test(replacement)) return undefined;
        if (this.style === 'single' && this.#o.decoded.range.end === e) return undefined;
        const r = this.style === 'single' ? replacement.replace(/'/g, "''") : replacement;
        text = this.#folded(r, o.flowIndent, restOfLine());
        break;
      }
      case 'literal': {
        if (/[\r\x85\u2028\u2029]/.test(replacement)) return undefined;
        const ind = ' '.repeat(this.#o.decoded.contentIndent ?? 2);
        const parts = replacement.split('\n');
        text = parts.map((p, k) => (k === 0 ? p : o.eol + (p || (k === parts.length - 1 && restOfLine()) ? ind : '') + p)).join('');
        break;
      }
      case 'folded': {
        if (/[\r\x85\u2028\u2029]/.test(replacement)) return undefined;
        text = this.#folded(replacement, ' '.repeat(this.#o.decoded.contentIndent ?? 2), restOfLine());
        break;
      }
    }
    return [{ start: s, end: e, text }];
  }

  /** Encodes line breaks as folds: each run of k newlines becomes k+1 line breaks. */
  #folded(r: string, indent: string, restOfLine: boolean): string {
    const eol = this.#o.eol;
    return r.replace(/\n+/g, (m, at: number) => {
      const tail = at + m.length === r.length && !restOfLine;
      return eol.repeat(m.length + 1) + (tail ? '' : indent);
    });
  }

  #literal(value: string): Edit[] | undefined {
    const d = this.#o.decoded;
    if (!value || /[\r\x85\u2028\u2029]/.test(value) || !d.header || !d.content) return undefined;
    const eol = this.#o.eol;
    let chomp = '';
    let body = value;
    if (!value.endsWith('\n')) chomp = '-';
    else {
      body = value.slice(0, -1);
      if (body.endsWith('\n')) chomp = '+';
    }
    const ind = Math.max(d.contentIndent ?? 0, this.#o.parentIndent + 1);
    const firstLine = body.split('\n').find((l) => l !== '');
    const indicator = firstLine !== undefined && /^[ \t]/.test(firstLine) ? String(Math.min(9, ind - this.#o.parentIndent)) : '';
    if (indicator && ind - this.#o.parentIndent > 9) return undefined;
    const pad = ' '.repeat(ind);
    const lines = body.split('\n').map((l) => (l ? pad + l : ''));
    const mode = this.style === 'folded' ? '|' : '|';
    return [
      { start: d.header.start, end: d.header.end, text: `${mode}${indicator}${chomp}` },
      { start: d.content.start, end: d.content.end, text: lines.join(eol) + eol },
    ];
  }
}
