#!/usr/bin/env node
// `npm run packs`: compiles each language pack `server/src/engine/locales/<locale>/`:
// - `detect.yaml` into `pack.json` beside it (slot phrases and cue words as stem sequences, cues as
//   element lists), with the engine's own tokenizer so the stems match what the detector sees at run time;
// - the phrase tables `moves.yaml`, `deflecting.yaml` and `anger.yaml` into `lexicon.json` (named
//   fragments `{name}` expanded, every pattern checked to compile), which `lexicon/index.ts` imports.
//   node scripts/build-packs.mjs [--check]   --check: exit 1 when a pack.json or lexicon.json is out of date
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES_DIR = join(ROOT, 'server/src/engine/locales');
const SKIP = 4;

/** The engine's tokenizer and `byFirstLetter`, bundled from the TypeScript sources. */
export async function loadTokenizer() {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-tok-'));
  const outfile = join(dir, 'tok.cjs');
  try {
    await esbuild.build({
      stdin: {
        contents: [
          "export * from './detect/tokens';",
          "export { byFirstLetter } from './lexicon/deflecting-types';",
          "export { requiredLiterals, barriers } from './lexicon/literals';",
        ].join('\n'),
        resolveDir: join(ROOT, 'server/src/engine'), sourcefile: 'packs-entry.ts', loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws with the pack file and entry when `cond` is false. */
function check(cond, where, msg) {
  if (!cond) throw new Error(`${where}: ${msg}`);
}

export async function compilePack(locale, yamlText, tok) {
  const src = parse(yamlText);
  const where = `locales/${locale}/detect.yaml`;
  check(src && typeof src === 'object', where, 'expected a mapping with `slots` and `cues`');
  const stems = (phrase) => tok.tokenize(tok.normalizeForPack(String(phrase)), 0, tok.normalizeForPack(String(phrase)).length, locale).map((t) => t.stem);
  const slots = {};
  for (const [name, list] of Object.entries(src.slots ?? {})) {
    check(Array.isArray(list), where, `slot ${name} must be a list`);
    const seen = new Set();
    slots[name] = [];
    for (const p of list) {
      const s = stems(p);
      check(s.length > 0, where, `slot ${name}: empty phrase ${JSON.stringify(p)}`);
      const key = s.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      slots[name].push(s);
    }
  }
  const cues = [];
  const ids = new Set();
  for (const cue of src.cues ?? []) {
    check(cue && cue.id && cue.pattern, where, `cue needs id and pattern: ${JSON.stringify(cue)}`);
    check(!ids.has(cue.id), where, `duplicate cue id ${cue.id}`);
    ids.add(cue.id);
    const seq = [];
    for (const part of String(cue.pattern).trim().split(/\s+/)) {
      if (part === '...') {
        seq.push({ skip: SKIP });
        continue;
      }
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      const slot = /^\{([a-z_]+)\}$/.exec(body);
      if (slot) {
        check(slots[slot[1]], where, `cue ${cue.id}: unknown slot {${slot[1]}}`);
        seq.push(optional ? { slot: slot[1], optional } : { slot: slot[1] });
        continue;
      }
      check(!body.includes('{') && !body.includes('}'), where, `cue ${cue.id}: ${JSON.stringify(part)} mixes a slot with words`);
      const exact = body.startsWith('=');
      const words = (exact ? body.slice(1) : body).split('|');
      const alts = words.map((w) => (exact ? [tok.normalizeForPack(w)] : stems(w))).filter((a) => a.length);
      check(alts.length === words.length, where, `cue ${cue.id}: bad word in ${JSON.stringify(part)}`);
      const el = { alts };
      if (exact) el.exact = true;
      if (optional) el.optional = true;
      seq.push(el);
    }
    cues.push({ id: cue.id, seq });
  }
  return { locale, slots, cues };
}

/** The phrase-table files of a language pack, in the order `lexicon.json` holds them. */
export const TABLES = ['moves', 'deflecting', 'anger'];
/** A fragment reference inside a pattern: `{party}`. (Quantifiers such as `{0,3}` hold no letter.) */
const FRAGMENT_REF = /\{([a-z][a-z0-9_]*)\}/g;
/** Keys whose strings are text in the macro's language, not patterns: never expanded nor compiled. */
const TEXT_KEYS = new Set(['rewrites', 'templates', 'replacement']);

/**
 * Compiles one phrase-table file (`moves.yaml`, `deflecting.yaml`, `anger.yaml`) into the plain object
 * the engine reads: `fragments` removed, every `{name}` expanded (a fragment may use earlier ones), each
 * pattern checked to be a valid regular expression. `lib` provides `byFirstLetter` (the engine's own).
 */
export function compileTables(locale, name, yamlText, lib) {
  const src = parse(yamlText);
  const where = `locales/${locale}/${name}.yaml`;
  check(src && typeof src === 'object' && !Array.isArray(src), where, 'expected a mapping');
  const frags = {};
  const expand = (s, ctx) =>
    String(s).replace(FRAGMENT_REF, (_, n) => {
      check(Object.hasOwn(frags, n), where, `${ctx}: unknown fragment {${n}} (fragments are defined before use)`);
      return frags[n];
    });
  for (const [n, def] of Object.entries(src.fragments ?? {})) {
    check(/^[a-z][a-z0-9_]*$/.test(n), where, `fragment name ${JSON.stringify(n)}: use lower case, digits and _`);
    if (typeof def === 'string') {
      frags[n] = expand(def, `fragment ${n}`);
      continue;
    }
    check(def && Array.isArray(def.any) && def.any.length > 0, where, `fragment ${n}: a string, or a mapping with a list \`any\``);
    let group = expand(`(?:${def.any.map(String).join('|')})`, `fragment ${n}`);
    if (def.byFirstLetter) group = lib.byFirstLetter(group);
    frags[n] = expand(def.prefix ?? '', `fragment ${n}`) + group + expand(def.suffix ?? '', `fragment ${n}`);
  }
  const walk = (v, path, text) => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`, text));
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, path ? `${path}.${k}` : k, text || TEXT_KEYS.has(k));
      return out;
    }
    if (typeof v !== 'string' || text) return v;
    const pattern = expand(v, path);
    try {
      new RegExp(pattern, 'u');
    } catch {
      try {
        new RegExp(pattern);
      } catch (e) {
        check(false, where, `${path}: ${e.message}`);
      }
    }
    return pattern;
  };
  const { fragments: _fragments, ...body } = src;
  return walk(body, '', false);
}

/** The compiled phrase tables of a locale folder (`lexicon.json`), or undefined when it has none. */
export function compileLexicon(locale, dir, lib) {
  const files = TABLES.map((t) => join(dir, `${t}.yaml`));
  if (!files.some((f) => existsSync(f))) return undefined;
  const out = { locale };
  TABLES.forEach((t, i) => {
    check(existsSync(files[i]), `locales/${locale}`, `${t}.yaml is missing`);
    out[t] = compileTables(locale, t, readFileSync(files[i], 'utf8'), lib);
  });
  checkShape(locale, out);
  out.prefilter = prefilterOf(out, lib);
  return out;
}

const MOVE_NAMES = ['acknowledge', 'align', 'assure'];
const ANGERS = ['before', 'during', 'after', 'none'];
const CATEGORY_NAMES = ['apology-but', 'non-apology', 'blame-shifting', 'customer-blame', 'policy-shield', 'dismissive', 'minimizing', 'redirect'];

/** Fails with the missing key when a locale's tables lack something the engine reads (what the types promise). */
function checkShape(locale, lex) {
  const list = (v, where) => check(Array.isArray(v) && v.every((x) => typeof x === 'string'), `locales/${locale}/${where}`, 'expected a list of patterns');
  const table = (t, where) => {
    check(t && typeof t === 'object', `locales/${locale}/${where}`, 'expected a table with `patterns`');
    list(t.patterns, `${where}.patterns`);
    for (const k of ['guards', 'sentenceGuards']) if (t[k] !== undefined) list(t[k], `${where}.${k}`);
  };
  const m = lex.moves;
  for (const mv of MOVE_NAMES) table(m.moves?.[mv], `moves.yaml: moves.${mv}`);
  for (const k of ['apologies', 'vague', 'generic']) table(m[k], `moves.yaml: ${k}`);
  for (const k of ['specificTail', 'greeting', 'signOff']) list(m[k], `moves.yaml: ${k}`);
  check(Array.isArray(m.inflated) && m.inflated.every((e) => typeof e.pattern === 'string' && typeof e.replacement === 'string'), `locales/${locale}/moves.yaml`, 'inflated: entries need `pattern` and `replacement`');
  for (const mv of MOVE_NAMES) for (const a of ANGERS) {
    const t = m.templates?.[mv]?.[a];
    check(t && typeof t.tu === 'string' && typeof t.usted === 'string', `locales/${locale}/moves.yaml`, `templates.${mv}.${a} needs \`tu\` and \`usted\``);
  }
  for (const c of CATEGORY_NAMES) {
    const t = lex.deflecting[c];
    check(t && Array.isArray(t.entries) && t.entries.every((e) => typeof e.pattern === 'string'), `locales/${locale}/deflecting.yaml`, `${c}: needs \`entries\` with a \`pattern\` each`);
  }
  for (const k of ['repeatYourself', 'ownFailure', 'followUpTime', 'genericAcknowledge', 'specificProblem']) list(lex.anger[k], `anger.yaml: ${k}`);
}

/**
 * The literal prefilter of every pattern list the analysis splits (see lexicon/literals.ts), computed
 * here once instead of at every start: per pattern `[literals | null, barriers]`, keyed by table.
 */
function prefilterOf(lex, lib) {
  const one = (src) => [lib.requiredLiterals(src) ?? null, lib.barriers(src)];
  const out = {};
  for (const mv of MOVE_NAMES) out[`moves.${mv}`] = lex.moves.moves[mv].patterns.map(one);
  for (const k of ['apologies', 'vague', 'generic']) out[`moves.${k}`] = lex.moves[k].patterns.map(one);
  for (const c of CATEGORY_NAMES) out[`deflecting.${c}`] = lex.deflecting[c].entries.map((e) => one(e.pattern));
  return out;
}

/** Writes `text` to `out` (or, with `checkOnly`, reports it stale); returns 1 when it was stale. */
function emit(out, text, checkOnly, what) {
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (old === text) return 0;
  if (checkOnly) {
    console.error(`packs: ${out} is out of date; run npm run packs`);
    return 1;
  }
  writeFileSync(out, text);
  console.log(`packs: wrote ${out} (${what})`);
  return 0;
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  const tok = await loadTokenizer();
  let stale = 0;
  for (const locale of readdirSync(LOCALES_DIR)) {
    const dir = join(LOCALES_DIR, locale);
    const lexicon = compileLexicon(locale, dir, tok);
    if (lexicon) stale += emit(join(dir, 'lexicon.json'), `${JSON.stringify(lexicon)}\n`, checkOnly, TABLES.join(', '));
    const file = join(dir, 'detect.yaml');
    if (!existsSync(file)) continue;
    const pack = await compilePack(locale, readFileSync(file, 'utf8'), tok);
    stale += emit(join(dir, 'pack.json'), `${JSON.stringify(pack)}\n`, checkOnly, `${Object.keys(pack.slots).length} slots, ${pack.cues.length} cues`);
  }
  process.exit(stale ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
