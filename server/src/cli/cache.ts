/** `--cache`: lint outcomes keyed by file content, resolved config and engine build. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../engine/config';
import type { Finding } from '../engine/types';
import type { LintOutcome } from './task';
import { writeFileAtomic } from './fs';

const CACHE_FORMAT = 2;

interface Entry extends LintOutcome {
  key: string;
  /** Hash of the config the macro findings were computed under. */
  config?: string;
  /** Findings of the file's macros by macro key: unchanged macros of a changed file are not linted again. */
  macroFindings?: Record<string, Finding[]>;
}

/** A sha256 hex digest of a string. */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Stable JSON (sorted keys) so equal configs hash equally. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** The cache file ESLint users expect by default. */
export const DEFAULT_CACHE_FILE = '.macrolintcache';

/** The cache file for `--cache-location` (a file, or a folder: ending in a separator or existing). */
export function cacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const abs = resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= statSync(abs).isDirectory();
  } catch {
    // Not there yet: a file unless it ends with a separator.
  }
  return isDir ? join(abs, DEFAULT_CACHE_FILE) : abs;
}

/** The cache file of one project: path → last outcome. */
export class LintCache {
  #entries: Record<string, Entry> = {};
  #dirty = false;
  readonly #configHashes = new WeakMap<Config, string>();

  constructor(
    /** The cache file (`.macrolintcache` by default, like ESLint's `.eslintcache`). */
    readonly file: string,
    /** Identifies the engine build and injected rules: a change invalidates every entry. */
    readonly engineId: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { format?: number; engine?: string; entries?: Record<string, Entry> };
      if (data.format === CACHE_FORMAT && data.engine === engineId && data.entries && typeof data.entries === 'object') this.#entries = data.entries;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  #configHash(config: Config): string {
    let h = this.#configHashes.get(config);
    if (!h) {
      h = sha256(stableJson(config));
      this.#configHashes.set(config, h);
    }
    return h;
  }

  /** The key of a file's content under a config. */
  key(text: string, config: Config): string {
    return sha256(`${this.#configHash(config)}\u0000${text}`);
  }

  get(file: string, key: string): LintOutcome | undefined {
    const e = this.#entries[file];
    return e && e.key === key ? { findings: e.findings, macros: e.macros, library: e.library } : undefined;
  }

  /** The findings of a file's macros from the last run under the same config (by macro key). */
  macroFindings(file: string, config: Config): Record<string, Finding[]> | undefined {
    const e = this.#entries[file];
    return e?.macroFindings && e.config === this.#configHash(config) ? e.macroFindings : undefined;
  }

  set(file: string, key: string, outcome: LintOutcome, config?: Config, macroFindings?: Record<string, Finding[]>): void {
    const entry: Entry = { key, findings: outcome.findings, macros: outcome.macros, library: outcome.library };
    // Only libraries gain from per-macro entries (a Markdown file is one macro, cached whole above).
    if (config && macroFindings && outcome.library && Object.keys(macroFindings).length) {
      entry.config = this.#configHash(config);
      entry.macroFindings = macroFindings;
    }
    this.#entries[file] = entry;
    this.#dirty = true;
  }

  /** Writes the cache when anything changed. */
  save(): void {
    if (!this.#dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify({ format: CACHE_FORMAT, engine: this.engineId, entries: this.#entries }));
    this.#dirty = false;
  }
}
