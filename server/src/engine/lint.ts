/**
 * The engine's entry point: lint(document, config) → findings. Pure: no I/O, no LSP, no Node.
 */
import type { Anger, Directive, Edit, Finding, Fix, Locale, Macro, ParsedDocument, Range, Report, Severity, SourceDocument } from './types';
import { ANGER_TYPES } from './types';
import type { Register, Rule, RuleContext, DocumentContext } from './rule';
import type { Config } from './config';
import { defaultConfig, ruleSetting, suggestRuleId } from './config';
import { RULES } from './rules';
import { formatOf, parseMacros } from './model';
import { hashText, readYamlIncremental, YamlIncrementalState } from './model/yaml-incremental';
import { ReplyText } from './text';
import { getLexicon, type Lexicon } from './lexicon';
import { analyze, type Analysis } from './analysis';
import { detectLocaleWithConfidence, detectRegister, localeFromTag, preferredLocales } from './locale';
import { ENGINE_MESSAGES, format as formatMessage } from './messages';
import { applyPrecedence } from './precedence';

export interface LintOptions {
  /** Extra rules (tests inject one that throws). */
  extraRules?: readonly Rule[];
  /**
   * Results kept from earlier lints of the same document (one cache per document, owned by the
   * caller): unchanged macros are not linted again and unchanged YAML library items not re-parsed.
   */
  cache?: LintCache;
  /** Reads YAML with the whole-file parser (fixes verified against the whole file); tests compare with it. */
  fullParse?: boolean;
  /**
   * Findings of macros shared across documents, keyed by macro content (the CLI: one per run and
   * config, kept across `--cache` runs). The caller scopes it to one config and rule set.
   */
  macroStore?: MacroStore;
  /**
   * @internal Sorts, dedupes and applies precedence over the document's findings at once, as lint did
   * before results were kept per macro (tests compare the per-macro assembly with it).
   */
  reference?: boolean;
}

/** Per-macro findings by content key; offsets relative to the start of the macro's source, no macro index. */
export interface MacroStore {
  get(key: string): readonly Finding[] | undefined;
  set(key: string, findings: readonly Finding[]): void;
}

/** Findings of one macro, offsets relative to the start of its source. */
interface CachedMacro {
  /** As the rules reported them (what a macro store keeps). */
  findings: readonly Finding[];
  /** Sorted, deduplicated, precedence applied: what the macro contributes to the result (computed once). */
  final?: readonly Finding[];
  /** `final` shifted to `base` (reused while the macro does not move). */
  at?: { base: number; index: number; findings: readonly Finding[] };
  /** The last lint of its document's cache that used it (the others are dropped after each lint). */
  seen?: number;
}

/** Per-document memory of `lint`: pass the same object for successive versions of one document. */
export class LintCache {
  /** @internal */
  yaml = new YamlIncrementalState();
  /** @internal */
  macros = new Map<string, CachedMacro>();
  /** @internal */
  config?: string;
  /** @internal */
  rules?: readonly Rule[];
  /** @internal Counts lints: what `CachedMacro.seen` refers to. */
  generation = 0;
  /** Macros linted and macros reused by the last lint (for tests and the benchmark). */
  stats = { linted: 0, reused: 0 };

  /** Forgets everything (the next lint starts cold). */
  clear(): void {
    this.yaml = new YamlIncrementalState();
    this.macros.clear();
  }
}

const shiftR = (r: Range, d: number): Range => ({ start: r.start + d, end: r.end + d });
/** `f` moved by `d` characters into the macro numbered `macroIndex` (its fixes and related ranges too). */
export function shiftFinding(f: Finding, d: number, macroIndex: number | undefined): Finding {
  // Keys in the order `lint` creates them, whatever the source (a cache file drops undefined keys):
  // findings of one shape keep the passes over all of a file's findings (precedence) monomorphic.
  // Built property by property (no rest destructuring): a big library's findings are placed in one go.
  const range = shiftR(f.range, d);
  const fixes = f.fixes.length ? f.fixes.map((x) => shiftFix(x, d)) : [];
  const out: Finding =
    f.confidence !== undefined
      ? { ruleId: f.ruleId, severity: f.severity, confidence: f.confidence, range, message: f.message, locale: f.locale, macroId: f.macroId, macroIndex, fixes }
      : { ruleId: f.ruleId, severity: f.severity, range, message: f.message, locale: f.locale, macroId: f.macroId, macroIndex, fixes };
  const from = f as unknown as Record<string, unknown>;
  for (const k in from) {
    if (!(k in out) && k !== 'related' && from[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = from[k];
  }
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shiftR(r.range, d) }));
  return out;
}

/** `x` with its edits moved by `d` characters. */
export function shiftFix(x: Fix, d: number): Fix {
  return { ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) };
}

/** The cache key of a macro: its source text, and the file defaults it inherits; undefined when uncacheable. */
function macroKey(text: string, macro: Macro): string | undefined {
  const src = macro.source;
  if (!src) return undefined;
  if (macro.sourceHash !== undefined) return macro.sourceHash;
  const hash = hashText(text, src.start, src.end);
  const inherited: unknown[] = [];
  for (const [k, f] of Object.entries(macro.meta)) {
    if (f.keyRange.start < src.start || f.keyRange.start >= src.end) inherited.push(k, f.value, f.keyRange.start, f.keyRange.end, f.valueRange.start, f.valueRange.end);
  }
  return inherited.length ? `${hash}\u0000${JSON.stringify(inherited)}` : hash;
}

function within(f: Finding, r: Range): boolean {
  if (f.range.start < r.start || f.range.end > r.end) return false;
  return f.fixes.every((x) => x.edits.every((e) => e.start >= r.start && e.end <= r.end));
}

export interface LintResult {
  /** Sorted by position (made on first read from `groups` when the lint has them). */
  findings: Finding[];
  /** Undefined when the file was skipped (too large, binary, minified). */
  parsed?: ParsedDocument;
  /**
   * The same findings in order, one group per macro with findings and one per run of document-level
   * findings between them; undefined when they were assembled for the whole document at once (inline
   * disable comments, or findings of different macros that interleave).
   */
  groups?: readonly FindingGroup[];
}

/** Consecutive findings of a lint result: one macro's, or document-level ones. */
export interface FindingGroup {
  /** The macro the findings belong to; undefined for document-level findings. */
  macroIndex?: number;
  /**
   * True when `findings` are relative to `base` (where the macro's source starts) and the array is the
   * same object in every lint of the document while the macro's text is unchanged (a per-document
   * cache): a caller may reuse what it derived from them by identity. False: absolute offsets, base 0.
   */
  cached: boolean;
  base: number;
  findings: readonly Finding[];
  /** The findings with offsets into the whole file (as in `LintResult.findings`). */
  absolute(): readonly Finding[];
}

/** Resolved locale of a macro and where it came from. */
export interface MacroLocale {
  locale: Locale;
  source: 'declared' | 'config' | 'detected' | 'fallback';
  /** Declared tag when present. */
  declared?: string;
  /** How sure the detection is (0..1), for a detected or fallback locale. */
  confidence?: number;
}

/** The locale a macro is written in: declared, else the config default, else detected, else English. */
export function resolveLocale(macro: Macro, config: Config, reply?: ReplyText): MacroLocale {
  const tag = macro.meta.locale?.value;
  const declared = localeFromTag(tag);
  if (declared) return { locale: declared, source: 'declared', declared: String(tag) };
  if (config.locale !== 'auto') return { locale: config.locale, source: 'config' };
  const prefer = preferredLocales(config);
  const detected = detectLocaleWithConfidence((reply ?? new ReplyText(macro.spans)).text, prefer);
  return detected ? { locale: detected.locale, source: 'detected', confidence: detected.confidence } : { locale: prefer[0] ?? 'en', source: 'fallback', confidence: 0 };
}

/** Severity of a rule under a config (`off` when disabled). */
export function severityOf(rule: Rule, config: Config): Severity | 'off' {
  return ruleSetting(config, rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
}

function optionsOf(rule: Rule, config: Config): Record<string, unknown> {
  return { ...(rule.meta.defaultOptions ?? {}), ...(ruleSetting(config, rule.meta.id)?.options ?? {}) };
}

function message(rule: Rule, locale: Locale, report: Report): string {
  const table = rule.meta.messages[locale] ?? rule.meta.messages.en;
  const tpl = table[report.messageId] ?? rule.meta.messages.en[report.messageId];
  if (tpl === undefined) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
  return formatMessage(tpl, report.data);
}

function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

function isMinified(text: string): boolean {
  if (text.length < 20000) return false;
  // Average line length over 5000: fewer than length / 5000 lines (stop counting once there are more).
  const enough = text.length / 5000;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines < enough; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines > 5000;
}

/** What the rules of one macro share: its analysis and register, computed on first read. */
class MacroShared {
  #analysis: Analysis | undefined;
  #register: Register | undefined;
  constructor(
    readonly reply: ReplyText,
    readonly lexicon: Lexicon,
    readonly locale: Locale,
    readonly config: Config,
  ) {}

  get analysis(): Analysis {
    const c = this.config;
    return (this.#analysis ??= analyze(this.reply, this.lexicon, this.locale, c.detection.models, c.phrases?.[this.locale]));
  }

  get register(): Register {
    // Register detection scans the whole reply: once per macro, and only when a rule asks.
    return (this.#register ??= this.locale === 'es' ? detectRegister(this.reply.text) : 'tu');
  }
}

/** A rule's context for one macro (a class, not an object literal with getters: one per rule and macro). */
class MacroRuleContext implements RuleContext {
  readonly #shared: MacroShared;
  constructor(
    shared: MacroShared,
    readonly anger: Anger | undefined,
    readonly options: Readonly<Record<string, unknown>>,
    readonly document: ParsedDocument,
    readonly report: (report: Report) => void,
  ) {
    this.#shared = shared;
  }

  get locale(): Locale {
    return this.#shared.locale;
  }
  get helpdesk(): RuleContext['helpdesk'] {
    return this.#shared.config.helpdesk;
  }
  get register(): Register {
    return this.#shared.register;
  }
  get reply(): ReplyText {
    return this.#shared.reply;
  }
  get lexicon(): Lexicon {
    return this.#shared.lexicon;
  }
  get analysis(): Analysis {
    return this.#shared.analysis;
  }
  get config(): Config {
    return this.#shared.config;
  }
}

interface ActiveRule {
  rule: Rule;
  sev: Severity;
  opts: Record<string, unknown>;
}

interface ResolvedRules {
  /** The config's rule settings and the extra rules they were resolved for. */
  settings: Config['rules'];
  extra: readonly Rule[] | undefined;
  rules: Rule[];
  documentRules: ActiveRule[];
  macroRules: ActiveRule[];
}

const resolved = new WeakMap<Config, ResolvedRules>();

/**
 * The rules that run under a config, with their severity and options: they depend on the rule and the
 * config only, so they are resolved once per config object (a run lints thousands of files with one),
 * and again when its rule settings object or the extra rules change.
 */
function resolveRules(config: Config, extraRules: readonly Rule[] | undefined): ResolvedRules {
  // Callers pass a fresh `[]` for "no extra rules" (the CLI does, per file): the same as none.
  const extra = extraRules?.length ? extraRules : undefined;
  const hit = resolved.get(config);
  if (hit && hit.settings === config.rules && hit.extra === extra) return hit;
  const rules = [...RULES, ...(extra ?? [])];
  const active = (has: (r: Rule) => boolean) =>
    rules.flatMap((rule) => {
      const sev = has(rule) ? severityOf(rule, config) : 'off';
      return sev === 'off' ? [] : [{ rule, sev, opts: optionsOf(rule, config) }];
    });
  const r: ResolvedRules = { settings: config.rules, extra, rules, documentRules: active((x) => !!x.checkDocument), macroRules: active((x) => !!x.check) };
  resolved.set(config, r);
  return r;
}

/** Lints one document and returns its findings, sorted by position. */
export function lint(doc: SourceDocument, config: Config = defaultConfig(), options: LintOptions = {}): LintResult {
  const format = formatOf(doc);
  const skip = skipReason(doc.text, format, config);
  const msgLocale: Locale = config.messageLocale === 'auto' ? 'en' : config.messageLocale;
  if (skip) {
    return {
      findings: [
        {
          ruleId: 'skipped-file',
          // A warning, not a hint: `--max-warnings 0` must not pass a file nobody linted.
          severity: 'warning',
          range: { start: 0, end: 0 },
          message: formatMessage(ENGINE_MESSAGES[msgLocale][skip.id], skip.data),
          locale: msgLocale,
          fixes: [],
        },
      ],
    };
  }
  const cache = options.cache;
  // Findings depend on the config's content, not its identity (callers may rebuild an equal one).
  const configKey = cache ? JSON.stringify(config) : undefined;
  if (cache && (cache.config !== configKey || cache.rules !== options.extraRules)) {
    cache.clear();
    cache.config = configKey;
    cache.rules = options.extraRules;
  }
  // YAML libraries are read item by item (fixes verified against their item's text, not the whole file);
  // without a cache the state is thrown away after this lint.
  const parsed = format === 'yaml' && !options.fullParse ? readYamlIncremental(doc.uri, doc.text, cache?.yaml ?? new YamlIncrementalState()) : parseMacros({ ...doc, format });
  const { rules, documentRules, macroRules } = resolveRules(config, options.extraRules);
  // The cache keeps the macros of the last lint only. They are stamped as they are used and the rest
  // dropped at the end: a keystroke in a 5,000-item library no longer builds a new map of 5,000 keys.
  const macros = cache?.macros;
  const generation = cache ? ++cache.generation : 0;
  let usedMacros = 0;
  const use = (key: string, entry: CachedMacro) => {
    if (entry.seen === generation) return;
    entry.seen = generation;
    usedMacros++;
    if (macros!.get(key) !== entry) macros!.set(key, entry);
  };
  if (cache) cache.stats = { linted: 0, reused: 0 };
  const findings: Finding[] = [];
  const failed = new Set<string>();
  let failures = 0;
  const ruleFailure = (rule: Rule, err: unknown, locale: Locale) => {
    failures++;
    if (failed.has(rule.meta.id)) return;
    failed.add(rule.meta.id);
    findings.push({
      ruleId: 'rule-error',
      severity: 'info',
      range: { start: 0, end: 0 },
      message: formatMessage(ENGINE_MESSAGES[locale].ruleError, { rule: rule.meta.id, detail: String((err as Error)?.message ?? err).slice(0, 200) }),
      locale,
      fixes: [],
    });
  };
  const push = (rule: Rule, severity: Severity, locale: Locale, report: Report, macro?: Macro) => {
    if (rule.meta.fixable === false && report.fixes?.length) throw new Error(`rule ${rule.meta.id} is not fixable but reported a fix`);
    const range = clampRange(report.range, parsed.text.length);
    const confidence = report.confidence === undefined ? undefined : Math.round(report.confidence * 100) / 100;
    findings.push({
      ruleId: rule.meta.id,
      severity: confidence !== undefined && confidence < config.detection.minConfidence ? 'info' : severity,
      ...(confidence !== undefined ? { confidence } : {}),
      range,
      message: message(rule, locale, report),
      locale,
      macroId: macro?.id,
      macroIndex: macro?.index,
      fixes: (report.fixes ?? []).filter((f) => f.edits.length > 0),
    });
  };

  // Document-level rules speak the language of the first macro (or the configured one). Its reply and
  // locale are kept for its lint: a single-macro file's language is detected once, not twice.
  const head = parsed.macros[0];
  let headLocale: { reply: ReplyText; resolved: MacroLocale } | undefined;
  if (head && config.messageLocale === 'auto') {
    const reply = new ReplyText(head.spans);
    headLocale = { reply, resolved: resolveLocale(head, config, reply) };
  }
  const docLocale = config.messageLocale === 'auto' ? (headLocale?.resolved.locale ?? msgLocale) : config.messageLocale;
  for (const { rule, sev, opts } of documentRules) {
    const ctx: DocumentContext = {
      document: parsed,
      locale: docLocale,
      options: opts,
      report: (r) => push(rule, sev, docLocale, r),
    };
    try {
      rule.checkDocument!(ctx);
    } catch (err) {
      ruleFailure(rule, err, docLocale);
    }
  }


  const store = options.macroStore;
  // Document-level findings (and rule errors, added while macros are linted) stay in `findings`; each
  // macro's own findings go to its part, sorted, deduplicated and with precedence applied on their own.
  const parts: Part[] = [];
  for (const macro of parsed.macros) {
    const key = cache || store ? macroKey(parsed.text, macro) : undefined;
    if (key !== undefined) {
      let hit = macros?.get(key);
      if (!hit && store) {
        const stored = store.get(key);
        if (stored) hit = { findings: stored };
      }
      if (hit) {
        parts.push({ index: macro.index, base: macro.source!.start, cached: hit });
        if (macros) use(key, hit);
        if (cache) cache.stats.reused++;
        continue;
      }
    }
    const firstFinding = findings.length;
    const failuresBefore = failures;
    lintMacro(macro);
    // Its fixes are computed: a library item's macro may drop its parse tree (re-read when asked).
    (macro as { release?: () => void }).release?.();
    if (cache) cache.stats.linted++;
    const own: Finding[] = [];
    let k = firstFinding;
    for (const f of findings.splice(firstFinding)) {
      if (f.macroIndex === macro.index) own.push(f);
      else findings[k++] = f;
    }
    const src = macro.source;
    if (key !== undefined && failures === failuresBefore && own.every((f) => within(f, src!))) {
      const relative = own.map((f) => shiftFinding(f, -src!.start, undefined));
      const entry: CachedMacro = { findings: relative };
      if (macros) use(key, entry);
      store?.set(key, relative);
      parts.push({ index: macro.index, base: src!.start, cached: entry, raw: own });
    } else {
      parts.push({ index: macro.index, base: 0, raw: own });
    }
  }
  if (macros && macros.size > usedMacros) for (const [key, entry] of macros) if (entry.seen !== generation) macros.delete(key);

  function lintMacro(macro: Macro): void {
    const reply = macro === head && headLocale ? headLocale.reply : new ReplyText(macro.spans);
    const resolved = macro === head && headLocale ? headLocale.resolved : resolveLocale(macro, config, reply);
    const { locale } = resolved;
    const ownFirst = findings.length;
    const lexicon = getLexicon(locale);
    const angerRaw = macro.meta.anger?.value;
    const anger = ANGER_TYPES.includes(angerRaw as Anger) ? (angerRaw as Anger) : undefined;
    const shared = new MacroShared(reply, lexicon, locale, config);
    const outLocale = config.messageLocale === 'auto' ? locale : config.messageLocale;
    for (const { rule, sev, opts } of macroRules) {
      if (!rule.meta.locales.includes(locale)) continue;
      if (Array.isArray(opts.anger) && !(opts.anger as unknown[]).includes(angerRaw ?? 'none')) continue;
      const ctx = new MacroRuleContext(shared, anger, opts, parsed, (r) => push(rule, sev, outLocale, r, macro));
      try {
        rule.check!(macro, ctx);
      } catch (err) {
        ruleFailure(rule, err, outLocale);
      }
    }
    // Say when the language was not declared: how it was chosen and how sure the detection is.
    if (resolved.source !== 'declared') {
      for (let i = ownFirst; i < findings.length; i++) {
        findings[i] = { ...findings[i], localeSource: resolved.source, ...(resolved.confidence !== undefined ? { localeConfidence: resolved.confidence } : {}) };
      }
    }
  }

  const groups = parsed.directives.length || options.reference ? undefined : assemble(findings, parts, rules);
  if (groups) return lazyResult(parsed, groups);
  // Disable comments reach across macros (and say which of them were used): the whole document at once.
  const all = [...findings, ...parts.flatMap(rawFindings)];
  const kept = [...applyDirectives(all, parsed.directives), ...directiveProblems(parsed.text, all, parsed.directives, rules, config, docLocale)];
  return { findings: applyPrecedence(dedupe(sortFindings(kept)), rules), parsed };
}

/** One macro's findings in a lint: from the cache (relative) or just linted (`raw`, absolute). */
interface Part {
  index: number;
  /** Where the macro's source starts when `cached` is set, else 0. */
  base: number;
  cached?: CachedMacro;
  raw?: Finding[];
  /** Absolute, sorted, deduplicated, precedence applied (parts without a cache entry). */
  final?: readonly Finding[];
}

const byPosition = (a: Finding, b: Finding) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(byPosition);
}

/** Compares findings `a` and `b` moved by `da` and `db`, as `byPosition` compares them. */
function comparePlaced(a: Finding, da: number, b: Finding, db: number): number {
  return a.range.start + da - (b.range.start + db) || a.range.end + da - (b.range.end + db) || a.ruleId.localeCompare(b.ruleId);
}

/** What a part reports, sorted, deduplicated and folded by precedence (relative to `part.base`). */
function finalOf(part: Part, rules: readonly Rule[]): readonly Finding[] {
  if (part.cached) return (part.cached.final ??= applyPrecedence(dedupe(sortFindings([...part.cached.findings])), rules));
  return (part.final ??= applyPrecedence(dedupe(sortFindings([...part.raw!])), rules));
}

/** A part's final findings with offsets into the file (shifted copies are kept while the macro does not move). */
function absoluteOf(part: Part, rules: readonly Rule[]): readonly Finding[] {
  const final = finalOf(part, rules);
  const c = part.cached;
  if (!c) return final;
  if (!c.at || c.at.base !== part.base || c.at.index !== part.index) c.at = { base: part.base, index: part.index, findings: final.map((f) => shiftFinding(f, part.base, part.index)) };
  return c.at.findings;
}

/** A part's findings as the rules reported them, with offsets into the file. */
function rawFindings(part: Part): Finding[] {
  return part.raw ?? part.cached!.findings.map((f) => shiftFinding(f, part.base, part.index));
}

/**
 * The result as groups, or undefined when per-macro assembly could differ from sorting, deduplicating
 * and folding the whole document at once: that needs every macro's findings to sort strictly after
 * the previous macro's, and each document-level finding to sort strictly between two macros' findings
 * (then no duplicate spans two groups, and precedence, which folds findings of one macro, is unchanged).
 */
function assemble(docFindings: Finding[], parts: Part[], rules: readonly Rule[]): FindingGroup[] | undefined {
  const loose = docFindings.length ? applyPrecedence(dedupe(sortFindings([...docFindings])), rules) : [];
  const groups: FindingGroup[] = [];
  let i = 0;
  let last: { f: Finding; d: number } | undefined;
  const takeLoose = (before?: { f: Finding; d: number }) => {
    const start = i;
    while (i < loose.length && (!before || comparePlaced(loose[i], 0, before.f, before.d) < 0)) i++;
    if (i === start) return true;
    if (last && comparePlaced(loose[start], 0, last.f, last.d) <= 0) return false;
    const run = loose.slice(start, i);
    groups.push({ cached: false, base: 0, findings: run, absolute: () => run });
    last = { f: run[run.length - 1], d: 0 };
    return true;
  };
  for (const part of parts) {
    const final = finalOf(part, rules);
    if (!final.length) continue;
    const first = { f: final[0], d: part.base };
    if (!takeLoose(first)) return undefined;
    if (i < loose.length && comparePlaced(loose[i], 0, first.f, first.d) === 0) return undefined;
    if (last && comparePlaced(first.f, first.d, last.f, last.d) <= 0) return undefined;
    groups.push(new MacroGroup(part, final, rules));
    last = { f: final[final.length - 1], d: part.base };
  }
  return takeLoose() ? groups : undefined;
}

/** One macro's group (a class: a keystroke in a big library makes thousands). */
class MacroGroup implements FindingGroup {
  readonly #part: Part;
  readonly #rules: readonly Rule[];
  constructor(
    part: Part,
    readonly findings: readonly Finding[],
    rules: readonly Rule[],
  ) {
    this.#part = part;
    this.#rules = rules;
  }
  get macroIndex(): number {
    return this.#part.index;
  }
  get cached(): boolean {
    return this.#part.cached !== undefined;
  }
  get base(): number {
    return this.#part.base;
  }
  absolute(): readonly Finding[] {
    return absoluteOf(this.#part, this.#rules);
  }
}

/** A result whose `findings` are made from its groups when first read. */
function lazyResult(parsed: ParsedDocument, groups: readonly FindingGroup[]): LintResult {
  let findings: Finding[] | undefined;
  return {
    parsed,
    groups,
    get findings(): Finding[] {
      if (!findings) {
        findings = [];
        for (const g of groups) for (const f of g.absolute()) findings.push(f);
      }
      return findings;
    },
    set findings(value: Finding[]) {
      findings = value;
    },
  };
}

function skipReason(text: string, format: 'markdown' | 'yaml', config: Config): { id: string; data: Record<string, string | number> } | undefined {
  const limit = config.maxFileSize[format];
  if (text.length > limit) return { id: 'tooLarge', data: { size: text.length, limit } };
  if (isBinary(text)) return { id: 'binary', data: {} };
  if (isMinified(text)) return { id: 'minified', data: {} };
  return undefined;
}

function clampRange(r: Range, len: number): Range {
  const start = Math.max(0, Math.min(r.start, len));
  const end = Math.max(start, Math.min(r.end, len));
  return { start, end };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}:${f.range.start}:${f.range.end}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True when a directive's rule entry (`id`, `family/*` or `*`) names rule `id`. */
function names(entry: string, id: string): boolean {
  return entry === id || entry === '*' || (entry.endsWith('/*') && id.startsWith(entry.slice(0, -1)));
}

/**
 * Drops findings covered by inline disable directives; `used` (when given) collects, per directive,
 * the rule entries that suppressed something ('' for a directive that names no rule).
 */
export function applyDirectives(findings: Finding[], directives: Directive[], used?: Map<Directive, Set<string>>): Finding[] {
  if (!directives.length) return findings;
  const blocks = [...directives].filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.range.start - b.range.start);
  const lines = directives.filter((d) => d.covers);
  const entryFor = (d: Directive, id: string) => (d.rules.length === 0 ? '' : d.rules.find((r) => names(r, id)));
  const use = (d: Directive, entry: string) => {
    if (!used) return;
    let set = used.get(d);
    if (!set) used.set(d, (set = new Set()));
    set.add(entry);
  };
  return findings.filter((f) => {
    if (f.ruleId === 'syntax-error') return true;
    const at = f.range.start;
    for (const d of lines) {
      const entry = entryFor(d, f.ruleId);
      if (entry !== undefined && d.covers && at >= d.covers.start && at <= d.covers.end) {
        use(d, entry);
        return false;
      }
    }
    let by: { d: Directive; entry: string } | undefined;
    for (const d of blocks) {
      if (d.range.start > at) break;
      const entry = entryFor(d, f.ruleId);
      if (entry === undefined) continue;
      by = d.kind === 'disable' ? { d, entry } : undefined;
    }
    if (by) use(by.d, by.entry);
    return !by;
  });
}

/**
 * Findings about the directives themselves (as ESLint reports them): a rule entry that names no
 * rule, and a disable directive (or one of its entries) that suppressed nothing.
 */
function directiveProblems(text: string, findings: Finding[], directives: Directive[], rules: readonly Rule[], config: Config, locale: Locale): Finding[] {
  if (!directives.length) return [];
  const ids = rules.map((r) => r.meta.id);
  const used = new Map<Directive, Set<string>>();
  applyDirectives(findings, directives, used);
  const out: Finding[] = [];
  const messages = ENGINE_MESSAGES[locale];
  const unusedSeverity = config.reportUnusedDisableDirectives;
  const add = (ruleId: string, severity: Severity, d: Directive, messageId: string, data: Record<string, string>, fixes: Fix[] = []) =>
    out.push({ ruleId, severity, range: d.range, message: formatMessage(messages[messageId], { ...data, kind: `macrolint-${d.kind}` }), locale, fixes });
  // As ESLint's --fix does: a directive that is wholly unused is removed (with its line when alone on it).
  const removal = (d: Directive): Fix[] => [{ title: messages.removeDirective, edits: [removeComment(text, d.range)] }];
  for (const d of directives) {
    const known = d.rules.filter((r) => ids.some((id) => names(r, id)));
    for (const r of d.rules) {
      if (known.includes(r)) continue;
      const hint = suggestRuleId(r, ids);
      add('unknown-rule', 'error', d, hint ? 'unknownRuleHint' : 'unknownRule', { rule: r, ...(hint ? { hint } : {}) });
    }
    if (d.kind === 'enable' || unusedSeverity === 'off') continue;
    const hit = used.get(d);
    if (d.rules.length === 0) {
      if (!hit) add('unused-disable-directive', unusedSeverity, d, 'unusedDirective', {}, removal(d));
      continue;
    }
    const wholly = !hit && known.length === d.rules.length;
    known.filter((r) => !hit?.has(r)).forEach((r, i) => add('unused-disable-directive', unusedSeverity, d, 'unusedDirectiveRule', { rule: r }, wholly && i === 0 ? removal(d) : []));
  }
  return out;
}

/** The edit that removes a comment: its whole line when nothing else is on it, else the comment and the blanks before it. */
function removeComment(text: string, r: Range): Edit {
  const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
  let lineEnd = text.indexOf('\n', r.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, r.start);
  const after = text.slice(r.end, lineEnd).replace(/\r$/, '');
  if (!before.trim() && !after.trim()) return { start: lineStart, end: Math.min(text.length, lineEnd + 1), text: '' };
  return { start: r.start - (before.length - before.trimEnd().length), end: r.end, text: '' };
}

/** The first fix of each finding that is safe (what fix-all applies). */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe !== false);
    if (fix) out.push(fix);
  }
  return out;
}
