#!/usr/bin/env node
// Writes `adjudicate/<shard>.yaml`: for each reply both readers labelled, the sentences where exactly one
// of them put a label, as tasks for a third reader (who sees the reply, the sentence and the label, not
// who proposed it). The third reader answers in `labels-adj/<shard>.yaml`:
//   - id: en-c1-0001
//     verdicts: [{ sentence: 2, label: align, keep: true }]
// build.mjs keeps a disputed label only when the third reader keeps it. Prints counts only.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadEngine } from '../../scripts/load-engine.mjs';
import { LABELS, REAL_DIR, sentenceIndexOf, sourceSentences } from './corpus.mjs';

const readYaml = (f) => (existsSync(f) ? parse(readFileSync(f, 'utf8')) ?? [] : []);

const engine = await loadEngine();
mkdirSync(join(REAL_DIR, 'adjudicate'), { recursive: true });
const counts = {};
// `node adjudicate.mjs n1,n2` limits the run to those shards (a later collection round).
const only = process.argv[2] ? new Set(process.argv[2].split(',')) : undefined;
for (const f of readdirSync(join(REAL_DIR, 'incoming')).filter((x) => x.endsWith('.yaml') && (!only || only.has(x.slice(0, -5)))).sort()) {
  const a = new Map(readYaml(join(REAL_DIR, 'labels-a', f)).map((x) => [x.id, x.labels ?? []]));
  const b = new Map(readYaml(join(REAL_DIR, 'labels-b', f)).map((x) => [x.id, x.labels ?? []]));
  if (!b.size) continue;
  const tasks = [];
  for (const t of readYaml(join(REAL_DIR, 'incoming', f))) {
    if (!a.has(t.id) || !b.has(t.id) || typeof t.text !== 'string') continue;
    const sents = sourceSentences(engine, t.text).ranges;
    const unitsOf = (labels) => {
      const out = new Set();
      for (const l of labels) {
        const at = l.span ? t.text.indexOf(l.span) : -1;
        if (at < 0 || !LABELS.includes(l.label)) continue;
        const k = sentenceIndexOf(sents, at, at + l.span.length);
        if (k >= 0) out.add(`${k}|${l.label}`);
      }
      return out;
    };
    const ua = unitsOf(a.get(t.id));
    const ub = unitsOf(b.get(t.id));
    const disputed = [...new Set([...ua, ...ub])].filter((k) => ua.has(k) !== ub.has(k)).sort();
    if (!disputed.length) continue;
    tasks.push({
      id: t.id,
      text: t.text,
      questions: disputed.map((k) => {
        const [si, label] = k.split('|');
        const r = sents[Number(si)];
        return { sentence: Number(si), label, sentenceText: t.text.slice(r.start, r.end) };
      }),
    });
  }
  writeFileSync(join(REAL_DIR, 'adjudicate', f), stringify(tasks, { lineWidth: 0 }));
  counts[f] = { replies: tasks.length, questions: tasks.reduce((n, t) => n + t.questions.length, 0) };
}
console.log(JSON.stringify(counts));
