/**
 * The library health report: figures over the workspace index and the per-file findings, rendered as
 * JSON, Markdown or a self-contained HTML page (inline SVG charts, no script, no network).
 *
 * API (used by `macrolint report` and the editor's "Show library health report" webview):
 *
 *   import { buildReport, renderReport } from '../engine/report';
 *   buildReport(index: WorkspaceIndex, perFile: Map<string, Finding[]>, options?: { cwdUri?: string }): HealthReport
 *     perFile: the lint() findings of each indexed file (uri → findings). Workspace-rule findings are
 *     taken from the index, unless perFile already holds some for that file (then they are not added twice).
 *   renderReport(report: HealthReport, format: 'html' | 'json' | 'md', options?: { locale?: 'en' | 'es' }): string
 *
 * Bundling: this module pulls in d3-scale (scales and ticks; the SVG is written as strings, so it renders
 * headless, with no DOM). Measured minified: d3-scale 30 KB (12 KB gzip) against vega + vega-lite with
 * `view.toSVG()` 835 KB (289 KB gzip). The CLI bundles it; the language server should load it lazily:
 * `require(join(__dirname, 'report.js'))` (`dist/report.js`, about 70 KB, built by esbuild.mjs from
 * server/src/engine/report/entry.ts, exports buildReport and renderReport), so the server bundle stays small.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Finding, Locale } from '../types';
import { ANGER_TYPES, LOCALES } from '../types';
import type { LibraryMacro, WorkspaceFinding, WorkspaceIndex } from '../workspace';
import { WORKSPACE_RULES } from '../rules/workspace';

/** Translation status of one source macro in one locale. */
export type CoverageCell = 'source' | 'translated' | 'stale' | 'missing';

/** The report's figures (the JSON output). */
export interface HealthReport {
  /** Number of macros. */
  macros: number;
  files: number;
  /** Macros per locale (`unknown`: no text to tell). */
  byLocale: Record<string, number>;
  /** Macros per anger type (`unset`: no valid `anger`). */
  byAnger: Record<string, number>;
  byTag: Record<string, number>;
  /** Share (0..1) of macros with all three moves (no missing-acknowledge / -align / -assure finding). */
  allThreeMoves: number;
  allThreeMovesCount: number;
  /** Findings per rule id (lint and workspace rules). */
  rules: Record<string, number>;
  severities: { error: number; warning: number; info: number };
  /** Near-duplicate clusters: ids (and files) of macros connected by near-duplicate findings. */
  nearDuplicates: { ids: string[]; files: string[]; similarity: number }[];
  /** Source macros with no translation into a configured locale. */
  missingTranslations: { id: string; locale: string; file: string }[];
  staleTranslations: { id: string; source: string; file: string }[];
  duplicateIds: { id: string; files: string[] }[];
  /** Translation coverage: locales (columns) and one row per source macro. */
  coverage: { locales: string[]; rows: { id: string; file: string; cells: Record<string, CoverageCell> }[] };
  /** The ten macros with the most problems (errors first). */
  worst: { id: string; title?: string; file: string; locale?: string; errors: number; warnings: number; infos: number; rules: string[] }[];
}

// Inline SVG in HTML needs no namespace attribute: the page holds no URL at all.
const MOVE_RULES = ['missing-acknowledge', 'missing-align', 'missing-assure'];
const WORKSPACE_IDS = new Set(WORKSPACE_RULES.map((r) => r.meta.id));

/** A uri shown relative to `base` when under it. */
function shown(uri: string, base?: string): string {
  const b = base?.replace(/\/?$/, '/');
  const rel = b && uri.startsWith(b) ? uri.slice(b.length) : uri;
  try {
    return decodeURIComponent(rel.replace(/^file:\/\//, ''));
  } catch {
    return rel;
  }
}

const inc = (o: Record<string, number>, k: string, n = 1) => {
  o[k] = (o[k] ?? 0) + n;
};

/** The report's figures from the index and the per-file findings. */
export function buildReport(index: WorkspaceIndex, perFile: Map<string, Finding[]>, options: { cwdUri?: string } = {}): HealthReport {
  const macros = index.macros();
  const file = (uri: string) => shown(uri, options.cwdUri);
  const all = new Map<string, Finding[]>();
  for (const uri of index.uris()) {
    const own = perFile.get(uri) ?? [];
    const hasWorkspace = own.some((f) => WORKSPACE_IDS.has(f.ruleId));
    all.set(uri, hasWorkspace ? own : [...own, ...index.findings(uri)]);
  }
  const key = (uri: string, i: number | undefined) => `${uri}\u0000${i}`;
  const perMacro = new Map<string, Finding[]>();
  const rules: Record<string, number> = {};
  const severities = { error: 0, warning: 0, info: 0 };
  for (const [uri, list] of all) {
    for (const f of list) {
      inc(rules, f.ruleId);
      severities[f.severity]++;
      const k = key(uri, f.macroIndex);
      if (!perMacro.has(k)) perMacro.set(k, []);
      perMacro.get(k)!.push(f);
    }
  }
  const byLocale: Record<string, number> = {};
  const byAnger: Record<string, number> = {};
  const byTag: Record<string, number> = {};
  let allThree = 0;
  for (const m of macros) {
    inc(byLocale, m.locale ?? 'unknown');
    inc(byAnger, m.anger ?? 'unset');
    for (const t of m.tags) inc(byTag, t);
    const own = perMacro.get(key(m.uri, m.index)) ?? [];
    if (!own.some((f) => MOVE_RULES.includes(f.ruleId))) allThree++;
  }

  const missingTranslations: HealthReport['missingTranslations'] = [];
  const staleTranslations: HealthReport['staleTranslations'] = [];
  const dupIds = new Map<string, Set<string>>();
  const byLoc = new Map(macros.map((m) => [key(m.uri, m.index), m]));
  for (const [uri, list] of all) {
    for (const f of list) {
      const m = byLoc.get(key(uri, f.macroIndex));
      if (!m) continue;
      const data = (f as WorkspaceFinding).data;
      if (f.ruleId === 'missing-translation' && data?.missing) missingTranslations.push({ id: m.id, locale: String(data.missing), file: file(uri) });
      if (f.ruleId === 'stale-translation') staleTranslations.push({ id: m.id, source: m.translationOf ?? '', file: file(uri) });
      if (f.ruleId === 'duplicate-id') {
        if (!dupIds.has(m.id)) dupIds.set(m.id, new Set());
        dupIds.get(m.id)!.add(file(uri));
      }
    }
  }

  const coverage = coverageOf(macros, missingTranslations, staleTranslations, file);
  const worst = macros
    .map((m) => {
      const own = perMacro.get(key(m.uri, m.index)) ?? [];
      const count = (s: string) => own.filter((f) => f.severity === s).length;
      return { m, errors: count('error'), warnings: count('warning'), infos: count('info'), rules: [...new Set(own.map((f) => f.ruleId))].sort() };
    })
    .filter((x) => x.errors + x.warnings + x.infos > 0)
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || a.m.id.localeCompare(b.m.id))
    .slice(0, 10)
    .map(({ m, ...rest }) => ({ id: m.id, ...(m.title ? { title: m.title } : {}), file: file(m.uri), ...(m.locale ? { locale: m.locale } : {}), ...rest }));

  return {
    macros: macros.length,
    files: index.uris().length,
    byLocale,
    byAnger,
    byTag,
    allThreeMoves: macros.length ? Math.round((allThree / macros.length) * 1000) / 1000 : 0,
    allThreeMovesCount: allThree,
    rules: Object.fromEntries(Object.entries(rules).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    severities,
    nearDuplicates: index.nearDuplicateClusters().map((c) => ({ ids: c.ids, files: c.uris.map(file), similarity: c.similarity })),
    missingTranslations,
    staleTranslations,
    duplicateIds: [...dupIds].map(([id, files]) => ({ id, files: [...files].sort() })),
    coverage,
    worst,
  };
}

function coverageOf(
  macros: readonly LibraryMacro[],
  missing: HealthReport['missingTranslations'],
  stale: HealthReport['staleTranslations'],
  file: (uri: string) => string,
): HealthReport['coverage'] {
  const locales = [...new Set([...LOCALES.filter((l) => macros.some((m) => m.locale === l)), ...missing.map((x) => x.locale)])];
  const rows: HealthReport['coverage']['rows'] = [];
  const translations = new Map<string, LibraryMacro[]>();
  for (const m of macros) if (m.translationOf) (translations.get(m.translationOf) ?? translations.set(m.translationOf, []).get(m.translationOf)!).push(m);
  const staleIds = new Set(stale.map((s) => s.id));
  const missingOf = new Map<string, string[]>();
  for (const x of missing) (missingOf.get(x.id) ?? missingOf.set(x.id, []).get(x.id)!).push(x.locale);
  const seen = new Set<string>();
  for (const m of macros) {
    if (m.translationOf || seen.has(m.id)) continue;
    const group = translations.get(m.id) ?? [];
    const miss = missingOf.get(m.id) ?? [];
    if (!group.length && !miss.length) continue;
    seen.add(m.id);
    const cells: Record<string, CoverageCell> = {};
    for (const l of locales) {
      if (m.locale === l) cells[l] = 'source';
      else if (miss.includes(l)) cells[l] = 'missing';
      else {
        const t = group.find((x) => x.locale === l);
        if (t) cells[l] = staleIds.has(t.id) ? 'stale' : 'translated';
      }
    }
    rows.push({ id: m.id, file: file(m.uri), cells });
  }
  return { locales, rows };
}

// ---- rendering ----

const LABELS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'Macro library health report',
    summary: '{macros} macros in {files} files · {errors} errors, {warnings} warnings, {infos} notes',
    byRule: 'Findings per rule',
    byLocale: 'Macros per language',
    byAnger: 'Macros per anger type',
    moves: 'Macros with all three moves',
    movesText: '{count} of {macros} macros ({percent}%) acknowledge, align and assure.',
    coverage: 'Translation coverage',
    source: 'source',
    translated: 'translated',
    stale: 'stale',
    missing: 'missing',
    nearDup: 'Near-duplicate clusters',
    worst: 'The ten macros with the most problems',
    macro: 'Macro',
    file: 'File',
    errors: 'Errors',
    warnings: 'Warnings',
    rules: 'Rules',
    none: 'None.',
    similarity: 'similarity',
    unknown: 'unknown',
    unset: 'unset',
  },
  es: {
    title: 'Informe de salud de la biblioteca de macros',
    summary: '{macros} macros en {files} archivos · {errors} errores, {warnings} avisos, {infos} notas',
    byRule: 'Hallazgos por regla',
    byLocale: 'Macros por idioma',
    byAnger: 'Macros por tipo de enfado',
    moves: 'Macros con los tres pasos',
    movesText: '{count} de {macros} macros ({percent} %) reconocen, se alinean y aseguran.',
    coverage: 'Cobertura de traducciones',
    source: 'original',
    translated: 'traducida',
    stale: 'desfasada',
    missing: 'falta',
    nearDup: 'Grupos de casi duplicados',
    worst: 'Las diez macros con más problemas',
    macro: 'Macro',
    file: 'Archivo',
    errors: 'Errores',
    warnings: 'Avisos',
    rules: 'Reglas',
    none: 'Ninguno.',
    similarity: 'similitud',
    unknown: 'desconocido',
    unset: 'sin definir',
  },
};

const fill = (tpl: string, data: Record<string, string | number>) => tpl.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A horizontal bar chart as inline SVG (labels left, values right). */
export function barChart(data: readonly [string, number][], title: string): string {
  if (!data.length) return '';
  const rowH = 22;
  const labelW = 200;
  const width = 640;
  const height = data.length * rowH + 24;
  const y = scaleBand<string>()
    .domain(data.map(([k]) => k))
    .range([4, height - 20])
    .padding(0.2);
  const max = Math.max(1, ...data.map(([, v]) => v));
  const x = scaleLinear().domain([0, max]).nice().range([labelW, width - 48]);
  const bars = data
    .map(([k, v]) => {
      const top = y(k)!;
      const w = Math.max(0, x(v) - labelW);
      return `<g><text x="${labelW - 6}" y="${(top + y.bandwidth() / 2 + 4).toFixed(1)}" text-anchor="end">${escapeHtml(k)}</text><rect x="${labelW}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${y.bandwidth().toFixed(1)}" class="bar"><title>${escapeHtml(`${k}: ${v}`)}</title></rect><text x="${(labelW + w + 4).toFixed(1)}" y="${(top + y.bandwidth() / 2 + 4).toFixed(1)}">${v}</text></g>`;
    })
    .join('');
  const ticks = x
    .ticks(Math.min(5, max))
    .map((t) => `<g><line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="4" y2="${height - 20}" class="grid"/><text x="${x(t).toFixed(1)}" y="${height - 6}" text-anchor="middle" class="tick">${t}</text></g>`)
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${ticks}${bars}</svg>`;
}

/** A single proportion as an SVG bar (0..1). */
function shareBar(share: number, label: string): string {
  const x = scaleLinear().domain([0, 1]).range([0, 600]);
  return `<svg role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 640 28" width="640" height="28"><rect x="0" y="4" width="600" height="20" class="track"/><rect x="0" y="4" width="${x(share).toFixed(1)}" height="20" class="bar"/><text x="606" y="19">${Math.round(share * 100)}%</text></svg>`;
}

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1f2937;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}svg{max-width:100%;height:auto;font-size:12px}
svg text{fill:currentColor}.bar{fill:#2563eb}.track{fill:#e5e7eb}.grid{stroke:#e5e7eb}.tick{fill:#6b7280}
table{border-collapse:collapse}td,th{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left}
.source{background:#e0e7ff}.translated{background:#dcfce7}.stale{background:#fef9c3}.missing{background:#fee2e2}
@media (prefers-color-scheme:dark){body{background:#111827;color:#e5e7eb}.track,.grid{fill:#374151;stroke:#374151}td,th{border-color:#4b5563}
.source{background:#312e81}.translated{background:#14532d}.stale{background:#713f12}.missing{background:#7f1d1d}}`;

function html(r: HealthReport, locale: Locale): string {
  const L = LABELS[locale];
  const e = escapeHtml;
  const pct = Math.round(r.allThreeMoves * 100);
  const label = (k: string) => (k === 'unknown' || k === 'unset' ? L[k] : k);
  const byAnger = [...ANGER_TYPES, 'unset'].filter((k) => r.byAnger[k]).map((k): [string, number] => [label(k), r.byAnger[k]]);
  const byLocale = Object.entries(r.byLocale).map(([k, v]): [string, number] => [label(k), v]);
  const parts: string[] = [];
  parts.push(`<h1>${e(L.title)}</h1>`, `<p>${e(fill(L.summary, { macros: r.macros, files: r.files, errors: r.severities.error, warnings: r.severities.warning, infos: r.severities.info }))}</p>`);
  parts.push(`<h2>${e(L.byRule)}</h2>`, Object.keys(r.rules).length ? barChart(Object.entries(r.rules), L.byRule) : `<p>${e(L.none)}</p>`);
  parts.push(`<h2>${e(L.byLocale)}</h2>`, barChart(byLocale, L.byLocale) || `<p>${e(L.none)}</p>`);
  parts.push(`<h2>${e(L.byAnger)}</h2>`, barChart(byAnger, L.byAnger) || `<p>${e(L.none)}</p>`);
  parts.push(`<h2>${e(L.moves)}</h2>`, shareBar(r.allThreeMoves, L.moves), `<p>${e(fill(L.movesText, { count: r.allThreeMovesCount, macros: r.macros, percent: pct }))}</p>`);
  parts.push(`<h2>${e(L.coverage)}</h2>`);
  if (r.coverage.rows.length) {
    const head = `<tr><th>${e(L.macro)}</th>${r.coverage.locales.map((l) => `<th>${e(l)}</th>`).join('')}</tr>`;
    const rows = r.coverage.rows
      .map((row) => `<tr><td>${e(row.id)}<br><small>${e(row.file)}</small></td>${r.coverage.locales.map((l) => (row.cells[l] ? `<td class="${row.cells[l]}">${e(L[row.cells[l]])}</td>` : '<td></td>')).join('')}</tr>`)
      .join('');
    parts.push(`<table>${head}${rows}</table>`);
  } else parts.push(`<p>${e(L.none)}</p>`);
  parts.push(`<h2>${e(L.nearDup)}</h2>`);
  parts.push(
    r.nearDuplicates.length
      ? `<ul>${r.nearDuplicates.map((c) => `<li>${c.ids.map((id, i) => `<code>${e(id)}</code> <small>(${e(c.files[i])})</small>`).join(', ')} · ${e(L.similarity)} ${Math.round(c.similarity * 100)}%</li>`).join('')}</ul>`
      : `<p>${e(L.none)}</p>`,
  );
  parts.push(`<h2>${e(L.worst)}</h2>`);
  parts.push(
    r.worst.length
      ? `<table><tr><th>${e(L.macro)}</th><th>${e(L.file)}</th><th>${e(L.errors)}</th><th>${e(L.warnings)}</th><th>${e(L.rules)}</th></tr>${r.worst
          .map((w) => `<tr><td>${e(w.title ?? w.id)}<br><small>${e(w.id)}</small></td><td>${e(w.file)}</td><td>${w.errors}</td><td>${w.warnings}</td><td>${w.rules.map((x) => `<code>${e(x)}</code>`).join(' ')}</td></tr>`)
          .join('')}</table>`
      : `<p>${e(L.none)}</p>`,
  );
  return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(L.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}

function markdown(r: HealthReport, locale: Locale): string {
  const L = LABELS[locale];
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const table = (head: string[], rows: (string | number)[][]) =>
    rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((x) => `| ${x.map((c) => cell(String(c))).join(' | ')} |`)].join('\n') : L.none;
  const out = [
    `# ${L.title}`,
    '',
    fill(L.summary, { macros: r.macros, files: r.files, errors: r.severities.error, warnings: r.severities.warning, infos: r.severities.info }),
    '',
    `## ${L.byRule}`,
    '',
    table([L.rules, '#'], Object.entries(r.rules)),
    '',
    `## ${L.byLocale}`,
    '',
    table(['', '#'], Object.entries(r.byLocale)),
    '',
    `## ${L.byAnger}`,
    '',
    table(['', '#'], Object.entries(r.byAnger)),
    '',
    `## ${L.moves}`,
    '',
    fill(L.movesText, { count: r.allThreeMovesCount, macros: r.macros, percent: Math.round(r.allThreeMoves * 100) }),
    '',
    `## ${L.coverage}`,
    '',
    table([L.macro, ...r.coverage.locales], r.coverage.rows.map((row) => [row.id, ...r.coverage.locales.map((l) => (row.cells[l] ? L[row.cells[l]] : ''))])),
    '',
    `## ${L.nearDup}`,
    '',
    r.nearDuplicates.length ? r.nearDuplicates.map((c) => `- ${c.ids.map((id) => `\`${id}\``).join(', ')} (${L.similarity} ${Math.round(c.similarity * 100)}%)`).join('\n') : L.none,
    '',
    `## ${L.worst}`,
    '',
    table([L.macro, L.file, L.errors, L.warnings, L.rules], r.worst.map((w) => [w.id, w.file, w.errors, w.warnings, w.rules.join(', ')])),
    '',
  ];
  return out.join('\n');
}

/** The report rendered as `html` (self-contained, no script), `json` or `md`, labels in `locale`. */
export function renderReport(report: HealthReport, format: 'html' | 'json' | 'md', options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'md') return markdown(report, locale);
  return html(report, locale);
}
