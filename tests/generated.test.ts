import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../server/src/engine/rules';
// @ts-expect-error: plain ES module without types, shared with scripts/gen-docs.mjs
import { PAGE_END, rulePageHeader, rulePageWith } from '../scripts/rule-pages.mjs';

const root = join(__dirname, '..');

/** Text of the section under the first heading matching `title`, up to the next heading of the same or higher level. */
function sectionOf(page: string, title: RegExp): string | undefined {
  const lines = page.split(/\r?\n/);
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^```/.test(lines[i])) fence = !fence;
    const h = !fence && /^(#{2,4})\s+(.*)$/.exec(lines[i]);
    if (!h || !title.test(h[2])) continue;
    const out: string[] = [];
    let inner = false;
    for (let k = i + 1; k < lines.length; k++) {
      if (/^```/.test(lines[k])) inner = !inner;
      const n = !inner && /^(#{1,6})\s/.exec(lines[k]);
      if (n && n[1].length <= h[1].length) break;
      out.push(lines[k]);
    }
    return out.join('\n');
  }
  return undefined;
}

describe('generated files', () => {
  it('README rule table and config schema are up to date (node scripts/gen-docs.mjs --check)', () => {
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-docs.mjs'), '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      code = err.status;
      out = err.stderr;
    }
    expect(out).toBe('');
    expect(code).toBe(0);
  });
});

describe('rule docs pages', () => {
  const pages = [...RULES.map((r) => r.meta.id), 'skipped-file', 'rule-error'];
  for (const id of pages) {
    it(`docs/rules/${id}.md has an English and a Spanish example`, () => {
      const path = join(root, 'docs/rules', `${id}.md`);
      expect(existsSync(path), path).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain(id);
      const en = sectionOf(page, /English|Inglés/i);
      const es = sectionOf(page, /Spanish|Español/i);
      expect(en, 'a heading "English" with an example').toMatch(/```[\s\S]*?```/);
      expect(es, 'a heading "Spanish" with an example').toMatch(/```[\s\S]*?```/);
    });
  }
});

describe('rule pages: the part generated from rule metadata', () => {
  for (const r of RULES) {
    it(`docs/rules/${r.meta.id}.md starts with its metadata (title, severity, descriptions, precedence)`, () => {
      const page = readFileSync(join(root, 'docs/rules', `${r.meta.id}.md`), 'utf8');
      expect(page.startsWith(rulePageHeader(r.meta, RULES))).toBe(true);
      expect(page).toContain(`Default severity: ${r.meta.defaultSeverity}`);
      expect(page).toContain(r.meta.description.en);
      expect(page).toContain(r.meta.description.es);
      for (const id of r.meta.supersedes ?? []) expect(page).toContain(`\`${id}\``);
    });
  }

  it('a change of metadata makes the page stale, and regenerating keeps the hand-written part', () => {
    const r = RULES[0];
    const page = readFileSync(join(root, 'docs/rules', `${r.meta.id}.md`), 'utf8');
    const changed = { ...r.meta, defaultSeverity: r.meta.defaultSeverity === 'error' ? 'warning' : 'error' };
    const next = rulePageWith(page, changed, RULES);
    expect(next).not.toBe(page);
    expect(next.slice(next.indexOf(PAGE_END))).toBe(page.slice(page.indexOf(PAGE_END)));
    expect(rulePageWith(page, r.meta, RULES)).toBe(page);
  });
});

describe('config schema', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/macrolintrc.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('lists every rule', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('accepts a realistic configuration', () => {
    const sample = parseYaml(`
extends: [macrolint:strict, ../shared/.macrolintrc.yaml]
locale: es-MX
messageLocale: auto
helpdesk: zendesk
files: ["support/**/*.md"]
ignores: drafts/**
rules:
  section-order: error
  empty-section: off
  locale-mismatch: [warning, { minWords: 12 }]
  anger-type: true
  placeholder-syntax: { severity: info }
phrases:
  es:
    policy-shield: ["según * normativa"]
  en:
    redirect: ["reach out to * bank"]
maxFileSize: { markdown: 100000 }
`);
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a bad configuration', () => {
    const bad = [
      { rules: { 'section-order': 'loud' } },
      { rules: { 'no-such-rule': 'error' } },
      { rules: { 'section-order': ['error', 'options'] } },
      { helpdesk: 'salesforce' },
      { locale: 'fr' },
      { phrases: { en: { 'made-up': ['x'] } } },
      { phrases: { fr: {} } },
      { maxFileSize: { markdown: -1 } },
      { colour: 'blue' },
    ];
    for (const cfg of bad) expect(validate(cfg), JSON.stringify(cfg)).toBe(false);
  });
});
