/**
 * Per-document settings: the editor's `macrolint` section (workspace/configuration) merged with the
 * `.macrolintrc.*` found upward from the document, per workspace folder. `.macrolintrc` wins for the
 * keys both define; editor settings fill what the file leaves unset (docs/settings.md).
 * Nothing here is a module global: a SettingsStore lives in one server instance and caches per uri.
 */
import { dirname, parse as parsePath, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, mergeConfigs, parseConfig, type Config, type ConfigProblem, type PartialConfig } from '../engine/config';
import { findConfigFile, loadConfigFile } from '../node/config-loader';

export type RunMode = 'onType' | 'onSave';

/** The editor settings of section `macrolint`, normalised. Unset optional keys leave the config alone. */
export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  files?: string[];
  locale?: string;
  helpdesk?: string;
  rules?: Record<string, unknown>;
  /** Base that `docs/rules/<id>.md` is appended to for `codeDescription.href` and hover links. */
  docsBaseUrl: string;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_DOCS_BASE = 'https://github.com/macrolint/macrolint/blob/main/';

/** Normalises whatever the client sent as the `macrolint` section (never throws). */
export function normalizeSettings(raw: unknown): EditorSettings {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const strList = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : typeof v === 'string' ? [v] : undefined);
  const trace = o.trace && typeof o.trace === 'object' ? (o.trace as Record<string, unknown>).server : o['trace.server'];
  const base = typeof o.docsBaseUrl === 'string' && o.docsBaseUrl ? o.docsBaseUrl : DEFAULT_DOCS_BASE;
  return {
    enable: o.enable !== false,
    run: o.run === 'onSave' ? 'onSave' : 'onType',
    files: strList(o.files),
    locale: typeof o.locale === 'string' && o.locale ? o.locale : undefined,
    helpdesk: typeof o.helpdesk === 'string' && o.helpdesk ? o.helpdesk : undefined,
    rules: o.rules && typeof o.rules === 'object' && !Array.isArray(o.rules) ? (o.rules as Record<string, unknown>) : undefined,
    docsBaseUrl: base.endsWith('/') ? base : `${base}/`,
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

/** The config layer the editor settings define, validated by the same parser as `.macrolintrc`. */
export function editorLayer(s: EditorSettings): { layer: PartialConfig; problems: ConfigProblem[] } {
  const obj: Record<string, unknown> = {};
  if (s.files) obj.files = s.files;
  if (s.locale) obj.locale = s.locale;
  if (s.helpdesk) obj.helpdesk = s.helpdesk;
  if (s.rules) obj.rules = s.rules;
  const { config, problems } = parseConfig(JSON.stringify(obj), 'settings (macrolint.*)');
  return { layer: config, problems };
}

/** Everything the server needs to lint one document. */
export interface DocumentSettings {
  editor: EditorSettings;
  config: Config;
  /** Workspace folder holding the document (file system path), if any. */
  root?: string;
  /** Config files that contributed, nearest last. */
  configFiles: string[];
  /** Problems of the config files (and of the editor settings, file `settings`). */
  problems: (ConfigProblem & { file: string })[];
}

/** File system path of a `file:` uri, undefined for other schemes. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Resolves the configuration for a document path (or an untitled document under `root`). */
export function resolveDocumentSettings(fsPath: string | undefined, root: string | undefined, editor: EditorSettings): DocumentSettings {
  const { layer, problems: editorProblems } = editorLayer(editor);
  const problems: DocumentSettings['problems'] = editorProblems.map((p) => ({ ...p, file: 'settings' }));
  const start = fsPath ? dirname(fsPath) : root;
  let layers: PartialConfig[] = [];
  let files: string[] = [];
  if (start) {
    const top = root ?? parsePath(start).root;
    const rc = findConfigFile(start, top);
    if (rc) {
      const loaded = loadConfigFile(rc, root ?? dirname(rc));
      layers = loaded.layers;
      files = loaded.files;
      problems.push(...loaded.problems);
    }
  }
  return { editor, config: mergeConfigs(defaultConfig(), layer, ...layers), root, configFiles: files, problems };
}

/** Per-uri cache of resolved settings for one server instance. */
export class SettingsStore {
  readonly #cache = new Map<string, Promise<DocumentSettings>>();
  #folders: string[] = [];
  #global: unknown = {};
  #generation = 0;

  /** `fetch` asks the client for the `macrolint` section of a uri (undefined: client cannot). */
  constructor(readonly fetch: ((uri: string) => Promise<unknown>) | undefined) {}

  /** Bumped on every change, so cached lint results made under older settings are not reused. */
  get generation(): number {
    return this.#generation;
  }

  setFolders(uris: readonly string[]): void {
    this.#folders = uris.map((u) => fsPathOf(u)).filter((p): p is string => !!p);
    this.clear();
  }

  /** Settings pushed by `workspace/didChangeConfiguration` (clients without workspace/configuration). */
  setGlobal(raw: unknown): void {
    this.#global = raw ?? {};
  }

  /** The innermost workspace folder containing `fsPath`. */
  folderOf(fsPath: string | undefined): string | undefined {
    if (!fsPath) return this.#folders[0];
    let best: string | undefined;
    for (const f of this.#folders) {
      const rel = relative(f, fsPath);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      if (!best || f.length > best.length) best = f;
    }
    return best;
  }

  forUri(uri: string): Promise<DocumentSettings> {
    let hit = this.#cache.get(uri);
    if (!hit) {
      hit = this.#resolve(uri);
      this.#cache.set(uri, hit);
      // A failed resolution must not stick.
      hit.catch(() => this.#cache.delete(uri));
    }
    return hit;
  }

  async #resolve(uri: string): Promise<DocumentSettings> {
    let raw: unknown = this.#global;
    if (this.fetch) {
      try {
        raw = (await this.fetch(uri)) ?? this.#global;
      } catch {
        raw = this.#global;
      }
    }
    const fsPath = fsPathOf(uri);
    return resolveDocumentSettings(fsPath, this.folderOf(fsPath), normalizeSettings(raw));
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  clear(): void {
    this.#cache.clear();
    this.#generation++;
  }
}
