/** Item: the client, the language server and the CLI decide "is this a macro" with one shared function. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MACRO_HEAD_CHARS, hasMacroFrontMatter, looksLikeMacro } from '../server/src/engine/model/macro-file';
import { isMacroFile } from '../server/src/node/discover';
import { classify } from '../server/src/lsp/selection';
import { resolveDocumentSettings, normalizeSettings } from '../server/src/lsp/settings';

const root = join(__dirname, '..');
const src = (p: string) => readFileSync(join(root, p), 'utf8');

describe('one "is this a macro" check', () => {
  it('client, server and CLI import the engine function and define no front-matter check of their own', () => {
    for (const file of ['client/src/settings.ts', 'server/src/node/discover.ts', 'server/src/lsp/selection.ts']) {
      const text = src(file);
      expect(text, file).toMatch(/from '(?:\.\.\/)+(?:server\/src\/)?engine\/model\/macro-file'/);
      expect(text, file).not.toMatch(/function (hasMacroFrontMatter|looksLikeMacro)\b/);
      expect(text, file).not.toMatch(/slice\(0, (4096|8192|20000)\)/);
    }
  });

  const long = (n: number) => `---\ntags: [${Array.from({ length: n }, (_, i) => `t${i}`).join(', ')}]\nanger: during\n---\n\nWe're sorry, but the courier lost it.\n`;
  const cases: Array<[string, string]> = [
    ['short front matter', '---\nanger: during\n---\n\nHi.\n'],
    ['anger past 4,096 characters', long(900)],
    ['anger past the shared limit', long(3000)],
    ['no front matter', '# Notes\n\nanger: during\n'],
    ['unclosed front matter', '---\nmacro: yes\n\nHi.\n'],
  ];

  it('the language server and the CLI agree with it on every case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'macrolint-macro-file-'));
    mkdirSync(join(dir, 'notes'));
    const settings = resolveDocumentSettings(join(dir, 'notes', 'x.md'), dir, normalizeSettings({}));
    for (const [what, text] of cases) {
      const file = join(dir, 'notes', `${what.replace(/\W+/g, '-')}.md`);
      writeFileSync(file, text);
      const expected = hasMacroFrontMatter(text);
      expect(isMacroFile(file, dir, settings.config.files), `CLI: ${what}`).toBe(expected);
      const server = classify({ uri: pathToFileURL(file).href, languageId: 'markdown', getText: () => text }, settings).kind === 'macro';
      expect(server, `server: ${what}`).toBe(expected);
    }
    expect(cases.map(([, t]) => hasMacroFrontMatter(t))).toEqual([true, true, false, false, true]);
    expect(long(3000).indexOf('anger:')).toBeGreaterThan(MACRO_HEAD_CHARS);
  });

  it('unsaved buffers: the content check', () => {
    expect(looksLikeMacro('## Acknowledge\n\nI can see it.\n', 'markdown')).toBe(true);
    expect(looksLikeMacro('macros:\n  - id: x\n', 'yaml')).toBe(true);
    expect(looksLikeMacro('# Shopping list\n\n- milk\n', 'markdown')).toBe(false);
  });
});
