/** Completion of macro metadata: front-matter / YAML item keys, `anger:` and `locale:` values. */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { DocumentFormat, Locale } from '../engine/types';
import { detectLocale, localeFromTag } from '../engine/locale';

type Doc = Record<Locale, string>;

const KEY_DOCS: Record<string, Doc> = {
  id: { en: 'Stable identifier of the macro (CLI output, sync scripts).', es: 'Identificador estable de la macro (salida del CLI, scripts de sincronización).' },
  title: { en: 'Title agents see in the helpdesk.', es: 'Título que ven los agentes en el helpdesk.' },
  anger: { en: 'When the customer got angry: before, during or after the interaction, or none.', es: 'Cuándo se enfadó el cliente: antes, durante o después de la interacción, o none.' },
  locale: { en: 'Language of the reply, a BCP 47 tag: en, es, es-MX…', es: 'Idioma de la respuesta, una etiqueta BCP 47: en, es, es-MX…' },
  tags: { en: 'Free tags for grouping macros.', es: 'Etiquetas libres para agrupar macros.' },
  layout: { en: '`library`: this file holds one macro per `##` heading.', es: '`library`: este archivo contiene una macro por cada encabezado `##`.' },
  body: { en: 'The whole reply, without sections (the engine finds each move in the text).', es: 'La respuesta completa, sin secciones (el motor encuentra cada paso en el texto).' },
  acknowledge: { en: 'Acknowledge: recognise the customer\'s specific problem in your own words.', es: 'Reconocer (acknowledge): nombra el problema concreto del cliente con tus palabras.' },
  align: { en: 'Align: validate the customer\'s side ("you\'re right, this shouldn\'t have happened").', es: 'Alinear (align): da la razón al cliente ("esto no debería haber pasado").' },
  assure: { en: 'Assure: commit to a next step, with an owner and a time.', es: 'Asegurar (assure): comprométete con un siguiente paso, con responsable y plazo.' },
  reconocer: { en: 'Acknowledge (Spanish key).', es: 'Reconocer: nombra el problema concreto del cliente con tus palabras.' },
  alinear: { en: 'Align (Spanish key).', es: 'Alinear: da la razón al cliente ("esto no debería haber pasado").' },
  asegurar: { en: 'Assure (Spanish key).', es: 'Asegurar: comprométete con un siguiente paso, con responsable y plazo.' },
};

const ANGER_DOCS: Record<string, Doc> = {
  before: {
    en: 'Angry **before** contacting you: something already went wrong. Acknowledge the specific failure first.',
    es: 'Enfadado **antes** de contactar: algo ya salió mal. Reconoce primero el fallo concreto.',
  },
  during: {
    en: 'Became angry **during** the interaction: the handling made it worse. Never "as I already said".',
    es: 'Se enfadó **durante** la interacción: la gestión lo empeoró. Nunca "como ya le dije".',
  },
  after: {
    en: 'Became angry **after** the interaction: the fix did not hold or the follow-up never came. Own the earlier failure and give a follow-up time.',
    es: 'Se enfadó **después** de la interacción: la solución no duró o el seguimiento no llegó. Asume el fallo anterior y da un plazo de seguimiento.',
  },
  none: {
    en: 'Not an angry customer: the three moves still apply to every reply.',
    es: 'El cliente no está enfadado: los tres pasos se aplican igualmente a toda respuesta.',
  },
};

const LOCALE_VALUES: [string, Doc][] = [
  ['en', { en: 'English', es: 'Inglés' }],
  ['en-US', { en: 'English (United States)', es: 'Inglés (Estados Unidos)' }],
  ['en-GB', { en: 'English (United Kingdom)', es: 'Inglés (Reino Unido)' }],
  ['es', { en: 'Spanish', es: 'Español' }],
  ['es-ES', { en: 'Spanish (Spain)', es: 'Español (España)' }],
  ['es-MX', { en: 'Spanish (Mexico)', es: 'Español (México)' }],
  ['es-419', { en: 'Spanish (Latin America)', es: 'Español (Latinoamérica)' }],
  ['es-AR', { en: 'Spanish (Argentina)', es: 'Español (Argentina)' }],
  ['es-CO', { en: 'Spanish (Colombia)', es: 'Español (Colombia)' }],
];

const FRONT_MATTER_KEYS = ['id', 'title', 'anger', 'locale', 'tags', 'layout'];
const YAML_KEYS = ['id', 'title', 'anger', 'locale', 'tags', 'acknowledge', 'align', 'assure', 'body'];
const YAML_KEYS_ES = ['reconocer', 'alinear', 'asegurar'];

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    out.push({ start: s, text: text.slice(s, e).replace(/\r$/, '') });
    if (nl < 0) return out;
    s = nl + 1;
  }
}

/** The language of the file for completion docs and Spanish key aliases. */
function fileLocale(text: string): Locale {
  const m = /^[ \t]*(?:-[ \t]+)?locale[ \t]*:[ \t]*["']?([A-Za-z-]+)/m.exec(text);
  return localeFromTag(m?.[1]) ?? detectLocale(text) ?? 'en';
}

/** Front matter line span [first content line, closing fence line) of a Markdown text, if any. */
function frontMatterLines(lines: Line[]): [number, number] | undefined {
  if (!/^\uFEFF?---[ \t]*$/.test(lines[0]?.text ?? '')) return undefined;
  for (let k = 1; k < lines.length; k++) if (/^(---|\.\.\.)[ \t]*$/.test(lines[k].text)) return [1, k];
  return [1, lines.length];
}

/** Key column of a YAML line (after `- `), and its key if it has one. */
function keyAt(line: string): { col: number; dash: boolean; key?: string } | undefined {
  const m = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*)?[ \t]*(:)?/.exec(line);
  if (!m || (!m[3] && !m[2])) return undefined;
  return { col: m[1].length + (m[2]?.length ?? 0), dash: !!m[2], key: m[4] ? m[3] : undefined };
}

/** Keys already present in the mapping the cursor line belongs to (YAML item or front matter). */
function siblingKeys(lines: Line[], k: number, col: number, from: number, to: number): Set<string> {
  const keys = new Set<string>();
  const own = keyAt(lines[k].text);
  if (own?.dash) {
    // The cursor line opens the item: only keys below it count.
  } else {
    for (let j = k - 1; j >= from; j--) {
      const t = lines[j].text;
      if (!t.trim() || t.trimStart().startsWith('#')) continue;
      const a = keyAt(t);
      const indent = t.length - t.trimStart().length;
      if (a && a.col === col && a.key) keys.add(a.key);
      if (a?.dash && a.col === col) break;
      if (indent < col && !(a?.dash && a.col === col)) break;
    }
  }
  for (let j = k + 1; j < to; j++) {
    const t = lines[j].text;
    if (!t.trim() || t.trimStart().startsWith('#')) continue;
    const a = keyAt(t);
    const indent = t.length - t.trimStart().length;
    if (indent < col || (a?.dash && a.col <= col)) break;
    if (a && a.col === col && a.key) keys.add(a.key);
  }
  return keys;
}

/** Completion items at `offset` of a macro file. */
export function completeAt(text: string, offset: number, format: DocumentFormat): CompletionItem[] {
  const lines = linesOf(text);
  let k = lines.findIndex((l, i) => offset >= l.start && (i + 1 >= lines.length || offset < lines[i + 1].start));
  if (k < 0) k = lines.length - 1;
  let from = 0;
  let to = lines.length;
  if (format === 'markdown') {
    const fm = frontMatterLines(lines);
    if (!fm || k < fm[0] || k >= fm[1]) return [];
    [from, to] = fm;
  }
  const prefix = lines[k].text.slice(0, offset - lines[k].start);
  const loc = fileLocale(text);
  const doc = (d: Doc) => ({ kind: MarkupKind.Markdown, value: d[loc] });

  const value = /^[ \t]*(?:-[ \t]+)?(anger|locale)[ \t]*:[ \t]*["']?([\w-]*)$/.exec(prefix);
  if (value) {
    const values: [string, Doc][] = value[1] === 'anger' ? Object.entries(ANGER_DOCS) : LOCALE_VALUES;
    return values.map(([v, d], i) => ({
      label: v,
      kind: CompletionItemKind.EnumMember,
      detail: value[1] === 'locale' ? d[loc] : undefined,
      documentation: value[1] === 'anger' ? doc(d) : undefined,
      sortText: String(i).padStart(2, '0'),
    }));
  }

  const key = /^([ \t]*)(-[ \t]+)?([\w-]*)$/.exec(prefix);
  if (!key) return [];
  const col = key[1].length + (key[2]?.length ?? 0);
  let candidates: string[];
  if (format === 'markdown') {
    if (col !== 0) return [];
    candidates = FRONT_MATTER_KEYS;
  } else {
    // Top level of a YAML file: a `macros:` list, or a single macro mapping.
    candidates = loc === 'es' ? [...YAML_KEYS, ...YAML_KEYS_ES] : YAML_KEYS;
    if (col === 0 && !key[2] && !/^macros[ \t]*:/m.test(text)) candidates = ['macros', ...candidates];
  }
  const present = siblingKeys(lines, k, col, from, to);
  return candidates
    .filter((c) => !present.has(c))
    .map((c, i) => ({
      label: c,
      kind: CompletionItemKind.Property,
      insertText: `${c}: `,
      documentation: KEY_DOCS[c] ? doc(KEY_DOCS[c]) : undefined,
      sortText: String(i).padStart(2, '0'),
    }));
}
