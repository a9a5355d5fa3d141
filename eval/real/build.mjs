#!/usr/bin/env node
// Builds `eval/real/tune/` and `eval/real/holdout/` from what the collectors and readers wrote:
//   incoming/<shard>.yaml   reply texts (verbatim, with source, url, licence)
//   labels-a/<shard>.yaml   reader A's labels        labels-b/<shard>.yaml   reader B's labels
//   labels-adj/<shard>.yaml a third reader's verdicts on the sentences where A and B disagree
// Steps: drop excluded sources and exact duplicates, check every span is in its text, split BY SOURCE
// (a hash of the source name decides; ~40% of each language's replies go to the holdout), reconcile
// the two readers per sentence, write both splits and `holdout.sha256`. Prints counts only: it never
// prints a reply or a label, so running it does not expose the holdout.
//   node eval/real/build.mjs [--freeze]   --freeze: also (re)write holdout.sha256
//   node eval/real/build.mjs --append n1,n2   a later collection round: its replies go to `tune/` only (a reply
//                                         whose source is in the holdout, or whose text is already in either
//                                         split, is dropped); the holdout files are never written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadEngine } from '../../scripts/load-engine.mjs';
import { LABELS, REAL_DIR, sentenceIndexOf, sourceSentences } from './corpus.mjs';

const HOLDOUT_SHARE = 0.4;
/** Sources kept out of our corpora so an independent evaluation stays independent (see EXCLUDED.md). */
const EXCLUDED = readFileSync(join(REAL_DIR, 'EXCLUDED.md'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('- '))
  .map((l) => l.slice(2).trim().toLowerCase());

const sha = (s) => createHash('sha256').update(s).digest('hex');
const readYaml = (f) => (existsSync(f) ? parse(readFileSync(f, 'utf8')) ?? [] : []);

function excluded(item) {
  const hay = `${item.source ?? ''} ${item.url ?? ''}`.toLowerCase();
  return EXCLUDED.some((x) => hay.includes(x));
}

/** Per reader: Map "sentence|label" -> span, for spans found in the text. */
function units(text, sents, labels, stats) {
  const out = new Map();
  for (const l of labels ?? []) {
    if (!LABELS.includes(l.label)) {
      stats.badLabel++;
      continue;
    }
    const at = text.indexOf(l.span);
    if (!l.span || at < 0) {
      stats.badSpan++;
      continue;
    }
    const k = sentenceIndexOf(sents, at, at + l.span.length);
    if (k < 0) continue;
    const key = `${k}|${l.label}`;
    if (!out.has(key)) out.set(key, l.span);
  }
  return out;
}

function kappa(a, b, n) {
  // a, b: sets of positive unit keys out of n units.
  let both = 0;
  for (const k of a) if (b.has(k)) both++;
  const onlyA = a.size - both;
  const onlyB = b.size - both;
  const neither = n - both - onlyA - onlyB;
  const po = (both + neither) / n;
  const pe = ((a.size / n) * (b.size / n)) + (((n - a.size) / n) * ((n - b.size) / n));
  return { kappa: pe === 1 ? 1 : (po - pe) / (1 - pe), both, onlyA, onlyB };
}

async function main() {
  const freeze = process.argv.includes('--freeze');
  const engine = await loadEngine();
  const stats = { replies: 0, excluded: 0, duplicates: 0, tooShort: 0, badSpan: 0, badLabel: 0, noLabelsA: 0, noLabelsB: 0, adjudicated: 0, disputed: 0 };
  const items = [];
  const seen = new Set();
  const ai = process.argv.indexOf('--append');
  const only = ai >= 0 && process.argv[ai + 1] && !process.argv[ai + 1].startsWith('--') ? new Set(process.argv[ai + 1].split(',')) : undefined;
  const shards = readdirSync(join(REAL_DIR, 'incoming'))
    .filter((f) => f.endsWith('.yaml') && (!only || only.has(f.replace(/\.yaml$/, ''))))
    .sort();
  const agreeUnits = { n: 0, a: new Map(), b: new Map() };
  const readerVsGold = {};
  for (const f of shards) {
    const shard = f.replace(/\.yaml$/, '');
    const texts = readYaml(join(REAL_DIR, 'incoming', f));
    const byId = (dir) => new Map(readYaml(join(REAL_DIR, dir, f)).map((x) => [x.id, x]));
    const la = byId('labels-a');
    const lb = byId('labels-b');
    const adj = byId('labels-adj');
    for (const t of texts) {
      stats.replies++;
      if (!t?.text || typeof t.text !== 'string') continue;
      if (excluded(t)) {
        stats.excluded++;
        continue;
      }
      const key = t.text.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(key)) {
        stats.duplicates++;
        continue;
      }
      seen.add(key);
      if (key.split(' ').length < 6) {
        stats.tooShort++;
        continue;
      }
      const sents = sourceSentences(engine, t.text).ranges;
      const a = la.get(t.id);
      const b = lb.get(t.id);
      if (!a) stats.noLabelsA++;
      if (!b) stats.noLabelsB++;
      const ua = units(t.text, sents, a?.labels, stats);
      const ub = units(t.text, sents, b?.labels, stats);
      const verdicts = new Map((adj.get(t.id)?.verdicts ?? []).map((v) => [`${v.sentence}|${v.label}`, v.keep]));
      const labels = [];
      for (const k of new Set([...ua.keys(), ...ub.keys()])) {
        const [si, label] = k.split('|');
        const inA = ua.has(k);
        const inB = ub.has(k);
        let keep;
        if (!b || !a) keep = true; // one reader so far: provisional
        else if (inA && inB) keep = true;
        else {
          stats.disputed++;
          const v = verdicts.get(`${si}|${label}`);
          if (v !== undefined) stats.adjudicated++;
          // Without a third reader's verdict, a label one reader saw and the other did not is dropped.
          keep = v === true;
        }
        if (keep) labels.push({ label, span: ua.get(k) ?? ub.get(k), sentence: Number(si) });
      }
      labels.sort((x, y) => x.sentence - y.sentence || x.label.localeCompare(y.label));
      if (a && b) {
        // Each reader against the reconciled labels: how well one careful human does on this gold.
        const gold = new Set(labels.map((l) => `${l.sentence}|${l.label}`));
        for (const [reader, units] of [['a', ua], ['b', ub]]) {
          for (const label of LABELS) {
            const c = (readerVsGold[`${reader}|${label}`] ??= { tp: 0, fp: 0, fn: 0 });
            for (const k of units.keys()) if (k.endsWith(`|${label}`)) c[gold.has(k) ? 'tp' : 'fp']++;
            for (const k of gold) if (k.endsWith(`|${label}`) && !units.has(k)) c.fn++;
          }
        }
        agreeUnits.n += sents.length * LABELS.length;
        for (const [k] of ua) agreeUnits.a.set(`${t.id}|${k}`, 1);
        for (const [k] of ub) agreeUnits.b.set(`${t.id}|${k}`, 1);
      }
      items.push({
        id: t.id, lang: t.lang ?? (String(t.locale ?? '').startsWith('es') ? 'es' : 'en'), locale: t.locale, source: t.source, url: t.url,
        licence: t.licence, kind: t.kind, shard, text: t.text, labels,
        readers: { a: a ? [...ua].map(([k, span]) => ({ label: k.split('|')[1], span })) : null, b: b ? [...ub].map(([k, span]) => ({ label: k.split('|')[1], span })) : null },
      });
    }
  }
  if (process.argv.includes('--append')) {
    appendToTune(items, stats, agreeUnits, readerVsGold);
    return;
  }
  // Split by source: per language, sources in hash order fill the holdout up to its share.
  const bySource = new Map();
  for (const it of items) {
    const s = bySource.get(it.source) ?? { source: it.source, n: 0, es: 0 };
    s.n++;
    if (it.lang === 'es') s.es++;
    bySource.set(it.source, s);
  }
  const holdoutSources = new Set();
  for (const lang of ['en', 'es']) {
    const srcs = [...bySource.values()].filter((s) => (s.es * 2 > s.n ? 'es' : 'en') === lang).sort((x, y) => sha(x.source).localeCompare(sha(y.source)));
    const total = srcs.reduce((t, s) => t + s.n, 0);
    let taken = 0;
    for (const s of srcs) {
      if (taken + s.n / 2 > total * HOLDOUT_SHARE) continue;
      holdoutSources.add(s.source);
      taken += s.n;
    }
  }
  for (const split of ['tune', 'holdout']) {
    const dir = join(REAL_DIR, split);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const lang of ['en', 'es']) {
      const part = items.filter((it) => it.lang === lang && holdoutSources.has(it.source) === (split === 'holdout'));
      writeFileSync(join(dir, `${lang}.yaml`), stringify(part, { lineWidth: 0 }));
    }
  }
  const count = (pred) => items.filter(pred).length;
  const summary = {
    ...stats,
    kept: items.length,
    sources: bySource.size,
    maxSourceShare: Math.max(...[...bySource.values()].map((s) => s.n)) / Math.max(1, items.length),
    en: count((i) => i.lang === 'en'),
    es: count((i) => i.lang === 'es'),
    tune: count((i) => !holdoutSources.has(i.source)),
    holdout: count((i) => holdoutSources.has(i.source)),
    holdoutSources: holdoutSources.size,
  };
  writeFileSync(join(REAL_DIR, 'STATS.json'), `${JSON.stringify({ summary, ...agreementStats(agreeUnits, readerVsGold) }, null, 1)}\n`);
  if (freeze) {
    const lines = readdirSync(join(REAL_DIR, 'holdout')).sort().map((f) => `${sha(readFileSync(join(REAL_DIR, 'holdout', f)))}  ${f}`);
    writeFileSync(join(REAL_DIR, 'holdout.sha256'), `${lines.join('\n')}\n`);
  }
  console.log(JSON.stringify(summary, null, 1));
}

const textKey = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** `--append`: adds a new round's replies to `tune/` and records the round's figures in STATS.json. */
function appendToTune(items, stats, agreeUnits, readerVsGold) {
  const hold = ['en', 'es'].flatMap((l) => readYaml(join(REAL_DIR, 'holdout', `${l}.yaml`)));
  const holdSources = new Set(hold.map((h) => h.source));
  const known = new Set(hold.map((h) => textKey(h.text)));
  const tune = Object.fromEntries(['en', 'es'].map((l) => [l, readYaml(join(REAL_DIR, 'tune', `${l}.yaml`))]));
  for (const l of ['en', 'es']) for (const t of tune[l]) known.add(textKey(t.text));
  const round = { replies: items.length, inHoldoutSource: 0, alreadyInCorpus: 0, added: { en: 0, es: 0 }, sources: 0, ...stats };
  const sources = new Set();
  for (const it of items) {
    if (holdSources.has(it.source)) round.inHoldoutSource++;
    else if (known.has(textKey(it.text))) round.alreadyInCorpus++;
    else {
      known.add(textKey(it.text));
      tune[it.lang].push(it);
      round.added[it.lang]++;
      sources.add(it.source);
    }
  }
  round.sources = sources.size;
  for (const l of ['en', 'es']) writeFileSync(join(REAL_DIR, 'tune', `${l}.yaml`), stringify(tune[l], { lineWidth: 0 }));
  const statsFile = join(REAL_DIR, 'STATS.json');
  const all = JSON.parse(readFileSync(statsFile, 'utf8'));
  const shardsOf = [...new Set(items.map((i) => i.shard))].sort().join(',');
  all.rounds = { ...(all.rounds ?? {}), [shardsOf]: { summary: round, ...agreementStats(agreeUnits, readerVsGold) } };
  writeFileSync(statsFile, `${JSON.stringify(all, null, 1)}\n`);
  console.log(JSON.stringify(round, null, 1));
}

/** Cohen's κ of the two readers per label, and each reader against the reconciled labels. */
function agreementStats(agreeUnits, readerVsGold) {
  const agreement = {};
  if (agreeUnits.n) {
    for (const label of LABELS) {
      const pick = (m) => new Set([...m.keys()].filter((k) => k.endsWith(`|${label}`)));
      const nPer = agreeUnits.n / LABELS.length;
      const k = kappa(pick(agreeUnits.a), pick(agreeUnits.b), nPer);
      agreement[label] = { kappa: Number(k.kappa.toFixed(2)), both: k.both, onlyA: k.onlyA, onlyB: k.onlyB };
    }
  }
  const readers = {};
  for (const label of LABELS) {
    const f = (c) => ({ precision: Number((c.tp / Math.max(1, c.tp + c.fp)).toFixed(2)), recall: Number((c.tp / Math.max(1, c.tp + c.fn)).toFixed(2)) });
    readers[label] = { a: f(readerVsGold[`a|${label}`] ?? { tp: 0, fp: 0, fn: 0 }), b: f(readerVsGold[`b|${label}`] ?? { tp: 0, fp: 0, fn: 0 }) };
  }
  return { agreement, readersAgainstReconciled: readers };
}

await main();
