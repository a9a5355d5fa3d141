import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, compileTables, loadTokenizer } from '../scripts/build-packs.mjs';
import { getLexicon, type Lexicon } from '../server/src/engine/lexicon';
import { DEFLECTING_CATEGORIES } from '../server/src/engine/lexicon/deflecting-types';
import { LiteralScanner, SplitPatterns, barriers, requiredLiterals } from '../server/src/engine/lexicon/literals';
import { compileTable, findMatches } from '../server/src/engine/match/deflecting';
import { analyze } from '../server/src/engine/analysis';
import { FileSpan, ReplyText, normalize } from '../server/src/engine/text';
import { loadCorpus, replyText } from '../eval/render.mjs';
import type { Locale } from '../server/src/engine/types';

const LOCALES_DIR = join(__dirname, '../server/src/engine/locales');
const LOCALES: Locale[] = ['en', 'es'];
const reply = (text: string) => new ReplyText([new FileSpan(text, 0, text.length, '\n')]);

/** The engine's tokenizer, `byFirstLetter` and literal extraction, bundled by the build script. */
let lib: unknown;
beforeAll(async () => {
  lib = await loadTokenizer();
});

/** A copy of a locale folder with `edit` applied to one of its YAML files, compiled by the build script. */
function compiledCopy(locale: Locale, file: string, edit: (yaml: string) => string): Lexicon {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-pack-'));
  try {
    cpSync(join(LOCALES_DIR, locale), dir, { recursive: true });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    return compileLexicon(locale, dir, lib) as unknown as Lexicon;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Inserts `line` as the first item of the list under the `key:` line that follows `anchor:`. */
function insertFirst(yaml: string, anchor: string, key: string, line: string): string {
  const a = yaml.indexOf(`\n${anchor}:\n`);
  const at = yaml.indexOf(`${key}:\n`, a) + key.length + 2;
  const indent = /^ */.exec(yaml.slice(at))![0];
  return yaml.slice(0, at) + `${indent}${line}\n` + yaml.slice(at);
}

describe('phrase tables as YAML data', () => {
  it('the shipped lexicon.json is what the build script compiles from the YAML (no drift)', () => {
    for (const locale of LOCALES) {
      const compiled = compileLexicon(locale, join(LOCALES_DIR, locale), lib);
      expect(JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'lexicon.json'), 'utf8'))).toEqual(compiled);
    }
  });

  it('a deflecting phrase added as one YAML line is matched, with a fragment reference expanded', () => {
    const text = 'Please take it up with the lighthouse keeper or your courier.';
    const before = findMatches(getLexicon('en'), reply(text), 'redirect').map((m) => normalize(text).norm.slice(m.start, m.end));
    expect(before).not.toContain('take it up with the lighthouse keeper');
    const lexicon = compiledCopy('en', 'deflecting.yaml', (y) =>
      insertFirst(y, 'redirect', '  entries', '- pattern: take it up with (?:the )?lighthouse keeper'),
    );
    const found = findMatches(lexicon, reply(text), 'redirect').map((m) => normalize(text).norm.slice(m.start, m.end));
    expect(found).toContain('take it up with the lighthouse keeper');
    const es = compiledCopy('es', 'deflecting.yaml', (y) => insertFirst(y, 'redirect', '  entries', '- pattern: consulte al farero de {gap}faro'));
    const t2 = 'Consulte al farero de su faro, por favor.';
    expect(findMatches(es, reply(t2), 'redirect').map((m) => normalize(t2).norm.slice(m.start, m.end))).toEqual(['consulte al farero de su faro']);
  });

  it('a move phrase added as one YAML line makes the move', () => {
    const text = 'The lighthouse lamp has been relit for you.';
    expect(analyze(reply(text), getLexicon('en'), 'en', false).moves.assure.matches).toEqual([]);
    const lexicon = compiledCopy('en', 'moves.yaml', (y) => insertFirst(y, '  assure', '    patterns', '- lighthouse lamp has been relit'));
    expect(analyze(reply(text), lexicon, 'en', false).moves.assure.matches).toEqual([{ start: 4, end: 4 + 'lighthouse lamp has been relit'.length }]);
  });

  it('rejects an unknown fragment and an invalid pattern, naming the file and the entry', () => {
    expect(() => compileTables('en', 'anger', 'repeatYourself:\n  - as {nowhere} said\n', lib)).toThrow(/anger\.yaml: repeatYourself\[0\]: unknown fragment \{nowhere\}/);
    expect(() => compileTables('en', 'anger', 'repeatYourself:\n  - as (i said\n', lib)).toThrow(/anger\.yaml: repeatYourself\[0\]/);
    expect(() => compileTables('en', 'anger', 'fragments:\n  x:\n    any: []\n', lib)).toThrow(/fragment x/);
  });

  it('keeps rewrite texts verbatim (never expanded as patterns)', () => {
    const t = compileTables('en', 'deflecting', 'fragments:\n  a: x\nredirect:\n  entries:\n    - pattern: "{a}"\n      rewrites:\n        - text: "{a} stays"\n', lib);
    expect(t.redirect.entries[0]).toEqual({ pattern: 'x', rewrites: [{ text: '{a} stays' }] });
  });
});

/** Every pattern list the analysis splits, with the expression the engine compiles for one pattern. */
function splitTables(lexicon: Lexicon): { key: string; sources: string[]; compile: (src: string) => RegExp; combined: RegExp }[] {
  const FAST_BEFORE = '(?<![a-z0-9_\\u00c0-\\uffff])';
  const FAST_AFTER = '(?![a-z0-9_\\u00c0-\\ud7ff\\uf900-\\uffff])';
  const moves = (key: string, sources: readonly string[]) => ({
    key: `moves.${key}`,
    sources: [...sources],
    compile: (src: string) => new RegExp(`${FAST_BEFORE}(?:(?:${src}))${FAST_AFTER}`, 'gu'),
    combined: new RegExp(`${FAST_BEFORE}(?:${sources.map((p) => `(?:${p})`).join('|')})${FAST_AFTER}`, 'gu'),
  });
  const m = lexicon.moves;
  return [
    moves('acknowledge', m.moves.acknowledge.patterns),
    moves('align', m.moves.align.patterns),
    moves('assure', m.moves.assure.patterns),
    moves('apologies', m.apologies.patterns),
    moves('vague', m.vague.patterns),
    moves('generic', m.generic.patterns),
    ...DEFLECTING_CATEGORIES.map((c) => {
      const table = lexicon.deflecting[c];
      return {
        key: `deflecting.${c}`,
        sources: table.entries.map((e) => e.pattern),
        compile: (src: string) =>
          new RegExp(`(?<![a-z0-9_\\u00c0-\\u024f\\u0370-\\uffff])(?:(${src}))(?![a-z0-9_\\u00c0-\\u024f\\u0370-\\uffff])`, 'gd'),
        combined: compileTable(table).re,
      };
    }),
  ];
}

/** A pattern without its lookarounds and `\b` (fast-check cannot generate them): text that often matches it. */
function withoutAssertions(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') {
      if (src[i + 1] !== 'b') out += src.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      let depth = 0;
      let cls = false;
      for (; i < src.length; i++) {
        const ch = src[i];
        if (ch === '\\') i++;
        else if (cls) cls = ch !== ']';
        else if (ch === '[') cls = true;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
    } else out += src[i];
  }
  return out;
}

/** Matches of a global expression as [start, end] pairs (empty matches stepped over, as the engine does). */
function allMatches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('literal prefilter and segment runs', () => {
  const texts: Record<Locale, string[]> = { en: [], es: [] };
  for (const dir of ['corpus', 'dev2', 'dev3']) {
    for (const e of loadCorpus(join(__dirname, '../eval', dir))) texts[e.locale.startsWith('es') ? 'es' : 'en'].push(normalize(replyText(e)).norm);
  }

  it('every match of a pattern in the synthetic corpora holds one of its build-time literals', () => {
    let checked = 0;
    for (const locale of LOCALES) {
      const lexicon = getLexicon(locale);
      for (const t of splitTables(lexicon)) {
        const filters = lexicon.prefilter![t.key];
        expect(filters.length).toBe(t.sources.length);
        t.sources.forEach((src, i) => {
          expect(filters[i]).toEqual([requiredLiterals(src) ?? null, barriers(src)]);
          const lits = filters[i][0];
          if (!lits) return;
          const re = t.compile(src);
          for (const text of texts[locale]) {
            for (const [s, e] of allMatches(re, text)) {
              checked++;
              const m = text.slice(s, e);
              expect(lits.some((l) => m.includes(l)), `${t.key}[${i}] matched "${m}" without any of its literals`).toBe(true);
              for (const b of filters[i][1]) expect(m.includes(b), `${t.key}[${i}] crossed "${b}" in "${m}"`).toBe(false);
            }
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('never skips a match: the split, prefiltered, segment-by-segment run finds what one combined expression finds', () => {
    for (const locale of LOCALES) {
      const lexicon = getLexicon(locale);
      const tables = splitTables(lexicon);
      const literals = [...new Set(Object.values(lexicon.prefilter!).flatMap((list) => list.flatMap(([l]) => l ?? [])))];
      const words = [...new Set(texts[locale].join(' ').split(' '))].filter((w) => w.length > 0);
      const piece = fc.oneof(
        fc.constantFrom(...literals),
        fc.constantFrom(...words),
        fc.constantFrom('. ', '! ', '? ', '; ', ': ', ', ', ' ', '\uE000', "'", '-'),
      );
      const sentence = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' ').replace(/ +/g, ' '));
      const fromCorpus = fc.constantFrom(...texts[locale]).chain((t) =>
        fc.tuple(fc.nat(t.length), fc.nat(120), sentence).map(([at, len, s]) => `${t.slice(0, at)}${s} ${t.slice(at, at + len)}`),
      );
      fc.assert(
        fc.property(fc.oneof(sentence, fromCorpus), (text) => {
          for (const t of tables) {
            const split = new SplitPatterns(new LiteralScanner(), t.sources, (i) => t.compile(t.sources[i]), lexicon.prefilter![t.key]);
            const got = split.matches(text).map(({ m }) => [m.index, m.index + m[0].length]);
            expect(got, `${locale} ${t.key} on ${JSON.stringify(text)}`).toEqual(allMatches(t.combined, text));
          }
        }),
        { numRuns: 150, seed: 12 },
      );
    }
  });

  it('never skips a match on text generated from the patterns themselves, with sentences around it', () => {
    const cases = LOCALES.flatMap((locale) =>
      splitTables(getLexicon(locale)).flatMap((t) =>
        t.sources.flatMap((src, i) => {
          try {
            const gen = fc.stringMatching(new RegExp(`^(?:${withoutAssertions(src)})$`));
            fc.sample(gen, 1);
            return [{ locale, table: t, i, gen }];
          } catch {
            return [];
          }
        }),
      ),
    );
    expect(cases.length).toBeGreaterThan(500);
    const around = (locale: Locale) =>
      fc.tuple(fc.constantFrom(...texts[locale]), fc.nat(400), fc.nat(80), fc.constantFrom('', '. ', '; ', ': ', '! ', '? ', ', ', ' '));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases).chain((c) => fc.tuple(fc.constant(c), c.gen, around(c.locale), around(c.locale))),
        ([c, phrase, [a, at, len, sepA], [b, bt, blen, sepB]]) => {
          const text = `${a.slice(at, at + len)}${sepA}${phrase}${sepB}${b.slice(bt, bt + blen)}`;
          const t = c.table;
          const split = new SplitPatterns(new LiteralScanner(), t.sources, (i) => t.compile(t.sources[i]), getLexicon(c.locale).prefilter![t.key]);
          const got = split.matches(text).map(({ m }) => [m.index, m.index + m[0].length]);
          expect(got, `${c.locale} ${t.key}[${c.i}] on ${JSON.stringify(text)}`).toEqual(allMatches(t.combined, text));
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });

  it('tables sharing one scanner and one scan per text (created before and after the scan, asked twice) find what one combined expression finds', () => {
    for (const locale of LOCALES) {
      const lexicon = getLexicon(locale);
      const tables = splitTables(lexicon);
      const words = [...new Set(texts[locale].join(' ').split(' '))].filter((w) => w.length > 0);
      const text = fc.tuple(fc.constantFrom(...texts[locale]), fc.array(fc.constantFrom(...words, '. ', '; ', ': ', '! '), { maxLength: 12 })).map(([t, extra]) => `${t} ${extra.join(' ')}`);
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.nat(tables.length - 1), (list, late) => {
          // As `scannerFor` builds it: every literal of the locale known before the first scan.
          const scanner = new LiteralScanner();
          for (const list of Object.values(lexicon.prefilter!)) for (const [lits] of list) for (const l of lits ?? []) scanner.add(l);
          const make = (t: (typeof tables)[number]) => new SplitPatterns(scanner, t.sources, (i) => t.compile(t.sources[i]), lexicon.prefilter![t.key]);
          // One table registers after the texts were scanned by the others.
          const split = tables.map((t, k) => (k === late ? undefined : make(t)));
          for (const norm of list) {
            const key = {};
            for (let round = 0; round < 2; round++) {
              tables.forEach((t, k) => {
                if (!split[k] && round === 1) split[k] = make(t);
                const s = split[k];
                if (!s) return;
                const got = s.matches(norm, key).map(({ m }) => [m.index, m.index + m[0].length]);
                expect(got, `${locale} ${t.key} on ${JSON.stringify(norm)}`).toEqual(allMatches(t.combined, norm));
              });
            }
          }
        }),
        { numRuns: 40, seed: 3 },
      );
    }
  });

  it('one table asked about many replies that repeat sentences (its run memo hit) finds what one combined expression finds, groups and indices included', () => {
    for (const locale of LOCALES) {
      const lexicon = getLexicon(locale);
      // Sentences of the corpora, shuffled into new replies: most runs are seen again, in new company.
      const sentences = texts[locale].flatMap((t) => t.split(/(?<=[.!?;:]) /)).filter((x) => x.length > 3);
      const replies = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));
      const tables = [...splitTables(lexicon)].filter((t) => t.key.startsWith('deflecting.'));
      const split = tables.map((t) => new SplitPatterns(new LiteralScanner(), t.sources, (i) => t.compile(t.sources[i]), lexicon.prefilter![t.key]));
      // Each pattern alone, as the table's expression runs it: the reference exec result of a match.
      const alone = tables.map((t) => t.sources.map((src) => t.compile(src)));
      fc.assert(
        fc.property(replies, (text) => {
          tables.forEach((t, k) => {
            const got = split[k].matches(text, {});
            expect(
              got.map(({ m }) => [m.index, m.index + m[0].length]),
              `${locale} ${t.key} on ${JSON.stringify(text)}`,
            ).toEqual(allMatches(t.combined, text));
            for (const { m, pattern } of got) {
              const re = alone[k][pattern];
              re.lastIndex = m.index;
              const ref = re.exec(text)!;
              expect(ref.index).toBe(m.index);
              expect([...m]).toEqual([...ref]);
              if (ref.indices) expect([...m.indices!]).toEqual([...ref.indices]);
            }
          });
        }),
        { numRuns: 300, seed: 21 },
      );
    }
  });

  it('moves match offsets back to the whole text, capture groups included', () => {
    const split = new SplitPatterns(new LiteralScanner(), ['(courier) lost it'], (i) => new RegExp(`(?:(${['(courier) lost it'][i]}))`, 'gd'));
    const text = 'Hello there. The courier lost it. Sorry!';
    const [{ m }] = split.matches(text);
    expect(m.index).toBe(17);
    expect(m.indices![2]).toEqual([17, 24]);
    expect(text.slice(...m.indices![1])).toBe('courier lost it');
  });
});
