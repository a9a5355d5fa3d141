/**
 * Finds and loads configuration files for a linted file (shared by the CLI and the language server):
 * `.macrolintrc.yaml|.yml|.json`, searched upward from the file, nearest wins, with `extends`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { defaultConfig, mergeConfigs, parseConfig, PRESETS, type Config, type ConfigProblem, type PartialConfig } from '../engine/config';

export const CONFIG_NAMES = ['.macrolintrc.yaml', '.macrolintrc.yml', '.macrolintrc.json'];

export interface LoadedConfig {
  config: Config;
  /** Files that contributed, nearest last. */
  files: string[];
  problems: (ConfigProblem & { file: string })[];
}

/** Reads one config file and its `extends` chain (relative paths inside `root`, or presets). */
export function loadConfigFile(file: string, root: string, seen = new Set<string>()): { layers: PartialConfig[]; files: string[]; problems: LoadedConfig['problems'] } {
  const abs = resolve(file);
  if (seen.has(abs)) return { layers: [], files: [], problems: [{ file: abs, message: `${abs}: circular extends`, range: { start: 0, end: 0 } }] };
  seen.add(abs);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    return { layers: [], files: [], problems: [{ file: abs, message: `cannot read ${abs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, range: { start: 0, end: 0 } }] };
  }
  const { config, problems } = parseConfig(text, abs);
  const out = { layers: [] as PartialConfig[], files: [] as string[], problems: problems.map((p) => ({ ...p, file: abs })) };
  for (const ext of config.extends ?? []) {
    if (PRESETS[ext]) {
      out.layers.push(PRESETS[ext]);
      continue;
    }
    const target = resolve(dirname(abs), ext);
    const rel = relative(root, target);
    if (isAbsolute(ext) || rel.startsWith('..') || isAbsolute(rel)) {
      out.problems.push({ file: abs, message: `${abs}: extends "${ext}" must be a relative path inside the workspace or a preset (${Object.keys(PRESETS).join(', ')})`, range: { start: 0, end: 0 } });
      continue;
    }
    const sub = loadConfigFile(target, root, seen);
    out.layers.push(...sub.layers);
    out.files.push(...sub.files);
    out.problems.push(...sub.problems);
  }
  out.layers.push(config);
  out.files.push(abs);
  return out;
}

/** The nearest config file at or above `dir`, not above `root`. */
export function findConfigFile(dir: string, root: string): string | undefined {
  let d = resolve(dir);
  const top = resolve(root);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const f = join(d, n);
      if (existsSync(f) && statSync(f).isFile()) return f;
    }
    if (d === top) return undefined;
    const up = dirname(d);
    if (up === d) return undefined;
    if (relative(top, up).startsWith('..')) return undefined;
    d = up;
  }
}

/** Caches resolved configs per directory; `clear()` after any config file changes. */
export class ConfigResolver {
  readonly #cache = new Map<string, LoadedConfig>();
  constructor(
    readonly root: string,
    readonly explicitFile?: string,
    readonly overrides: PartialConfig[] = [],
    readonly useFiles = true,
  ) {}

  /** The resolved configuration for a file path. */
  forFile(file: string): LoadedConfig {
    const dir = dirname(resolve(file));
    const hit = this.#cache.get(dir);
    if (hit) return hit;
    let loaded: LoadedConfig;
    const src = this.explicitFile ?? (this.useFiles ? findConfigFile(dir, this.root) : undefined);
    if (src) {
      const { layers, files, problems } = loadConfigFile(src, this.explicitFile ? dirname(resolve(src)) : this.root);
      loaded = { config: mergeConfigs(defaultConfig(), ...layers, ...this.overrides), files, problems };
    } else {
      loaded = { config: mergeConfigs(defaultConfig(), ...this.overrides), files: [], problems: [] };
    }
    this.#cache.set(dir, loaded);
    return loaded;
  }

  clear(): void {
    this.#cache.clear();
  }
}
