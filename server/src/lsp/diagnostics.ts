/**
 * The diagnostics of one open document, converted once per macro. A keystroke in one macro of a big
 * library converts that macro's findings again and reuses every other macro's `Diagnostic` objects
 * (shifted copies when the macro moved to other lines). A diagnostic whose content did not change keeps
 * its object, so a list made of the same objects keeps its result id and a pull answers `unchanged`.
 * With a lint result in groups (`convertResult`), an unchanged macro is recognised by the identity of its
 * cached findings: no finding is compared, shifted or read with offsets into the file; when every
 * diagnostic is the same object as last time, the list returned last time is returned again.
 */
import type { Diagnostic, Position, Range as LspRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Macro, Range, RelatedFinding } from '../engine/types';
import type { FindingGroup, LintResult } from '../engine/lint';
import { hashText } from '../engine/model/yaml-incremental';
import { toDiagnostic } from './convert';

/** The diagnostics of one macro, and where the macro started when they were made. */
interface Group {
  start: number;
  pos: Position;
  findings: readonly Finding[];
  diagnostics: Diagnostic[];
  /** Place in the list of the `convertResult` that made or kept it. */
  ord?: number;
  /** The `convertResult` that took it from the previous list (a group is one macro's in one list). */
  taken?: number;
}

const within = (r: Range, src: Range) => r.start >= src.start && r.end <= src.end;

function sameRelated(a: readonly RelatedFinding[] | undefined, b: readonly RelatedFinding[] | undefined, da: number, db: number): boolean {
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  return (a ?? []).every((x, i) => {
    const y = b![i];
    return x.ruleId === y.ruleId && x.message === y.message && x.severity === y.severity && x.range.start - da === y.range.start - db && x.range.end - da === y.range.end - db;
  });
}

/** True when two findings say the same thing at the same place relative to their macro's start. */
function sameFinding(a: Finding, da: number, b: Finding, db: number): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.range.start - da === b.range.start - db &&
    a.range.end - da === b.range.end - db &&
    sameRelated(a.related, b.related, da, db)
  );
}

const samePos = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
const sameRange = (a: LspRange, b: LspRange) => samePos(a.start, b.start) && samePos(a.end, b.end);
const isEOL = (c: number) => c === 13 || c === 10;

/**
 * `doc.positionAt(offset)`, looked for on line `line` first (two line starts instead of a search over
 * every line: a keystroke in a big library places thousands of macros that mostly stay on their line).
 */
export function positionNear(doc: TextDocument, text: string, offset: number, line: number): Position {
  const count = doc.lineCount;
  if (line >= 0 && line < count && offset >= 0 && offset <= text.length) {
    const start = doc.offsetAt({ line, character: 0 });
    if (start <= offset && (line + 1 >= count || offset < doc.offsetAt({ line: line + 1, character: 0 }))) {
      // As `positionAt`: an offset inside a line break is placed before it.
      let at = offset;
      while (at > start && isEOL(text.charCodeAt(at - 1))) at--;
      return { line, character: at - start };
    }
  }
  return doc.positionAt(offset);
}
/** True when two diagnostics show the same thing (their `data`, which points into one lint, aside). */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  if (!sameRange(a.range, b.range) || a.severity !== b.severity || a.code !== b.code || a.message !== b.message || a.source !== b.source) return false;
  if (a.codeDescription?.href !== b.codeDescription?.href) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  return ra.length === rb.length && ra.every((x, i) => x.message === rb[i].message && x.location.uri === rb[i].location.uri && sameRange(x.location.range, rb[i].location.range));
}

/** Per-document converter of findings to diagnostics; drop it when the document closes. */
export class DiagnosticsCache {
  /** Groups by the macro's source hash (two macros with the same text: two entries, in file order). */
  #groups = new Map<string, Group[]>();
  #groupCount = 0;
  /** The group each macro index had last time: a re-linted macro whose diagnostics read the same keeps them. */
  #byIndex: (Group | undefined)[] = [];
  /**
   * The macro groups of the last `convertResult` in file order: a macro whose cached findings are the same
   * array as those of the group where the walk has got to takes that group.
   */
  #list: Group[] = [];
  /** `#list` by the identity of each group's findings (in file order), made when the walk loses its place. */
  #listIndex?: Map<readonly Finding[], Group[]>;
  /** Where the walk over `#list` has got to. */
  #cursor = 0;
  /** What the last `convertResult` returned: returned again while every diagnostic is the same object. */
  #out: Diagnostic[] = [];
  #converts = 0;
  #loose: Diagnostic[] = [];
  #docsBase: string | undefined;
  #last: readonly Diagnostic[] = [];
  #resultId = '';
  #seq = 0;
  readonly #prefix = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  /** Macros whose diagnostics were converted, reused as they were, or shifted by the last `convert`. */
  stats = { converted: 0, reused: 0, shifted: 0 };

  /** Number of macros (and loose diagnostics) held, for the test hook that checks a close frees them. */
  get size(): number {
    return this.#groupCount + this.#loose.length;
  }

  /** The diagnostics of `findings` (sorted as the engine returns them) on `doc`, whose macros are `macros`. */
  convert(doc: TextDocument, findings: readonly Finding[], macros: readonly Macro[], docsBase: string): Diagnostic[] {
    this.#begin(docsBase);
    this.#list = [];
    this.#listIndex = undefined;
    this.#out = [];
    const out: (Diagnostic | undefined)[] = new Array(findings.length);
    // Findings by macro index (a keystroke in a 5,000-macro library runs this for every macro: arrays,
    // not maps, and no string keys made per macro).
    const buckets: (number[] | undefined)[] = [];
    for (let i = 0; i < findings.length; i++) {
      const mi = findings[i].macroIndex;
      if (mi === undefined) continue;
      const b = buckets[mi];
      if (b) b.push(i);
      else buckets[mi] = [i];
    }
    const groups = new Map<string, Group[]>();
    let groupCount = 0;
    const byIndex: (Group | undefined)[] = [];
    let text: string | undefined;
    for (const m of macros) {
      const idx = buckets[m.index];
      const src = m.source;
      if (!idx || !src || !idx.every((i) => within(findings[i].range, src) && (findings[i].related ?? []).every((r) => within(r.range, src)))) continue;
      const hash = m.sourceHash ?? hashText((text ??= doc.getText()), src.start, src.end);
      // Two macros with the same text are two entries.
      let list = groups.get(hash);
      if (!list) groups.set(hash, (list = []));
      const own = idx.map((i) => findings[i]);
      const pos = doc.positionAt(src.start);
      const old = this.#groups.get(hash)?.[list.length];
      let g: Group;
      if (old && old.findings.length === own.length && own.every((f, k) => sameFinding(old.findings[k], old.start, f, src.start))) {
        const moved = !samePos(old.pos, pos);
        g = { start: src.start, pos, findings: own, diagnostics: moved ? shifted(old, pos, doc.uri) : old.diagnostics };
        this.stats[moved ? 'shifted' : 'reused']++;
      } else {
        const prev = this.#byIndex[m.index]?.diagnostics;
        const diagnostics = idx.map((i, k) => keep(prev?.[k], toDiagnostic(doc, findings[i], i, docsBase)));
        g = { start: src.start, pos, findings: own, diagnostics };
        this.stats.converted++;
      }
      list.push(g);
      groupCount++;
      byIndex[m.index] = g;
      idx.forEach((i, k) => (out[i] = g.diagnostics[k]));
    }
    // Document-level findings (and any a macro does not contain): few, converted every time.
    const loose: Diagnostic[] = [];
    for (let i = 0; i < findings.length; i++) {
      if (out[i]) continue;
      out[i] = keep(this.#loose[loose.length], toDiagnostic(doc, findings[i], i, docsBase));
      loose.push(out[i]!);
    }
    this.#groups = groups;
    this.#groupCount = groupCount;
    this.#byIndex = byIndex;
    this.#loose = loose;
    return out as Diagnostic[];
  }

  /** The diagnostics of a lint result on `doc`: by its groups when it has them, else as `convert`. */
  convertResult(doc: TextDocument, result: LintResult, docsBase: string): Diagnostic[] {
    if (!result.groups) return this.convert(doc, result.findings, result.parsed?.macros ?? [], docsBase);
    this.#begin(docsBase);
    const walk = { stamp: ++this.#converts, text: doc.getText(), lineShift: 0 };
    const previous = this.#out;
    // Stays undefined while the diagnostics are the previous list's, one for one (`same` of them so far).
    let out: Diagnostic[] | undefined;
    let same = 0;
    const emit = (d: Diagnostic) => {
      if (out) out.push(d);
      else if (previous[same] === d) same++;
      else {
        out = previous.slice(0, same);
        out.push(d);
      }
    };
    const list: Group[] = [];
    const byIndex: (Group | undefined)[] = new Array(result.parsed?.macros.length ?? 0);
    const loose: Diagnostic[] = [];
    let index = 0;
    this.#cursor = 0;
    for (const lg of result.groups) {
      if (lg.macroIndex === undefined) {
        // Document-level findings: few, converted every time.
        lg.findings.forEach((f, k) => {
          const d = keep(this.#loose[loose.length], toDiagnostic(doc, f, index + k, docsBase));
          loose.push(d);
          emit(d);
        });
        index += lg.findings.length;
        continue;
      }
      const g = this.#macroGroup(doc, lg, index, docsBase, walk);
      g.ord = list.length;
      list.push(g);
      byIndex[lg.macroIndex] = g;
      for (const d of g.diagnostics) emit(d);
      index += lg.findings.length;
    }
    // `convert` and `convertResult` share the by-index memory; the by-hash one is `convert`'s alone.
    this.#groups = new Map();
    this.#list = list;
    this.#listIndex = undefined;
    this.#groupCount = list.length;
    this.#byIndex = byIndex;
    this.#loose = loose;
    // Nothing changed: the very list returned last time (its result id is known without comparing it).
    this.#out = out ?? (same === previous.length ? previous : previous.slice(0, same));
    return this.#out;
  }

  /** One macro's group: reused (or shifted) when its cached findings are the same array as last time. */
  #macroGroup(doc: TextDocument, lg: FindingGroup, index: number, docsBase: string, walk: { stamp: number; text: string; lineShift: number }): Group {
    const start = lg.base;
    let g: Group | undefined;
    const old = lg.cached ? this.#take(lg.findings, walk.stamp) : undefined;
    if (old) {
      // Macros after an edit moved by as many lines as the one before them: look there first.
      const pos = positionNear(doc, walk.text, start, old.pos.line + walk.lineShift);
      walk.lineShift = pos.line - old.pos.line;
      if (samePos(old.pos, pos)) {
        // Groups are this cache's own: the old one (its list is being replaced) is taken as it is.
        old.start = start;
        g = old;
        this.stats.reused++;
      } else {
        g = { start, pos, findings: lg.findings, diagnostics: shifted(old, pos, doc.uri) };
        this.stats.shifted++;
      }
    }
    if (!g) {
      // A macro linted again: diagnostics that read the same as its last ones keep their objects.
      const prev = this.#byIndex[lg.macroIndex!]?.diagnostics;
      const diagnostics = lg.absolute().map((f, k) => keep(prev?.[k], toDiagnostic(doc, f, index + k, docsBase)));
      g = { start, pos: doc.positionAt(start), findings: lg.findings, diagnostics };
      this.stats.converted++;
    }
    return g;
  }

  /**
   * The group of the last list for a macro whose cached findings are `findings`, not yet taken by this
   * conversion: the next one in the walk, else the first such one in file order (two macros with the
   * same text have the same findings array).
   */
  #take(findings: readonly Finding[], stamp: number): Group | undefined {
    let g: Group | undefined = this.#list[this.#cursor];
    if (!g || g.findings !== findings || g.taken === stamp) {
      if (!this.#listIndex) {
        this.#listIndex = new Map();
        for (const x of this.#list) {
          const l = this.#listIndex.get(x.findings);
          if (l) l.push(x);
          else this.#listIndex.set(x.findings, [x]);
        }
      }
      g = this.#listIndex.get(findings)?.find((x) => x.taken !== stamp);
      if (!g) return undefined;
    }
    g.taken = stamp;
    this.#cursor = g.ord! + 1;
    return g;
  }

  #begin(docsBase: string): void {
    if (docsBase !== this.#docsBase) {
      this.#groups.clear();
      this.#groupCount = 0;
      this.#byIndex = [];
      this.#list = [];
      this.#listIndex = undefined;
      this.#out = [];
      this.#loose = [];
      this.#docsBase = docsBase;
    }
    this.stats = { converted: 0, reused: 0, shifted: 0 };
  }

  /** The result id of a list this cache returned: unchanged while the list holds the same objects. */
  resultIdOf(items: readonly Diagnostic[]): string {
    const same = items === this.#last || (items.length === this.#last.length && items.every((d, i) => d === this.#last[i]));
    if (!same || !this.#resultId) this.#resultId = `${this.#prefix}.${++this.#seq}`;
    this.#last = items;
    return this.#resultId;
  }
}

/** The previous diagnostic when it shows the same thing, so unchanged lists stay made of the same objects. */
function keep(prev: Diagnostic | undefined, fresh: Diagnostic): Diagnostic {
  return prev && sameDiagnostic(prev, fresh) ? prev : fresh;
}

/** A group's diagnostics moved with their macro: its lines shift, and so do columns on its first line. */
function shifted(g: Group, pos: Position, uri: string): Diagnostic[] {
  const dl = pos.line - g.pos.line;
  const dc = pos.character - g.pos.character;
  const p = (x: Position): Position => ({ line: x.line + dl, character: x.line === g.pos.line ? x.character + dc : x.character });
  const r = (x: LspRange): LspRange => ({ start: p(x.start), end: p(x.end) });
  return g.diagnostics.map((d) => ({
    ...d,
    range: r(d.range),
    ...(d.relatedInformation ? { relatedInformation: d.relatedInformation.map((ri) => ({ message: ri.message, location: { uri, range: r(ri.location.range) } })) } : {}),
  }));
}
