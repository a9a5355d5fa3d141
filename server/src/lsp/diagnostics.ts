/**
 * The diagnostics of one open document, converted once per macro. A keystroke in one macro of a big
 * library converts that macro's findings again and reuses every other macro's `Diagnostic` objects
 * (shifted copies when the macro moved to other lines). A diagnostic whose content did not change keeps
 * its object, so a list made of the same objects keeps its result id and a pull answers `unchanged`.
 * With a lint result in groups (`convertResult`), an unchanged macro is recognised by the identity of its
 * cached findings: no finding is compared, shifted or read with offsets into the file.
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
  #byIndex = new Map<number, Group>();
  /**
   * Groups by the identity of a lint group's cached findings (`convertResult`): one group, or the groups
   * of macros with the same text in file order (as `#groups`).
   */
  #byFindings = new Map<readonly Finding[], Group | Group[]>();
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
    this.#byFindings = new Map();
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
    const byIndex = new Map<number, Group>();
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
        const prev = this.#byIndex.get(m.index)?.diagnostics;
        const diagnostics = idx.map((i, k) => keep(prev?.[k], toDiagnostic(doc, findings[i], i, docsBase)));
        g = { start: src.start, pos, findings: own, diagnostics };
        this.stats.converted++;
      }
      list.push(g);
      groupCount++;
      byIndex.set(m.index, g);
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
    const out: Diagnostic[] = [];
    const byFindings = new Map<readonly Finding[], Group | Group[]>();
    const byIndex = new Map<number, Group>();
    const loose: Diagnostic[] = [];
    let groupCount = 0;
    let index = 0;
    for (const lg of result.groups) {
      if (lg.macroIndex === undefined) {
        // Document-level findings: few, converted every time.
        lg.findings.forEach((f, k) => {
          const d = keep(this.#loose[loose.length], toDiagnostic(doc, f, index + k, docsBase));
          loose.push(d);
          out.push(d);
        });
        index += lg.findings.length;
        continue;
      }
      const g = this.#macroGroup(doc, lg, index, docsBase, byFindings);
      groupCount++;
      byIndex.set(lg.macroIndex, g);
      for (const d of g.diagnostics) out.push(d);
      index += lg.findings.length;
    }
    // `convert` and `convertResult` share the by-index memory; the by-hash one is `convert`'s alone.
    this.#groups = new Map();
    this.#byFindings = byFindings;
    this.#groupCount = groupCount;
    this.#byIndex = byIndex;
    this.#loose = loose;
    return out;
  }

  /** One macro's group: reused (or shifted) when its cached findings are the same array as last time. */
  #macroGroup(doc: TextDocument, lg: FindingGroup, index: number, docsBase: string, byFindings: Map<readonly Finding[], Group | Group[]>): Group {
    const start = lg.base;
    let g: Group | undefined;
    if (lg.cached) {
      const taken = byFindings.get(lg.findings);
      const n = taken === undefined ? 0 : Array.isArray(taken) ? taken.length : 1;
      const had = this.#byFindings.get(lg.findings);
      const old = had === undefined ? undefined : Array.isArray(had) ? had[n] : n === 0 ? had : undefined;
      if (old) {
        const pos = doc.positionAt(start);
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
    }
    if (!g) {
      // A macro linted again: diagnostics that read the same as its last ones keep their objects.
      const prev = this.#byIndex.get(lg.macroIndex!)?.diagnostics;
      const diagnostics = lg.absolute().map((f, k) => keep(prev?.[k], toDiagnostic(doc, f, index + k, docsBase)));
      g = { start, pos: doc.positionAt(start), findings: lg.findings, diagnostics };
      this.stats.converted++;
    }
    if (lg.cached) {
      const taken = byFindings.get(lg.findings);
      if (taken === undefined) byFindings.set(lg.findings, g);
      else if (Array.isArray(taken)) taken.push(g);
      else byFindings.set(lg.findings, [taken, g]);
    }
    return g;
  }

  #begin(docsBase: string): void {
    if (docsBase !== this.#docsBase) {
      this.#groups.clear();
      this.#groupCount = 0;
      this.#byIndex.clear();
      this.#byFindings.clear();
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
