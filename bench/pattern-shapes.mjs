#!/usr/bin/env node
// What a matcher without regular expressions would have to handle: for each phrase table of each locale,
// how many patterns are a finite set of strings (alternatives, optional parts, small character classes,
// short bounded repeats: an automaton over literals could match them exactly) and, for the others, which
// construct rules that out (lookaround, a negated or wide class such as the `{gap}` fragment, an open or
// long repeat, `.`, a back-reference).
//   node bench/pattern-shapes.mjs
import { RegExpParser } from '@eslint-community/regexpp';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Most strings a pattern may expand to and still count as a finite set. */
const LIMIT = 2000;
const parser = new RegExpParser({ ecmaVersion: 2024 });

export class NotFinite extends Error {}

/** The strings `node` matches, in the order a backtracking engine tries them; throws NotFinite(reason). */
function expand(node) {
  const product = (acc, next) => {
    const out = [];
    for (const a of acc) for (const b of next) out.push(a + b);
    if (out.length > LIMIT) throw new NotFinite('more than 2,000 strings');
    return out;
  };
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const out = node.alternatives.flatMap(expand);
      if (out.length > LIMIT) throw new NotFinite('more than 2,000 strings');
      return out;
    }
    case 'Alternative':
      return node.elements.reduce((acc, el) => product(acc, expand(el)), ['']);
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClass': {
      if (node.negate) throw new NotFinite('negated class (gaps)');
      const out = [];
      for (const el of node.elements) {
        if (el.type === 'Character') out.push(String.fromCodePoint(el.value));
        else if (el.type === 'CharacterClassRange' && el.max.value - el.min.value <= 8) for (let c = el.min.value; c <= el.max.value; c++) out.push(String.fromCodePoint(c));
        else throw new NotFinite('wide class (\\w, a-z)');
      }
      return out;
    }
    case 'CharacterSet':
      throw new NotFinite(node.kind === 'any' ? 'dot' : 'wide class (\\w, a-z)');
    case 'Quantifier': {
      if (node.max === Infinity || node.max > 3) throw new NotFinite('open or long repeat');
      const one = expand(node.element);
      const out = [];
      for (let k = node.max; k >= node.min; k--) {
        let acc = [''];
        for (let j = 0; j < k; j++) acc = product(acc, one);
        out.push(...acc);
      }
      return out;
    }
    case 'Assertion':
      throw new NotFinite(node.kind === 'lookahead' || node.kind === 'lookbehind' ? 'lookaround' : 'word boundary');
    default:
      throw new NotFinite(node.type);
  }
}

/** The strings pattern source `src` matches (backtracking order), or the reason it is not a finite set. */
export function patternStrings(src) {
  try {
    return { strings: expand(parser.parsePattern(src, 0, src.length, { unicode: false })) };
  } catch (e) {
    if (e instanceof NotFinite) return { reason: e.message };
    throw e;
  }
}

/** Per phrase table of `locale`'s compiled lexicon, its pattern sources. */
export function tablesOf(locale) {
  const lex = JSON.parse(readFileSync(join(root, 'server/src/engine/locales', locale, 'lexicon.json'), 'utf8'));
  const tables = {};
  for (const m of ['acknowledge', 'align', 'assure']) tables[`moves.${m}`] = lex.moves.moves[m].patterns;
  for (const t of ['apologies', 'vague', 'generic']) tables[`moves.${t}`] = lex.moves[t].patterns;
  for (const [c, t] of Object.entries(lex.deflecting)) tables[`deflecting.${c}`] = t.entries.map((e) => e.pattern);
  return tables;
}

function main() {
  for (const locale of ['en', 'es']) {
    const tables = tablesOf(locale);
    let total = 0;
    let finite = 0;
    let strings = 0;
    const reasons = new Map();
    const rows = [];
    for (const [name, patterns] of Object.entries(tables)) {
      let f = 0;
      for (const p of patterns) {
        total++;
        const r = patternStrings(p);
        if (r.strings) {
          strings += r.strings.length;
          f++;
        } else reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
      }
      finite += f;
      rows.push(`  ${name.padEnd(26)} ${String(f).padStart(3)} of ${String(patterns.length).padStart(3)} finite`);
    }
    console.log(`${locale}: ${finite} of ${total} patterns are finite sets of strings (${strings.toLocaleString('en')} strings in all)`);
    console.log(rows.join('\n'));
    console.log(`  not finite, by the first construct that rules it out: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
