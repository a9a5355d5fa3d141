/**
 * The one fix applier: every fix in Macrolint (CLI `--fix`, editor fix-all, quick fixes, tests) goes
 * through these functions.
 */
import type { Edit, Finding, Fix, Range, SourceDocument } from './types';
import { defaultConfig, mergeConfigs, type Config } from './config';
import { lint, LintCache, shiftFinding, shiftFix, type LintOptions, type LintResult } from './lint';
import { describeViolations, findingViolations, newFindingRules, textViolations } from './rewrite/validate';
import { libraryItem } from './library-item';

/** Applies non-overlapping edits to `text` (edits overlapping an earlier one are skipped). */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits]
    .filter((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let pos = 0;
  let applied = 0;
  let lastInsertAt = -1;
  for (const e of sorted) {
    if (e.start < pos) continue;
    // Two insertions at the same point would interleave unpredictably; keep the first.
    if (e.start === e.end && e.start === lastInsertAt) continue;
    out.push(text.slice(pos, e.start), e.text);
    pos = e.end;
    if (e.start === e.end) lastInsertAt = e.start;
    applied++;
  }
  out.push(text.slice(pos));
  return { text: out.join(''), applied };
}

/** Applies whole fixes (all of a fix's edits or none), skipping fixes that overlap an applied one. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  const overlaps = (a: Edit, b: Edit) => a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
  const ordered = [...fixes].sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of ordered) {
    if (!fix.edits.length) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  return { text: applyEdits(text, taken).text, applied };
}

export interface FixAllResult {
  text: string;
  /** Lint passes that applied at least one fix. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
  /** Findings left after the last pass. */
  remaining: Finding[];
}

/**
 * The configuration the validator re-lints with: the phrase tables alone. A model's verdict on a sentence
 * just rewritten is a hint, not a problem the rewrite made; tables-only findings are also what a
 * rewrite fixes, and they are cheap to re-check.
 */
function tablesOnly(config: Config | undefined): Config {
  const base = config ?? defaultConfig();
  let c = tablesOnlyCache.get(base);
  if (!c) tablesOnlyCache.set(base, (c = mergeConfigs(base, { detection: { models: false } })));
  return c;
}
const tablesOnlyCache = new WeakMap<Config, Config>();

/** What validating rewrites needs: the document, its configuration and lint options, and a cache. */
export interface ValidationContext {
  doc: SourceDocument;
  config?: Config;
  options?: LintOptions;
  /** The findings the caller cares about (fix-all's `filter`): only these count as new or cleared. */
  scope?: (f: Finding) => boolean;
  /** The ranges of the macros of the text, when the caller knows them (a check of the text alone then needs no lint). */
  macros?: readonly Range[];
}

/** The joined span of the sentences around [start, end) of `text`: back and forward to . ! ? or a line break. */
function sentencesAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  // A sentence a rewrite opens (". The warehouse…") belongs to the change: run on to the one after it.
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return { start: s, end: e };
}

/**
 * Rules that judge the words of a sentence (what a reader would still edit in it); findings about the
 * whole reply (anger type, missing moves, structure) do not make a sentence's rewrite unproven.
 */
const PROSE_RULE = /^(?:deflecting\/|over-apology$|vague-assurance$|generic-acknowledge$)/;

/** What the validator says of one rewrite: text faults (the result reads broken) and finding faults. */
export interface FixVerdict {
  /** Text checks failed: the rewrite is dropped, never offered (a reader would call it broken). */
  broken: string[];
  /** Finding checks failed: the rewrite is offered as a quick fix only, with these reasons. */
  demoted: string[];
}

/**
 * The validator's verdict on `fix` of `finding` applied to `text`; `lintBefore` is the tables-only lint
 * of `text` (or makes it, called only when needed); `cache` makes each re-lint cost one macro. With
 * `textOnly`, the findings are not re-checked (a quick fix already needs review; only a broken text is
 * worth a re-check). `found` are the findings of the full lint of `text` (models included), read for
 * problems the rewrite leaves in its sentences.
 */
export function judgeFix(ctx: ValidationContext, text: string, lintBefore: LintResult | (() => LintResult), finding: Finding, fix: Fix, cache: LintCache, textOnly = false, found: readonly Finding[] = []): FixVerdict {
  const after = applyFixes(text, [fix]).text;
  if (after === text) return { broken: [], demoted: [] };
  const start = Math.min(...fix.edits.map((e) => e.start));
  const end = Math.max(...fix.edits.map((e) => e.end));
  const baseline = typeof lintBefore === 'function' ? lintBefore : () => lintBefore;
  const macros = ctx.macros ?? baseline().parsed?.macros.map((m) => m.range);
  const macro = macros?.find((m) => m.start <= start && start <= m.end);
  const broken = describeViolations(textViolations({ before: text, after, edits: fix.edits, locale: finding.locale, macro }), finding.locale);
  if (broken.length || textOnly) return { broken, demoted: [] };
  const before = baseline();
  const relinted = lint({ ...ctx.doc, text: after }, tablesOnly(ctx.config), { ...ctx.options, cache }).findings;
  const inMacro = (fs: readonly Finding[]) => fs.filter((f) => f.macroIndex === finding.macroIndex && (!ctx.scope || ctx.scope(f)));
  const [b, a] = [inMacro(before.findings), inMacro(relinted)];
  const violations = findingViolations(b, a, finding.ruleId);
  // Proven means the sentences the rewrite touches read right as a whole: one that still carries
  // another deflecting finding ("We apologise. According to our refund policy…") needs a person.
  const delta = fix.edits.reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
  const around = sentencesAround(after, start, end + delta);
  // A problem with a safe rewrite of its own is fixed in the same fix-all ("Lo sentimos, pero según nuestra
  // política…" ends clean after both); only one that needs a person leaves the sentence unproven.
  const problem = (f: Finding) => f.severity !== 'info' && PROSE_RULE.test(f.ruleId) && !f.fixes.some((x) => x.rewrite && x.safe !== false);
  const others = a.filter((f) => problem(f) && f.range.start < around.end && around.start < f.range.end);
  // Found before by the models too: a problem in the sentences the rewrite touches but not under its
  // edits stays (a rewrite folded into another rule's finding leaves that finding's own words).
  const was = sentencesAround(text, Math.min(start, finding.range.start), Math.max(end, finding.range.end));
  const under = (f: Finding) => fix.edits.some((e) => f.range.start < Math.max(e.end, e.start + 1) && e.start < f.range.end);
  others.push(...found.filter((f) => problem(f) && (!ctx.scope || ctx.scope(f)) && f.macroIndex === finding.macroIndex && f.range.start < was.end && was.start < f.range.end && !under(f)));
  if (others.length && !violations.includes('not-fixed')) violations.push('other-problem');
  const rules = newFindingRules(b, a).join(', ');
  const otherRules = [...new Set(others.map((f) => f.ruleId))].join(', ');
  const [newMsg, otherMsg] = describeViolations(['new-finding', 'other-problem'], finding.locale);
  const demoted = describeViolations([...new Set(violations)], finding.locale).map((m) => (m === newMsg && rules ? `${m} (${rules})` : m === otherMsg ? `${m} (${otherRules})` : m));
  return { broken, demoted };
}

/**
 * The findings of `result` with each rewrite validated: one whose text reads broken (a cut-off
 * sentence, a lost link or number, a switched voice…) is dropped; a safe one that fails a finding
 * check is demoted to a quick fix (`safe: false`) with its reasons in `rejected`. Only findings `which`
 * accepts are validated (a code-action request validates the findings of its range); fixes that are
 * not rewrites are kept as they are. The findings are copies: lint results (and their cache) are never
 * changed.
 */
export function validateFindings(ctx: ValidationContext, text: string, result: LintResult, which: (f: Finding) => boolean = () => true, cache = new LintCache()): Finding[] {
  let baseline: LintResult | undefined;
  const base = () => (baseline ??= lint({ ...ctx.doc, text }, tablesOnly(ctx.config), { ...ctx.options, cache }));
  return result.findings.map((f) => {
    if (!which(f) || !f.fixes.some((x) => x.rewrite)) return f;
    const fixes = f.fixes.flatMap((x) => {
      if (!x.rewrite) return [x];
      const v = judgeFix(ctx, text, base, f, x, cache, x.safe === false, result.findings);
      if (v.broken.length) return [];
      return v.demoted.length ? [{ ...x, safe: false, rejected: v.demoted }] : [x];
    });
    return { ...f, fixes };
  });
}

/**
 * Verdicts of library items kept from one fix-all pass to the next (an item no fix touched is judged
 * the same again): entries not used by a pass are dropped at the next `turn`.
 */
export class VerdictMemo {
  #prev = new Map<string, Finding[]>();
  #next = new Map<string, Finding[]>();

  /** The validated findings stored under `key`, if any. */
  get(key: string): Finding[] | undefined {
    const hit = this.#next.get(key) ?? this.#prev.get(key);
    if (hit) this.#next.set(key, hit);
    return hit;
  }

  /** Stores the validated findings of an item. */
  set(key: string, findings: Finding[]): void {
    this.#next.set(key, findings);
  }

  /** Starts a new pass: forgets what the last pass did not use. */
  turn(): void {
    this.#prev = this.#next;
    this.#next = new Map();
  }
}

/**
 * `validateFindings` with the findings of each YAML library item validated in their item alone
 * (`libraryItem`): the verdicts of validating against the whole file, at the cost of one item per
 * rewrite instead of the whole file. Findings of an item that cannot stand alone (a disable comment
 * above it), outside any macro, or of a file that is not a library are validated against the whole file.
 * With `memo` (one per fix-all run), an item whose text and findings are those of an earlier call reuses
 * that call's verdicts.
 */
export function validateByItem(ctx: ValidationContext, text: string, result: LintResult, which: (f: Finding) => boolean = () => true, memo?: VerdictMemo): Finding[] {
  const byMacro = new Map<number, Finding[]>();
  const wanted = new Set<number>();
  const rest = new Set<Finding>();
  const validates = (f: Finding) => which(f) && f.fixes.some((x) => x.rewrite);
  for (const f of result.findings) {
    if (f.macroIndex === undefined) {
      if (validates(f)) rest.add(f);
      continue;
    }
    let own = byMacro.get(f.macroIndex);
    if (!own) byMacro.set(f.macroIndex, (own = []));
    own.push(f);
    if (validates(f)) wanted.add(f.macroIndex);
  }
  const source = { ...ctx.doc, text };
  const validated = new Map<Finding, Finding>();
  for (const m of wanted) {
    const item = libraryItem(source, result, m, byMacro.get(m));
    if (!item) {
      for (const f of byMacro.get(m)!) if (validates(f)) rest.add(f);
      continue;
    }
    // The item's findings are judged as the file's: `which` and the scope see them where they are in the file.
    const chosen = new Set(item.findings.filter((_, i) => validates(item.original[i])));
    const scope = ctx.scope;
    const itemScope = scope && ((f: Finding) => scope(f.macroIndex === 0 ? shiftFinding(f, item.delta, m) : f));
    const key = memo && `${m}\u0000${item.doc.text}\u0000${JSON.stringify(item.findings)}`;
    let out = key !== undefined ? memo!.get(key) : undefined;
    if (!out) {
      // The item's macro is where the file's reader put it: a quick fix's text check needs no lint of the item.
      const range = result.parsed!.macros[m].range;
      const macros = [{ start: range.start - item.delta, end: range.end - item.delta }];
      out = validateFindings({ ...ctx, doc: item.doc, scope: itemScope, macros }, item.doc.text, { findings: item.findings }, (x) => chosen.has(x));
      if (key !== undefined) memo!.set(key, out);
    }
    out.forEach((f, i) => {
      if (chosen.has(item.findings[i])) validated.set(item.original[i], { ...item.original[i], fixes: f.fixes.map((x) => shiftFix(x, item.delta)) });
    });
  }
  const findings = rest.size ? validateFindings({ ...ctx, doc: source }, text, result, (f) => rest.has(f)) : result.findings;
  return validated.size ? findings.map((f) => validated.get(f) ?? f) : findings;
}

/** The first fix of each finding that is safe (what fix-all applies). */
function firstSafe(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe !== false);
    if (fix) out.push(fix);
  }
  return out;
}

/**
 * Applies every safe fix, re-linting between passes, at most `maxPasses` (10) passes. Rewrites are
 * validated first (lazily: only here and for code actions, never in a plain lint), in a YAML library
 * item by item (`validateByItem`); the remaining findings carry the validation of their rewrites.
 * `filter` decides by a finding's rule and macro (the verdicts of an item no pass changed are reused);
 * `wholeFile` validates every rewrite against the whole file, the reference the item path is tested against.
 */
export function fixAll(doc: SourceDocument, config?: Config, options: LintOptions & { maxPasses?: number; filter?: (f: Finding) => boolean; wholeFile?: boolean } = {}): FixAllResult {
  const max = options.maxPasses ?? 10;
  const { maxPasses: _m, filter, wholeFile, ...lintOptions } = options;
  const ctx: ValidationContext = { doc, config, options: { ...lintOptions, cache: undefined }, scope: filter };
  const cache = new LintCache();
  // Each pass changes a few items: the lint after it re-reads and re-lints only those.
  const passOptions = wholeFile || lintOptions.cache ? lintOptions : { ...lintOptions, cache: new LintCache() };
  const memo = new VerdictMemo();
  const validate = (text: string, result: LintResult) => {
    if (wholeFile) return validateFindings(ctx, text, result, filter, cache);
    memo.turn();
    return validateByItem(ctx, text, result, filter, memo);
  };
  let text = doc.text;
  let passes = 0;
  let applied = 0;
  let result = lint({ ...doc, text }, config, passOptions);
  let findings = validate(text, result);
  while (passes < max) {
    const fixes = firstSafe(filter ? findings.filter(filter) : findings);
    if (!fixes.length) break;
    const r = applyFixes(text, fixes);
    if (!r.applied || r.text === text) break;
    text = r.text;
    passes++;
    applied += r.applied;
    result = lint({ ...doc, text }, config, passOptions);
    findings = validate(text, result);
  }
  return { text, passes, applied, remaining: findings };
}
