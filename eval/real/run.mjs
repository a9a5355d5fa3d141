#!/usr/bin/env node
// `npm run eval:real`: lints every reply of the real corpus (`eval/real/`) with the engine, once with the
// phrase tables alone ("tables", the engine before the trained models) and once with the models
// ("models"), and prints precision / recall per family, category and language, per reply, and for each
// `missing-*` rule the share of replies that make the move on which it stays quiet.
//
//   node eval/real/run.mjs [--split tune|holdout|both] [--by-source] [--json] [--verbose]
//   --verbose lists mismatches (tune split only: the holdout is never printed reply by reply).
//
// Units: a deflecting finding counts on the sentence it falls in (one per category and sentence); a
// label is one sentence. Findings reported as `info` (below `detection.minConfidence`) are hints and
// do not count, as in CI.
import { loadEngine } from '../../scripts/load-engine.mjs';
import { CATEGORIES, MOVES, loadSplit, sentenceIndexOf, sourceSentences } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const splitArg = opt('--split', 'both');
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const bySource = args.includes('--by-source');
const TARGET = { precision: 0.9, recall: 0.85, quiet: 0.85 };

function configFor(engine, models) {
  const rules = {};
  for (const r of engine.RULES) rules[r.meta.id] = { severity: 'off' };
  for (const c of CATEGORIES) rules[`deflecting/${c}`] = { severity: 'warning' };
  for (const m of MOVES) rules[`missing-${m}`] = { severity: 'warning' };
  return engine.mergeConfigs(engine.defaultConfig(), { rules, detection: { models } });
}

function render(r) {
  const head = `---\nid: ${JSON.stringify(String(r.id))}\nlocale: ${r.lang}\n---\n\n`;
  return { head, text: head + r.text };
}

const cell = () => ({ tp: 0, fp: 0, fn: 0, quiet: 0, made: 0 });
const ratio = (a, b) => (b > 0 ? a / b : undefined);
const fmt = (x) => (x === undefined ? ' n/a' : x.toFixed(2));

function score(engine, replies, models, hints = false) {
  const config = configFor(engine, models);
  const t = {};
  const get = (...k) => (t[k.join('|')] ??= cell());
  const misses = [];
  for (const r of replies) {
    const { head, text } = render(r);
    const { findings } = engine.lint({ uri: `real/${r.id}.md`, text }, config);
    const sents = sourceSentences(engine, r.text).ranges;
    const sentenceOf = (s, e) => sentenceIndexOf(sents, s, e);
    const found = new Set();
    const missing = new Set();
    for (const f of findings) {
      if (f.severity === 'info' && !hints) continue;
      if (f.ruleId.startsWith('missing-')) missing.add(f.ruleId.slice(8));
      else if (f.ruleId.startsWith('deflecting/')) found.add(`${sentenceOf(f.range.start - head.length, f.range.end - head.length)}|${f.ruleId}`);
    }
    const gold = new Set((r.labels ?? []).filter((l) => l.label.startsWith('deflecting/')).map((l) => `${l.sentence}|${l.label}`));
    const src = r.source;
    for (const c of CATEGORIES) {
      const id = `deflecting/${c}`;
      for (const k of found) if (k.endsWith(`|${id}`)) {
        const hit = gold.has(k);
        for (const key of [[r.lang, id], [r.lang, 'deflecting'], ...(bySource ? [[src, 'deflecting']] : [])]) get(...key)[hit ? 'tp' : 'fp']++;
        if (!hit) misses.push(`FP ${r.id} ${id} sentence ${k.split('|')[0]}`);
      }
      for (const k of gold) if (k.endsWith(`|${id}`) && !found.has(k)) {
        for (const key of [[r.lang, id], [r.lang, 'deflecting'], ...(bySource ? [[src, 'deflecting']] : [])]) get(...key).fn++;
        misses.push(`FN ${r.id} ${id} sentence ${k.split('|')[0]}: ${JSON.stringify((r.labels.find((l) => `${l.sentence}|${l.label}` === k) ?? {}).span)}`);
      }
    }
    const anyGold = gold.size > 0;
    const anyFound = found.size > 0;
    const any = get(r.lang, 'deflecting-any');
    if (anyGold && anyFound) any.tp++;
    else if (anyFound) any.fp++;
    else if (anyGold) any.fn++;
    for (const m of MOVES) {
      const made = (r.labels ?? []).some((l) => l.label === m);
      const fired = missing.has(m);
      for (const key of [[r.lang, `missing-${m}`], [r.lang, 'moves'], ...(bySource ? [[src, 'moves']] : [])]) {
        const c = get(...key);
        if (!made && fired) c.tp++;
        else if (made && fired) c.fp++;
        else if (!made && !fired) c.fn++;
        if (made) {
          c.made++;
          if (!fired) c.quiet++;
        }
      }
      if (made === fired) misses.push(`${fired ? 'FP' : 'FN'} ${r.id} missing-${m}`);
    }
  }
  return { t, misses };
}

function figures(c) {
  return { precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), quiet: ratio(c.quiet, c.made), n: c.tp + c.fn };
}

async function main() {
  const engine = await loadEngine();
  const splits = splitArg === 'both' ? ['tune', 'holdout'] : [splitArg];
  const out = {};
  for (const split of splits) {
    // The evaluation is the one reader of the holdout, and it prints aggregates only.
    const replies = loadSplit(split, { evaluation: true });
    if (!replies.length) continue;
    out[split] = { replies: replies.length, en: replies.filter((r) => r.lang === 'en').length, es: replies.filter((r) => r.lang === 'es').length, sources: new Set(replies.map((r) => r.source)).size };
    for (const [mode, models, hints] of [['tables', false, false], ['models', true, false], ['hints', true, true]]) {
      const { t, misses } = score(engine, replies, models, hints);
      out[split][mode] = Object.fromEntries(Object.entries(t).map(([k, c]) => [k, figures(c)]));
      if (verbose && split === 'tune' && mode === 'models') for (const m of misses) console.log(m);
    }
  }
  if (json) {
    console.log(JSON.stringify(out, null, 1));
    return;
  }
  const rows = ['moves', 'missing-acknowledge', 'missing-align', 'missing-assure', 'deflecting', 'deflecting-any', ...CATEGORIES.map((c) => `deflecting/${c}`)];
  for (const [split, res] of Object.entries(out)) {
    const note = split === 'tune' ? ' (models trained on these: in-sample; cross-validated figures: npm run train)' : ' (frozen: never read by tuning or training)';
    console.log(`\n== ${split}: ${res.replies} replies (${res.en} en, ${res.es} es) from ${res.sources} sources${note}`);
    console.log(`${'row'.padEnd(28)} ${['en tables', 'en models', 'es tables', 'es models'].map((h) => h.padEnd(22)).join('')}`);
    for (const row of rows) {
      const cells = ['en', 'es'].flatMap((lang) => ['tables', 'models'].map((mode) => {
        const f = res[mode][`${lang}|${row}`];
        if (!f) return '-'.padEnd(22);
        const q = row.startsWith('missing-') || row === 'moves' ? ` q${fmt(f.quiet)}` : '';
        return `${fmt(f.precision)}/${fmt(f.recall)}${q} n${f.n}`.padEnd(22);
      }));
      console.log(`${row.padEnd(28)} ${cells.join('')}`);
    }
    // What an editor user sees: findings below `detection.minConfidence` are hints (information), quiet in CI.
    console.log(`${'with hints (info counted)'.padEnd(28)} ${['en models+hints', 'es models+hints'].map((h) => h.padEnd(22)).join('')}`);
    for (const row of ['deflecting', 'deflecting-any', 'moves']) {
      const cells = ['en', 'es'].map((lang) => {
        const f = res.hints[`${lang}|${row}`];
        if (!f) return '-'.padEnd(22);
        const q = row === 'moves' ? ` q${fmt(f.quiet)}` : '';
        return `${fmt(f.precision)}/${fmt(f.recall)}${q} n${f.n}`.padEnd(22);
      });
      console.log(`  ${row.padEnd(26)} ${cells.join('')}`);
    }
    if (bySource) {
      console.log(`\nper source (models): deflecting P/R, moves P/R quiet`);
      const srcs = [...new Set(Object.keys(res.models).map((k) => k.split('|')[0]))].filter((s) => s !== 'en' && s !== 'es').sort();
      for (const s of srcs) {
        const d = res.models[`${s}|deflecting`];
        const m = res.models[`${s}|moves`];
        console.log(`  ${s.slice(0, 50).padEnd(52)} ${d ? `${fmt(d.precision)}/${fmt(d.recall)}` : '-'}   ${m ? `${fmt(m.precision)}/${fmt(m.recall)} q${fmt(m.quiet)}` : '-'}`);
      }
    }
  }
  console.log(`\nP/R = precision/recall; q = quiet share on replies that make the move; n = labelled units. Targets: P ≥ ${TARGET.precision}, R ≥ ${TARGET.recall}, q ≥ ${TARGET.quiet}.`);
}

await main();
