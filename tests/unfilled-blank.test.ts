/** `unfilled-blank`: which tokens are blanks, blanks make no move, and insert fixes mark their blanks for snippets. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBlanks } from '../server/src/engine/analysis';
import { getLexicon } from '../server/src/engine/lexicon';
import { ANGER_TYPES, LOCALES, MOVES } from '../server/src/engine/types';
import { lint } from '../server/src/engine/lint';
import { snippetOf } from '../server/src/lsp/convert';
import { cleanup, runCli, tempDir, writeTree } from './cli-fixtures/helpers';
import { defaultConfig } from './tables-config';
import { PLAIN_EN } from './helpers/plain-macros';

const blanksOf = (text: string) => findBlanks(text).map((r) => text.slice(r.start, r.end));
const ids = (uri: string, text: string) => lint({ uri, text }, defaultConfig()).findings.map((f) => f.ruleId);

describe('what is a blank', () => {
  it.each([
    ['[Describe…]', '[Describe…]'],
    ['Hi, [Insert date] is fine', '[Insert date]'],
    ['antes del [Día].', '[Día]'],
    ['el [Fecha]', '[Fecha]'],
    ['by <ADD DATE>', '<ADD DATE>'],
    ['on XX/XX', 'XX/XX'],
    ['at XX:XX', 'XX:XX'],
    ['by DD/MM/YYYY', 'DD/MM/YYYY'],
    ['antes del DD/MM/AAAA', 'DD/MM/AAAA'],
    ['call ___ today', '___'],
    ['[describe the issue...]', '[describe the issue...]'],
    ['[Explica por qué su queja es válida]', '[Explica por qué su queja es válida]'],
    ['[Añade aquí el plazo]', '[Añade aquí el plazo]'],
    ['<Insert the time>', '<Insert the time>'],
  ])('%s holds the blank %s', (text, blank) => {
    expect(blanksOf(text)).toEqual([blank]);
  });

  it.each([
    'Hola, [Nombre]:',
    'Hi {customer_name},',
    'Order <ORDER NUMBER> shipped.',
    'Hi {{ticket.requester.first_name}}, {% if vip %}thanks{% endif %}',
    'See [the tracking page](https://example.com/track) or [our help centre][help].',
    '- [x] refunded',
    'El siglo XX, talla XXL.',
    '<b>bold</b> and <time datetime="2024-01-01">today</time>',
    'a line\n___\nanother line',
    '___bold italic___',
  ])('%s holds no blank', (text) => {
    expect(blanksOf(text)).toEqual([]);
  });
});

describe('the insertion templates', () => {
  it('every bracketed token of every template is a blank', () => {
    for (const locale of LOCALES) {
      for (const move of MOVES) {
        for (const anger of ANGER_TYPES) {
          for (const text of Object.values(getLexicon(locale).moves.templates[move][anger])) {
            expect(blanksOf(text), `${locale} ${move} ${anger}: ${text}`).toEqual(text.match(/\[[^\]]*\]/g) ?? []);
          }
        }
      }
    }
  });
});

describe('a sentence with a blank makes no move until it is filled', () => {
  const macro = (assure: string) => `---\nid: x\nanger: none\nlocale: en\n---\nI can see your parcel is late, and you're right to be annoyed.\n\n${assure}\n`;

  it.each([
    ["I've asked the courier to [describe the next step], and I'll update you by Friday.", "I've asked the courier to trace your parcel, and I'll update you by Friday."],
    ["I've asked the courier to trace your parcel, and I'll update you by [Day].", "I've asked the courier to trace your parcel, and I'll update you by Friday."],
    ["I've asked the courier to trace your parcel, and I'll update you on XX/XX.", "I've asked the courier to trace your parcel, and I'll update you on 12/05."],
  ])('%s', (blank, filled) => {
    expect(ids('m.md', macro(blank))).toEqual(expect.arrayContaining(['missing-assure', 'unfilled-blank']));
    const after = ids('m.md', macro(filled));
    expect(after).not.toContain('missing-assure');
    expect(after).not.toContain('unfilled-blank');
  });

  it('reports each blank where it is, in Markdown and in YAML scalars', () => {
    const md = macro("I'll [Describe the next step] and update you by [Day].");
    const found = lint({ uri: 'm.md', text: md }, defaultConfig()).findings.filter((f) => f.ruleId === 'unfilled-blank');
    expect(found.map((f) => md.slice(f.range.start, f.range.end))).toEqual(['[Describe the next step]', '[Day]']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    const yaml = 'macros:\n  - id: y\n    locale: es\n    asegurar: "Le escribiré el [Día] a las XX:XX."\n';
    const inYaml = lint({ uri: 'm.macros.yaml', text: yaml }, defaultConfig()).findings.filter((f) => f.ruleId === 'unfilled-blank');
    expect(inYaml.map((f) => yaml.slice(f.range.start, f.range.end))).toEqual(['[Día]', 'XX:XX']);
    expect(inYaml[0].message).toBe('[Día] es un hueco que hay que rellenar: el cliente lo leería tal cual.');
  });
});

describe('insert fixes mark their blanks', () => {
  it('every blank of the inserted text is marked, and nothing else; the fix is never safe', () => {
    const f = lint({ uri: 'm.md', text: PLAIN_EN }, defaultConfig()).findings.find((x) => x.ruleId === 'missing-assure')!;
    const [edit] = f.fixes[0].edits;
    expect(f.fixes[0].safe).toBe(false);
    expect(edit.blanks!.map((b) => edit.text.slice(b.start, b.end))).toEqual(['[Describe the next step]', '[Day]']);
  });

  it('the snippet escapes snippet syntax outside and inside tab stops', () => {
    const text = 'Pay $5 by [Day} or \\ [Insert $ amount}]';
    const edit = { start: 0, end: 0, text: 'Pay $5 {ok} by [Day].', blanks: findBlanks('Pay $5 {ok} by [Day].') };
    expect(snippetOf(edit)).toBe('Pay \\$5 {ok\\} by ${1:[Day]}.');
    expect(snippetOf({ start: 0, end: 0, text, blanks: [{ start: text.indexOf('[Insert'), end: text.length }] })).toBe('Pay \\$5 by [Day\\} or \\\\ ${1:[Insert \\$ amount\\}]}');
  });
});

describe('the CLI never applies them', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) cleanup(d);
  });

  it('--fix leaves a macro missing moves without inserted blanks', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const text = PLAIN_EN;
    writeTree(dir, { 'macros/x.md': text });
    const r = await runCli(['--fix', 'macros/x.md'], dir);
    expect(r.stdout).toMatch(/missing-assure/);
    expect(readFileSync(join(dir, 'macros/x.md'), 'utf8')).toBe(text);
  });
});
