import type { Rule, RuleContext } from '../rule';
import type { Fix, Helpdesk, Locale, Range, Span } from '../types';
import { format } from '../messages';

/** Standard Liquid filters (Zendesk and Freshdesk render placeholders with Liquid). */
const LIQUID_FILTERS = [
  'abs', 'append', 'at_least', 'at_most', 'capitalize', 'ceil', 'compact', 'concat', 'date', 'default', 'divided_by', 'downcase',
  'escape', 'escape_once', 'first', 'floor', 'join', 'last', 'lstrip', 'map', 'minus', 'modulo', 'newline_to_br', 'plus', 'prepend',
  'remove', 'remove_first', 'replace', 'replace_first', 'reverse', 'round', 'rstrip', 'size', 'slice', 'sort', 'sort_natural', 'split',
  'strip', 'strip_html', 'strip_newlines', 'times', 'truncate', 'truncatewords', 'uniq', 'upcase', 'url_decode', 'url_encode', 'where',
];
const INTERCOM_FILTERS = ['fallback', 'capitalize', 'downcase', 'upcase', 'date'];

/** Liquid tags that open a block, and the tags allowed anywhere. */
const BLOCK_TAGS = ['if', 'unless', 'for', 'case', 'capture', 'comment', 'tablerow', 'raw'];
const LIQUID_TAGS = new Set([
  ...BLOCK_TAGS, ...BLOCK_TAGS.map((t) => `end${t}`),
  'elsif', 'else', 'when', 'assign', 'break', 'continue', 'cycle', 'increment', 'decrement', 'liquid', 'echo', 'render', 'include',
]);

interface Dialect {
  name: string;
  /** `{{ … }}` placeholders. */
  mustache: boolean;
  /** `{% if %}` Liquid tags. */
  liquid: boolean;
  /** Help Scout `{%customer.firstName%}` variables. */
  helpscout: boolean;
  filters: ReadonlySet<string>;
  /** How a fallback is written, for the suggestion in messages and fixes. */
  fallback?: 'default' | 'fallback';
  example: string;
}

const DIALECTS: Record<Helpdesk, Dialect> = {
  zendesk: { name: 'Zendesk', mustache: true, liquid: true, helpscout: false, filters: new Set(LIQUID_FILTERS), fallback: 'default', example: '{{ticket.requester.first_name}}' },
  freshdesk: { name: 'Freshdesk', mustache: true, liquid: true, helpscout: false, filters: new Set(LIQUID_FILTERS), fallback: 'default', example: '{{ticket.requester.firstname}}' },
  helpscout: { name: 'Help Scout', mustache: false, liquid: false, helpscout: true, filters: new Set(), example: '{%customer.firstName,fallback=there%}' },
  front: { name: 'Front', mustache: true, liquid: false, helpscout: false, filters: new Set(), example: '{{recipient.first_name}}' },
  intercom: { name: 'Intercom', mustache: true, liquid: false, helpscout: false, filters: new Set(INTERCOM_FILTERS), fallback: 'fallback', example: '{{first_name | fallback: "there"}}' },
  gorgias: { name: 'Gorgias', mustache: true, liquid: false, helpscout: false, filters: new Set(), example: '{{ticket.customer.firstname}}' },
  generic: { name: 'generic', mustache: true, liquid: true, helpscout: true, filters: new Set([...LIQUID_FILTERS, ...INTERCOM_FILTERS]), fallback: undefined, example: '{{first_name}}' },
};

const IDENT = /^[\p{L}_][\p{L}\p{N}_.\-]*$/u;
const HS_VAR = /^[\p{L}_][\p{L}\p{N}_.\-]*(?:,fallback=[^%{}\n]*)?$/u;
/** How far a placeholder may reach before an opening is considered unclosed. */
const MAX_TOKEN = 300;

interface Pending {
  tag: string;
  range: Range;
}

/** One span's scan: reports findings through `ctx`, tracks Liquid blocks in `stack`. */
class Scanner {
  readonly #ctx: RuleContext;
  readonly #d: Dialect;
  readonly #span: Span;
  readonly #t: string;
  readonly #file: string;
  readonly #stack: Pending[];
  readonly #msgs: Record<string, string>;

  constructor(ctx: RuleContext, span: Span, stack: Pending[]) {
    this.#ctx = ctx;
    this.#d = DIALECTS[ctx.helpdesk] ?? DIALECTS.generic;
    this.#span = span;
    this.#t = span.text;
    this.#file = ctx.document.text;
    this.#stack = stack;
    this.#msgs = placeholderSyntax.meta.messages[ctx.locale as Locale];
  }

  #range(start: number, end: number): Range {
    return { start: this.#span.toOffset(start), end: this.#span.toOffset(end) };
  }

  #fix(key: string, start: number, end: number, text: string, data: Record<string, string> = {}): Fix[] {
    const edits = this.#span.edit(start, end, text);
    return edits.length ? [{ title: format(this.#msgs[key], data), edits }] : [];
  }

  #report(start: number, end: number, messageId: string, data: Record<string, string> = {}, fixes: Fix[] = []): void {
    this.#ctx.report({ range: this.#range(start, end), messageId, data: { helpdesk: this.#d.name, example: this.#d.example, ...data }, fixes });
  }

  /** Index of `close` for an opening at `from`, or -1 if another opening, a blank line or the limit comes first. */
  #close(from: number, close: string): number {
    const t = this.#t;
    const limit = Math.min(t.length, from + MAX_TOKEN);
    for (let j = from; j < limit; j++) {
      if (t.startsWith(close, j)) return j;
      if (t.startsWith('{{', j) || t.startsWith('{%', j)) return -1;
      if (t[j] === '\n' && /^\n[ \t]*\r?\n/.test(t.slice(j, j + 40))) return -1;
    }
    return -1;
  }

  /**
   * True when the token is broken by a line break: one in the decoded text, or a fold in the file
   * source that decodes to a space inside a name (a YAML fold that only separates words is harmless).
   */
  #multiline(start: number, end: number): boolean {
    const decoded = this.#t.slice(start, end);
    if (/[\r\n]/.test(decoded)) return true;
    const r = this.#range(start, end);
    return /[\r\n]/.test(this.#file.slice(r.start, r.end)) && this.#joined(start, end) !== decoded;
  }

  /** The token rejoined on one line. */
  #joined(start: number, end: number): string {
    const s = this.#t.slice(start, end);
    return s.replace(/\s+/g, (ws, at: number) => {
      const src = this.#range(start + at, start + at + ws.length);
      if (!/[\r\n]/.test(ws) && !/[\r\n]/.test(this.#file.slice(src.start, src.end))) return ws;
      const prev = s[at - 1] ?? '';
      const next = s[at + ws.length] ?? '';
      const glue = /[.,=]/.test(prev) || /[.,=]/.test(next) || (/[\p{L}\p{N}_]/u.test(prev) && /[\p{L}\p{N}_]/u.test(next));
      return glue ? '' : ' ';
    });
  }

  scan(): void {
    const t = this.#t;
    let i = 0;
    while (i < t.length) {
      const two = t.slice(i, i + 2);
      if (two === '{{') i = this.#mustache(i);
      else if (two === '{%') i = this.#tag(i);
      else if (two === '}}') i = this.#stray(i, '}}');
      else if (two === '%}') i = this.#stray(i, '%}');
      else i++;
    }
  }

  #mustache(i: number): number {
    const t = this.#t;
    // Handlebars-style triple braces are raw output: accept them as opaque.
    if (t[i + 2] === '{') {
      const j = t.indexOf('}}}', i + 3);
      if (j > 0 && j - i < MAX_TOKEN) return j + 3;
    }
    const j = this.#close(i + 2, '}}');
    if (j < 0) return this.#unclosedMustache(i);
    const end = j + 2;
    const content = t.slice(i + 2, j);
    if (this.#multiline(i, end)) {
      const joined = this.#joined(i, end);
      this.#report(i, end, 'multiline', {}, this.#fix('fixJoin', i, end, joined, { text: joined }));
      return end;
    }
    if (!content.trim()) {
      this.#report(i, end, 'empty', { text: t.slice(i, end) });
      return end;
    }
    if (!this.#d.mustache) {
      this.#report(i, end, 'wrongDialect', { text: t.slice(i, end) });
      return end;
    }
    this.#filters(i + 2, content);
    return end;
  }

  #filters(base: number, content: string): void {
    const parts: { text: string; at: number }[] = [];
    let quote = '';
    let last = 0;
    for (let k = 0; k < content.length; k++) {
      const c = content[k];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '|') {
        parts.push({ text: content.slice(last, k), at: last });
        last = k + 1;
      }
    }
    parts.push({ text: content.slice(last), at: last });
    if (!parts[0].text.trim()) {
      this.#report(base - 2, base + content.length + 2, 'empty', { text: `{{${content}}}` });
      return;
    }
    for (const p of parts.slice(1)) {
      const m = /^\s*([\w-]*)/.exec(p.text)!;
      const name = m[1];
      const s = base + p.at + m[0].length - name.length;
      const e = s + name.length;
      if (!name) {
        this.#report(base + p.at - 1, base + p.at, 'unknownFilter', { name: '' });
        continue;
      }
      const fallbackLike = name === 'fallback' || name === 'default';
      if (fallbackLike && !this.#d.filters.has(name)) {
        const want = this.#d.fallback;
        const fixes = want ? this.#fix('fixFallback', s, e, want, { from: name, to: want }) : [];
        this.#report(s, e, 'fallbackUnsupported', { name }, fixes);
      } else if (!this.#d.filters.has(name)) {
        this.#report(s, e, 'unknownFilter', { name });
      }
    }
  }

  #unclosedMustache(i: number): number {
    const t = this.#t;
    const m = /\{\{([ \t]*)([\p{L}_][\p{L}\p{N}_.\-]*)?([ \t]*)(\}?)/uy;
    m.lastIndex = i;
    const g = m.exec(t)!;
    const end = i + g[0].length;
    const ident = g[2];
    const next = t[end] ?? '';
    // A name followed by nothing more (or one brace) can only mean `{{name}}`.
    const clear = ident && this.#d.mustache && (g[4] === '}' || !/[|\p{L}\p{N}_.]/u.test(next));
    const fixes = clear ? this.#fix('fixClose', i, end, `{{${ident}}}`, { text: `{{${ident}}}` }) : [];
    this.#report(i, Math.max(end, i + 2), 'unclosed', { open: '{{', close: '}}' }, fixes);
    return Math.max(end, i + 2);
  }

  #tag(i: number): number {
    const t = this.#t;
    const j = this.#close(i + 2, '%}');
    if (j < 0) return this.#unclosedTag(i);
    const end = j + 2;
    const content = t.slice(i + 2, j);
    const multiline = this.#multiline(i, end);
    const trimmed = content.replace(/^-|-$/g, '').trim();
    if (!trimmed) {
      this.#report(i, end, 'empty', { text: t.slice(i, end) });
      return end;
    }
    const word = /^[\p{L}_]+/u.exec(trimmed)?.[0] ?? '';
    const isLiquid = LIQUID_TAGS.has(word) && (trimmed === word || /\s/.test(trimmed[word.length]));
    if (multiline) {
      const joined = this.#joined(i, end);
      this.#report(i, end, 'multiline', {}, this.#fix('fixJoin', i, end, joined, { text: joined }));
    } else if (isLiquid && !this.#d.liquid) {
      this.#report(i, end, 'wrongDialect', { text: t.slice(i, end) });
      return end;
    } else if (!isLiquid) {
      if (HS_VAR.test(content)) {
        if (!this.#d.helpscout) this.#report(i, end, 'wrongDialect', { text: t.slice(i, end) });
      } else if (this.#d.liquid) {
        this.#report(i, end, 'unknownTag', { text: t.slice(i, end), name: word || trimmed.slice(0, 20) });
      } else if (!this.#d.helpscout) {
        this.#report(i, end, 'wrongDialect', { text: t.slice(i, end) });
      } else {
        this.#report(i, end, 'malformedVariable', { text: t.slice(i, end) });
      }
      return end;
    }
    if (!isLiquid || !this.#d.liquid) return end;
    // Block balance.
    const range = this.#range(i, end);
    if (BLOCK_TAGS.includes(word)) this.#stack.push({ tag: word, range });
    else if (word.startsWith('end') && BLOCK_TAGS.includes(word.slice(3))) {
      const open = word.slice(3);
      const k = this.#stack.map((p) => p.tag).lastIndexOf(open);
      if (k < 0) this.#report(i, end, 'unexpectedEnd', { tag: word, open });
      else this.#stack.splice(k);
    }
    return end;
  }

  #unclosedTag(i: number): number {
    const t = this.#t;
    const m = /\{%([\p{L}_][\p{L}\p{N}_.\-]*(?:,fallback=[^%{}\n]*?)?)(%?)(\}?)(?![\p{L}\p{N}_.])/uy;
    m.lastIndex = i;
    const g = m.exec(t);
    if (g && this.#d.helpscout && !LIQUID_TAGS.has(g[1]) && (g[2] || g[3] || !g[1].includes(','))) {
      const end = i + g[0].length;
      const fixed = `{%${g[1]}%}`;
      this.#report(i, end, 'unclosed', { open: '{%', close: '%}' }, this.#fix('fixClose', i, end, fixed, { text: fixed }));
      return end;
    }
    const w = /\{%[ \t]*[^\s%{}]*/y;
    w.lastIndex = i;
    const end = i + w.exec(t)![0].length;
    this.#report(i, end, 'unclosed', { open: '{%', close: '%}' });
    return end;
  }

  #stray(i: number, close: '}}' | '%}'): number {
    const t = this.#t;
    const before = t.slice(Math.max(0, i - 100), i);
    if (close === '}}') {
      const m = /(?<![{%])\{[ \t]*([\p{L}_][\p{L}\p{N}_.\-]*)[ \t]*$/u.exec(before);
      if (m && this.#d.mustache) {
        const s = i - m[0].length;
        const fixed = `{{${m[1]}}}`;
        this.#report(s, i + 2, 'unopened', { open: '{{', close }, this.#fix('fixOpen', s, i + 2, fixed, { text: fixed }));
        return i + 2;
      }
    } else {
      const m = /(?<![{\p{L}\p{N}_])%([\p{L}_][\p{L}\p{N}_.\-]*(?:,fallback=[^%{}\n]*)?)$/u.exec(before);
      if (m && this.#d.helpscout) {
        const s = i - m[0].length;
        const fixed = `{%${m[1]}%}`;
        this.#report(s, i + 2, 'unopened', { open: '{%', close }, this.#fix('fixOpen', s, i + 2, fixed, { text: fixed }));
        return i + 2;
      }
    }
    this.#report(i, i + 2, 'unopened', { open: close === '}}' ? '{{' : '{%', close });
    return i + 2;
  }
}

/** Reports malformed placeholders and placeholders of another helpdesk's dialect. */
export const placeholderSyntax: Rule = {
  meta: {
    id: 'placeholder-syntax',
    family: 'syntax',
    description: {
      en: 'Placeholders must be well formed for the configured helpdesk.',
      es: 'Los marcadores de posición deben estar bien formados para el helpdesk configurado.',
    },
    rationale: {
      en: 'A broken placeholder is sent as it is: the customer reads "Hi {{ first_name }," instead of their name, thousands of times. The helpdesk setting says which syntax (Zendesk Liquid, Help Scout, Intercom fallbacks…) will be filled in.',
      es: 'Un marcador roto se envía tal cual: el cliente lee «Hola {{ first_name },» en lugar de su nombre, miles de veces. El ajuste helpdesk indica qué sintaxis (Liquid de Zendesk, Help Scout, fallbacks de Intercom…) se rellena.',
    },
    example: {
      en: { bad: 'Hi {{ first_name },', good: 'Hi {{first_name}},' },
      es: { bad: 'Hola {%customer.firstName%:', good: 'Hola {%customer.firstName%}:' },
    },
    defaultSeverity: 'error',
    fixable: true,
    locales: ['en', 'es'],
    messages: {
      en: {
        unclosed: 'This placeholder opens with "{open}" but never closes with "{close}".',
        unopened: '"{close}" closes a placeholder that never opens with "{open}".',
        empty: 'Empty placeholder {text}: the customer would see nothing (or the braces).',
        unknownFilter: 'Unknown filter "{name}" for {helpdesk} placeholders.',
        fallbackUnsupported: '{helpdesk} does not support "| {name}:" fallbacks (write placeholders like {example}).',
        wrongDialect: '{text} is not {helpdesk} placeholder syntax: {helpdesk} would send it as it is (write placeholders like {example}).',
        multiline: 'This placeholder is broken across lines, so the helpdesk will not fill it in.',
        unclosedBlock: '"{% {tag} %}" has no matching "{% end{tag} %}".',
        unexpectedEnd: '"{% {tag} %}" closes a "{% {open} %}" block that was never opened.',
        unknownTag: 'Unknown Liquid tag {text}.',
        malformedVariable: 'Malformed Help Scout variable {text} (write {example}).',
        fixClose: 'Close the placeholder: {text}',
        fixOpen: 'Open the placeholder: {text}',
        fixJoin: 'Join the placeholder on one line: {text}',
        fixFallback: 'Use "{to}" instead of "{from}"',
      },
      es: {
        unclosed: 'Este marcador se abre con «{open}» pero nunca se cierra con «{close}».',
        unopened: '«{close}» cierra un marcador que nunca se abre con «{open}».',
        empty: 'Marcador vacío {text}: el cliente no vería nada (o vería las llaves).',
        unknownFilter: 'Filtro desconocido «{name}» para los marcadores de {helpdesk}.',
        fallbackUnsupported: '{helpdesk} no admite valores por defecto con «| {name}:» (escribe los marcadores como {example}).',
        wrongDialect: '{text} no es sintaxis de marcador de {helpdesk}: {helpdesk} lo enviaría tal cual (escribe los marcadores como {example}).',
        multiline: 'Este marcador está partido en varias líneas, así que el helpdesk no lo rellenará.',
        unclosedBlock: '«{% {tag} %}» no tiene su «{% end{tag} %}».',
        unexpectedEnd: '«{% {tag} %}» cierra un bloque «{% {open} %}» que nunca se abrió.',
        unknownTag: 'Etiqueta Liquid desconocida {text}.',
        malformedVariable: 'Variable de Help Scout mal formada {text} (escribe {example}).',
        fixClose: 'Cerrar el marcador: {text}',
        fixOpen: 'Abrir el marcador: {text}',
        fixJoin: 'Unir el marcador en una línea: {text}',
        fixFallback: 'Usar «{to}» en lugar de «{from}»',
      },
    },
  },
  check(macro, ctx) {
    const stack: Pending[] = [];
    for (const span of macro.spans) {
      if (!/[{}%]/.test(span.text)) continue;
      new Scanner(ctx, span, stack).scan();
    }
    for (const p of stack) ctx.report({ range: p.range, messageId: 'unclosedBlock', data: { tag: p.tag } });
  },
};
