/**
 * Which files the CLI lints for the paths it is given, and why a path yields none. Globs in `files`
 * and `ignores` are relative to the folder of the configuration file that applies (the working
 * folder without one), never to the path named on the command line.
 */
import { statSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import type { Config } from '../engine/config';
import { isMacroFile } from '../node/discover';
import { IgnoreFiles } from '../node/ignore-files';
import { displayPath } from './format';

/** The configuration of a file and the folder its globs are relative to. */
export interface FileConfig {
  config: Config;
  base: string;
}

export interface FindOptions {
  cwd: string;
  /** Honour `.gitignore`, `.macrolintignore` and the configured `ignores`. */
  ignore: boolean;
  configOf(file: string): FileConfig;
  /**
   * Files the caller has already (the linted files, when a lint run looks for the rest of the library):
   * left out of the result without a look at their ignore files or configuration.
   */
  known?: ReadonlySet<string>;
}

/** What one command-line path yielded. */
interface PathOutcome {
  arg: string;
  kind: 'dir' | 'glob';
  files: number;
  /** Candidates (by extension) that are not macros, per extension. */
  notMacros: Map<string, number>;
  byIgnoreFiles: number;
  byIgnores: number;
}

export interface FoundFiles {
  files: string[];
  /** Named paths that do not exist. */
  missing: string[];
  /** One line per named path that yielded no file, saying why. */
  unmatched: string[];
}

const CANDIDATES = '**/*.{md,markdown,yaml,yml}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const IGNORES = new Map<string, (p: string) => boolean>();
/** The matcher of each `ignores` list seen (a run has one config object for many files: serialised once). */
const IGNORES_OF = new WeakMap<readonly string[], (p: string) => boolean>();

/** True when the configured `ignores` (relative to `base`) exclude `file`. */
function ignoredByConfig(file: string, fc: FileConfig): boolean {
  const list = fc.config.ignores;
  let m = IGNORES_OF.get(list);
  if (!m) {
    const key = JSON.stringify(list);
    m = IGNORES.get(key);
    if (!m) IGNORES.set(key, (m = list.length ? picomatch(list, { dot: true }) : () => false));
    IGNORES_OF.set(list, m);
  }
  if (!list.length) return false;
  const rel = relative(fc.base, file);
  return m((rel.startsWith('..') ? file : rel).split(sep).join('/'));
}

/** Expands files, folders and globs into the files to lint (sorted), with reasons for paths that yield none. */
export function findFiles(paths: readonly string[], options: FindOptions): FoundFiles {
  const { cwd } = options;
  const files = new Set<string>();
  const missing: string[] = [];
  const outcomes: PathOutcome[] = [];
  const ignoreFiles = options.ignore ? new IgnoreFiles(cwd) : undefined;
  // Every candidate is counted once per path, so the reason names what the user can change.
  const consider = (o: PathOutcome, abs: string, mustBeMacro: boolean) => {
    if (options.known?.has(abs)) return;
    if (ignoreFiles?.ignores(abs)) return void o.byIgnoreFiles++;
    const fc = options.configOf(abs);
    if (options.ignore && ignoredByConfig(abs, fc)) return void o.byIgnores++;
    if (mustBeMacro && !isMacroFile(abs, fc.base, fc.config.files)) {
      const ext = extname(abs).toLowerCase();
      o.notMacros.set(ext, (o.notMacros.get(ext) ?? 0) + 1);
      return;
    }
    o.files++;
    files.add(abs);
  };
  for (const arg of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, arg);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st?.isFile()) {
      // A file named explicitly is always linted.
      files.add(abs);
      continue;
    }
    const isGlob = !st && /[*?{[]/.test(arg);
    if (!st?.isDirectory() && !isGlob) {
      missing.push(arg);
      continue;
    }
    const o: PathOutcome = { arg, kind: isGlob ? 'glob' : 'dir', files: 0, notMacros: new Map(), byIgnoreFiles: 0, byIgnores: 0 };
    const found = isGlob
      ? globSync([arg], { cwd, absolute: true, ignore: ALWAYS_SKIPPED, onlyFiles: true })
      : globSync([CANDIDATES], { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, dot: false });
    // A glob names its files (macros or not); a folder is searched for macros.
    for (const f of found) consider(o, resolve(f), !isGlob);
    outcomes.push(o);
  }
  const unmatched = outcomes.filter((o) => o.files === 0).map((o) => unmatchedReason(o, cwd));
  return { files: [...files].sort(), missing, unmatched };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "4 .md files" / "3 .md files and 1 .yaml file". */
function byExtension(counts: Map<string, number>): string {
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([ext, n]) => `${n} ${ext}`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${list} file${total === 1 ? '' : 's'}`;
}

function unmatchedReason(o: PathOutcome, cwd: string): string {
  const name = o.kind === 'glob' ? `"${o.arg}"` : `${displayPath(cwd, resolve(cwd, o.arg)) || '.'}/`.replace(/\/+$/, '/');
  const reasons: string[] = [];
  if (o.notMacros.size) {
    const n = [...o.notMacros.values()].reduce((a, b) => a + b, 0);
    reasons.push(`${byExtension(o.notMacros)} under it ${n === 1 ? 'is not a macro' : 'are not macros'}: not matched by \`files\` and no anger/macro front matter`);
  }
  if (o.byIgnoreFiles) reasons.push(`${plural(o.byIgnoreFiles, 'file')} ignored by .gitignore or .macrolintignore (--no-ignore lints ${o.byIgnoreFiles === 1 ? 'it' : 'them'})`);
  if (o.byIgnores) reasons.push(`${plural(o.byIgnores, 'file')} excluded by \`ignores\` in the configuration (--no-ignore lints ${o.byIgnores === 1 ? 'it' : 'them'})`);
  if (!reasons.length) reasons.push(o.kind === 'glob' ? 'no file matches this pattern' : 'no .md, .markdown, .yaml or .yml file under it');
  return `${name}: no macro file to lint; ${reasons.join('; ')}`;
}
