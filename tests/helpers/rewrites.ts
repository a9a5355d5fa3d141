/**
 * Rewrites as the editor and `eval/fixes` offer them: a reply linted as a macro, its findings validated
 * (`validateFindings`), each rewrite applied and checked by the validator's text checks.
 */
import { expect } from 'vitest';
import { lint } from '../../server/src/engine/lint';
import { applyFixes, validateFindings } from '../../server/src/engine/fix';
import { defaultConfig } from '../../server/src/engine/config';
import { textViolations } from '../../server/src/engine/rewrite/validate';
import type { Finding, Fix } from '../../server/src/engine/types';
import { loadSplit } from '../../eval/real/corpus.mjs';

type Lang = 'en' | 'es';

/** One rewrite of a finding: its title, whether `--fix` may apply it, the reply body after it, and whether it leaves no blank. */
export interface OfferedRewrite {
  title: string;
  safe: boolean;
  after: string;
  blankFree: boolean;
  rejected: Fix['rejected'];
}

/**
 * The validated rewrites of the reply's one finding of `rule` (asserted to be exactly one), best first;
 * each must pass the validator's text checks.
 */
export function offeredRewrites(locale: Lang, body: string, rule: string): OfferedRewrite[] {
  const text = `---\nid: t\nlocale: ${locale}\n---\n\n${body}\n`;
  const config = defaultConfig();
  const d = { uri: 'macro.md', text };
  const fs = validateFindings({ doc: d, config }, text, lint(d, config)).filter((f) => f.ruleId === rule);
  expect(fs).toHaveLength(1);
  return fs[0].fixes
    .filter((f) => f.rewrite)
    .map((f) => {
      const after = applyFixes(text, [f]).text;
      expect(textViolations({ before: text, after, edits: f.edits, locale })).toEqual([]);
      return {
        title: f.title,
        safe: f.safe !== false,
        after: after.slice(after.indexOf('---\n\n') + 5).replace(/\n$/, ''),
        blankFree: !f.edits.some((e) => e.blanks?.length),
        rejected: f.rejected,
      };
    });
}

/**
 * Every rewrite offered for a finding of `rules` on the real tune split, with the validator's text
 * violations of each (empty when it reads right).
 */
export function realRewrites(rules: readonly string[]): { id: string; fix: Fix; finding: Finding; violations: string[] }[] {
  const config = defaultConfig();
  const out: { id: string; fix: Fix; finding: Finding; violations: string[] }[] = [];
  for (const r of loadSplit('tune') as { id: string; lang: Lang; text: string }[]) {
    const text = `---\nid: ${JSON.stringify(String(r.id))}\nlocale: ${r.lang}\n---\n\n${r.text}`;
    const d = { uri: `file:///${r.id}.md`, text };
    for (const finding of validateFindings({ doc: d, config }, text, lint(d, config))) {
      if (!rules.includes(finding.ruleId)) continue;
      for (const fix of finding.fixes.filter((y) => y.rewrite)) {
        const after = applyFixes(text, [fix]).text;
        out.push({ id: String(r.id), fix, finding, violations: textViolations({ before: text, after, edits: fix.edits, locale: r.lang }) });
      }
    }
  }
  return out;
}
