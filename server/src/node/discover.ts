/** Which files are macros: configured globs, plus Markdown files whose front matter has `anger` or `macro`. */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { IgnoreFiles } from './ignore-files';
import { MACRO_HEAD_CHARS, hasMacroFrontMatter } from '../engine/model/macro-file';

// The client, the server and the CLI share one content check.
export { hasMacroFrontMatter };

/** A matcher for "is this path (relative to root) a macro file by the globs". */
export function globMatcher(globs: readonly string[], ignores: readonly string[] = []): (rel: string) => boolean {
  // Compiling globs dominates discovery of large trees; the same lists come back for every file.
  const key = JSON.stringify([globs, ignores]);
  let m = MATCHERS.get(key);
  if (!m) {
    if (MATCHERS.size > 100) MATCHERS.clear();
    m = compileMatcher(globs, ignores);
    MATCHERS.set(key, m);
  }
  return m;
}

const MATCHERS = new Map<string, (rel: string) => boolean>();

function compileMatcher(globs: readonly string[], ignores: readonly string[]): (rel: string) => boolean {
  const inc = picomatch(globs as string[], { dot: false });
  const exc = ignores.length ? picomatch(ignores as string[], { dot: true }) : () => false;
  return (rel) => {
    const p = rel.split(sep).join('/');
    return inc(p) && !exc(p);
  };
}

/** True when the file at `abs` is a macro file under `root` (globs, or Markdown with macro front matter). */
export function isMacroFile(abs: string, root: string, globs: readonly string[], ignores: readonly string[] = [], text?: string): boolean {
  const rel = relative(root, abs);
  if (globMatcher(globs, ignores)(rel.startsWith('..') ? abs : rel)) return true;
  if (!/\.(md|markdown)$/i.test(abs)) return false;
  if (globMatcher(['**'], ignores)(rel) === false && ignores.length) return false;
  try {
    return hasMacroFrontMatter(text ?? readFileSync(abs, 'utf8').slice(0, MACRO_HEAD_CHARS));
  } catch {
    return false;
  }
}

export interface DiscoverOptions {
  /** Honour `.gitignore` and `.macrolintignore` files for searched folders and globs (default false). */
  ignoreFiles?: boolean;
}

/**
 * Expands CLI arguments (files, directories, globs) into macro files. A file named explicitly is
 * always linted; a directory is searched for macro files.
 */
export function discover(args: readonly string[], cwd: string, globs: readonly string[], ignores: readonly string[], options: DiscoverOptions = {}): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const ignoreFiles = options.ignoreFiles ? new IgnoreFiles(cwd) : undefined;
  const keep = (f: string) => !ignoreFiles?.ignores(f);
  const searchDir = (dir: string) => {
    const all = globSync(['**/*.{md,markdown,yaml,yml}'], { cwd: dir, absolute: true, ignore: ['**/node_modules/**', '**/.git/**', ...ignores], dot: false });
    for (const f of all) if (keep(f) && isMacroFile(f, dir, globs, ignores)) files.add(resolve(f));
  };
  for (const a of args.length ? args : ['.']) {
    const abs = resolve(cwd, a);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) searchDir(abs);
    else if (st?.isFile()) files.add(abs);
    else if (/[*?{[]/.test(a)) {
      for (const f of globSync([a], { cwd, absolute: true, ignore: ['**/node_modules/**', ...ignores] })) if (keep(f)) files.add(resolve(f));
    } else missing.push(a);
  }
  return { files: [...files].sort(), missing };
}
