/**
 * One finding per span: where two rules report overlapping text of one macro and one declares that it
 * supersedes the other (`meta.supersedes`), the engine keeps that one and attaches the other as related
 * information. Runs after the rules and the disable comments; pure data in, data out.
 */
import type { Finding, RelatedFinding, Severity } from './types';
import type { Rule } from './rule';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function overlaps(a: Finding, b: Finding): boolean {
  if (a.range.start === a.range.end || b.range.start === b.range.end) return a.range.start === b.range.start && a.range.end === b.range.end;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}

const pairsOf = new WeakMap<readonly Rule[], Map<string, Set<string>>>();

/** For each superseded rule id, the ids of the rules that declare they supersede it (per rule list: lint passes the same list for a config). */
function declaredPairs(rules: readonly Rule[]): Map<string, Set<string>> {
  const hit = pairsOf.get(rules);
  if (hit) return hit;
  const beatenBy = new Map<string, Set<string>>();
  pairsOf.set(rules, beatenBy);
  for (const r of rules) {
    for (const loser of r.meta.supersedes ?? []) {
      if (loser === r.meta.id) continue;
      let set = beatenBy.get(loser);
      if (!set) beatenBy.set(loser, (set = new Set()));
      set.add(r.meta.id);
    }
  }
  return beatenBy;
}

/**
 * The findings with each superseded finding folded into the finding that supersedes it: listed in its
 * `related`, its fixes offered after the winner's, and the winner's severity raised to the loser's when
 * that is higher (folding never makes a problem quieter). Input order is kept; inputs are not mutated.
 */
export function applyPrecedence(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const beatenBy = declaredPairs(rules);
  if (!beatenBy.size) return [...findings];
  // Candidate winners grouped by macro, so a library of thousands of macros is not scanned per finding.
  const winnerRules = new Set<string>();
  for (const set of beatenBy.values()) for (const id of set) winnerRules.add(id);
  const byMacro = new Map<number | undefined, number[]>();
  findings.forEach((g, k) => {
    if (!winnerRules.has(g.ruleId)) return;
    const list = byMacro.get(g.macroIndex);
    if (list) list.push(k);
    else byMacro.set(g.macroIndex, [k]);
  });
  const winnerOf = new Map<number, number>();
  findings.forEach((f, i) => {
    const winners = beatenBy.get(f.ruleId);
    if (!winners) return;
    // The first (lowest-index) overlapping winner, as a scan of all findings would find.
    const w = byMacro.get(f.macroIndex)?.find((k) => k !== i && winners.has(findings[k].ruleId) && overlaps(f, findings[k]));
    if (w !== undefined) winnerOf.set(i, w);
  });
  if (!winnerOf.size) return [...findings];
  // A chain (a beats b, b beats c) folds c into a: follow winners until one that is kept.
  const root = (i: number): number => {
    const seen = new Set<number>();
    while (winnerOf.has(i) && !seen.has(i)) {
      seen.add(i);
      i = winnerOf.get(i)!;
    }
    return i;
  };
  const folded = new Map<number, Finding[]>();
  for (const i of winnerOf.keys()) {
    const w = root(i);
    if (w === i) continue;
    folded.set(w, [...(folded.get(w) ?? []), findings[i]]);
  }
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    if (winnerOf.has(i) && root(i) !== i) return;
    const losers = folded.get(i);
    if (!losers) {
      out.push(f);
      return;
    }
    const related: RelatedFinding[] = [...(f.related ?? [])];
    let severity = f.severity;
    const fixes = [...f.fixes];
    for (const l of losers) {
      related.push({ ruleId: l.ruleId, severity: l.severity, range: l.range, message: l.message }, ...(l.related ?? []));
      if (RANK[l.severity] > RANK[severity]) severity = l.severity;
      fixes.push(...l.fixes);
    }
    out.push({ ...f, severity, fixes, related });
  });
  return out;
}
