#!/usr/bin/env node
// Part of `npm run packs`: compiles the rewrite texts of each language pack,
// `server/src/engine/locales/<locale>/rewrites.yaml`, into `server/src/engine/rewrite/texts.json`
// (one object per locale), checking that every locale has the same kinds and keys as English and that
// every `when` entry (and every key that names a pattern: `to`, `curtClause`, `nouns`) compiles as a
// regular expression.
//   node scripts/build-rewrites.mjs [--check]   --check: exit 1 when texts.json is out of date
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES_DIR = join(ROOT, 'server/src/engine/locales');
const OUT = join(ROOT, 'server/src/engine/rewrite/texts.json');

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

/** Checks a text node: a string, or a mapping of strings / nested mappings (voice, register, anger). */
function checkText(node, where) {
  if (typeof node === 'string') return;
  if (!node || typeof node !== 'object' || Array.isArray(node)) fail(where, 'expected a text or a mapping of texts');
  for (const [k, v] of Object.entries(node)) checkText(v, `${where}.${k}`);
}

/** Keys whose text is a regular expression (checked to compile). */
const PATTERN_KEYS = new Set(['to', 'curtClause', 'nouns']);

/** Compiles one locale's rewrites.yaml into a plain object. */
export function compileRewrites(locale, yamlText) {
  const src = parse(yamlText);
  const where = `locales/${locale}/rewrites.yaml`;
  if (!src || typeof src !== 'object') fail(where, 'expected a mapping');
  for (const [kind, body] of Object.entries(src)) {
    for (const [key, node] of Object.entries(body)) {
      if (Array.isArray(node)) {
        // A list of patterns: `when` (a regular expression over normalised text), and for `problems`
        // the text naming what went wrong.
        for (const [i, p] of node.entries()) {
          if (typeof p?.when !== 'string') fail(where, `${kind}.${key}[${i}]: needs when`);
          if (key === 'problems' && p.thing === undefined) fail(where, `${kind}.problems[${i}]: needs when and thing`);
          // `presupposed: true`: the words say the problem happened, so a hedge before them does not doubt it.
          if (p.presupposed !== undefined && typeof p.presupposed !== 'boolean') fail(where, `${kind}.${key}[${i}]: presupposed must be true or false`);
          new RegExp(p.when);
          if (p.thing !== undefined) checkText(p.thing, `${where} ${kind}.${key}[${i}].thing`);
        }
      } else {
        checkText(node, `${where} ${kind}.${key}`);
        if (PATTERN_KEYS.has(key)) new RegExp(node);
      }
    }
  }
  return src;
}

const locales = readdirSync(LOCALES_DIR).filter((l) => existsSync(join(LOCALES_DIR, l, 'rewrites.yaml'))).sort();
const out = {};
for (const l of locales) out[l] = compileRewrites(l, readFileSync(join(LOCALES_DIR, l, 'rewrites.yaml'), 'utf8'));
for (const l of locales) {
  for (const [kind, body] of Object.entries(out.en ?? {})) {
    for (const key of Object.keys(body)) if (out[l][kind]?.[key] === undefined) fail(`locales/${l}/rewrites.yaml`, `${kind}.${key} is missing (English has it)`);
  }
}
const text = `${JSON.stringify(out, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const stale = !existsSync(OUT) || readFileSync(OUT, 'utf8') !== text;
  if (stale) console.error('server/src/engine/rewrite/texts.json is out of date: run `npm run packs`');
  process.exit(stale ? 1 : 0);
}
writeFileSync(OUT, text);
console.log(`rewrite texts: ${locales.join(', ')} → ${OUT.slice(ROOT.length + 1)}`);
