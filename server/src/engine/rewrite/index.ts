/**
 * Rewrites built on the analysed sentence, one module per kind. A rule asks `rewritesFor` first; the
 * phrase tables' own rewrites (plain substitutions) are kept only where no module replaces them.
 */
import type { Fix } from '../types';
import type { RuleContext } from '../rule';
import type { DeflectingCategory } from '../lexicon/deflecting-types';
import type { PhraseMatch } from '../match/deflecting';
import { apologyButRewrites } from './apology-but';
import { nonApologyRewrites } from './non-apology';
import { minimizingRewrites } from './minimizing';
import { redirectRewrites } from './redirect';

/** Most rewrites a finding offers. */
export const MAX_REWRITES = 3;

/**
 * The rewrites of a deflecting match, best first: the module's own, then (where the module keeps them)
 * the table's `legacy` ones, at most three.
 */
export function rewritesFor(category: DeflectingCategory, ctx: RuleContext, match: PhraseMatch, legacy: readonly Fix[]): Fix[] {
  let out: Fix[];
  switch (category) {
    case 'apology-but':
      // Swapping "but" for "and" keeps the excuse attached: never offered; no rebuild, no fix.
      out = apologyButRewrites(ctx, match);
      break;
    case 'non-apology':
      // "I'm sorry we let you down" admits a fault nobody established: only the conditional fixes stay.
      // Only removing a redundant stock apology is proven; the named problem is a guess from the reply's
      // words, and "sorry that you feel…" states the feeling as a fact: quick fixes, never applied by --fix.
      out = [...nonApologyRewrites(ctx, match), ...(match.entry?.target !== undefined ? legacy.map((f) => ({ ...f, safe: false })) : [])];
      break;
    case 'blame-shifting':
      // The tables' "we" / "this is on us" put the fault on the team where the reply names someone else:
      // a fact changed and a fault admitted that nobody established. No rewrite.
      out = [];
      break;
    case 'redirect':
      // Never the tables' "I'll contact them for you" (a promise an agent cannot keep): an offer with the
      // steps, a quick fix whose unproven part is a snippet tab stop.
      out = redirectRewrites(ctx, match);
      break;
    case 'minimizing':
      out = minimizingRewrites(ctx, match, legacy);
      break;
    default:
      out = [...legacy];
  }
  const unique: Fix[] = [];
  for (const f of out) if (!unique.some((u) => u.title === f.title)) unique.push(f);
  return unique.slice(0, MAX_REWRITES);
}
