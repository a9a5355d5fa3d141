#!/usr/bin/env node
// `npm run eval`: lints every corpus reply with the engine and prints precision and recall per rule
// family, rule and language. A measurement, not a gate: exits 0 unless the engine cannot be built or throws.
//
//   node eval/run.mjs [--json] [--verbose] [--lang en|es] [--rule <id>] [--corpus <dir>]
//   --corpus: directory of corpus YAML files (default eval/corpus; e.g. eval/holdout), relative to the cwd.
import { loadEngine } from '../scripts/load-engine.mjs';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nearDupEval, nearDupLines } from './near-dup/run.mjs';
import { CORPUS_DIR, FAMILIES, LABELLED_RULES, UNLABELLED_RULES, expectedCounts, familyOf, langOf, loadCorpus, renderEntry } from './render.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'es'];
const TARGET = { precision: 0.9, recall: 0.85 };
/** Rules judged once per reply (present or absent): several findings of one of them on a reply count once. */
export const REPLY_LEVEL = ['missing-acknowledge', 'missing-align', 'missing-assure', 'over-apology', 'generic-acknowledge'];

function parseArgs(argv) {
  const opts = { json: false, verbose: false, lang: undefined, rule: undefined, corpus: CORPUS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--lang') opts.lang = argv[++i];
    else if (a.startsWith('--lang=')) opts.lang = a.slice(7);
    else if (a === '--rule') opts.rule = argv[++i];
    else if (a.startsWith('--rule=')) opts.rule = a.slice(7);
    else if (a === '--corpus') {
      const dir = argv[++i];
      if (!dir) {
        console.error('eval: --corpus needs a directory');
        process.exit(2);
      }
      opts.corpus = resolve(dir);
    }
    else if (a.startsWith('--corpus=')) opts.corpus = resolve(a.slice(9));
    else if (a === '--help' || a === '-h') {
      console.log('usage: node eval/run.mjs [--json] [--verbose] [--lang en|es] [--rule <id>] [--corpus <dir>]');
      process.exit(0);
    } else {
      console.error(`eval: unknown option ${a}`);
      process.exit(2);
    }
  }
  if (opts.lang && !LANGS.includes(opts.lang)) {
    console.error(`eval: --lang must be one of ${LANGS.join(', ')}`);
    process.exit(2);
  }
  if (opts.rule && !LABELLED_RULES.includes(opts.rule)) {
    console.error(`eval: --rule must be one of ${LABELLED_RULES.join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(opts.corpus) || !statSync(opts.corpus).isDirectory()) {
    console.error(`eval: --corpus ${opts.corpus} is not a directory`);
    process.exit(2);
  }
  return opts;
}

/** Config enabling every labelled rule at `warning` and switching every other rule off. */
function evalConfig(engine) {
  const rules = {};
  for (const r of engine.RULES) rules[r.meta.id] = { severity: LABELLED_RULES.includes(r.meta.id) ? 'warning' : 'off' };
  for (const id of UNLABELLED_RULES) rules[id] = { severity: 'off' };
  for (const id of LABELLED_RULES) rules[id] = { severity: 'warning' };
  return engine.mergeConfigs(engine.defaultConfig(), { rules });
}

const ratio = (n, d) => (d > 0 ? n / d : undefined);
const fmt = (x) => (x === undefined ? 'n/a' : x.toFixed(2));
const clip = (s, n = 90) => {
  const one = String(s).replace(/\r?\n/g, ' ⏎ ').replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function emptyCell() {
  return { tp: 0, fp: 0, fn: 0, negatives: 0, quiet: 0 };
}

function finish(cell, isMove) {
  const out = { tp: cell.tp, fp: cell.fp, fn: cell.fn, precision: ratio(cell.tp, cell.tp + cell.fp), recall: ratio(cell.tp, cell.tp + cell.fn) };
  if (isMove) out.quietWhenMovePresent = ratio(cell.quiet, cell.negatives);
  if (isMove) out.repliesWithMove = cell.negatives;
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let engine;
  try {
    engine = await loadEngine();
  } catch (err) {
    console.error(`eval: could not build the engine: ${err.message ?? err}`);
    process.exit(1);
  }
  const config = evalConfig(engine);
  const corpus = loadCorpus(opts.corpus);
  const langs = opts.lang ? [opts.lang] : LANGS;
  const rules = opts.rule ? [opts.rule] : LABELLED_RULES;

  // cells[rule][lang]
  const cells = Object.fromEntries(LABELLED_RULES.map((id) => [id, Object.fromEntries(LANGS.map((l) => [l, emptyCell()]))]));
  const errors = [];
  const notes = { dir: opts.corpus, entries: { en: 0, es: 0 }, rendered: {}, unreadMacros: [], otherFindings: {}, exact: { en: 0, es: 0 } };
  const mistakes = [];

  corpus.forEach((entry, i) => {
    const lang = langOf(entry);
    if (!langs.includes(lang)) return;
    notes.entries[lang]++;
    const doc = renderEntry(entry, i);
    notes.rendered[`${doc.format} ${doc.variant}`] = (notes.rendered[`${doc.format} ${doc.variant}`] ?? 0) + 1;
    let result;
    try {
      result = engine.lint({ uri: doc.uri, text: doc.text, format: doc.format }, config);
    } catch (err) {
      errors.push({ kind: 'crash', id: entry.id, format: doc.format, error: String(err?.stack ?? err) });
      return;
    }
    if (!result.parsed || result.parsed.macros.length !== 1) notes.unreadMacros.push(`${entry.id} (${doc.format}: ${result.parsed?.macros.length ?? 'skipped'} macros)`);
    const found = {};
    const byRule = {};
    for (const f of result.findings) {
      if (!LABELLED_RULES.includes(f.ruleId)) {
        notes.otherFindings[f.ruleId] = (notes.otherFindings[f.ruleId] ?? 0) + 1;
        if (f.ruleId === 'rule-error') errors.push({ kind: 'rule-error', id: entry.id, format: doc.format, error: f.message });
        continue;
      }
      found[f.ruleId] = (found[f.ruleId] ?? 0) + 1;
      (byRule[f.ruleId] ??= []).push(doc.text.slice(f.range.start, f.range.end));
    }
    const expected = expectedCounts(entry);
    let exact = true;
    for (const id of LABELLED_RULES) {
      const once = REPLY_LEVEL.includes(id);
      const e = once ? Math.min(1, expected[id] ?? 0) : (expected[id] ?? 0);
      const f = once ? Math.min(1, found[id] ?? 0) : (found[id] ?? 0);
      const c = cells[id][lang];
      c.tp += Math.min(e, f);
      c.fp += Math.max(0, f - e);
      c.fn += Math.max(0, e - f);
      if (e !== f) exact = false;
      if (id.startsWith('missing-') && e === 0) {
        c.negatives++;
        if (f === 0) c.quiet++;
      }
      const excerpt = clip(entry.body ?? Object.values(entry.sections ?? {}).join(' '), 110);
      // A missing-move finding sits on the macro's name, so the reply itself says more.
      const shown = id.startsWith('missing-') ? [excerpt] : (byRule[id] ?? []).map((t) => clip(t, 70));
      if (f > e) mistakes.push({ kind: 'FP', id: entry.id, lang, rule: id, expected: e, found: f, format: doc.format, variant: doc.variant, text: shown });
      if (e > f) mistakes.push({ kind: 'FN', id: entry.id, lang, rule: id, expected: e, found: f, format: doc.format, variant: doc.variant, text: [excerpt] });
    }
    if (exact) notes.exact[lang]++;
  });

  // Aggregate per family.
  const report = { rules: {}, families: {}, targets: [] };
  for (const id of rules) {
    report.rules[id] = Object.fromEntries(langs.map((l) => [l, finish(cells[id][l], id.startsWith('missing-'))]));
  }
  for (const [family, ids] of Object.entries(FAMILIES)) {
    const inFamily = ids.filter((id) => rules.includes(id));
    if (!inFamily.length) continue;
    report.families[family] = {};
    for (const l of langs) {
      const sum = emptyCell();
      for (const id of inFamily) for (const k of Object.keys(sum)) sum[k] += cells[id][l][k];
      report.families[family][l] = finish(sum, family === 'moves');
      const { precision, recall } = report.families[family][l];
      report.targets.push({
        family: opts.rule ?? family,
        lang: l,
        precision,
        recall,
        met: precision !== undefined && recall !== undefined && precision >= TARGET.precision && recall >= TARGET.recall,
      });
    }
  }

  // The near-duplicate detector on its labelled pairs (eval/near-dup), a section of its own.
  const nearDuplicates = await nearDupEval();
  if (opts.json) {
    console.log(JSON.stringify({ corpus: { total: corpus.length, ...notes }, target: TARGET, ...report, errors, mistakes: opts.verbose ? mistakes : undefined, nearDuplicates }, null, 2));
  } else {
    printText(report, notes, langs, errors, opts.verbose ? mistakes.filter((m) => rules.includes(m.rule)) : undefined);
    console.log(['', ...nearDupLines(nearDuplicates)].join('\n'));
  }
  process.exit(errors.some((e) => e.kind === 'crash') ? 1 : 0);
}

function printText(report, notes, langs, errors, mistakes) {
  const out = [];
  const entries = langs.map((l) => `${l} ${notes.entries[l]}`).join(', ');
  out.push(`Macrolint evaluation corpus (${relative(ROOT, notes.dir) || '.'}): ${entries} replies`);
  out.push(`Rendered as: ${Object.entries(notes.rendered).sort().map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  if (notes.unreadMacros.length) out.push(`! ${notes.unreadMacros.length} documents did not read back as exactly one macro (e.g. ${notes.unreadMacros.slice(0, 3).join(', ')})`);
  if (Object.keys(notes.otherFindings).length) out.push(`! findings of unlabelled rules: ${Object.entries(notes.otherFindings).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  out.push('');
  const head = (l, move) => `${l.padEnd(2)}  ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'P'.padStart(5)} ${'R'.padStart(5)}${move ? ` ${'quiet'.padStart(5)}` : ''}`;
  const cell = (c, move) => `    ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${fmt(c.precision).padStart(5)} ${fmt(c.recall).padStart(5)}${move ? ` ${fmt(c.quietWhenMovePresent).padStart(5)}` : ''}`;
  for (const [family, ids] of Object.entries(FAMILIES)) {
    if (!report.families[family]) continue;
    const move = family === 'moves';
    out.push(`${family.padEnd(28)}| ${langs.map((l) => head(l, move)).join(' | ')}`);
    for (const id of ids) {
      if (!report.rules[id]) continue;
      out.push(`  ${id.padEnd(26)}| ${langs.map((l) => cell(report.rules[id][l], move)).join(' | ')}`);
    }
    out.push(`  ${'(family)'.padEnd(26)}| ${langs.map((l) => cell(report.families[family][l], move)).join(' | ')}`);
    out.push('');
  }
  out.push('quiet = share of replies that make the move (no missing-X label) on which missing-X stayed quiet.');
  out.push(`Counted once per reply: ${REPLY_LEVEL.join(', ')}; the deflecting rules and vague-assurance count each occurrence.`);
  out.push(`Replies with exactly the expected findings: ${langs.map((l) => `${l} ${notes.exact[l]}/${notes.entries[l]}`).join(', ')}`);
  if (mistakes) {
    out.push('', 'Mismatches (FP: reported but not expected; FN: expected but not reported):');
    for (const m of mistakes) {
      out.push(`  ${m.kind} ${m.id} [${m.format} ${m.variant}] ${m.rule} expected ${m.expected}, found ${m.found}`);
      for (const t of m.text) out.push(`       ${m.kind === 'FP' && !m.rule.startsWith('missing-') ? 'matched' : 'reply'}: ${t}`);
    }
  }
  if (errors.length) {
    out.push('', `! ${errors.length} engine errors:`);
    for (const e of errors.slice(0, 10)) out.push(`  ${e.kind} ${e.id} (${e.format}): ${clip(e.error, 200)}`);
  }
  out.push('');
  const summary = report.targets
    .map((t) => `${t.family}/${t.lang} P ${fmt(t.precision)} R ${fmt(t.recall)} ${t.met ? 'met' : 'NOT met'}`)
    .join('; ');
  out.push(`Targets (P ≥ ${TARGET.precision.toFixed(2)}, R ≥ ${TARGET.recall.toFixed(2)} per family per language): ${summary}`);
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`eval: engine crashed: ${err?.stack ?? err}`);
  process.exit(1);
});
