/**
 * Incremental reading of big YAML macro libraries (`macros:` followed by a block sequence). The file is
 * split textually into its top-level items (after an edit, only the lines around it are split again);
 * each item is parsed as a stream of its own (a top-level sequence of one mapping) and its macro is
 * shifted to the item's offset. An item whose text did not change since the previous read reuses its
 * parse, and its macro too while it stays at the same place. Whenever the split is not provably the same as the
 * full parse (tabs, directives, several documents, flow collections, anchors, aliases or merge keys,
 * comments less indented than the items, a parse error anywhere) the whole file goes to `readYaml`.
 */
import type { Directive, Edit, Macro, MetaField, ParsedDocument, Range, Section, Span } from '../types';
import { readYaml, type YamlReadInfo } from './yaml';

/** One top-level item of the sequence, parsed on its own (offsets relative to the item's text). */
interface Item {
  /** Length of the item's text. */
  length: number;
  /**
   * The item's text, a copy of its own (never a slice of a version of the file): what its macro re-reads,
   * so a macro at the same place in the next version can be kept as it is.
   */
  text: string;
  /** Relative, cheap parts of the item's macro; the rest is re-read on demand. */
  light: Light;
  hash: string;
  /** The item's macro shifted to `base` with index `index` (rebuilt when either moves). */
  shifted?: LazyMacro;
  /** The header whose defaults `shifted` inherits. */
  header?: ParsedDocument;
  base: number;
  index: number;
  /** The read that last took this item (an item is one place in one read). */
  read: number;
  /** True when it ends with a `disable-next-line` that covers nothing in it (it was the last item). */
  trailing: boolean;
  /** Its directives (relative), undefined when it has none (most items). */
  directives?: Directive[];
}

interface Light {
  range: Range;
  nameRange: Range;
  id?: string;
  title?: string;
  sectioned: boolean;
}

/**
 * A library item's macro at its place in the file. Id, title and ranges come from the item's light parts;
 * metadata, reply spans and edit builders come from the item's parse, kept until `release()` and re-read
 * from the item's own text when asked for again (the same text always reads the same).
 */
class LazyMacro implements Macro {
  readonly format = 'yaml' as const;
  #full?: Macro;
  #range?: Range;
  #nameRange?: Range;
  readonly #light: Light;
  readonly #text: string;
  readonly #defaults: Record<string, MetaField>;

  constructor(
    readonly index: number,
    light: Light,
    text: string,
    readonly source: Range,
    readonly sourceHash: string,
    defaults: Record<string, MetaField>,
    parsed?: Macro,
  ) {
    this.#light = light;
    this.#text = text;
    this.#defaults = defaults;
    if (parsed) this.#full = shiftMacro(parsed, source.start, index, defaults, source, sourceHash);
  }

  get id(): string | undefined {
    return this.#light.id;
  }
  get title(): string | undefined {
    return this.#light.title;
  }
  get sectioned(): boolean {
    return this.#light.sectioned;
  }
  get range(): Range {
    return (this.#range ??= shiftRange(this.#light.range, this.source.start));
  }
  get nameRange(): Range {
    return (this.#nameRange ??= shiftRange(this.#light.nameRange, this.source.start));
  }

  #get(): Macro {
    if (!this.#full) {
      const p = readYaml('', this.#text);
      this.#full = shiftMacro(p.macros[0], this.source.start, this.index, this.#defaults, this.source, this.sourceHash);
    }
    return this.#full;
  }

  /** Drops the parse (it is read again from the text when needed). */
  release(): void {
    this.#full = undefined;
  }

  get meta() {
    return this.#get().meta;
  }
  get sections() {
    return this.#get().sections;
  }
  get spans() {
    return this.#get().spans;
  }
  get addSection() {
    return this.#get().addSection;
  }
  get setMeta() {
    return this.#get().setMeta;
  }
  get disableComment() {
    return this.#get().disableComment;
  }
}

interface Chunked {
  text: string;
  split: LibrarySplit;
  /** The items, one per start of `split`, and their macros as that read returned them. */
  items: Item[];
  macros: Macro[];
  /** The directives of the items as that read returned them, and the index of the item of each. */
  itemDirectives: Directive[];
  directiveItems: number[];
  /** Items by hash, made when a read needs it. */
  byHash?: Map<string, Item[]>;
  header: ParsedDocument;
  headerLength: number;
}

/** What the incremental reader keeps between two reads of the same document. */
export class YamlIncrementalState {
  /** @internal */
  last?: Chunked;
  /** @internal Reads so far (an item taken by a read is stamped with its number). */
  reads = 0;
  /** Reads that reused (or re-parsed) items, for tests and the benchmark. */
  stats = { full: 0, incremental: 0, parsedItems: 0, reusedItems: 0 };

  /** Lets the macros of the last read drop their parse trees (they re-read their item when asked). */
  release(): void {
    if (this.last) for (const it of this.last.items) it.shifted?.release();
  }
}

/** A fast non-cryptographic 53-bit hash of a string (cyrb53), as a base-36 string with the length. */
export function hashText(s: string, from = 0, to = s.length): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(to - from).toString(36)}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Length of the common prefix of two strings (compared in blocks first). */
function commonPrefix(a: string, b: string, limit: number): number {
  const B = 4096;
  let i = 0;
  while (i + B <= limit && a.slice(i, i + B) === b.slice(i, i + B)) i += B;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  const B = 4096;
  let i = 0;
  const la = a.length;
  const lb = b.length;
  while (i + B <= limit && a.slice(la - i - B, la - i) === b.slice(lb - i - B, lb - i)) i += B;
  while (i < limit && a.charCodeAt(la - i - 1) === b.charCodeAt(lb - i - 1)) i++;
  return i;
}

/** Where the items of a `macros:` library start, and what splitting an edited version again needs. */
export interface LibrarySplit {
  /** Where the first item starts (the header is everything before it). */
  headerLength: number;
  /** Start of each item: its `- ` line, or the run of comment lines at its indentation right above it. */
  starts: number[];
  /** Indentation of the items' dashes. */
  seqIndent: number;
  /** Offset of the line after `macros:`. */
  body: number;
}

/**
 * Item boundaries of a `macros:` library: [header end, item starts…], or undefined when the textual
 * split is not provably safe.
 */
export function splitLibrary(text: string): LibrarySplit | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  const m = /^macros:[ ]*(?:#[^\n]*)?$/m.exec(text);
  if (!m) return undefined;
  // The header must be simple `key: value` lines: no scalar there may run over the `macros:` line.
  for (const line of text.slice(0, m.index).split('\n')) {
    // Directives and document markers (after the header, the item lines rule them out): full parse.
    if (/^(?:%|---|\.\.\.)/.test(line)) return undefined;
    if (/^\s*(?:#|$)/.test(line)) continue;
    if (/[|>"']/.test(line) || count(line, '[') !== count(line, ']') || count(line, '{') !== count(line, '}')) return undefined;
  }
  const body = m.index + m[0].length + 1;
  if (body > text.length) return undefined;
  return scanItems(text, body, body, -1, []);
}

/**
 * `splitLibrary(text)` computed from the split of an earlier version `prevText` of which `text` keeps
 * the first `prefix` and the last `suffix` characters: only the lines from the item holding the first
 * change to the first item start after the last change are read again.
 */
export function splitLibraryAfterEdit(text: string, prevText: string, prev: LibrarySplit, prefix: number, suffix: number): LibrarySplit | undefined {
  // The header and the `macros:` line (with its line break) unchanged: they read the same.
  if (prefix < prev.body) return splitLibrary(text);
  const tailStart = text.length - suffix;
  // The old text had no tab or carriage return: only the new characters can bring one.
  for (let i = prefix; i < tailStart; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 13) return undefined;
  }
  const old = prev.starts;
  // Before an item start the scan holds no comment run and (after the first item) knows the items'
  // indentation: from the last one at or before the first change, the scan goes on as it would have.
  const k = upperBound(old, prefix) - 1;
  if (k < 1) return scanItems(text, prev.body, prev.body, -1, [], { prev, tailStart, delta: text.length - prevText.length, from: 0 });
  return scanItems(text, old[k], prev.body, prev.seqIndent, old.slice(0, k), { prev, tailStart, delta: text.length - prevText.length, from: k });
}

/** Index of the first element of the increasing `xs` greater than `v`. */
function upperBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The line scan of `splitLibrary` from line start `pos` with the items' indentation `seqIndent` (-1
 * before the first item) and the starts found before `pos`. With `sync`, the scan stops at the first
 * item start after the changed text where its state is the one the earlier scan had there: from that
 * line on, both scans read the same text in the same state, so the rest are the earlier starts shifted.
 */
function scanItems(
  text: string,
  pos: number,
  body: number,
  seqIndent: number,
  starts: number[],
  sync?: { prev: LibrarySplit; tailStart: number; delta: number; from: number },
): LibrarySplit | undefined {
  // Start of a run of comment lines at the items' indentation directly above the current line.
  let commentRun = -1;
  let j = sync ? sync.from : 0;
  while (pos < text.length) {
    if (sync && commentRun < 0 && seqIndent === sync.prev.seqIndent && pos >= sync.tailStart) {
      const old = sync.prev.starts;
      const at = pos - sync.delta;
      while (j < old.length && old[j] < at) j++;
      if (j < old.length && old[j] === at && j >= 1) {
        for (; j < old.length; j++) starts.push(old[j] + sync.delta);
        return { headerLength: starts[0], starts, seqIndent, body };
      }
    }
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let ind = 0;
    while (text.charCodeAt(pos + ind) === 32) ind++;
    const c = text.charCodeAt(pos + ind);
    if (pos + ind >= nl) {
      commentRun = -1; // blank line
    } else if (seqIndent < 0) {
      if (c === 35 /* # */) {
        // comment before the first item: part of the header
      } else if (c === 45 /* - */ && (pos + ind + 1 === nl || text.charCodeAt(pos + ind + 1) === 32)) {
        seqIndent = ind;
        starts.push(pos);
        if (!itemLineOk(text, pos + ind, nl)) return undefined;
      } else return undefined;
    } else if (ind < seqIndent) {
      return undefined; // a comment or key less indented than the items
    } else if (ind === seqIndent) {
      if (c === 35) {
        if (commentRun < 0) commentRun = pos;
      } else if (c === 45 && (pos + ind + 1 === nl || text.charCodeAt(pos + ind + 1) === 32)) {
        if (!itemLineOk(text, pos + ind, nl)) return undefined;
        starts.push(commentRun >= 0 ? commentRun : pos);
        commentRun = -1;
      } else return undefined;
    } else {
      commentRun = -1;
    }
    pos = nl + 1;
  }
  if (seqIndent < 0 || !starts.length) return undefined;
  return { headerLength: starts[0], starts, seqIndent, body };
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** An item line: `- ` followed by a block mapping, never a flow collection, alias, anchor or tag. */
function itemLineOk(text: string, dash: number, nl: number): boolean {
  let i = dash + 1;
  while (i < nl && text.charCodeAt(i) === 32) i++;
  if (i >= nl) return true;
  const c = text[i];
  return !(c === '[' || c === '{' || c === '&' || c === '*' || c === '!' || c === '|' || c === '>' || c === '-' || c === '?');
}

/** A span whose offsets are those of `inner` plus `delta`. */
class ShiftedSpan implements Span {
  readonly text: string;
  readonly range: Range;
  readonly style: Span['style'];
  readonly #inner: Span;
  readonly #delta: number;

  constructor(inner: Span, delta: number) {
    this.#inner = inner;
    this.#delta = delta;
    this.text = inner.text;
    this.style = inner.style;
    this.range = shiftRange(inner.range, delta);
  }

  get editable(): boolean {
    return (this.#inner as { editable?: boolean }).editable ?? true;
  }

  toOffset(index: number): number {
    return this.#inner.toOffset(index) + this.#delta;
  }

  edit(start: number, end: number, replacement: string): Edit[] {
    return shiftEdits(this.#inner.edit(start, end, replacement), this.#delta);
  }
}

const shiftRange = (r: Range, d: number): Range => ({ start: r.start + d, end: r.end + d });
function shiftEdits(edits: Edit[], d: number): Edit[];
function shiftEdits(edits: Edit[] | undefined, d: number): Edit[] | undefined;
function shiftEdits(edits: Edit[] | undefined, d: number): Edit[] | undefined {
  return edits?.map((e) => ({ start: e.start + d, end: e.end + d, text: e.text }));
}
const shiftMeta = (f: MetaField, d: number): MetaField => ({ value: f.value, keyRange: shiftRange(f.keyRange, d), valueRange: shiftRange(f.valueRange, d) });

/** `m` (read from an item's own text) as it sits at `base` in the file, index `index`, under `defaults`. */
function shiftMacro(m: Macro, base: number, index: number, defaults: Record<string, MetaField>, source: Range, hash: string): Macro {
  const spanOf = new Map<Span, Span>();
  const shiftSpan = (s: Span) => {
    let x = spanOf.get(s);
    if (!x) spanOf.set(s, (x = new ShiftedSpan(s, base)));
    return x;
  };
  const meta: Record<string, MetaField> = { ...defaults };
  for (const [k, f] of Object.entries(m.meta)) meta[k] = shiftMeta(f, base);
  const sections: Section[] = m.sections.map((s) => ({ move: s.move, headerRange: shiftRange(s.headerRange, base), spans: s.spans.map(shiftSpan), range: shiftRange(s.range, base) }));
  const out: Macro = {
    format: m.format,
    index,
    id: m.id,
    title: m.title,
    range: shiftRange(m.range, base),
    nameRange: shiftRange(m.nameRange, base),
    meta,
    sectioned: m.sectioned,
    sections,
    spans: m.spans.map(shiftSpan),
    source,
    sourceHash: hash,
  };
  if (m.addSection) out.addSection = (move, body, locale) => shiftEdits(m.addSection!(move, body, locale), base);
  if (m.setMeta) out.setMeta = (key, value) => shiftEdits(m.setMeta!(key, value), base);
  if (m.disableComment) out.disableComment = (offset, ruleId) => shiftEdits(m.disableComment!(offset - base, ruleId), base);
  return out;
}

const INHERITED = ['anger', 'locale', 'tags'];

/** `text.slice(start, end)` as a string of its own (V8 makes longer slices views into their parent). */
function ownCopy(text: string, start: number, end: number): string {
  return ` ${text.slice(start, end)}`.slice(1);
}

/**
 * An item of the last read with this hash and length not taken by read `read`, among those the changes
 * touched or moved past (the others are taken by their place); never one with a trailing
 * `disable-next-line` (what it covers depends on what follows it).
 */
function takeByHash(prev: Chunked, hash: string, length: number, read: number, prefix: number, suffix: number): Item | undefined {
  if (!prev.byHash) {
    prev.byHash = new Map();
    const old = prev.split.starts;
    // From the item holding the first change (or the first after it) to the last one starting before the last change.
    let lo = Math.max(0, upperBound(old, prefix) - 1);
    if ((lo + 1 < old.length ? old[lo + 1] : prev.text.length) <= prefix) lo++;
    const hi = upperBound(old, prev.text.length - suffix - 1);
    for (let k = lo; k < hi; k++) {
      const it = prev.items[k];
      if (!it.trailing) (prev.byHash.get(it.hash) ?? prev.byHash.set(it.hash, []).get(it.hash)!).push(it);
    }
  }
  return prev.byHash.get(hash)?.find((it) => it.length === length && it.read !== read);
}

/** Index of `v` in the increasing `xs` (tried at `guess` first), or -1. */
function indexOf(xs: readonly number[], v: number, guess: number): number {
  if (xs[guess] === v) return guess;
  const i = upperBound(xs, v) - 1;
  return i >= 0 && xs[i] === v ? i : -1;
}

/** Parses one item's text; undefined when it does not read as exactly one self-contained macro. */
function parseItem(text: string, isLast: boolean): ParsedDocument | undefined {
  const info: YamlReadInfo = {};
  const p = readYaml('', text, info);
  if (info.aliases || p.problems.length || p.macros.length !== 1) return undefined;
  // A -next-line directive with nothing after it in the item would cover a line of the next item.
  if (!isLast && p.directives.some((d) => d.kind === 'disable-next-line' && !d.covers)) return undefined;
  return p;
}

/**
 * Reads a YAML document, re-parsing only the top-level library items whose text changed since the
 * last read with the same `state`; the same result as `readYaml` (falls back to it when unsure).
 */
export function readYamlIncremental(uri: string, text: string, state: YamlIncrementalState): ParsedDocument {
  const full = () => {
    state.last = undefined;
    state.stats.full++;
    return readYaml(uri, text);
  };
  const prev = state.last;
  let prefix = 0;
  let suffix = 0;
  let delta = 0;
  if (prev) {
    const limit = Math.min(prev.text.length, text.length);
    prefix = commonPrefix(prev.text, text, limit);
    suffix = commonSuffix(prev.text, text, limit - prefix);
    delta = text.length - prev.text.length;
  }
  // A keystroke reads the lines around it again, not the whole file.
  const split = prev ? splitLibraryAfterEdit(text, prev.text, prev.split, prefix, suffix) : splitLibrary(text);
  if (!split) return full();
  const { headerLength, starts } = split;
  let header: ParsedDocument;
  if (prev && prev.headerLength === headerLength && headerLength <= prefix) header = prev.header;
  else {
    const info: YamlReadInfo = {};
    // A copy, not a slice: the header is kept across reads (by the state and by every item's macro), and
    // a slice (its `text`, the strings cut from it) would keep this version of the whole file alive.
    header = readYaml(uri, ownCopy(text, 0, headerLength), info);
    if (info.aliases || header.problems.length || header.macros.length || header.directives.some((d) => d.kind === 'disable-next-line')) return full();
  }
  const defaults: Record<string, MetaField> = {};
  for (const k of INHERITED) if (header.fileMeta[k]) defaults[k] = header.fileMeta[k];
  // Inherited defaults are inputs of every macro: they are part of each macro's key.
  const headerKey = Object.keys(defaults).length ? `\u0000${JSON.stringify(defaults)}` : '';

  const read = ++state.reads;
  const items: Item[] = new Array(starts.length);
  const macros: Macro[] = new Array(starts.length);
  const itemDirectives: Directive[] = [];
  const directiveItems: number[] = [];
  const tailStart = text.length - suffix;
  // Items after the last change keep their order: the one at new index i was at i + shift.
  const shift = prev ? prev.items.length - starts.length : 0;
  let parsedCount = 0;
  // The items before the first change that start and end where they did are taken as they are, with their
  // macros and directives, without reading them: a keystroke's cost does not grow with the items above it.
  // (Never the last item of the last read: what its trailing directive covers depends on what follows it.)
  let i = 0;
  if (prev && prev.header === header) {
    const old = prev.split.starts;
    const bulk = Math.min(starts.length, old.length - 1);
    while (i < bulk && starts[i] === old[i]) {
      const b = i + 1 < starts.length ? starts[i + 1] : text.length;
      if (b > prefix || b !== old[i + 1]) break;
      items[i] = prev.items[i];
      macros[i] = prev.macros[i];
      i++;
    }
    for (let d = 0; d < prev.directiveItems.length && prev.directiveItems[d] < i; d++) {
      itemDirectives.push(prev.itemDirectives[d]);
      directiveItems.push(prev.directiveItems[d]);
    }
  }
  for (; i < starts.length; i++) {
    const a = starts[i];
    const b = i + 1 < starts.length ? starts[i + 1] : text.length;
    let item: Item | undefined;
    let fresh: Macro | undefined;
    // The item's text hash, once: looked up among the old items, then kept by a new one.
    let hash: string | undefined;
    if (prev) {
      let at = -1;
      if (b <= prefix) at = indexOf(prev.split.starts, a, i);
      else if (a >= tailStart) at = indexOf(prev.split.starts, a - delta, i + shift);
      if (at >= 0) item = prev.items[at];
      if (item && (item.length !== b - a || item.read === read)) item = undefined;
      // Between the first and the last change (several edits since the last read): the same text reads the same.
      // (Not for the one item that holds the whole change: a keystroke's item is new text.)
      if (!item && b > prefix && a < tailStart && !(a <= prefix && tailStart <= b)) item = takeByHash(prev, (hash = hashText(text, a, b)), b - a, read, prefix, suffix);
    }
    if (!item) {
      // A copy of the item's text, not a slice: a slice (and every string the parser cuts from it, such as
      // the title kept in `light`) would keep this version of the whole file alive for as long as the item
      // is reused, so memory would grow with every edit.
      const own = ownCopy(text, a, b);
      const parsed = parseItem(own, i === starts.length - 1);
      if (!parsed) return full();
      parsedCount++;
      fresh = parsed.macros[0];
      const light: Light = { range: fresh.range, nameRange: fresh.nameRange, id: fresh.id, title: fresh.title, sectioned: fresh.sectioned };
      const trailing = parsed.directives.some((d) => d.kind === 'disable-next-line' && !d.covers);
      item = { length: b - a, text: own, light, hash: hash ?? hashText(text, a, b), base: -1, index: -1, read, trailing, directives: parsed.directives.length ? parsed.directives : undefined };
    } else if (i < starts.length - 1 && item.trailing) {
      // Was the last item, no longer is: its trailing directive now reaches into the next item.
      return full();
    }
    item.read = read;
    // The macro of an item that did not move is kept (it reads the item's own text, never a file version's).
    if (fresh || !item.shifted || item.base !== a || item.index !== i || item.header !== header) {
      item.shifted = new LazyMacro(i, item.light, item.text, { start: a, end: b }, item.hash + headerKey, defaults, fresh);
      item.base = a;
      item.index = i;
      item.header = header;
    }
    items[i] = item;
    macros[i] = item.shifted;
    if (item.directives) for (const d of item.directives) {
      itemDirectives.push({ kind: d.kind, rules: d.rules, range: shiftRange(d.range, a), ...(d.covers ? { covers: shiftRange(d.covers, a) } : {}) });
      directiveItems.push(i);
    }
  }
  const directives = header.directives.length ? [...header.directives, ...itemDirectives] : itemDirectives.slice();
  state.last = { text, split, items, macros, itemDirectives, directiveItems, header, headerLength };
  state.stats.incremental++;
  state.stats.parsedItems += parsedCount;
  state.stats.reusedItems += starts.length - parsedCount;
  return { uri, text, format: 'yaml', macros: macros.slice(), directives, problems: [], fileMeta: header.fileMeta };
}
