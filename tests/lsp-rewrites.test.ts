/**
 * Protocol tests: a deflecting finding offers up to three rewrites as separate quick fixes, best
 * first, the first safe one preferred, each a previewable WorkspaceEdit; a rewrite the validator
 * demotes says why in its title. Validation happens for the requested range only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspClient, applyWorkspaceEdit, ensureBuilt, fileUri } from './lsp-client';

let client: LspClient;
let root: string;
beforeAll(async () => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-rewrites-'));
  client = (await LspClient.start({ workspaceFolders: [root] })).client;
});
afterAll(async () => {
  await client?.stop();
});

const doc = (locale: string, body: string) => `---\nid: t\nanger: none\nlocale: ${locale}\n---\n\n${body}\n`;

/** The rewrite quick fixes of the first `ruleId` diagnostic of a freshly opened document. */
async function rewrites(name: string, text: string, ruleId: string): Promise<{ uri: string; actions: CodeAction[] }> {
  const uri = fileUri(join(root, name));
  client.open(uri, 'markdown', text);
  const diag = (await client.diagnostics(uri)).find((d) => d.code === ruleId);
  if (!diag) throw new Error(`no ${ruleId} diagnostic`);
  const actions = (await client.codeActions(uri, diag.range, [diag], ['quickfix'])).filter((a) => !/^(?:Disable|Desactivar) /.test(a.title));
  return { uri, actions };
}

describe('rewrite alternatives as code actions', () => {
  it('apology-but: the validated rewrite, preferred, as an edit that previews the new sentence', async () => {
    const text = doc('en', "I can see your order is late. We're sorry, but the warehouse sent the wrong size.");
    const { uri, actions } = await rewrites('but.md', text, 'deflecting/apology-but');
    expect(actions).toHaveLength(1);
    expect(actions[0].isPreferred).toBe(true);
    expect(applyWorkspaceEdit(text, actions[0].edit!, uri)).toContain("We're sorry. The warehouse sent the wrong size.");
  });

  it('non-apology: several alternatives, best first, none preferred when none is proven', async () => {
    const text = doc('en', 'I can see your parcel is late. We apologise for any inconvenience.');
    const { uri, actions } = await rewrites('stock.md', text, 'deflecting/non-apology');
    expect(actions.map((a) => a.title)).toEqual(['Rewrite as "We\'re sorry for the delay"', 'Rewrite as "We\'re sorry for [describe what went wrong]"']);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    const results = actions.map((a) => applyWorkspaceEdit(text, a.edit!, uri));
    expect(results[0]).toContain("I can see your parcel is late. We're sorry for the delay.");
    expect(new Set(results).size).toBe(actions.length);
  });

  it('redirect in Spanish (usted, "Veo…": I): one quick fix, not preferred; a snippet client gets a tab stop on the steps', async () => {
    const text = doc('es', 'Veo que su paquete no ha llegado. Tendrá que llamar al transportista para reclamar.');
    const { uri, actions } = await rewrites('redirect.md', text, 'deflecting/redirect');
    expect(actions.map((a) => a.title)).toEqual(['Cambiar por «Le explico cómo contactar con el transportista para reclamar: [desc…»']);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    expect(applyWorkspaceEdit(text, actions[0].edit!, uri)).toContain('Veo que su paquete no ha llegado. Le explico cómo contactar con el transportista para reclamar: [describe los pasos].');
    const snippets = (await LspClient.start({ workspaceFolders: [root], snippetEdits: true })).client;
    try {
      const u = fileUri(join(root, 'redirect-snippet.md'));
      snippets.open(u, 'markdown', text);
      const diag = (await snippets.diagnostics(u)).find((d) => d.code === 'deflecting/redirect')!;
      const offer = (await snippets.codeActions(u, diag.range, [diag], ['quickfix'])).find((a) => a.title.startsWith('Cambiar por «Le explico'));
      const change = offer?.edit?.documentChanges?.[0] as { edits: { snippet?: { value: string } }[] } | undefined;
      expect(change?.edits[0].snippet?.value).toBe('Le explico cómo contactar con el transportista para reclamar: ${1:[describe los pasos]}');
    } finally {
      await snippets.stop();
    }
  });

  it('a demoted rewrite says why in its title and data', async () => {
    const text = doc('en', "We're sorry, but you'll need to contact your bank.");
    const { actions } = await rewrites('two.md', text, 'deflecting/apology-but');
    const demoted = actions.find((a) => (a.data as { rejected?: string[] } | undefined)?.rejected);
    expect(demoted?.title).toMatch(/check it: the sentence still has another problem \(deflecting\/redirect\)/);
    expect(demoted?.isPreferred).toBeFalsy();
  });
});
