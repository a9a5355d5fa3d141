// Loads the evaluation corpus and renders each entry as a macro document (Markdown or YAML), so the
// eval and the corpus test exercise both readers and every YAML scalar style.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, parseDocument } from 'yaml';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/** Rule ids the corpus labels, by family. */
export const FAMILIES = {
  moves: ['missing-acknowledge', 'missing-align', 'missing-assure'],
  deflecting: [
    'deflecting/apology-but',
    'deflecting/non-apology',
    'deflecting/blame-shifting',
    'deflecting/customer-blame',
    'deflecting/policy-shield',
    'deflecting/dismissive',
    'deflecting/minimizing',
    'deflecting/redirect',
  ],
  style: ['over-apology', 'vague-assurance', 'generic-acknowledge'],
};

/** Every labelled rule id. */
export const LABELLED_RULES = Object.values(FAMILIES).flat();

/** Rules the eval always switches off (not labelled in the corpus). */
export const UNLABELLED_RULES = ['anger-type', 'placeholder-syntax', 'locale-mismatch', 'section-order', 'empty-section', 'syntax-error'];

/** Family of a labelled rule id. */
export function familyOf(ruleId) {
  for (const [family, ids] of Object.entries(FAMILIES)) if (ids.includes(ruleId)) return family;
  return undefined;
}

/** Two-letter language of a corpus entry (`es-MX` -> `es`). */
export function langOf(entry) {
  return String(entry.locale).slice(0, 2).toLowerCase();
}

/** All corpus entries, in file order, each with the `file` it came from. */
export function loadCorpus(dir = CORPUS_DIR) {
  const out = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const data = parseYaml(readFileSync(join(dir, name), 'utf8'));
    for (const e of data ?? []) out.push({ ...e, file: name });
  }
  return out;
}

/** Expected counts per rule id of an entry: `expect` is a list in which an id repeats once per occurrence. */
export function expectedCounts(entry) {
  const counts = {};
  for (const id of entry.expect ?? []) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

const SECTION_KEYS = ['acknowledge', 'align', 'assure'];

/** Greeting and sign-off may sit at the top level of an entry or inside `sections`. */
function parts(entry) {
  const s = entry.sections ?? {};
  const greeting = entry.greeting ?? s.greeting;
  const signoff = entry.signoff ?? s.signoff;
  const sections = SECTION_KEYS.filter((k) => s[k] != null && String(s[k]).trim() !== '').map((k) => [k, String(s[k]).trim()]);
  return { greeting: greeting ? String(greeting).trim() : undefined, signoff: signoff ? String(signoff).trim() : undefined, sections };
}

/** The reply as a reader should see it: greeting, sections and sign-off (or the body), blank-line separated. */
export function replyText(entry) {
  if (entry.body != null) return String(entry.body).trim();
  const p = parts(entry);
  return [p.greeting, ...p.sections.map(([, t]) => t), p.signoff].filter(Boolean).join('\n\n');
}

/** Whitespace-insensitive form used to compare reply texts. */
export function squash(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

const ES_LABELS = { acknowledge: 'Reconocer', align: 'Alinear', assure: 'Asegurar' };
const EN_LABELS = { acknowledge: 'Acknowledge', align: 'Align', assure: 'Assure' };

/** Markdown heading styles for sectioned replies: `##` title case, `###` upper/lower case, comment markers. */
export const MARKDOWN_VARIANTS = ['h2', 'h3', 'comment'];

function frontMatter(entry, opts) {
  const lines = ['---', `id: ${entry.id}`, `title: ${JSON.stringify(`${entry.business} (${entry.id})`)}`, `anger: ${entry.anger}`];
  if (!opts.omitLocale) lines.push(`locale: ${entry.locale}`);
  lines.push(`tags: [${JSON.stringify(entry.business)}]`, '---');
  return lines.join('\n');
}

/** Renders an entry as a single-macro Markdown file. */
export function renderMarkdown(entry, { variant = 'h2', omitLocale = false, crlf = false } = {}) {
  const chunks = [frontMatter(entry, { omitLocale }), ''];
  if (entry.body != null) {
    chunks.push(String(entry.body).trim());
  } else {
    const p = parts(entry);
    const es = langOf(entry) === 'es';
    if (p.greeting) chunks.push(p.greeting, '');
    for (const [key, text] of p.sections) {
      const label = (es ? ES_LABELS : EN_LABELS)[key];
      if (variant === 'comment') chunks.push(`<!-- ${key} -->`);
      else if (variant === 'h3') chunks.push(`### ${es ? label.toLowerCase() : label.toUpperCase()}`);
      else chunks.push(`## ${label}`);
      chunks.push('', text, '');
    }
    if (p.signoff) chunks.push('<!-- end -->', '', p.signoff);
  }
  const text = chunks.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** YAML scalar styles the eval rotates through (plain falls back to literal when impossible). */
export const YAML_STYLES = ['literal', 'folded', 'double', 'plain', 'single', 'literal-strip'];

/** Splits a line at single spaces into pieces of about `width` characters (for folding). */
function wrap(line, width, canBreak = () => true) {
  const out = [];
  let rest = line;
  while (rest.length > width) {
    let at = -1;
    for (let i = width; i > 10; i--) {
      if (rest[i] === ' ' && rest[i - 1] !== ' ' && rest[i + 1] !== ' ' && rest[i + 1] !== undefined && canBreak(rest, i)) {
        at = i;
        break;
      }
    }
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function isPlainSafe(text) {
  if (!text || text.includes('\n') || text !== text.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/: |:$| #|\t/.test(text)) return false;
  return true;
}

/** Encodes `text` as a YAML scalar value for a mapping key at `indent` spaces; returns [style used, source]. */
export function encodeScalar(text, style, indent) {
  const pad = ' '.repeat(indent + 2);
  const t = String(text).trim();
  if (style === 'plain') {
    if (isPlainSafe(t)) return ['plain', t];
    style = 'literal';
  }
  if (style === 'literal' || style === 'literal-strip') {
    const head = style === 'literal' ? '|' : '|-';
    return [style, `${head}\n${t.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`];
  }
  if (style === 'folded') {
    // Each line break of the text becomes an empty line; long lines are folded at spaces.
    const lines = t.split('\n');
    const src = [];
    lines.forEach((l, i) => {
      if (i > 0) src.push('');
      if (l) for (const piece of wrap(l, 72)) src.push(pad + piece);
    });
    // Collapse the separator we added before an empty text line: k breaks -> k+1 source breaks.
    return ['folded', `>\n${src.join('\n')}`];
  }
  if (style === 'double') {
    const enc = JSON.stringify(t).slice(1, -1);
    const pieces = wrap(enc, 76, (s, i) => s[i - 1] !== '\\');
    return ['double', `"${pieces.join(`\n${pad}`)}"`];
  }
  if (style === 'single') {
    const lines = t.split('\n').map((l) => l.replace(/'/g, "''"));
    const src = [];
    lines.forEach((l, i) => {
      if (i > 0) src.push('');
      if (l) src.push(...wrap(l, 72));
    });
    return ['single', `'${src.map((l, i) => (i === 0 || !l ? l : pad + l)).join('\n')}'`];
  }
  throw new Error(`unknown YAML style ${style}`);
}

/** Document shapes: `macros:` sequence, a top-level sequence, a single mapping. */
export const YAML_SHAPES = ['macros', 'sequence', 'mapping'];

/** Renders an entry as a YAML macro file; the scalar style rotates from `style` over the reply-text keys. */
export function renderYaml(entry, { style = 'literal', shape = 'macros', omitLocale = false } = {}) {
  const indent = shape === 'macros' ? 4 : shape === 'sequence' ? 2 : 0;
  const first = shape === 'macros' ? '  - ' : shape === 'sequence' ? '- ' : '';
  const pad = ' '.repeat(indent);
  const es = langOf(entry) === 'es';
  const fields = [
    ['id', entry.id],
    ['title', JSON.stringify(`${entry.business} (${entry.id})`)],
    ['anger', entry.anger],
  ];
  if (!omitLocale) fields.push(['locale', entry.locale]);
  fields.push(['tags', `[${JSON.stringify(entry.business)}]`]);
  const styles = YAML_STYLES.slice(YAML_STYLES.indexOf(style)).concat(YAML_STYLES.slice(0, YAML_STYLES.indexOf(style)));
  const used = [];
  const text = [];
  const add = (key, value, k) => {
    const [st, src] = encodeScalar(value, styles[k % styles.length], indent);
    used.push(st);
    text.push(`${key}: ${src}`);
  };
  for (const [k, v] of fields) text.push(`${k}: ${v}`);
  if (entry.body != null) {
    add('body', String(entry.body).trim(), 0);
  } else {
    // YAML has no greeting/sign-off keys: they travel with the first and last section.
    const p = parts(entry);
    p.sections.forEach(([key, value], i) => {
      let v = value;
      if (i === 0 && p.greeting) v = `${p.greeting}\n\n${v}`;
      if (i === p.sections.length - 1 && p.signoff) v = `${v}\n\n${p.signoff}`;
      const name = es && (i + entry.id.length) % 2 === 0 ? { acknowledge: 'reconocer', align: 'alinear', assure: 'asegurar' }[key] : key;
      add(name, v, i);
    });
  }
  const body = text.map((l, i) => (i === 0 ? first + l : pad + l)).join('\n');
  const doc = shape === 'macros' ? `macros:\n${body}\n` : `${body}\n`;
  return { text: doc, styles: used };
}

/** How entry number `i` of the corpus is rendered: alternately Markdown and YAML, rotating variants. */
export function renderEntry(entry, i) {
  const omitLocale = i % 5 === 4;
  if (i % 2 === 0) {
    const variant = MARKDOWN_VARIANTS[(i >> 1) % MARKDOWN_VARIANTS.length];
    const crlf = i % 22 === 10;
    return { uri: `file:///eval/${entry.id}.md`, format: 'markdown', text: renderMarkdown(entry, { variant, omitLocale, crlf }), variant: `${entry.body != null ? 'plain' : variant}${crlf ? '+crlf' : ''}` };
  }
  const style = YAML_STYLES[(i >> 1) % YAML_STYLES.length];
  const shape = YAML_SHAPES[(i >> 1) % YAML_SHAPES.length];
  const { text, styles } = renderYaml(entry, { style, shape, omitLocale });
  return { uri: `file:///eval/${entry.id}.yaml`, format: 'yaml', text, variant: `${shape}:${[...new Set(styles)].join('+')}` };
}

/** Reply text a YAML rendering decodes to (greeting/sign-off folded into sections), for self-checks. */
export function yamlReplyValues(text) {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  const js = doc.toJS();
  const m = Array.isArray(js) ? js[0] : js.macros ? js.macros[0] : js;
  if (m.body != null) return String(m.body).trim();
  return ['acknowledge', 'reconocer', 'align', 'alinear', 'assure', 'asegurar']
    .filter((k) => m[k] != null)
    .map((k) => String(m[k]).trim())
    .join('\n\n');
}
