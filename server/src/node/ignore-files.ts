/** `.gitignore` and `.macrolintignore` files, applied per folder as git does (nearest folder's patterns are relative to it). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE_NAMES = ['.gitignore', '.macrolintignore'];

/** The git work tree root at or above `dir`, if any. */
export function gitRoot(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Answers "is this file ignored" from the ignore files between a top folder and the file. */
export class IgnoreFiles {
  readonly #byDir = new Map<string, Ignore | null>();
  readonly top: string;

  /** `top`: the git root above `cwd`, else `cwd`. */
  constructor(cwd: string, readonly names: readonly string[] = IGNORE_FILE_NAMES) {
    this.top = gitRoot(cwd) ?? resolve(cwd);
  }

  #load(dir: string): Ignore | null {
    if (this.#byDir.has(dir)) return this.#byDir.get(dir)!;
    let ig: Ignore | null = null;
    for (const n of this.names) {
      const f = join(dir, n);
      try {
        if (!statSync(f).isFile()) continue;
        ig ??= ignore();
        ig.add(readFileSync(f, 'utf8'));
      } catch {
        // absent or unreadable: nothing to ignore from it
      }
    }
    this.#byDir.set(dir, ig);
    return ig;
  }

  /** True when an ignore file in the file's folder or above (up to `top`) ignores it. */
  ignores(file: string): boolean {
    const abs = resolve(file);
    const rel = relative(this.top, abs);
    if (!rel || rel.startsWith('..')) return false;
    const parts = rel.split(sep);
    let dir = this.top;
    for (let i = 0; i < parts.length; i++) {
      const ig = this.#load(dir);
      if (ig) {
        // A folder ignored on the way down ignores everything under it.
        const rest = parts.slice(i).join('/');
        for (let k = i; k < parts.length; k++) {
          const sub = parts.slice(i, k + 1).join('/') + (k < parts.length - 1 ? '/' : '');
          if (ig.ignores(sub)) return true;
        }
        if (ig.ignores(rest)) return true;
      }
      dir = join(dir, parts[i]);
    }
    return false;
  }
}
