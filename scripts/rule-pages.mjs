// The shared part of each rule page (docs/rules/<id>.md), generated from the rule's metadata: title,
// family, default severity, fixability, languages, the description in English and Spanish, option
// defaults and declared precedence. The hand-written rest of the page follows the end marker.

export const PAGE_END = '<!-- end of generated part -->';
const NOTE = "<!-- Generated from the rule's metadata by `npm run docs` (scripts/gen-docs.mjs): edit the rule module, not this block. -->";
const LANG = { en: 'English', es: 'Spanish' };

/** The generated header of a rule page; `rules` gives the precedence declared by other rules. */
export function rulePageHeader(meta, rules) {
  const lines = [
    `# \`${meta.id}\``,
    '',
    NOTE,
    '',
    `Family: ${meta.family} · Default severity: ${meta.defaultSeverity} · Fixable: ${meta.fixable ? 'yes' : 'no'} · Languages: ${meta.locales.map((l) => LANG[l] ?? l).join(', ')}`,
    '',
    meta.description.en,
    '',
    `*Español:* ${meta.description.es}`,
  ];
  const opts = Object.entries(meta.defaultOptions ?? {});
  if (opts.length) lines.push('', `Options and their defaults: ${opts.map(([k, v]) => `\`${k}: ${JSON.stringify(v)}\``).join(', ')}.`);
  const beats = meta.supersedes ?? [];
  const beatenBy = rules.filter((r) => (r.meta.supersedes ?? []).includes(meta.id)).map((r) => r.meta.id);
  const code = (ids) => ids.map((id) => `\`${id}\``).join(', ');
  if (beats.length) lines.push('', `Precedence: where ${code(beats)} reports the same text, this rule's finding is kept and the other is shown as its related information.`);
  if (beatenBy.length) lines.push('', `Precedence: where ${code(beatenBy)} reports the same text, that finding is kept and this one is shown as its related information.`);
  lines.push('', PAGE_END);
  return lines.join('\n');
}

/**
 * The page with its generated part replaced: everything up to the end marker, or (first run) up to the
 * first second-level heading. A missing page gets the header and empty English and Spanish examples.
 */
export function rulePageWith(page, meta, rules) {
  const header = rulePageHeader(meta, rules);
  const eol = page && page.includes('\r\n') ? '\r\n' : '\n';
  let body;
  if (!page) body = '\n\n## Examples\n\n### English\n\n```text\n```\n\n### Spanish\n\n```text\n```\n';
  else if (page.includes(PAGE_END)) body = page.slice(page.indexOf(PAGE_END) + PAGE_END.length);
  else {
    const m = /^## /m.exec(page);
    body = `\n\n${m ? page.slice(m.index) : ''}`;
  }
  return `${header.replace(/\n/g, eol)}${body}`;
}
