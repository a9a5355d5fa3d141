// Collects every rewrite the engine offers on a set of replies: the finding, the sentence before and
// after, and whether it is safe (validated) or a quick fix. Used by `npm run eval:fixes` (run.mjs).
import { createHash } from 'node:crypto';

/** True when `text[i]` ends a sentence: a line break, or . ! ? before a space or the end. */
const endsAt = (text, i) => text[i] === '\n' || (/[.!?]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));

/** The sentence(s) of `text` around [start, end), comments left out: from the sentence end before to the next after. */
export function sentenceAround(text, start, end) {
  let s = start;
  while (s > 0 && !endsAt(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsAt(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
}

/** The key of an item: a hash of rule, before and after (a rating is re-asked when a rewrite changes). */
export function itemKey(rule, before, after) {
  return createHash('sha256').update(`${rule}\u0000${before}\u0000${after}`).digest('hex').slice(0, 16);
}

/** Every rewrite offered on document `doc` ({uri, text}) with `config`, validated as fix-all would. */
export function rewritesOf(engine, doc, config, meta = {}) {
  const result = engine.lint(doc, config);
  const findings = engine.validateFindings({ doc, config }, doc.text, result);
  const items = [];
  findings.forEach((f, findingIndex) => {
    f.fixes.forEach((fix, rank) => {
      if (!fix.rewrite) return;
      const after = engine.applyFixes(doc.text, [fix]).text;
      const start = Math.min(...fix.edits.map((e) => e.start));
      const end = Math.max(...fix.edits.map((e) => e.end));
      const delta = fix.edits.reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
      const before = sentenceAround(doc.text, start, end);
      const afterS = sentenceAround(after, start, end + delta);
      items.push({
        key: itemKey(f.ruleId, before, afterS),
        ...meta,
        lang: f.locale,
        rule: f.ruleId,
        finding: `${meta.reply ?? doc.uri}#${findingIndex}`,
        rank,
        safe: fix.safe !== false,
        ...(fix.rejected ? { rejected: fix.rejected } : {}),
        title: fix.title,
        before,
        after: afterS,
      });
    });
  });
  return items;
}
