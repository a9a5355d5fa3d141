/**
 * The workspace index: every macro of the library, kept current file by file, and the workspace
 * rules (duplicate-id, near-duplicate, missing-translation, stale-translation, title-collision) run
 * over it. Pure: the caller (language server, CLI) reads files and passes their text and config.
 *
 * API (used by the language server and the CLI):
 *
 *   import { WorkspaceIndex } from '../engine/workspace';
 *   const index = new WorkspaceIndex();
 *   index.update(uri: string, text: string, config: Config): void   // (re)reads one file's macros
 *   index.remove(uri: string): void
 *   index.has(uri: string): boolean; index.uris(): string[]
 *   index.macros(): readonly LibraryMacro[]                          // every macro, uri then file order
 *   index.macrosOf(uri: string): readonly LibraryMacro[]
 *   index.findings(uri: string): WorkspaceFinding[]                  // workspace-rule findings of one file
 *   index.allFindings(): Map<string, WorkspaceFinding[]>             // uri → findings (files with none omitted)
 *   index.takeChangedUris(): string[]   // files whose findings may have changed since the last call:
 *                                       // republish findings(uri) for each after an update/remove
 *   index.nearDuplicateClusters(): { ids: string[]; uris: string[]; similarity: number }[]
 *
 * `WorkspaceFinding` is a `Finding` (ruleId, severity, range, message, locale, macroId, macroIndex,
 * fixes) plus `relatedInformation: { uri, range, message, macroId }[]` (the other macros: LSP
 * DiagnosticRelatedInformation) and `actions: WorkspaceAction[]` for quick fixes a Fix cannot carry:
 *   { kind: 'open', title, uri, range }          open the other macro (duplicate-id, near-duplicate, …)
 *   { kind: 'createFile', title, uri, text }     missing-translation: the new file, from the snippet
 * stale-translation's "refresh sourceHash" is an ordinary unsafe Fix (edits in the translation's file).
 * Findings are computed lazily and cached until the next update/remove; inline disable comments of
 * the file are honoured; severities and options come from the config of the file the finding is on.
 */
import type { Config } from '../config';
import { ruleSetting } from '../config';
import { applyDirectives, resolveLocale, severityOf } from '../lint';
import { format as formatMessage } from '../messages';
import { formatOf, parseMacros } from '../model';
import { readYamlIncremental, YamlIncrementalState } from '../model/yaml-incremental';
import { WORKSPACE_RULES } from '../rules/workspace';
import { ReplyText } from '../text';
import { ANGER_TYPES, type Anger, type Directive, type DocumentFormat, type Locale, type Macro, type MetaField, type Range, type Severity } from '../types';
import { contentHash } from './hash';
import { LshIndex, sketch, type Sketch } from './minhash';
import type { WorkspaceReport, WorkspaceRule, WorkspaceRuleContext } from './rule';
import type { LibraryMacro, RelatedLocation, WorkspaceFinding } from './types';

export type { LibraryMacro, RelatedLocation, WorkspaceAction, WorkspaceFinding } from './types';
export type { WorkspaceRule, WorkspaceRuleContext, WorkspaceReport } from './rule';
export { contentHash } from './hash';

interface Entry {
  lib: LibraryMacro;
  /** The library item's hash (its text and inherited defaults) when read item by item. */
  hash?: string;
  sketch: Sketch;
  /** The macro's group key under each grouped rule. */
  keys: Map<WorkspaceRule, string>;
}

/**
 * A grouped rule's groups: members by key (a group of one as the macro itself: most ids and titles are
 * unique), the reports of each group, and the groups to re-check.
 */
interface GroupState {
  members: Map<string, LibraryMacro | Set<LibraryMacro>>;
  reports: Map<string, Raw[]>;
  dirty: Set<string>;
}

interface FileEntry {
  config: Config;
  /** The text the entries were read from (a file's macros are parsed again only when a fix needs them). */
  text: string;
  /** Its parsed macros, kept only once a fix asked for them (parse trees cost far more than the text). */
  parsed?: readonly Macro[];
  /** What the item-by-item reader keeps of a YAML file between two reads. */
  yaml?: YamlIncrementalState;
  entries: Entry[];
  /** The entries' macros (what macros() concatenates). */
  libs: LibraryMacro[];
  directives: Directive[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function tagsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => !!x);
  const s = str(v);
  return s ? s.split(',').map((x) => x.trim()).filter(Boolean) : [];
}

/** The source text of a scalar metadata value, unquoted (`sourceHash: 000123…` must not read as a number). */
function rawValue(text: string, field: MetaField | undefined): string | undefined {
  if (!field || field.value === null || typeof field.value === 'object') return undefined;
  const raw = text.slice(field.valueRange.start, field.valueRange.end).trim();
  const unquoted = /^(['"])(.*)\1$/s.exec(raw)?.[2] ?? raw;
  return unquoted || str(field.value);
}

/** The file name of a uri without folder and extension. */
export function uriStem(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return name.replace(/\.(macros?\.)?(md|markdown|ya?ml)$/i, '');
}

/** The folder uri of a uri (no trailing slash). */
export function uriFolder(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** The library index and its workspace findings. */
export class WorkspaceIndex {
  readonly #files = new Map<string, FileEntry>();
  readonly #lsh = new LshIndex<LibraryMacro>();
  readonly #entries = new Map<LibraryMacro, Entry>();
  readonly #rules: readonly WorkspaceRule[];
  #macros?: LibraryMacro[];
  /** The indexed uris, sorted (kept while only the content of known files changes). */
  #uris?: string[];
  /** Reports of the rules that are not grouped, by uri (recomputed after any change). */
  #raw?: Map<string, Raw[]>;
  readonly #groups = new Map<WorkspaceRule, GroupState>();
  /** Uris whose findings may have changed since the last takeChangedUris(). */
  readonly #touched = new Set<string>();
  /** What the ungrouped rules reported per uri at the last check (to tell which files changed). */
  #lastRaw = new Map<string, Raw[]>();
  /** Each compared report list's serialisation, by list (lists are never changed once made). */
  readonly #said = new WeakMap<readonly Raw[], string>();
  readonly #findings = new Map<string, WorkspaceFinding[]>();
  readonly #severities = new WeakMap<Config, Map<string, Severity | 'off'>>();
  readonly #optionCache = new WeakMap<Config, Map<string, Readonly<Record<string, unknown>>>>();

  constructor(options: { rules?: readonly WorkspaceRule[] } = {}) {
    this.#rules = options.rules ?? WORKSPACE_RULES;
    for (const r of this.#rules) if (r.groupKey) this.#groups.set(r, { members: new Map(), reports: new Map(), dirty: new Set() });
  }

  /** Reads (or re-reads) one file's macros. */
  update(uri: string, text: string, config: Config): void {
    const prev = this.#files.get(uri);
    // A library re-read after an edit: items whose text (and inherited defaults) did not change keep
    // their sketch, body hash and locale, and their place in the near-duplicate index with its
    // similarities; only their offsets and index move. A keystroke costs the edited item, not the file.
    const reusable = new Map<string, Entry[]>();
    if (prev && prev.config === config) for (const e of prev.entries) if (e.hash !== undefined) (reusable.get(e.hash) ?? reusable.set(e.hash, []).get(e.hash)!).push(e);
    const keep = reusable.size > 0;
    if (!this.#drop(uri, keep)) this.#uris = undefined;
    if (keep) for (const e of prev!.entries) if (e.hash === undefined) this.#lsh.delete(e.lib);
    this.#touched.add(uri);
    const fmt = formatOf({ uri, text });
    const entries: Entry[] = [];
    let directives: Directive[] = [];
    const yaml = fmt === 'yaml' ? (prev?.yaml ?? new YamlIncrementalState()) : undefined;
    // Files lint() skips (too large, binary) hold no macros for the library either.
    if (text.length <= config.maxFileSize[fmt] && !text.slice(0, 8000).includes('\u0000')) {
      // YAML libraries are read item by item (the same macros as a full parse), so unchanged items are not parsed again.
      const parsed = yaml ? readYamlIncremental(uri, text, yaml) : parseMacros({ uri, text, format: fmt });
      directives = parsed.directives;
      const single = parsed.macros.length === 1;
      // The file name is an id only for macros that declare none (decoding it costs more than the rest of a small file).
      let name: string | undefined;
      const stem = () => (name ??= uriStem(uri));
      // The id of a macro that declares none: from the file name, and its place when the file holds several.
      const autoId = (m: Macro) => m.id ?? (single ? stem() : `${stem()}#${m.index + 1}`);
      for (const macro of parsed.macros) {
        const old = macro.sourceHash !== undefined ? reusable.get(macro.sourceHash)?.shift() : undefined;
        const entry = old ? this.#moved(old, macro, autoId) : this.#read(uri, text, macro, config, autoId, fmt);
        for (const [rule, g] of this.#groups) {
          const k = rule.groupKey!(entry.lib);
          if (k === undefined) continue;
          entry.keys.set(rule, k);
          const members = g.members.get(k);
          if (members === undefined) g.members.set(k, entry.lib);
          else if (members instanceof Set) members.add(entry.lib);
          else g.members.set(k, new Set([members, entry.lib]));
          g.dirty.add(k);
        }
        entries.push(entry);
        this.#entries.set(entry.lib, entry);
      }
      // The macros of this read keep no parse trees (they re-read their item when asked).
      yaml?.release();
    }
    for (const list of reusable.values()) for (const e of list) this.#lsh.delete(e.lib);
    this.#files.set(uri, { config, text, entries, libs: entries.map((e) => e.lib), directives, yaml });
    this.#changed();
  }

  /** The entry of a macro read afresh (sketched and added to the near-duplicate index). */
  #read(uri: string, text: string, macro: Macro, config: Config, autoId: (m: Macro) => string, fmt: DocumentFormat): Entry {
    const reply = new ReplyText(macro.spans);
    const body = reply.text;
    const hasText = /[\p{L}\p{N}]/u.test(body);
    const resolved = hasText || macro.meta.locale ? resolveLocale(macro, config, reply) : undefined;
    const declaredId = str(macro.meta.id?.value);
    const angerRaw = macro.meta.anger?.value;
    const lib: LibraryMacro = {
      uri,
      id: declaredId ?? autoId(macro),
      idDeclared: declaredId !== undefined,
      title: macro.title,
      locale: resolved?.locale,
      localeSource: resolved?.source,
      anger: ANGER_TYPES.includes(angerRaw as Anger) ? (angerRaw as Anger) : undefined,
      tags: tagsOf(macro.meta.tags?.value),
      folder: uriFolder(uri),
      format: fmt,
      index: macro.index,
      range: macro.range,
      nameRange: macro.nameRange,
      idRange: declaredId !== undefined ? macro.meta.id!.valueRange : undefined,
      titleRange: macro.title === undefined ? undefined : (macro.meta.title?.valueRange ?? macro.nameRange),
      sourceHashRange: macro.meta.sourceHash?.valueRange,
      bodyHash: contentHash(body),
      translationOf: str(macro.meta.translationOf?.value),
      sourceHash: rawValue(text, macro.meta.sourceHash),
    };
    const entry: Entry = { lib, hash: macro.sourceHash, sketch: hasText ? sketch(body) : { set: new Uint32Array(0), keys: [] }, keys: new Map() };
    this.#lsh.set(lib, entry.sketch);
    return entry;
  }

  /** The entry of an unchanged library item at its new place: `old`'s data, moved to `macro`'s offsets. */
  #moved(old: Entry, macro: Macro, autoId: (m: Macro) => string): Entry {
    const d = macro.range.start - old.lib.range.start;
    const move = (r: Range | undefined) => (r && d ? { start: r.start + d, end: r.end + d } : r);
    const lib: LibraryMacro = {
      ...old.lib,
      // An id made from the position follows the position.
      id: old.lib.idDeclared ? old.lib.id : autoId(macro),
      index: macro.index,
      range: macro.range,
      nameRange: macro.nameRange,
      idRange: move(old.lib.idRange),
      titleRange: move(old.lib.titleRange),
      sourceHashRange: move(old.lib.sourceHashRange),
    };
    this.#lsh.rekey(old.lib, lib);
    return { lib, hash: old.hash, sketch: old.sketch, keys: new Map() };
  }

  #changed(): void {
    this.#macros = undefined;
    this.#raw = undefined;
    this.#findings.clear();
  }

  /** Forgets one file. */
  remove(uri: string): void {
    if (!this.#drop(uri)) return;
    this.#touched.add(uri);
    this.#uris = undefined;
    this.#changed();
  }

  /**
   * Drops a file's macros; false when the file was not indexed. With `keepSketches` their items stay
   * in the near-duplicate index (the caller moves or deletes each).
   */
  #drop(uri: string, keepSketches = false): boolean {
    const f = this.#files.get(uri);
    if (!f) return false;
    for (const e of f.entries) {
      if (!keepSketches) this.#lsh.delete(e.lib);
      this.#entries.delete(e.lib);
      for (const [rule, k] of e.keys) {
        const g = this.#groups.get(rule)!;
        const members = g.members.get(k)!;
        if (!(members instanceof Set)) g.members.delete(k);
        else {
          members.delete(e.lib);
          if (!members.size) g.members.delete(k);
        }
        g.dirty.add(k);
      }
    }
    // The file's config may change with its text: its groups' severities and options with it.
    this.#files.delete(uri);
    return true;
  }

  /** Whether the index holds this file. */
  has(uri: string): boolean {
    return this.#files.has(uri);
  }

  /** The uris of the indexed files, sorted. */
  uris(): string[] {
    this.#uris ??= [...this.#files.keys()].sort();
    return [...this.#uris];
  }

  /** Every macro, by uri then position in the file. */
  macros(): readonly LibraryMacro[] {
    this.#uris ??= [...this.#files.keys()].sort();
    if (!this.#macros) {
      const out: LibraryMacro[] = [];
      for (const u of this.#uris) for (const m of this.#files.get(u)!.libs) out.push(m);
      this.#macros = out;
    }
    return this.#macros;
  }

  /** The macros of one file. */
  macrosOf(uri: string): readonly LibraryMacro[] {
    return this.#files.get(uri)?.libs ?? [];
  }

  /** Workspace-rule findings of one file, sorted by position. */
  findings(uri: string): WorkspaceFinding[] {
    let out = this.#findings.get(uri);
    if (!out) {
      const raw = [...(this.#rawReports().get(uri) ?? [])];
      const entries = this.#files.get(uri)?.entries ?? [];
      for (const [rule, g] of this.#groups) {
        // Most rules report on few groups: none, no keys to gather.
        if (!g.reports.size) continue;
        const keys = new Set<string>();
        for (const e of entries) {
          const k = e.keys.get(rule);
          if (k !== undefined) keys.add(k);
        }
        for (const k of keys) for (const r of g.reports.get(k) ?? []) if (r.report.macro.uri === uri) raw.push(r);
      }
      out = raw.length ? this.#materialize(uri, raw) : [];
      this.#findings.set(uri, out);
    }
    return out;
  }

  /** Workspace-rule findings of every file that has some. */
  allFindings(): Map<string, WorkspaceFinding[]> {
    const out = new Map<string, WorkspaceFinding[]>();
    const uris = new Set(this.#rawReports().keys());
    for (const g of this.#groups.values()) for (const list of g.reports.values()) for (const r of list) uris.add(r.report.macro.uri);
    for (const uri of [...uris].sort()) {
      const list = this.findings(uri);
      if (list.length) out.set(uri, list);
    }
    return out;
  }

  /**
   * Clusters of near-duplicate macros (connected by `near-duplicate` findings): ids, uris and the
   * highest similarity in the cluster, largest clusters first.
   */
  nearDuplicateClusters(): { ids: string[]; uris: string[]; similarity: number }[] {
    const parent = new Map<LibraryMacro, LibraryMacro>();
    const find = (m: LibraryMacro): LibraryMacro => {
      let p = m;
      while (parent.get(p) !== p) p = parent.get(p)!;
      for (let q = m; q !== p; ) {
        const next = parent.get(q)!;
        parent.set(q, p);
        q = next;
      }
      return p;
    };
    const add = (m: LibraryMacro) => (parent.has(m) ? undefined : parent.set(m, m));
    const best = new Map<LibraryMacro, number>();
    const byIndex = new Map<string, LibraryMacro>();
    const byStart = new Map<string, LibraryMacro>();
    for (const m of this.macros()) {
      byIndex.set(`${m.uri}\u0000${m.index}`, m);
      byStart.set(`${m.uri}\u0000${(m.idRange ?? m.nameRange).start}`, m);
    }
    for (const [uri, list] of this.allFindings()) {
      for (const f of list) {
        if (f.ruleId !== 'near-duplicate') continue;
        const a = byIndex.get(`${uri}\u0000${f.macroIndex}`);
        const r = f.relatedInformation[0];
        const b = r && byStart.get(`${r.uri}\u0000${r.range.start}`);
        if (!a || !b) continue;
        add(a);
        add(b);
        const [ra, rb] = [find(a), find(b)];
        const sim = Math.max(best.get(ra) ?? 0, best.get(rb) ?? 0, Number(f.data?.similarity ?? 0));
        if (ra !== rb) parent.set(ra, rb);
        best.set(rb, sim);
      }
    }
    const groups = new Map<LibraryMacro, LibraryMacro[]>();
    for (const m of parent.keys()) {
      const r = find(m);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r)!.push(m);
    }
    return [...groups.entries()]
      .map(([r, ms]) => ({ ids: ms.map((m) => m.id), uris: ms.map((m) => m.uri), similarity: best.get(r) ?? 0 }))
      .sort((a, b) => b.ids.length - a.ids.length || b.similarity - a.similarity || a.ids[0].localeCompare(b.ids[0]));
  }

  /** Severity of a rule under a config, cached per config object. */
  #severity(rule: WorkspaceRule, config: Config): Severity | 'off' {
    let m = this.#severities.get(config);
    if (!m) this.#severities.set(config, (m = new Map()));
    let sev = m.get(rule.meta.id);
    if (sev === undefined) m.set(rule.meta.id, (sev = severityOf(rule, config)));
    return sev;
  }

  /** A rule's options under a config (defaults merged under the user's), cached per config object. */
  #options(rule: WorkspaceRule, config: Config): Readonly<Record<string, unknown>> {
    let m = this.#optionCache.get(config);
    if (!m) this.#optionCache.set(config, (m = new Map()));
    let o = m.get(rule.meta.id);
    if (!o) m.set(rule.meta.id, (o = { ...(rule.meta.defaultOptions ?? {}), ...(ruleSetting(config, rule.meta.id)?.options ?? {}) }));
    return o;
  }

  /**
   * The reports of the rules that are not grouped, by uri (what the rules said, before messages are
   * formatted); on the way, grouped rules re-check the groups an edit touched.
   */
  #rawReports(): Map<string, Raw[]> {
    for (const [rule, g] of this.#groups) {
      if (!g.dirty.size) continue;
      const run = this.#runner(rule);
      for (const k of g.dirty) {
        const members = g.members.get(k);
        for (const r of g.reports.get(k) ?? []) this.#touched.add(r.report.macro.uri);
        if (!members) {
          g.reports.delete(k);
          continue;
        }
        // In index order (uri, then position), as the rule would see them in the whole library.
        const list = members instanceof Set ? [...members].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index)) : [members];
        for (const m of list) this.#touched.add(m.uri);
        const raw: Raw[] = [];
        run(list, (r) => raw.push(r));
        if (raw.length) g.reports.set(k, raw);
        else g.reports.delete(k);
      }
      g.dirty.clear();
    }
    if (this.#raw) return this.#raw;
    const out = new Map<string, Raw[]>();
    const macros = this.macros();
    for (const rule of this.#rules) {
      if (rule.groupKey) continue;
      this.#runner(rule)(macros, (r) => (out.get(r.report.macro.uri) ?? out.set(r.report.macro.uri, []).get(r.report.macro.uri)!).push(r));
    }
    this.#raw = out;
    // Files whose reports changed since the last check; a file touched already needs no comparing
    // (the reports compared are never changed once made, so they are serialised only when compared).
    // A list is serialised once: as this check's report, then again only if it was the last one.
    const said = (list: readonly Raw[] | undefined) => {
      if (!list) return undefined;
      let s = this.#said.get(list);
      if (s === undefined) {
        s = JSON.stringify(list.map((r) => [r.rule.meta.id, r.severity, r.report.messageId, r.report.data, r.report.related?.map((x) => x.macro.id)]));
        this.#said.set(list, s);
      }
      return s;
    };
    for (const uri of new Set([...out.keys(), ...this.#lastRaw.keys()])) {
      if (!this.#touched.has(uri) && said(out.get(uri)) !== said(this.#lastRaw.get(uri))) this.#touched.add(uri);
    }
    this.#lastRaw = out;
    return out;
  }

  /**
   * The uris whose workspace findings may have changed since the last call (the files updated or
   * removed, the files of every macro in a group they touched, the files whose near-duplicates
   * changed), sorted; what a language server republishes after an edit.
   */
  takeChangedUris(): string[] {
    this.#rawReports();
    const out = [...this.#touched].sort();
    this.#touched.clear();
    return out;
  }

  /**
   * A runner of one rule: runs it over `macros`, passing each report it makes (on a macro whose file
   * has it on) to `sink`. One runner serves every group of a grouped rule (one set of closures, not one per group).
   */
  #runner(rule: WorkspaceRule): (macros: readonly LibraryMacro[], sink: (r: Raw) => void) => void {
    const fileOf = (m: LibraryMacro) => this.#files.get(m.uri)!;
    const enabled = (m: LibraryMacro) => this.#severity(rule, fileOf(m).config) !== 'off';
    const messageLocale = (m: LibraryMacro): Locale => {
      const c = fileOf(m).config.messageLocale;
      return c === 'auto' ? (m.locale ?? 'en') : c;
    };
    const options = (m: LibraryMacro) => this.#options(rule, fileOf(m).config);
    const locales = (m: LibraryMacro) => fileOf(m).config.locales;
    const nearCandidates = () => this.#lsh.candidates();
    const similarity = (a: LibraryMacro, b: LibraryMacro) => this.#lsh.similarity(a, b);
    const setMeta = (m: LibraryMacro, key: string, value: string) => this.#macroOf(m)?.setMeta?.(key, value);
    const message = (m: LibraryMacro, id: string, data?: Record<string, string | number>) => messageText(rule, messageLocale(m), id, data);
    let sink: (r: Raw) => void = () => undefined;
    const report = (r: WorkspaceReport) => {
      const severity = this.#severity(rule, fileOf(r.macro).config);
      if (severity === 'off') return;
      if (!rule.meta.fixable && r.fixes?.length) throw new Error(`rule ${rule.meta.id} is not fixable but reported a fix`);
      sink({ rule, severity, locale: messageLocale(r.macro), report: r });
    };
    return (macros, to) => {
      if (!macros.some(enabled)) return;
      sink = to;
      const ctx: WorkspaceRuleContext = { macros, options, locales, enabled, nearCandidates, similarity, setMeta, messageLocale, message, report };
      rule.checkWorkspace(ctx);
    };
  }

  /**
   * The parsed macro behind a library macro, for fixes that edit its file. Parsed again from the file's
   * text on first use (the index keeps no parse trees: for a big library they outweigh everything else).
   */
  #macroOf(m: LibraryMacro): Macro | undefined {
    const f = this.#files.get(m.uri);
    if (!f || !this.#entries.has(m)) return undefined;
    f.parsed ??= parseMacros({ uri: m.uri, text: f.text, format: m.format }).macros;
    return f.parsed.find((x) => x.index === m.index);
  }

  /** The findings of one file from its raw reports: messages, related information, disable comments. */
  #materialize(uri: string, raw: Raw[]): WorkspaceFinding[] {
    const list = raw.map(({ rule, severity, locale, report: r }): WorkspaceFinding => ({
      ruleId: rule.meta.id,
      severity,
      range: r.range ?? r.macro.idRange ?? r.macro.nameRange,
      message: messageText(rule, locale, r.messageId, r.data),
      locale,
      macroId: r.macro.id,
      macroIndex: r.macro.index,
      fixes: r.fixes ?? [],
      relatedInformation: (r.related ?? []).map(
        (x): RelatedLocation => ({ uri: x.macro.uri, range: x.macro.idRange ?? x.macro.nameRange, message: messageText(rule, locale, x.messageId, x.data), macroId: x.macro.id }),
      ),
      actions: r.actions ?? [],
      ...(r.data ? { data: r.data } : {}),
    }));
    const kept = applyDirectives(list, this.#files.get(uri)!.directives) as WorkspaceFinding[];
    return kept.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  }
}

interface Raw {
  rule: WorkspaceRule;
  severity: Severity;
  locale: Locale;
  report: WorkspaceReport;
}

/** A rule's message in a locale (English when the locale lacks it), filled with data. */
function messageText(rule: WorkspaceRule, locale: Locale, id: string, data?: Record<string, string | number>): string {
  const tpl = rule.meta.messages[locale]?.[id] ?? rule.meta.messages.en[id];
  if (tpl === undefined) throw new Error(`rule ${rule.meta.id} has no message "${id}"`);
  return formatMessage(tpl, data);
}
