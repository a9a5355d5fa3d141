/** The `init` and `rules` subcommands. */
import type { Rule } from '../engine/rule';
import { DEFAULT_FILES, PRESETS } from '../engine/config';
import { HELPDESKS } from '../engine/types';

/** The commented `.macrolintrc.yaml` that `macrolint init` writes. */
export function initConfigText(rules: readonly Rule[]): string {
  // One active entry keeps `rules` a mapping, so uncommenting any other line stays valid YAML.
  const ruleLines = rules.map((r) => `  ${r.meta.id === 'syntax-error' ? '' : '# '}${r.meta.id}: ${r.meta.defaultSeverity}${r.meta.fixable ? '   # fixable' : ''}`);
  if (!rules.some((r) => r.meta.id === 'syntax-error')) ruleLines.push('  syntax-error: error');
  return `# Macrolint configuration: https://github.com/macrolint/macrolint/blob/main/docs/cli.md
# Found upward from each linted file; the nearest file wins. Remove what you do not need.

# Start from a built-in preset (${Object.keys(PRESETS).join(', ')}) or a relative path.
extends:
  - macrolint:recommended

# Language of macros that do not declare \`locale\`: auto (detect), en or es.
locale: auto

# Placeholder dialect checked by placeholder-syntax: ${HELPDESKS.join(', ')}.
helpdesk: generic

# Which files are macros (globs relative to this file's folder). Markdown files whose front matter
# has an \`anger\` or \`macro\` key are macros too.
files:
${DEFAULT_FILES.map((g) => `  - "${g}"`).join('\n')}

# Files never linted (besides .gitignore and .macrolintignore).
ignores: []

# Rule severities: off, info, warning (or warn) or error; or [severity, { options }].
# \`family/*\` sets every rule of a family (deflecting/*: off); a rule named on its own wins.
# Disable comments that suppress nothing are warnings (reportUnusedDisableDirectives: off to stop).
rules:
  # Defaults of the built-in rules (uncomment a line to change it):
${ruleLines.join('\n')}

# Extra deflecting phrases per language and category: plain text, \`*\` matches up to six words.
# phrases:
#   en:
#     policy-shield: ["as stated in our terms"]
#   es:
#     redirect: ["póngase en contacto con *"]
`;
}

/** `macrolint rules`: a table of id, default severity, fixable and languages. */
export function rulesTable(rules: readonly Rule[], format: 'table' | 'json'): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((r) => ({ id: r.meta.id, defaultSeverity: r.meta.defaultSeverity, fixable: r.meta.fixable, languages: [...r.meta.locales], description: r.meta.description.en })),
        null,
        2,
      ) + '\n'
    );
  }
  const rows = [['rule', 'default', 'fixable', 'languages', 'description'], ...rules.map((r) => [r.meta.id, r.meta.defaultSeverity, r.meta.fixable ? 'yes' : 'no', r.meta.locales.join(', '), r.meta.description.en])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n') + '\n';
}
