/**
 * Configuration: parse and validate `.macrolintrc.{yaml,yml,json}` text, merge layers, resolve
 * against defaults. Pure: file lookup and `extends` resolution live in the Node adapters.
 */
import { isMap, parseDocument, type Node as YamlNode, isScalar } from 'yaml';
import { HELPDESKS, LOCALES, type Helpdesk, type Locale, type Range, type SeveritySetting } from './types';

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Deflecting phrase categories users may extend. */
export const PHRASE_CATEGORIES = ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect', 'vague-assurance'] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** A configuration layer as written in a file (every key optional). */
export interface PartialConfig {
  extends?: string[];
  rules?: Record<string, Partial<RuleSetting>>;
  locale?: Locale | 'auto';
  messageLocale?: Locale | 'auto';
  helpdesk?: Helpdesk;
  files?: string[];
  ignores?: string[];
  phrases?: Partial<Record<Locale, Partial<Record<PhraseCategory, string[]>>>>;
  maxFileSize?: { markdown?: number; yaml?: number };
  detection?: Partial<DetectionConfig>;
}

/** How the trained models take part in detection. */
export interface DetectionConfig {
  /** Use the trained sentence models beside the phrase tables (default true). */
  models: boolean;
  /** Findings less confident than this are reported as `info` (default 0.5). */
  minConfidence: number;
}

/** The resolved configuration the engine runs with. */
export interface Config {
  rules: Record<string, RuleSetting>;
  locale: Locale | 'auto';
  messageLocale: Locale | 'auto';
  helpdesk: Helpdesk;
  files: string[];
  ignores: string[];
  phrases: Record<Locale, Partial<Record<PhraseCategory, string[]>>>;
  maxFileSize: { markdown: number; yaml: number };
  detection: DetectionConfig;
}

export const DEFAULT_FILES = ['**/macros/**/*.{md,markdown,yaml,yml}', '**/*.macro.md', '**/*.macros.{yaml,yml}'];

/** The built-in defaults. */
export function defaultConfig(): Config {
  return {
    rules: {},
    locale: 'auto',
    messageLocale: 'auto',
    helpdesk: 'generic',
    files: [...DEFAULT_FILES],
    ignores: ['**/node_modules/**', '**/.git/**'],
    phrases: { en: {}, es: {} },
    maxFileSize: { markdown: 2 * 1024 * 1024, yaml: 10 * 1024 * 1024 },
    detection: { models: true, minConfidence: 0.5 },
  };
}

/** Built-in presets usable in `extends`. */
export const PRESETS: Record<string, PartialConfig> = {
  'macrolint:recommended': {},
  'macrolint:strict': {
    rules: {
      'generic-acknowledge': { severity: 'warning' },
      'vague-assurance': { severity: 'error' },
      'over-apology': { severity: 'error' },
    },
  },
  'macrolint:angry-only': {
    rules: Object.fromEntries(
      ['missing-acknowledge', 'missing-align', 'missing-assure', 'section-order'].map((id) => [id, { options: { anger: ['before', 'during', 'after'] } }]),
    ),
  },
};

export interface ConfigProblem {
  message: string;
  range: Range;
}

/** Parses and validates a config file's text; invalid parts are dropped and reported. */
export function parseConfig(text: string, fileName = '.macrolintrc.yaml'): { config: PartialConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const whole = { start: 0, end: Math.min(text.length, Math.max(1, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'))) };
  let doc;
  try {
    // JSON is YAML; one parser keeps positions for both.
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  } catch (e) {
    return { config: {}, problems: [{ message: `${fileName}: ${(e as Error).message}`, range: whole }] };
  }
  for (const err of doc.errors) problems.push({ message: `${fileName}: ${err.message.split('\n')[0]}`, range: { start: err.pos[0], end: Math.max(err.pos[0], err.pos[1]) } });
  if (doc.errors.length) return { config: {}, problems };
  if (doc.contents == null) return { config: {}, problems };
  if (!isMap(doc.contents)) {
    return { config: {}, problems: [{ message: `${fileName}: the configuration must be a mapping`, range: whole }] };
  }
  const cfg: PartialConfig = {};
  const rangeOf = (n: unknown): Range => {
    const r = (n as YamlNode | null)?.range;
    return r ? { start: r[0], end: r[1] } : whole;
  };
  const bad = (n: unknown, msg: string) => problems.push({ message: `${fileName}: ${msg}`, range: rangeOf(n) });
  let json: Record<string, unknown>;
  try {
    json = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (e) {
    return { config: {}, problems: [{ message: `${fileName}: ${(e as Error).message}`, range: whole }] };
  }
  const node = (key: string) => (doc.contents as { get(k: string, keep: true): unknown }).get(key, true);
  for (const [key, value] of Object.entries(json)) {
    const n = node(key);
    switch (key) {
      case 'extends': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) bad(n, '`extends` must be a path or a list of paths');
        else cfg.extends = list as string[];
        break;
      }
      case 'rules': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          bad(n, '`rules` must be a mapping of rule id to severity');
          break;
        }
        cfg.rules = {};
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          const rn = isMap(n) ? n.get(id, true) : n;
          const parsed = parseRuleSetting(setting);
          if (typeof parsed === 'string') bad(rn, `rule "${id}": ${parsed}`);
          else cfg.rules[id] = parsed;
        }
        break;
      }
      case 'locale':
      case 'messageLocale':
        if (value === 'auto' || LOCALES.includes(String(value).slice(0, 2).toLowerCase() as Locale)) {
          cfg[key] = value === 'auto' ? 'auto' : (String(value).slice(0, 2).toLowerCase() as Locale);
        } else bad(n, `\`${key}\` must be one of auto, ${LOCALES.join(', ')}`);
        break;
      case 'helpdesk':
        if (HELPDESKS.includes(value as Helpdesk)) cfg.helpdesk = value as Helpdesk;
        else bad(n, `\`helpdesk\` must be one of ${HELPDESKS.join(', ')}`);
        break;
      case 'files':
      case 'ignores': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) bad(n, `\`${key}\` must be a list of globs`);
        else cfg[key] = list as string[];
        break;
      }
      case 'phrases': {
        const out: PartialConfig['phrases'] = {};
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          bad(n, '`phrases` must map a locale to categories of phrases');
          break;
        }
        for (const [loc, cats] of Object.entries(value as Record<string, unknown>)) {
          if (!LOCALES.includes(loc as Locale) || !cats || typeof cats !== 'object' || Array.isArray(cats)) {
            bad(n, `phrases: "${loc}" must be one of ${LOCALES.join(', ')} with a mapping of categories`);
            continue;
          }
          const target: Partial<Record<PhraseCategory, string[]>> = (out[loc as Locale] = {});
          for (const [cat, list] of Object.entries(cats as Record<string, unknown>)) {
            if (!PHRASE_CATEGORIES.includes(cat as PhraseCategory)) {
              bad(n, `phrases.${loc}: unknown category "${cat}" (one of ${PHRASE_CATEGORIES.join(', ')})`);
              continue;
            }
            if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' || typeof x === 'number')) {
              bad(n, `phrases.${loc}.${cat} must be a list of phrases`);
              continue;
            }
            target[cat as PhraseCategory] = (list as unknown[]).map(String).filter((s) => s.length <= 200);
          }
        }
        cfg.phrases = out;
        break;
      }
      case 'maxFileSize': {
        const v = value as Record<string, unknown>;
        if (!v || typeof v !== 'object' || Object.values(v).some((x) => typeof x !== 'number' || x <= 0)) bad(n, '`maxFileSize` must map markdown/yaml to a size in bytes');
        else cfg.maxFileSize = v as PartialConfig['maxFileSize'];
        break;
      }
      case 'detection': {
        const v = value as Record<string, unknown>;
        if (!v || typeof v !== 'object' || Array.isArray(v)) {
          bad(n, '`detection` must be a mapping with `models` and/or `minConfidence`');
          break;
        }
        const out: Partial<DetectionConfig> = {};
        for (const [k, x] of Object.entries(v)) {
          if (k === 'models' && typeof x === 'boolean') out.models = x;
          else if (k === 'minConfidence' && typeof x === 'number' && x >= 0 && x <= 1) out.minConfidence = x;
          else if (k === 'models') bad(n, '`detection.models` must be true or false');
          else if (k === 'minConfidence') bad(n, '`detection.minConfidence` must be a number from 0 to 1');
          else bad(n, `detection: unknown key "${k}" (models, minConfidence)`);
        }
        cfg.detection = out;
        break;
      }
      default:
        bad(isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key)?.key : n, `unknown key "${key}"`);
    }
  }
  return { config: cfg, problems };
}

function parseRuleSetting(v: unknown): Partial<RuleSetting> | string {
  if (typeof v === 'string') return SEVERITIES.includes(v as SeveritySetting) ? { severity: v as SeveritySetting } : `severity must be one of ${SEVERITIES.join(', ')}`;
  if (typeof v === 'boolean') return { severity: v ? 'warning' : 'off' };
  if (Array.isArray(v) && v.length >= 1 && v.length <= 2 && SEVERITIES.includes(v[0])) {
    if (v[1] !== undefined && (typeof v[1] !== 'object' || v[1] === null || Array.isArray(v[1]))) return 'options must be a mapping';
    return { severity: v[0], options: (v[1] as Record<string, unknown>) ?? {} };
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (o.severity !== undefined && !SEVERITIES.includes(o.severity as SeveritySetting)) return `severity must be one of ${SEVERITIES.join(', ')}`;
    const { severity, ...options } = o;
    return { severity: severity as SeveritySetting | undefined, options };
  }
  return `expected a severity (${SEVERITIES.join(' | ')}) or [severity, options]`;
}

/** Merges layers, later ones winning; phrases and rule options accumulate. */
export function mergeConfigs(base: Config, ...layers: PartialConfig[]): Config {
  const out: Config = structuredClone(base);
  for (const l of layers) {
    for (const [id, s] of Object.entries(l.rules ?? {})) {
      const prev = out.rules[id];
      out.rules[id] = {
        severity: (s.severity ?? prev?.severity) as SeveritySetting,
        options: { ...(prev?.options ?? {}), ...(s.options ?? {}) },
      };
    }
    if (l.locale) out.locale = l.locale;
    if (l.messageLocale) out.messageLocale = l.messageLocale;
    if (l.helpdesk) out.helpdesk = l.helpdesk;
    if (l.files) out.files = [...l.files];
    if (l.ignores) out.ignores = [...out.ignores, ...l.ignores];
    if (l.maxFileSize) out.maxFileSize = { ...out.maxFileSize, ...l.maxFileSize };
    if (l.detection) out.detection = { ...out.detection, ...l.detection };
    for (const loc of LOCALES) {
      for (const [cat, list] of Object.entries(l.phrases?.[loc] ?? {})) {
        const k = cat as PhraseCategory;
        out.phrases[loc][k] = [...(out.phrases[loc][k] ?? []), ...(list ?? [])];
      }
    }
  }
  return out;
}
