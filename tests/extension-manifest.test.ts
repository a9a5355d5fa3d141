/**
 * The extension manifest (package.json), its English and Spanish strings, and the runtime l10n bundle
 * agree with each other, with the client's code and with the engine's defaults.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILES } from '../server/src/engine/config';
import { HELPDESKS } from '../server/src/engine/types';

const root = fileURLToPath(new URL('../', import.meta.url));
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const pkg = json('package.json');
const nls: Record<string, string> = json('package.nls.json');
const nlsEs: Record<string, string> = json('package.nls.es.json');
const bundleEs: Record<string, string> = json('l10n/bundle.l10n.es.json');

function clientSources(dir = join(root, 'client/src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? clientSources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

/** The first argument of every `l10n.t('…')` call in the client (single-quoted literals). */
function l10nKeys(): Set<string> {
  const keys = new Set<string>();
  for (const src of clientSources()) {
    for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1].replace(/\\(.)/g, '$1'));
  }
  return keys;
}

describe('extension manifest', () => {
  it('activates where macros may be (macro workspaces, Markdown and YAML files), never on startup', () => {
    const events: string[] = pkg.activationEvents;
    for (const bad of ['*', 'onStartupFinished']) expect(events).not.toContain(bad);
    // A lone macro outside a macro workspace: the extension activates and starts its server only for macros.
    for (const lang of ['onLanguage:markdown', 'onLanguage:yaml']) expect(events).toContain(lang);
    for (const glob of DEFAULT_FILES) expect(events).toContain(`workspaceContains:${glob}`);
    expect(events).toContain('workspaceContains:**/.macrolintrc.{yaml,yml,json}');
    // Commands activate the extension implicitly (VS Code >= 1.74), so a loose macro file can use them.
    expect(pkg.engines.vscode).toMatch(/^\^1\.(7[4-9]|[89]\d|1\d\d)/);
  });

  it('declares untrusted workspaces supported and virtual workspaces limited', () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe('limited');
  });

  it('every %key% has an English and a Spanish string, and the two files have the same keys', () => {
    const used = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    for (const k of used) {
      expect(nls[k], `package.nls.json ${k}`).toBeTruthy();
      expect(nlsEs[k], `package.nls.es.json ${k}`).toBeTruthy();
    }
    expect(Object.keys(nlsEs).sort()).toEqual(Object.keys(nls).sort());
    expect([...used].sort()).toEqual(Object.keys(nls).sort());
    // Translations, not copies.
    for (const k of Object.keys(nls)) expect(nlsEs[k], k).not.toBe(nls[k]);
  });

  it('contributes the four documented commands (plus restart), each registered by the client', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    expect(ids).toEqual(expect.arrayContaining(['macrolint.newMacro', 'macrolint.fixAll', 'macrolint.lintWorkspace', 'macrolint.showRuleDocumentation']));
    const src = clientSources().join('\n');
    for (const id of ids) expect(src).toContain(`registerCommand('${id}'`);
    for (const c of pkg.contributes.commands) {
      expect(c.title).toMatch(/^%command\.[A-Za-z]+%$/);
      expect(c.category).toBe('Macrolint');
    }
    expect(nlsEs['command.newMacro']).toBe('Nueva macro…');
  });

  it('settings: the documented keys, engine defaults, descriptions in both languages', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual([
      'macrolint.docsBaseUrl',
      'macrolint.enable',
      'macrolint.files',
      'macrolint.helpdesk',
      'macrolint.locale',
      'macrolint.rules',
      'macrolint.run',
      'macrolint.trace.server',
    ]);
    expect(props['macrolint.run'].enum).toEqual(['onType', 'onSave']);
    expect(props['macrolint.locale'].enum).toEqual(['auto', 'en', 'es']);
    expect(props['macrolint.helpdesk'].enum).toEqual([...HELPDESKS]);
    expect(props['macrolint.files'].default).toEqual(DEFAULT_FILES);
    for (const p of Object.values(props) as Array<{ description?: string; markdownDescription?: string }>) {
      expect(p.description ?? p.markdownDescription).toMatch(/^%config\.[a-zA-Z.]+%$/);
    }
    // Which one wins between settings and .macrolintrc is said where users read it.
    expect(nls['config.files']).toMatch(/\.macrolintrc\.yaml.*wins/);
    expect(nlsEs['config.files']).toMatch(/\.macrolintrc\.yaml.*prevalece/);
  });

  it('snippets and the injection grammar are contributed for Markdown and YAML', () => {
    expect(pkg.contributes.snippets).toEqual([
      { language: 'markdown', path: './snippets/markdown.json' },
      { language: 'yaml', path: './snippets/yaml.json' },
    ]);
    expect(pkg.contributes.grammars[0].injectTo.sort()).toEqual(['source.yaml', 'text.html.markdown']);
  });

  it('every runtime string of the client has a Spanish translation, and the bundle has no stale keys', () => {
    const keys = l10nKeys();
    expect(keys.size).toBeGreaterThan(20);
    expect(pkg.l10n).toBe('./l10n');
    expect([...keys].filter((k) => !(k in bundleEs))).toEqual([]);
    expect(Object.keys(bundleEs).filter((k) => !keys.has(k))).toEqual([]);
    for (const [en, es] of Object.entries(bundleEs)) {
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(es), en).toEqual(placeholders(en));
    }
  });
});
