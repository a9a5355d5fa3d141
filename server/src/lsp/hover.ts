/** Hover on a diagnostic: why the rule exists, an example rewrite and a link, in the macro's language. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { getRule } from '../engine/rules';
import { ruleHref, toRange } from './convert';
import { t } from './l10n';

function quote(s: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join('\n');
}

/** Markdown explaining one finding's rule. */
export function explainFinding(f: Finding, docsBase: string): string {
  const rule = getRule(f.ruleId);
  if (!rule) return `**Macrolint** \`${f.ruleId}\`\n\n${f.message}`;
  const loc = f.locale;
  const meta = rule.meta;
  const parts = [`**Macrolint** \`${meta.id}\`: ${meta.description[loc] ?? meta.description.en}`];
  const why = meta.rationale[loc] ?? meta.rationale.en;
  if (why) parts.push(`**${t(loc, 'why')}:** ${why}`);
  const ex = meta.example[loc] ?? meta.example.en;
  if (ex && (ex.bad || ex.good)) parts.push(`**${t(loc, 'example')}:**\n\n${quote(`❌ ${ex.bad}`)}\n\n${quote(`✅ ${ex.good}`)}`);
  if (f.related?.length) parts.push(`**${t(loc, 'related')}:**\n\n${f.related.map((r) => `- \`${r.ruleId}\`: ${r.message}`).join('\n')}`);
  if (f.localeSource) {
    const language = t(loc, `lang-${f.locale}`);
    const confidence = Math.round((f.localeConfidence ?? 0) * 100);
    parts.push(`**${t(loc, 'language')}:** ${t(loc, `localeSource-${f.localeSource}`, { language, confidence })}`);
  }
  const href = ruleHref(meta.id, docsBase);
  if (href) parts.push(`[${t(loc, 'docs')}](${href})`);
  return parts.join('\n\n');
}

/** The hover at `offset`, or null when no finding covers it. */
export function hoverAt(doc: TextDocument, findings: readonly Finding[], offset: number, docsBase: string): Hover | null {
  const hits = findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  if (!hits.length) return null;
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const f of hits) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    blocks.push(explainFinding(f, docsBase));
  }
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') }, range: toRange(doc, hits[0].range) };
}
