// Aggregation of the blind ratings of rewrites (`npm run eval:fixes`): pure functions over the items the
// engine offered and the two readers' ratings, so the figures can be tested on a tiny fixture.

/** The three ratings a reader gives (eval/fixes/RUBRIC.md). */
export const RATINGS = ['sendable', 'needs-edit', 'wrong'];

/**
 * The verdict of two independent readers on one item: wrong when either says wrong, sendable when both
 * say sendable, otherwise needs-edit; undefined while a reader has not rated it.
 */
export function verdict(a, b) {
  if (!RATINGS.includes(a) || !RATINGS.includes(b)) return undefined;
  if (a === 'wrong' || b === 'wrong') return 'wrong';
  if (a === 'sendable' && b === 'sendable') return 'sendable';
  return 'needs-edit';
}

/** A blank the agent must fill: "[describe the steps]", "[describe los pasos]". */
const BLANK = /\[[^\]\n]+\]/;

const share = (n, d) => (d > 0 ? n / d : undefined);

/**
 * Figures per language and set (`real` / `synthetic`): for safe rewrites (what --fix applies) the share
 * rated sendable and the count rated wrong; for the alternatives of each finding (quick fixes), the
 * share of findings with at least one sendable alternative and the share of alternatives rated wrong;
 * and how many items still lack a rating from either reader.
 */
export function aggregate(items, ratingsA = {}, ratingsB = {}) {
  const groups = new Map();
  const group = (lang, set) => {
    const k = `${lang}|${set}`;
    if (!groups.has(k)) {
      groups.set(k, { lang, set, safe: { items: 0, rated: 0, sendable: 0, wrong: 0 }, alternatives: { findings: 0, ratedFindings: 0, withSendable: 0, items: 0, rated: 0, wrong: 0, blankOnly: 0 }, unrated: 0, findings: new Map() });
    }
    return groups.get(k);
  };
  for (const it of items) {
    const g = group(it.lang, it.set);
    const v = verdict(ratingsA[it.key], ratingsB[it.key]);
    if (v === undefined) g.unrated++;
    if (it.safe) {
      g.safe.items++;
      if (v) {
        g.safe.rated++;
        if (v === 'sendable') g.safe.sendable++;
        if (v === 'wrong') g.safe.wrong++;
      }
    }
    g.alternatives.items++;
    if (v) {
      g.alternatives.rated++;
      if (v === 'wrong') g.alternatives.wrong++;
    }
    const f = g.findings.get(it.finding) ?? { all: true, sendable: false, blanks: true };
    f.all &&= v !== undefined;
    // A rewrite that leaves a blank for the agent ("[describe what went wrong]") is never sendable as it is.
    f.blanks &&= BLANK.test(it.after ?? '');
    f.sendable ||= v === 'sendable';
    g.findings.set(it.finding, f);
  }
  const out = [];
  for (const g of [...groups.values()].sort((a, b) => a.lang.localeCompare(b.lang) || a.set.localeCompare(b.set))) {
    for (const f of g.findings.values()) {
      g.alternatives.findings++;
      if (f.all) {
        if (f.blanks) g.alternatives.blankOnly++;
        g.alternatives.ratedFindings++;
        if (f.sendable) g.alternatives.withSendable++;
      }
    }
    out.push({
      lang: g.lang,
      set: g.set,
      safe: { ...g.safe, sendableShare: share(g.safe.sendable, g.safe.rated) },
      alternatives: {
        ...g.alternatives,
        findingsWithSendableShare: share(g.alternatives.withSendable, g.alternatives.ratedFindings),
        // The same share among findings with at least one rewrite that needs nothing from the agent.
        withoutBlanksShare: share(g.alternatives.withSendable, g.alternatives.ratedFindings - g.alternatives.blankOnly),
        wrongShare: share(g.alternatives.wrong, g.alternatives.rated),
      },
      unrated: g.unrated,
    });
  }
  return out;
}

/** The figures as a table for the terminal, with the targets. */
export function formatFigures(rows) {
  const pct = (x) => (x === undefined ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
  const lines = ['lang set        safe: n  sendable  wrong | alternatives: findings  ≥1 sendable  wrong | unrated'];
  for (const r of rows) {
    lines.push(
      `${r.lang.padEnd(4)} ${r.set.padEnd(10)} ${String(r.safe.items).padStart(7)}  ${pct(r.safe.sendableShare)}  ${String(r.safe.wrong).padStart(5)} | ${String(r.alternatives.findings).padStart(22)}  ${pct(r.alternatives.findingsWithSendableShare).padStart(11)}  ${pct(r.alternatives.wrongShare)} | ${String(r.unrated).padStart(7)}`,
    );
  }
  lines.push('findings whose every rewrite leaves a blank for the agent (never sendable as it is), and the ≥1 sendable share among the others:');
  lines.push(rows.map((r) => `  ${r.lang} ${r.set}: ${r.alternatives.blankOnly} of ${r.alternatives.ratedFindings}, ${pct(r.alternatives.withoutBlanksShare).trim()}`).join('\n'));
  lines.push('targets: safe rewrites ≥ 90% sendable and 0 wrong; alternatives: ≥ 90% of findings with one sendable, ≤ 2% wrong.');
  return lines.join('\n');
}
