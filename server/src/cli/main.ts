/** The `macrolint` command line: lint macro files with the same engine as the editor. */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { expandRuleId, parseConfig, ruleSetting, unknownRuleMessage, type Config, type PartialConfig } from '../engine/config';
import type { Rule } from '../engine/rule';
import { ruleDocsPath } from '../engine/rule';
import { RULES } from '../engine/rules';
import { lineStarts } from '../engine/text';
import { CONFIG_NAMES, ConfigResolver, type LoadedConfig } from '../node/config-loader';
import { isMacroFile } from '../node/discover';
import { formatOf } from '../engine/model';
import { hashText } from '../engine/model/yaml-incremental';
import { parseArgs, UsageError, USAGE, type Args } from './args';
import { cacheFile, LintCache, sha256 } from './cache';
import { initConfigText, rulesTable } from './commands';
import { countReport, displayPath, formatJson, formatStylish, jsonChunks, lineColumn, stylishChunks, toReportFile, type FixSummary, type FormatContext, type ReportFile, type RuleInfo } from './format';
import { findFiles } from './files';
import { writeFileAtomic, roundTripsAsUtf8 } from './fs';
import { changedSince, GitError } from './git';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJunit } from './junit';
import { WorkerPool, batches } from './pool';
import { formatSarif } from './sarif';
import { runTask, changedScope, RunMemory, type LintTask, type MacroStats, type TaskResult } from './task';
import { isolationLayer, TEST_RULES } from './test-rules';
import { severityOf } from '../engine/lint';
import { WORKSPACE_RULES } from '../engine/rules/workspace';
import type { Finding } from '../engine/types';
import { buildIndex, fileUri, indexOnlyFiles, libraryRoots, reportFormat, workspaceFindings, type IndexedFile } from './workspace';
import { buildReport, renderReport } from '../engine/report';
import type { WorkspaceIndex } from '../engine/workspace';

export interface RunIo {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  version: string;
  /** Text for `--stdin` (read lazily from fd 0 when absent). */
  stdin?: string | (() => string);
  /** Whether stdout is a terminal (colours). */
  isTTY?: boolean;
  /** Environment (NO_COLOR, FORCE_COLOR). */
  env?: Record<string, string | undefined>;
}

export interface RunOptions {
  /** Inject the test-only rules and turn off every built-in rule except `syntax-error`. */
  testRules?: boolean;
  /** The bundled worker script (default: `cli-worker.js` beside the running bundle). */
  workerScript?: string;
  /** When `--workers auto` uses the pool. */
  poolThreshold?: { files: number; bytes: number };
  /** Test hook: filled with how many macros this run linted and how many it reused. */
  macroStats?: MacroStats;
}

/** Default pool threshold: many files or a lot of text. */
export const POOL_THRESHOLD = { files: 200, bytes: 4 * 1024 * 1024 };

const DOCS = 'https://github.com/macrolint/macrolint/blob/main/';

/** Exit 2 with one line per problem. */
class FatalError extends Error {}

const ENGINE_NOTICES: Record<string, { short: string; full: string; severity: RuleInfo['defaultSeverity'] }> = {
  'skipped-file': {
    short: 'File skipped: too large, binary or minified.',
    full: 'The file was not linted because it is over the configured size limit (maxFileSize), looks binary, or looks minified.',
    severity: 'warning',
  },
  'rule-error': {
    short: 'A rule failed on this file.',
    full: 'A rule threw while checking this file; its findings are missing and the other rules still ran. Please report it.',
    severity: 'info',
  },
  'unknown-rule': {
    short: 'A disable or enable comment names no rule.',
    full: 'A macrolint-disable / macrolint-enable comment names a rule id that does not exist (a typo, or a removed rule), so it suppresses nothing.',
    severity: 'error',
  },
  'unused-disable-directive': {
    short: 'A disable comment suppresses nothing.',
    full: 'A macrolint-disable comment (or one of the rules it names) suppressed no problem: remove it (reportUnusedDisableDirectives: off stops reporting them).',
    severity: 'warning',
  },
};

function ruleInfo(id: string, rules: readonly Rule[]): RuleInfo {
  const r = rules.find((x) => x.meta.id === id);
  if (r) {
    return {
      id,
      shortDescription: r.meta.description.en,
      fullDescription: r.meta.rationale.en || r.meta.description.en,
      defaultSeverity: r.meta.defaultSeverity,
      helpUri: DOCS + ruleDocsPath(id),
    };
  }
  const n = ENGINE_NOTICES[id];
  return {
    id,
    shortDescription: n?.short ?? id,
    fullDescription: n?.full ?? id,
    defaultSeverity: n?.severity ?? 'warning',
    helpUri: n ? DOCS + ruleDocsPath(id) : `${DOCS}docs/cli.md#notices`,
  };
}

/** `file:line:col: message` lines for config problems. */
function configProblemLines(loaded: LoadedConfig, cwd: string): string[] {
  const texts = new Map<string, string>();
  return loaded.problems.map((p) => {
    let text = texts.get(p.file);
    if (text === undefined) {
      try {
        text = readFileSync(p.file, 'utf8');
      } catch {
        text = '';
      }
      texts.set(p.file, text);
    }
    const { line, column } = lineColumn(lineStarts(text), Math.min(p.range.start, text.length));
    const prefix = `${p.file}: `;
    const msg = p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
    return `${displayPath(cwd, p.file)}:${line}:${column}: ${msg}`;
  });
}

function engineId(version: string, testRules: boolean): string {
  let build = '';
  try {
    build = sha256(readFileSync(__filename, 'utf8'));
  } catch {
    // Not bundled (tests): the version alone.
  }
  return `${version}:${build}:${testRules ? 'test' : ''}`;
}

function useColor(args: Args, io: RunIo): boolean {
  if (args.color !== undefined) return args.color;
  if (args.outputFile) return false;
  const env = io.env ?? {};
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!io.isTTY;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 lint errors or too many warnings, 2 usage/config/I-O errors). */
export async function run(argv: string[], io: RunIo, options: RunOptions = {}): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`macrolint: ${e.message} (see macrolint --help)\n`);
    return 2;
  }
  try {
    return await runParsed(args, io, options);
  } catch (e) {
    if (e instanceof FatalError || e instanceof UsageError || e instanceof GitError) {
      io.err(e.message.split('\n').map((l) => `macrolint: ${l}\n`).join(''));
      return 2;
    }
    throw e;
  }
}

async function runParsed(args: Args, io: RunIo, options: RunOptions): Promise<number> {
  const cwd = resolve(io.cwd);
  const allRules: readonly Rule[] = options.testRules ? [...RULES, ...TEST_RULES] : RULES;
  switch (args.command) {
    case 'help':
      io.out(USAGE + '\n');
      return 0;
    case 'version':
      io.out(io.version + '\n');
      return 0;
    case 'rules':
      io.out(rulesTable(RULES, args.format === 'json' ? 'json' : 'table'));
      return 0;
    case 'init': {
      const existing = CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
      if (existing) throw new FatalError(`${displayPath(cwd, existing)} already exists; not overwriting it`);
      const target = join(cwd, '.macrolintrc.yaml');
      try {
        writeFileSync(target, initConfigText(RULES), { flag: 'wx' });
      } catch (e) {
        throw new FatalError(`cannot write ${displayPath(cwd, target)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      io.out(`Wrote ${displayPath(cwd, target)}\n`);
      return 0;
    }
    case 'lint':
    case 'report':
      break;
  }

  // Configuration: files, then test isolation, then --rule overrides.
  const overrides: PartialConfig[] = [];
  if (options.testRules) overrides.push(isolationLayer());
  const ruleIds = allRules.map((r) => r.meta.id);
  if (args.rules.length) {
    for (const r of args.rules) {
      if (!expandRuleId(r.id, ruleIds).length) throw new UsageError(`--rule: ${unknownRuleMessage(r.id, ruleIds)} (see macrolint rules)`);
    }
    // One layer per flag: a later `--rule` wins over an earlier one, wildcards included.
    for (const r of args.rules) overrides.push({ rules: { [r.id]: { severity: r.severity } } });
  }
  if (args.reportUnusedDisableDirectives) overrides.push({ reportUnusedDisableDirectives: args.reportUnusedDisableDirectives });
  const explicit = args.config ? resolve(cwd, args.config) : undefined;
  if (explicit && !existsSync(explicit)) throw new FatalError(`${args.config}: configuration file not found`);
  const resolver = new ConfigResolver(cwd, explicit, overrides, args.useConfig);
  // Rule ids are checked here, where the injected rules are known (the loader knows the built-in ones only).
  const checked = new Map<string, LoadedConfig['problems']>();
  const unknownRules = (file: string) => {
    let found = checked.get(file);
    if (!found) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // The loader reports unreadable files.
      }
      found = parseConfig(text, file, { ruleIds })
        .problems.filter((p) => p.unknownRule !== undefined)
        .map((p) => ({ ...p, file }));
      checked.set(file, found);
    }
    return found;
  };
  // The resolver hands out one object per folder: checked once, not once per file and lookup.
  const valid = new WeakSet<LoadedConfig>();
  const loadFor = (file: string): LoadedConfig => {
    const loaded = resolver.forFile(file);
    if (valid.has(loaded)) return loaded;
    const problems = [...loaded.problems, ...loaded.files.flatMap(unknownRules)];
    if (problems.length) throw new FatalError(configProblemLines({ ...loaded, problems }, cwd).join('\n'));
    valid.add(loaded);
    return loaded;
  };
  const configFor = (file: string): Config => loadFor(file).config;
  // Globs in `files` and `ignores` are relative to the configuration file that applies.
  const fileConfig = (file: string) => {
    const loaded = loadFor(file);
    const own = explicit ?? loaded.files[loaded.files.length - 1];
    return { config: loaded.config, base: own ? dirname(own) : cwd };
  };
  // The rest of the library is only indexed: a file whose configuration has problems is left out of
  // it (a run that lints that file reports them), never a reason for this run to fail.
  const broken = new Set<string>();
  const libraryConfig = (file: string) => {
    try {
      return fileConfig(file);
    } catch (e) {
      if (!(e instanceof FatalError)) throw e;
      broken.add(file);
      return { config: resolver.forFile(file).config, base: cwd };
    }
  };

  if (args.printConfig !== undefined) {
    const target = resolve(cwd, args.printConfig);
    const loaded = loadFor(target);
    const { base } = fileConfig(target);
    // Effective settings of every rule (defaults included), and where they came from.
    const rules = Object.fromEntries(
      allRules.map((r) => {
        const set = ruleSetting(loaded.config, r.meta.id);
        return [r.meta.id, { severity: set?.severity ?? r.meta.defaultSeverity, options: { ...(r.meta.defaultOptions ?? {}), ...(set?.options ?? {}) } }];
      }),
    );
    const out = { configFiles: loaded.files.map((f) => displayPath(cwd, f)), globsRelativeTo: base === cwd ? '.' : displayPath(cwd, base), ...loaded.config, rules };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }

  const color = useColor(args, io);
  const ctx: FormatContext = { cwd, version: io.version, color, rule: (id) => ruleInfo(id, allRules) };

  if (args.stdin) return runStdin(args, io, options, configFor, ctx);

  // Which files (git first: outside a repository, that is the problem to report).
  const sinceRef = args.changedSince !== undefined ? changedSince(args.changedSince, cwd) : undefined;
  const { files: found, missing, unmatched } = findFiles(args.paths, { cwd, ignore: args.ignore, configOf: fileConfig });
  if (missing.length) throw new FatalError(`${missing.join(', ')}: no such file or directory`);
  if (unmatched.length && args.errorOnUnmatchedPattern) {
    throw new FatalError([...unmatched, 'nothing was linted: fix the path, or pass --no-error-on-unmatched-pattern to allow this'].join('\n'));
  }
  let files = args.macroFilesOnly
    ? found.filter((f) => {
        const fc = fileConfig(f);
        return isMacroFile(f, fc.base, fc.config.files, args.ignore ? fc.config.ignores : []);
      })
    : found;
  let changed: Map<string, Set<number> | 'all'> | undefined;
  if (sinceRef) {
    const real = (f: string) => {
      try {
        return realpathSync(f);
      } catch {
        return resolve(f);
      }
    };
    changed = new Map([...sinceRef.files].map(([f, v]) => [real(f), v]));
    files = files.filter((f) => changed!.has(real(f)));
    const lines = new Map(files.map((f) => [f, changed!.get(real(f))!]));
    changed = lines;
  }

  // Read every file first: the pool decision needs the total size, and formatters need the text. The
  // bytes are kept only when fixing (to check the text round-trips before writing it back).
  const fixing = args.fix || args.fixDryRun;
  const tasks: { task: LintTask; raw?: Buffer; size: number }[] = [];
  let bytes = 0;
  for (const file of files) {
    const config = configFor(file);
    let raw: Buffer;
    try {
      raw = readFileSync(file);
    } catch (e) {
      throw new FatalError(`${displayPath(cwd, file)}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    bytes += raw.length;
    const lines = changed?.get(file);
    tasks.push({
      raw: fixing ? raw : undefined,
      size: raw.length,
      task: { file, text: raw.toString('utf8'), config, fix: fixing, testRules: !!options.testRules, changedLines: lines && lines !== 'all' ? [...lines].sort((a, b) => a - b) : undefined },
    });
  }

  // Cache: reuse outcomes of unchanged files. Fixing bypasses it for files that have something to fix.
  const cache = args.cache ? new LintCache(cacheFile(cwd, args.cacheLocation), engineId(io.version, !!options.testRules)) : undefined;
  const results: (TaskResult | undefined)[] = tasks.map(({ task }) => {
    if (!cache) return undefined;
    const hit = cache.get(task.file, cache.key(task.text, task.config));
    if (!hit) return undefined;
    if (task.fix && hit.findings.some((f) => f.fixes.some((x) => x.safe !== false))) return undefined;
    const keep = changedScope(hit, task.text, task.changedLines).keep;
    return { ...hit, findings: hit.findings.filter(keep), macroStats: { linted: 0, reused: 0 } };
  });
  // Uncached files are linted without `changedLines` so the cache holds whole-file outcomes.
  const cacheable = (t: LintTask) => !!cache && !t.fix;
  // Files with the same text under the same config (a macro copied into several folders) are linted once.
  const memory = new RunMemory();
  const firstWith = new Map<string, number>();
  const copyOf = new Map<number, number>();
  const todo: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (results[i]) continue;
    const t = tasks[i].task;
    if (!t.fix && (!t.changedLines || cacheable(t))) {
      const k = `${memory.scope(t)}\u0000${formatOf({ uri: t.file, text: '' })}\u0000${hashText(t.text)}`;
      const f = firstWith.get(k);
      if (f !== undefined && tasks[f].task.text === t.text) {
        copyOf.set(i, f);
        continue;
      }
      firstWith.set(k, i);
    }
    todo.push(i);
  }

  const threshold = options.poolThreshold ?? POOL_THRESHOLD;
  const cores = availableParallelism();
  const size = args.workers === 'off' ? 0 : args.workers === 'auto' ? (todo.length > threshold.files || bytes > threshold.bytes ? Math.min(cores, 4) : 0) : args.workers;
  const script = options.workerScript ?? join(__dirname, 'cli-worker.js');
  const usePool = size >= 1 && todo.length > 1 && existsSync(script) && (args.workers !== 'auto' || size > 1);
  // They also carry the file's macro findings of the last run, so only the macros that changed are linted.
  const asTask = (t: LintTask): LintTask => (cacheable(t) ? { ...t, changedLines: undefined, seed: cache!.macroFindings(t.file, t.config), collectMacros: true } : t);
  if (usePool) {
    const n = Math.min(size, todo.length);
    const pool = new WorkerPool(script, n);
    // Batches small enough that every worker gets several (the last ones finish close together).
    const target = Math.max(16 * 1024, Math.min(256 * 1024, Math.ceil(bytes / (n * 8))));
    try {
      await Promise.all(
        batches(todo, (i) => tasks[i].size, target).map(async (group) => {
          const out = await pool.runBatch(group.map((i) => asTask(tasks[i].task)));
          group.forEach((i, k) => (results[i] = out[k]));
        }),
      );
    } finally {
      await pool.close();
    }
  } else {
    for (const i of todo) results[i] = runTask(asTask(tasks[i].task), memory);
  }
  for (const [i, f] of copyOf) results[i] = { ...results[f]!, macroStats: { linted: 0, reused: results[f]!.macros.length } };
  for (const i of [...todo, ...copyOf.keys()]) {
    if (options.macroStats) {
      options.macroStats.linted += results[i]!.macroStats.linted;
      options.macroStats.reused += results[i]!.macroStats.reused;
    }
    const t = tasks[i].task;
    if (!cacheable(t)) continue;
    const r = results[i]!;
    cache!.set(t.file, cache!.key(t.text, t.config), r, t.config, r.macroFindings);
    const keep = changedScope(r, t.text, t.changedLines).keep;
    results[i] = { ...r, findings: r.findings.filter(keep) };
  }

  // Fixes: write changed files, or print them as a diff.
  let fixedProblems = 0;
  let fixedFiles = 0;
  const diffs: string[] = [];
  const writeErrors: string[] = [];
  const report: ReportFile[] = [];
  const finals: { file: string; rel: string; text: string; config: Config; findings: Finding[] }[] = [];
  tasks.forEach(({ task, raw }, i) => {
    const r = results[i]!;
    const rel = displayPath(cwd, task.file);
    let text = task.text;
    if (r.fixed && r.fixed.text !== task.text) {
      if (!roundTripsAsUtf8(raw!, task.text)) {
        io.err(`macrolint: ${rel}: not valid UTF-8; fixes not applied\n`);
        // Report what the unfixed file has.
        results[i] = runTask({ ...task, fix: false });
      } else if (args.fixDryRun) {
        diffs.push(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, task.text, r.fixed.text, undefined, undefined, { context: 3 }));
        text = r.fixed.text;
        fixedProblems += r.fixed.applied;
        fixedFiles++;
      } else {
        try {
          writeFileAtomic(task.file, r.fixed.text);
          text = r.fixed.text;
          fixedProblems += r.fixed.applied;
          fixedFiles++;
        } catch (e) {
          writeErrors.push(`${rel}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          results[i] = runTask({ ...task, fix: false });
        }
      }
    }
    finals.push({ file: task.file, rel, text, config: task.config, findings: results[i]!.findings });
  });
  // Workspace rules run on the final text of the linted files, once every file is known. A lint run
  // indexes the whole library (what a run with no paths finds from the folder of the configuration
  // file that applies, else the working folder) so a subset (`--changed-since`, one path) is judged
  // against it; only the linted files are reported on. A report covers its paths.
  const wanted = args.command === 'report' || finals.some((f) => WORKSPACE_RULES.some((r) => severityOf(r, f.config) !== 'off'));
  let indexed: IndexedFile[] = finals;
  if (wanted && args.command === 'lint') {
    // The search of the library skips the linted files at once (no second look at their ignores and config).
    const linted = new Set(finals.map((f) => f.file));
    const library = findFiles(libraryRoots(finals.map((f) => fileConfig(f.file).base)), { cwd, ignore: args.ignore, configOf: libraryConfig, known: linted }).files;
    indexed = [...finals, ...indexOnlyFiles(library, linted, (f) => (broken.has(f) ? undefined : configFor(f)), (f) => readFileSync(f, 'utf8'))];
  }
  const index = wanted ? buildIndex(indexed) : undefined;
  const ws = index ? workspaceFindings(indexed, index, finals.map((f) => f.file)) : undefined;
  // A lint run needs no file's lint result once its report entry exists: let them go as the report is
  // built (only `macrolint report` reads them again).
  const release = args.command === 'lint';
  for (const [i, f] of finals.entries()) {
    const r = results[i]!;
    // `--changed-since` in a library: workspace findings of the changed macros only, like the others.
    const keep = r.fixed ? () => true : changedScope(r, tasks[i].task.text, tasks[i].task.changedLines).keep;
    const extra = (ws?.byFile.get(f.file) ?? []).filter(keep);
    const all = extra.length ? [...f.findings, ...extra].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId)) : f.findings;
    report.push(toReportFile(f.file, f.rel, f.text, all, ws?.locate));
    if (release) {
      results[i] = undefined;
      f.findings = [];
    }
  }
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      io.err(`macrolint: cannot write the cache ${displayPath(cwd, cache.file)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    }
  }
  if (args.command === 'report') return writeReport(args, io, cwd, index!, finals);
  if (diffs.length) io.out(diffs.join(''));
  const fixSummary = args.fix || args.fixDryRun ? { problems: fixedProblems, files: fixedFiles, dryRun: args.fixDryRun } : undefined;
  const code = emit(args, io, ctx, report, args.fixDryRun ? 'err' : 'out', fixSummary);
  if (writeErrors.length) throw new FatalError(writeErrors.join('\n'));
  return code;
}

/** `--stdin`: lint text from stdin as if it were `--stdin-filename`. */
function runStdin(args: Args, io: RunIo, options: RunOptions, configFor: (file: string) => Config, ctx: FormatContext): number {
  const name = args.stdinFilename ?? '<stdin>.md';
  const file = resolve(ctx.cwd, name);
  const config = configFor(file);
  let text: string;
  try {
    text = typeof io.stdin === 'string' ? io.stdin : io.stdin ? io.stdin() : readFileSync(0, 'utf8');
  } catch (e) {
    throw new FatalError(`cannot read stdin (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const fixing = args.fix || args.fixDryRun;
  const r = runTask({ file, text, config, fix: fixing, testRules: !!options.testRules });
  const rel = args.stdinFilename ? displayPath(ctx.cwd, file) : '<stdin>';
  const after = r.fixed?.text ?? text;
  const report = [toReportFile(args.stdinFilename ? file : '<stdin>', rel, after, r.findings)];
  if (args.fix) {
    // The fixed text goes to stdout (editor integrations), the report to stderr.
    io.out(after);
    return emit(args, io, ctx, report, 'err');
  }
  if (args.fixDryRun) {
    if (after !== text) io.out(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, text, after, undefined, undefined, { context: 3 }));
    const applied = r.fixed?.applied ?? 0;
    return emit(args, io, ctx, report, 'err', { problems: applied, files: applied ? 1 : 0, dryRun: true });
  }
  return emit(args, io, ctx, report, 'out');
}

/** `macrolint report`: the library health report of the linted files (exit 0 once written). */
function writeReport(args: Args, io: RunIo, cwd: string, index: WorkspaceIndex, finals: { file: string; config: Config; findings: Finding[] }[]): number {
  const perFile = new Map(finals.map((f) => [fileUri(f.file), f.findings]));
  const report = buildReport(index, perFile, { cwdUri: fileUri(cwd) });
  const messageLocale = finals[0]?.config.messageLocale;
  const text = renderReport(report, reportFormat(args.reportFormat, args.outputFile), { locale: messageLocale === 'es' ? 'es' : 'en' });
  if (!args.outputFile) {
    io.out(text);
    return 0;
  }
  const out = resolve(cwd, args.outputFile);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } catch (e) {
    throw new FatalError(`${args.outputFile}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return 0;
}

/** Formats the report, writes it, and returns the exit code. */
function emit(args: Args, io: RunIo, ctx: FormatContext, report: ReportFile[], stream: 'out' | 'err', fixed?: FixSummary): number {
  const shown = args.quiet ? report.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error') })) : report;
  // Like ESLint: with --quiet and nothing to show, stylish says nothing (not "no problems" over hidden warnings).
  const silent = args.quiet && args.format === 'stylish' && shown.every((f) => !f.messages.length);
  // Written as it is produced, about a megabyte at a time: a big report is never one string.
  const chunks = silent ? [] : reportChunks(args.format, shown, ctx, fixed);
  if (args.outputFile) {
    const out = resolve(ctx.cwd, args.outputFile);
    let fd: number | undefined;
    try {
      mkdirSync(dirname(out), { recursive: true });
      fd = openSync(out, 'w');
      for (const piece of coalesce(chunks)) writeSync(fd, piece);
    } catch (e) {
      throw new FatalError(`${args.outputFile}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  } else for (const piece of coalesce(chunks)) (stream === 'out' ? io.out : io.err)(piece);
  const c = countReport(shown);
  if (c.errors > 0) return 1;
  if (args.maxWarnings !== undefined && c.warnings > args.maxWarnings) {
    io.err(`macrolint: too many warnings (${c.warnings}; --max-warnings is ${args.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** Joins small chunks into pieces of about `size` characters. */
function* coalesce(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let buf: string[] = [];
  let length = 0;
  for (const c of chunks) {
    buf.push(c);
    length += c.length;
    if (length >= size) {
      yield buf.join('');
      buf = [];
      length = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/** A report in one of the formats, in pieces: a file at a time where the format allows it. */
function reportChunks(format: Args['format'], files: readonly ReportFile[], ctx: FormatContext, fixed?: FixSummary): Iterable<string> {
  if (format === 'json') return jsonChunks(files);
  if (format === 'stylish') return stylishChunks(files, ctx, { fixed });
  return [formatReport(format, files, ctx, fixed)];
}

/** Renders a report in one of the formats. */
export function formatReport(format: Args['format'], files: readonly ReportFile[], ctx: FormatContext, fixed?: FixSummary): string {
  switch (format) {
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files, ctx);
    case 'github':
      return formatGithub(files);
    case 'junit':
      return formatJunit(files);
    case 'gitlab':
      return formatGitlab(files);
    case 'stylish':
      return formatStylish(files, ctx, { fixed });
  }
}
