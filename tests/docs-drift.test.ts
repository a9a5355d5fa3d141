/** Item: docs that drift from the code (settings, links, wildcards, Spanish quotes). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/engine/rules';
import { ENGINE_MESSAGES } from '../server/src/engine/messages';
import { UI_STRINGS } from '../server/src/lsp/l10n';
import { compileUserPhrases } from '../server/src/engine/text';
import { initConfigText } from '../server/src/cli/commands';

const root = join(__dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((n) => {
    const rel = `${dir}/${n}`;
    return statSync(join(root, rel)).isDirectory() ? markdownFiles(rel) : n.endsWith('.md') ? [rel] : [];
  });
}
const DOCS = ['README.md', 'CONTRIBUTING.md', ...markdownFiles('docs')].filter((p) => existsSync(join(root, p)));

describe('settings', () => {
  it('every editor setting documented in docs/settings.md is contributed, and the other way round', () => {
    const table = read('docs/settings.md').split('## Editor settings')[1].split('\n## ')[0];
    const documented = [...table.matchAll(/^\| `(macrolint\.[\w.]+)`/gm)].map((m) => m[1]).sort();
    const contributed = Object.keys(pkg.contributes.configuration.properties).sort();
    expect(documented).toEqual(contributed);
    for (const key of contributed) {
      const d = pkg.contributes.configuration.properties[key].markdownDescription ?? pkg.contributes.configuration.properties[key].description;
      const id = String(d).replace(/^%|%$/g, '');
      for (const nls of ['package.nls.json', 'package.nls.es.json']) expect(JSON.parse(read(nls))[id], `${nls}: ${id}`).toBeTruthy();
    }
  });

  it('messageLocale is documented in docs/settings.md', () => {
    expect(read('docs/settings.md')).toMatch(/`messageLocale`/);
  });
});

describe('links', () => {
  it('no page cites a file that is not in the repository', () => {
    for (const p of DOCS) {
      const text = read(p);
      expect(text, p).not.toMatch(/DOMAIN\.md/);
      for (const m of text.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)(#[^)]*)?\)/g)) {
        expect(existsSync(join(root, dirname(p), m[1])), `${p} links to ${m[1]}`).toBe(true);
      }
    }
  });
});

describe('`*` in user phrases', () => {
  it('means up to six words in the code, the README, the docs, the schema and `init`', () => {
    const m = compileUserPhrases(['refer * bank'])!;
    const words = (n: number) => `refer ${Array.from({ length: n }, (_, i) => `w${i}`).join(' ')} bank`;
    expect(m.find(words(6))).toHaveLength(1);
    expect(m.find(words(7))).toHaveLength(0);
    const texts = { README: read('README.md'), init: initConfigText(RULES), schema: read('schemas/macrolintrc.schema.json') };
    for (const [name, text] of Object.entries(texts)) {
      expect(text, name).toMatch(/up to six words/);
      expect(text, name).not.toMatch(/any words/);
    }
    for (const p of DOCS) expect(read(p), p).not.toMatch(/`\*` (matches|means|stands for) any words/);
  });
});

describe('Spanish messages use «»', () => {
  const strings: Array<[string, string]> = [];
  for (const r of RULES) {
    for (const [k, v] of Object.entries(r.meta.messages.es)) strings.push([`${r.meta.id}.${k}`, v]);
    strings.push([`${r.meta.id} description`, r.meta.description.es], [`${r.meta.id} rationale`, r.meta.rationale.es]);
  }
  for (const [k, v] of Object.entries(ENGINE_MESSAGES.es)) strings.push([`engine.${k}`, v]);
  for (const [k, v] of Object.entries(UI_STRINGS.es)) strings.push([`server.${k}`, v]);
  for (const [k, v] of Object.entries(JSON.parse(read('l10n/bundle.l10n.es.json')) as Record<string, string>)) strings.push([`client: ${k}`, v]);

  it('no Spanish message quotes with straight double quotes', () => {
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.filter(([, v]) => v.includes('"')).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});
