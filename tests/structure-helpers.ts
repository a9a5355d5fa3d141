/** Helpers for the structure-rule unit tests: lint one document with one rule, apply a fix. */
import { lint } from '../server/src/engine/lint';
import { applyFixes } from '../server/src/engine/fix';
import { defaultConfig, mergeConfigs, type PartialConfig } from './tables-config';
import type { Finding } from '../server/src/engine/types';

/** Findings of `ruleId` for `text` (uri decides the format). */
export function findings(ruleId: string, text: string, uri = 'macro.md', layer: PartialConfig = {}): Finding[] {
  return lint({ uri, text }, mergeConfigs(defaultConfig(), layer)).findings.filter((f) => f.ruleId === ruleId);
}

/** The text a finding covers. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.range.start, f.range.end);
}

/** `text` after applying fix `k` of finding `f`. */
export function applied(text: string, f: Finding, k = 0): string {
  return applyFixes(text, [f.fixes[k]]).text;
}

/** A single-macro Markdown document with front matter. */
export function md(front: Record<string, string>, body: string): string {
  const fm = Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${fm}\n---\n\n${body}\n`;
}
