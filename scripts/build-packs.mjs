#!/usr/bin/env node
// `npm run packs`: compiles each language pack `server/src/engine/locales/<locale>/detect.yaml` into
// `pack.json` beside it (slot phrases and cue words as stem sequences, cues as element lists), with the
// engine's own tokenizer so the stems match what the detector sees at run time.
//   node scripts/build-packs.mjs [--check]   --check: exit 1 when a pack.json is out of date
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

async function loadTokenizer() {
  const dir = mkdtempSync(join(tmpdir(), 'macrolint-tok-'));
  const outfile = join(dir, 'tok.cjs');
  try {
    await esbuild.build({
      entryPoints: [join(ROOT, 'server/src/engine/detect/tokens.ts')],
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

async function main() {
  const checkOnly = process.argv.includes('--check');
  const tok = await loadTokenizer();
  let stale = 0;
  for (const locale of readdirSync(LOCALES_DIR)) {
    const file = join(LOCALES_DIR, locale, 'detect.yaml');
    if (!existsSync(file)) continue;
    const pack = await compilePack(locale, readFileSync(file, 'utf8'), tok);
    const out = join(LOCALES_DIR, locale, 'pack.json');
    const text = `${JSON.stringify(pack)}\n`;
    const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (old === text) continue;
    if (checkOnly) {
      console.error(`packs: ${out} is out of date; run npm run packs`);
      stale++;
    } else {
      writeFileSync(out, text);
      console.log(`packs: wrote ${out} (${Object.keys(pack.slots).length} slots, ${pack.cues.length} cues)`);
    }
  }
  process.exit(stale ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
