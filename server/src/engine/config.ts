/**
 * Configuration: parse and validate `.macrolintrc.{yaml,yml,json}` text, merge layers, resolve
 * against defaults. Pure: file lookup and `extends` resolution live in the Node adapters.
 */
import { isMap, parseDocument, type Node as YamlNode, isScalar } from 'yaml';
import { HELPDESKS, LOCALES, type Helpdesk, type Locale, type Range, type SeveritySetting } from './types';

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Spellings accepted for a severity besides SEVERITIES (ESLint's `warn` and 0/1/2). */
const SEVERITY_ALIASES: Record<string, SeveritySetting> = { warn: 'warning', 0: 'off', 1: 'warning', 2: 'error' };

/** The severity a config value or `--rule` flag spells, or undefined. */
export function normalizeSeverity(v: unknown): SeveritySetting | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).trim().toLowerCase();
  return (SEVERITIES as readonly string[]).includes(s) ? (s as SeveritySetting) : SEVERITY_ALIASES[s];
}

const SEVERITY_HINT = SEVERITIES.join(', ');

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
  reportUnusedDisableDirectives?: SeveritySetting;
  locales?: Locale[];
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
  /** Severity of disable comments that suppress nothing (`off` to stop reporting them). */
  reportUnusedDisableDirectives: SeveritySetting;
  /** Languages every macro of the library must exist in (`missing-translation`); empty: none required. */
  locales: Locale[];
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
    reportUnusedDisableDirectives: 'warning',
    locales: [],
  };
}

/** Built-in presets usable in `extends`. */
export const PRESETS: Record<string, PartialConfig> = {
  'macrolint:recommended': {},
  'macrolint:strict': {
    rules: {
      'generic-acknowledge': { severity: 'warning', options: { anyAnger: true } },
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
  /** Set when the problem is an unknown rule id (callers that inject rules may accept it). */
  unknownRule?: string;
}

/** Edit distance of two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The known id closest to `id` when it is a plausible typo of it (same rule without its family too). */
export function suggestRuleId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const tail = (x: string) => x.slice(x.lastIndexOf('/') + 1);
  for (const k of known) {
    const d = Math.min(distance(id, k), tail(id) === tail(k) ? 1 : Infinity, distance(tail(id), tail(k)) + (id.includes('/') ? 0 : 1));
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(id.length / 4)) ? best : undefined;
}

/**
 * The rule ids a config key or `--rule` id names: itself, or every rule of a family for `family/*`
 * (`*` alone: every rule). Empty when nothing matches.
 */
export function expandRuleId(id: string, known: readonly string[]): string[] {
  if (id === '*') return [...known];
  if (id.endsWith('/*')) {
    const prefix = id.slice(0, -1);
    return known.filter((k) => k.startsWith(prefix));
  }
  return known.includes(id) ? [id] : [];
}

/** "unknown rule "x" (did you mean y?)" for an id that names no rule. */
export function unknownRuleMessage(id: string, known: readonly string[]): string {
  const families = [...new Set(known.filter((k) => k.includes('/')).map((k) => k.slice(0, k.lastIndexOf('/'))))];
  const hint = id.endsWith('/*') ? suggestRuleId(id.slice(0, -2), families) : suggestRuleId(id, known);
  const what = id.endsWith('/*') ? `no rule family "${id.slice(0, -2)}"` : `unknown rule "${id}"`;
  return `${what}${hint ? ` (did you mean ${hint}?)` : ''}`;
}

export interface ParseConfigOptions {
  /** Rule ids that exist: other ids under `rules` are reported (and kept, the engine ignores them). */
  ruleIds?: readonly string[];
}

/** Parses and validates a config file's text; invalid parts are dropped and reported. */
export function parseConfig(text: string, fileName = '.macrolintrc.yaml', options: ParseConfigOptions = {}): { config: PartialConfig; problems: ConfigProblem[] } {
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
          const parsed = parseRuleSetting(setting);
          if (typeof parsed === 'string') {
            bad(isMap(n) ? n.get(id, true) : n, `rule "${id}": ${parsed}`);
            continue;
          }
          if (options.ruleIds && !expandRuleId(id, options.ruleIds).length) {
            const keyNode = isMap(n) ? n.items.find((p) => isScalar(p.key) && p.key.value === id)?.key : n;
            problems.push({ message: `${fileName}: ${unknownRuleMessage(id, options.ruleIds)}`, range: rangeOf(keyNode), unknownRule: id });
          }
          // Unknown ids are kept: the engine ignores them, and callers that inject rules may know them.
          cfg.rules[id] = parsed;
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
      case 'reportUnusedDisableDirectives': {
        const sev = typeof value === 'boolean' ? (value ? 'warning' : 'off') : normalizeSeverity(value);
        if (sev) cfg.reportUnusedDisableDirectives = sev;
        else bad(n, `\`reportUnusedDisableDirectives\` must be one of ${SEVERITY_HINT}, or true / false`);
        break;
      }
      case 'locales': {
        const list = typeof value === 'string' ? [value] : value;
        const locs = Array.isArray(list) ? list.map((x) => String(x).slice(0, 2).toLowerCase()) : [];
        if (!Array.isArray(list) || !locs.every((x) => LOCALES.includes(x as Locale))) bad(n, `\`locales\` must be a list of ${LOCALES.join(', ')}`);
        else cfg.locales = [...new Set(locs as Locale[])];
        break;
      }
      default:
        bad(isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key)?.key : n, `unknown key "${key}"`);
    }
  }
  return { config: cfg, problems };
}

function parseRuleSetting(v: unknown): Partial<RuleSetting> | string {
  const badSeverity = `severity must be one of ${SEVERITY_HINT}`;
  if (typeof v === 'string' || typeof v === 'number') {
    const severity = normalizeSeverity(v);
    return severity ? { severity } : badSeverity;
  }
  if (typeof v === 'boolean') return { severity: v ? 'warning' : 'off' };
  if (Array.isArray(v) && v.length >= 1 && v.length <= 2 && normalizeSeverity(v[0])) {
    if (v[1] !== undefined && (typeof v[1] !== 'object' || v[1] === null || Array.isArray(v[1]))) return 'options must be a mapping';
    return { severity: normalizeSeverity(v[0]), options: (v[1] as Record<string, unknown>) ?? {} };
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const { severity, ...options } = v as Record<string, unknown>;
    if (severity !== undefined && !normalizeSeverity(severity)) return badSeverity;
    return { severity: severity === undefined ? undefined : normalizeSeverity(severity), options };
  }
  return `expected a severity (${SEVERITIES.join(' | ')}) or [severity, options]`;
}

/** True when a `rules` key (`id`, `family/*` or `*`) applies to the rule (or family wildcard) `id`. */
function covers(key: string, id: string): boolean {
  return key === id || key === '*' || (key.endsWith('/*') && id.startsWith(key.slice(0, -1)));
}

function applySetting(prev: RuleSetting | undefined, s: Partial<RuleSetting>): RuleSetting {
  return { severity: (s.severity ?? prev?.severity) as SeveritySetting, options: { ...(prev?.options ?? {}), ...(s.options ?? {}) } };
}

/**
 * The setting of a rule under a config: its own entry, else its family's `family/*`, else `*`
 * (layers are merged so that a later wildcard replaces earlier entries it covers).
 */
export function ruleSetting(config: Config, id: string): RuleSetting | undefined {
  const family = id.endsWith('/*') ? undefined : config.rules[`${id.slice(0, id.lastIndexOf('/') + 1)}*`];
  return config.rules[id] ?? family ?? config.rules['*'];
}

/** Merges layers, later ones winning; phrases and rule options accumulate. */
export function mergeConfigs(base: Config, ...layers: PartialConfig[]): Config {
  const out: Config = structuredClone(base);
  for (const l of layers) {
    // Broader keys first (`*`, then `family/*`, then ids): within a layer the most specific key wins.
    const rank = (id: string) => (id === '*' ? 0 : id.endsWith('/*') ? 1 : 2);
    const entries = Object.entries(l.rules ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    for (const [id, s] of entries) {
      // A wildcard also overrides what earlier layers said about the rules (and families) it covers.
      if (rank(id) < 2) for (const k of Object.keys(out.rules)) if (k !== id && covers(id, k)) out.rules[k] = applySetting(out.rules[k], s);
      out.rules[id] = applySetting(ruleSetting(out, id), s);
    }
    if (l.locale) out.locale = l.locale;
    if (l.messageLocale) out.messageLocale = l.messageLocale;
    if (l.helpdesk) out.helpdesk = l.helpdesk;
    if (l.files) out.files = [...l.files];
    if (l.ignores) out.ignores = [...out.ignores, ...l.ignores];
    if (l.maxFileSize) out.maxFileSize = { ...out.maxFileSize, ...l.maxFileSize };
    if (l.detection) out.detection = { ...out.detection, ...l.detection };
    if (l.reportUnusedDisableDirectives) out.reportUnusedDisableDirectives = l.reportUnusedDisableDirectives;
    if (l.locales) out.locales = [...l.locales];
    for (const loc of LOCALES) {
      for (const [cat, list] of Object.entries(l.phrases?.[loc] ?? {})) {
        const k = cat as PhraseCategory;
        out.phrases[loc][k] = [...(out.phrases[loc][k] ?? []), ...(list ?? [])];
      }
    }
  }
  return out;
}
