// The evaluation corpus (eval/corpus) is well-formed, balanced, and renders into documents whose
// macros the engine reads back with the same reply text, in Markdown and in every YAML scalar style.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint';
import { defaultConfig, mergeConfigs } from '../server/src/engine/config';
import { RULES } from '../server/src/engine/rules';
import {
  LABELLED_RULES,
  MARKDOWN_VARIANTS,
  YAML_SHAPES,
  YAML_STYLES,
  langOf,
  loadCorpus,
  renderMarkdown,
  renderYaml,
  replyText,
  squash,
  yamlReplyValues,
  type CorpusEntry,
} from '../eval/render.mjs';

const corpus = loadCorpus();
const LANGS = ['en', 'es'];

// Parsing is all the read-back needs: every rule off.
const quiet = mergeConfigs(defaultConfig(), { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, { severity: 'off' as const }])) });

function readBack(uri: string, text: string, format: 'markdown' | 'yaml'): string {
  const { parsed } = lint({ uri, text, format }, quiet);
  expect(parsed, `${uri} was skipped`).toBeDefined();
  expect(parsed!.problems.filter((p) => p.kind === 'syntax'), `${uri} has syntax problems`).toEqual([]);
  expect(parsed!.macros, `${uri} should hold one macro`).toHaveLength(1);
  return squash(parsed!.macros[0].spans.map((s) => s.text).join(' '));
}

describe('evaluation corpus', () => {
  it('is large enough and balanced between languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(220);
    for (const l of LANGS) expect(corpus.filter((e) => langOf(e) === l).length, l).toBeGreaterThanOrEqual(100);
  });

  it('has unique ids and well-formed entries', () => {
    const ids = corpus.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of corpus) {
      expect(LANGS, `${e.id} locale`).toContain(langOf(e));
      expect(['before', 'during', 'after', 'none'], `${e.id} anger`).toContain(e.anger);
      expect(typeof e.business, `${e.id} business`).toBe('string');
      expect(['plain', 'sectioned'], `${e.id} form`).toContain(e.form);
      expect(Array.isArray(e.expect), `${e.id} expect`).toBe(true);
      const hasBody = typeof e.body === 'string' && e.body.trim() !== '';
      const hasSections = !!e.sections && ['acknowledge', 'align', 'assure'].some((k) => e.sections![k as 'align']?.trim());
      expect(hasBody !== hasSections, `${e.id} needs either body or sections`).toBe(true);
      expect(e.form === 'sectioned', `${e.id} form matches its shape`).toBe(hasSections);
      for (const id of e.expect) expect(LABELLED_RULES, `${e.id} label ${id}`).toContain(id);
    }
  });

  it('labels only rules the engine knows', () => {
    const known = new Set(RULES.map((r) => r.meta.id));
    for (const id of LABELLED_RULES) expect(known.has(id), id).toBe(true);
  });

  it('has clean replies, sectioned replies and enough positives per rule and language', () => {
    expect(corpus.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((e) => e.form === 'sectioned').length).toBeGreaterThanOrEqual(Math.floor(corpus.length / 4));
    for (const l of LANGS) {
      const inLang = corpus.filter((e) => langOf(e) === l);
      for (const id of LABELLED_RULES) {
        expect(inLang.filter((e) => e.expect.includes(id)).length, `${id} positives in ${l}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('covers many kinds of business, tú and usted, es-ES and es-MX', () => {
    expect(new Set(corpus.map((e) => e.business.split(' ')[0])).size).toBeGreaterThanOrEqual(12);
    expect(corpus.some((e) => e.locale === 'es-MX')).toBe(true);
    expect(corpus.some((e) => e.locale === 'es-ES')).toBe(true);
    const es = corpus.filter((e) => langOf(e) === 'es').map((e) => replyText(e));
    expect(es.some((t) => /\b(usted|le he|su pedido)\b/i.test(t))).toBe(true);
    expect(es.some((t) => /\b(te he|tu pedido|tienes)\b/i.test(t))).toBe(true);
  });
});

describe('rendering', () => {
  const sample = (pred: (e: CorpusEntry) => boolean) => corpus.filter(pred);

  it('YAML renderings decode to the reply text in every style and shape', () => {
    for (const e of corpus) {
      for (const style of YAML_STYLES) {
        for (const shape of YAML_SHAPES) {
          const { text } = renderYaml(e, { style, shape });
          expect(squash(yamlReplyValues(text)), `${e.id} ${style} ${shape}`).toBe(squash(replyText(e)));
        }
      }
    }
  });

  it('the engine reads Markdown renderings back with the same reply text', () => {
    for (const e of corpus) {
      const variants = e.form === 'sectioned' ? MARKDOWN_VARIANTS : ['h2'];
      for (const variant of variants) {
        for (const crlf of [false, true]) {
          const text = renderMarkdown(e, { variant, crlf });
          expect(readBack(`file:///eval/${e.id}.md`, text, 'markdown'), `${e.id} ${variant}${crlf ? ' crlf' : ''}`).toBe(squash(replyText(e)));
        }
      }
    }
  });

  it('the engine reads sectioned Markdown renderings back with the right sections', () => {
    for (const e of sample((x) => x.form === 'sectioned')) {
      for (const variant of MARKDOWN_VARIANTS) {
        const { parsed } = lint({ uri: `file:///eval/${e.id}.md`, text: renderMarkdown(e, { variant }), format: 'markdown' }, quiet);
        const moves = parsed!.macros[0].sections.map((s) => s.move);
        expect(moves, `${e.id} ${variant}`).toEqual(['acknowledge', 'align', 'assure'].filter((k) => e.sections?.[k as 'align']));
      }
    }
  });

  // Depends on the YAML reader (server/src/engine/model/yaml.ts).
  it('the engine reads YAML renderings back with the same reply text', () => {
    for (const e of corpus) {
      for (const style of YAML_STYLES) {
        for (const shape of YAML_SHAPES) {
          const { text } = renderYaml(e, { style, shape });
          expect(readBack(`file:///eval/${e.id}.yaml`, text, 'yaml'), `${e.id} ${style} ${shape}`).toBe(squash(replyText(e)));
        }
      }
    }
  });
});
