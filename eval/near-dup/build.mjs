#!/usr/bin/env node
// Builds eval/near-dup/pairs.yaml from the hand-written edits in edits.yaml and the real replies of
// eval/real/tune/*.yaml (never the holdout): one pair per edit, plus unrelated pairs drawn with a
// fixed seed. Pairs are split into tune / test halves by the source of their first reply, so no
// source is in both halves. `node eval/near-dup/build.mjs --check` fails when pairs.yaml is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const tune = join(here, '..', 'real', 'tune');
const replies = new Map();
for (const lang of ['en', 'es']) for (const r of parse(readFileSync(join(tune, `${lang}.yaml`), 'utf8'))) replies.set(r.id, r);

const DUP = new Set(['typo', 'reword', 'add-sentence', 'remove-sentence', 'placeholder-swap', 'reorder', 'heavy-edit']);
const NOT_DUP = new Set(['translation', 'same-topic', 'hard-negative', 'unrelated']);
/** The single hand edits that a `heavy-edit` with `combine: true` applies together. */
const SINGLE = new Set(['typo', 'reword', 'add-sentence', 'remove-sentence', 'placeholder-swap', 'reorder']);

function must(text, s, id) {
  if (!text.includes(s)) throw new Error(`${id}: "${s}" is not in the reply`);
}

/** The edited copy of a reply. */
function apply(edit, r) {
  let t = r.text.trimEnd();
  for (const [from, to] of edit.replace ?? []) {
    must(t, from, r.id);
    t = t.replace(from, to);
  }
  for (const s of edit.remove ?? []) {
    must(t, s, r.id);
    t = t.replace(s, '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  }
  if (edit.moveToEnd) {
    must(t, edit.moveToEnd, r.id);
    t = `${t.replace(edit.moveToEnd, '').replace(/[ \t]+\n/g, '\n').trimEnd()}\n\n${edit.moveToEnd}`;
  }
  if (edit.prepend) t = `${edit.prepend}\n\n${t}`;
  if (edit.append) t = `${t}\n\n${edit.append}`;
  if (t === r.text.trimEnd()) throw new Error(`${r.id}: the edit changes nothing`);
  return t + '\n';
}

/**
 * A heavier edit: the reply's single hand edits applied one after the other (moves and removals
 * first; an edit whose text an earlier one changed is left out), then the item's own ops.
 */
function applyHeavy(edit, r, all) {
  let text = r.text;
  const order = (e) => (e.moveToEnd || e.remove ? 0 : 1);
  const singles = all.filter((e) => e.src === r.id && SINGLE.has(e.kind)).sort((x, y) => order(x) - order(y));
  if (edit.combine) {
    let applied = 0;
    for (const e of singles) {
      try {
        text = apply(e, { id: r.id, text });
        applied++;
      } catch (err) {
        if (!/is not in the reply/.test(err.message)) throw err;
      }
    }
    if (singles.length && !applied) throw new Error(`${r.id}: no single edit applies`);
  }
  return apply(edit, { id: r.id, text });
}

const edits = parse(readFileSync(join(here, 'edits.yaml'), 'utf8'));
const pairs = [];
for (const e of edits) {
  const a = replies.get(e.src);
  if (!a) throw new Error(`unknown reply ${e.src}`);
  if (!DUP.has(e.kind) && !NOT_DUP.has(e.kind)) throw new Error(`${e.src}: unknown kind ${e.kind}`);
  let b;
  let srcB = e.src;
  if (e.kind === 'translation') b = e.text;
  else if (e.kind === 'heavy-edit') b = applyHeavy(e, a, edits);
  else if (e.kind === 'same-topic' || e.kind === 'hard-negative') {
    const other = replies.get(e.b);
    if (!other) throw new Error(`unknown reply ${e.b}`);
    b = other.text;
    srcB = e.b;
  } else b = apply(e, a);
  pairs.push({ kind: e.kind, label: DUP.has(e.kind) ? 'dup' : 'not-dup', lang: a.lang, source: a.source, a: e.src, b: srcB, textA: a.text, textB: b });
}

// Unrelated pairs: seeded draws of two replies of one language from different sources, among the
// replies the edits use (so the pairs stay the same when the tune corpus grows).
let seed = 20261207;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const used = [...new Set(edits.filter((e) => e.kind !== 'heavy-edit' && e.kind !== 'hard-negative').flatMap((e) => [e.src, ...(e.kind === 'same-topic' ? [e.b] : [])]))].sort();
for (const lang of ['en', 'es']) {
  const pool = used.map((id) => replies.get(id)).filter((r) => r.lang === lang && r.text.split(/\s+/).length >= 12);
  for (let n = 0; n < 36; ) {
    const a = pool[Math.floor(rand() * pool.length)];
    const b = pool[Math.floor(rand() * pool.length)];
    if (a.source === b.source) continue;
    pairs.push({ kind: 'unrelated', label: 'not-dup', lang, source: a.source, a: a.id, b: b.id, textA: a.text, textB: b.text });
    n++;
  }
}

// Halves by source: the sources sorted by a hash, alternately assigned, so each half gets about half.
const sources = [...new Set(pairs.map((p) => p.source))].sort((x, y) => createHash('sha256').update(x).digest('hex').localeCompare(createHash('sha256').update(y).digest('hex')));
const counts = new Map();
for (const p of pairs) counts.set(p.source, (counts.get(p.source) ?? 0) + 1);
const half = new Map();
let sizes = { tune: 0, test: 0 };
for (const s of sources.sort((x, y) => counts.get(y) - counts.get(x))) {
  const h = sizes.tune <= sizes.test ? 'tune' : 'test';
  half.set(s, h);
  sizes[h] += counts.get(s);
}
const out = pairs.map((p, i) => ({ id: `p${String(i + 1).padStart(3, '0')}`, half: half.get(p.source), ...p }));
const text = `# Generated by eval/near-dup/build.mjs from edits.yaml and eval/real/tune: do not edit by hand.\n${stringify(out, { lineWidth: 0 })}`;
if (process.argv.includes('--check')) {
  if (readFileSync(join(here, 'pairs.yaml'), 'utf8') !== text) {
    console.error('eval/near-dup/pairs.yaml is stale: run node eval/near-dup/build.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(join(here, 'pairs.yaml'), text);
  const by = (k) => Object.entries(out.reduce((m, p) => ((m[p[k]] = (m[p[k]] ?? 0) + 1), m), {}));
  console.log(`${out.length} pairs`, JSON.stringify(Object.fromEntries(by('kind'))), JSON.stringify(Object.fromEntries(by('half'))), JSON.stringify(Object.fromEntries(by('label'))));
}
