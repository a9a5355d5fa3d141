/** Protocol tests: insert-section quick fixes as snippet edits (tab stops on the blanks) or plain text, per client. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Range, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyTextEdits, applyWorkspaceEdit, ensureBuilt, fileUri } from './lsp-client';
import { LIB_ES_NO_ASSURE, PLAIN_EN } from './helpers/plain-macros';

const LIB_ES = LIB_ES_NO_ASSURE;

let snippetClient: LspClient;
let plainClient: LspClient;
let root: string;
beforeAll(async () => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'macrolint-lsp-snippets-'));
  snippetClient = (await LspClient.start({ workspaceFolders: [root], snippetEdits: true })).client;
  plainClient = (await LspClient.start({ workspaceFolders: [root] })).client;
});
afterAll(async () => {
  await snippetClient?.stop();
  await plainClient?.stop();
});

/** The quick fix of `ruleId` on a freshly opened document. */
async function insertFix(client: LspClient, rel: string, languageId: string, text: string, ruleId: string): Promise<{ uri: string; action: CodeAction }> {
  const uri = fileUri(join(root, rel));
  client.open(uri, languageId, text);
  const diag = (await client.diagnostics(uri)).find((d) => d.code === ruleId);
  if (!diag) throw new Error(`no ${ruleId} diagnostic`);
  const action = (await client.codeActions(uri, diag.range, [diag], ['quickfix'])).find((a) => !/^Disable /.test(a.title));
  if (!action?.edit) throw new Error(`no ${ruleId} quick fix`);
  return { uri, action };
}

interface SnippetEdit {
  range: Range;
  snippet: { kind: string; value: string };
}

/** The snippet's text as inserted when every tab stop keeps its default, and the defaults in tab order. */
function expand(snippet: string): { text: string; stops: string[] } {
  const stops: string[] = [];
  let text = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\') {
      text += snippet[++i];
    } else if (snippet.startsWith('${', i)) {
      const m = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(snippet.slice(i));
      if (!m) throw new Error(`bad tab stop at ${i}: ${snippet}`);
      const def = m[2].replace(/\\(.)/g, '$1');
      stops[Number(m[1]) - 1] = def;
      text += def;
      i += m[0].length - 1;
    } else if (ch === '$') {
      throw new Error(`unescaped $ at ${i}: ${snippet}`);
    } else text += ch;
  }
  return { text, stops };
}

/** Applies a workspace edit that may hold snippet edits, each tab stop keeping its default. */
function applyWithSnippets(text: string, edit: CodeAction['edit'], uri: string): string {
  const edits = (edit?.documentChanges ?? []).flatMap((dc) => ('textDocument' in dc && dc.textDocument.uri === uri ? (dc as TextDocumentEdit).edits : []));
  return applyTextEdits(
    text,
    edits.map((e) => ('snippet' in e ? { range: e.range, newText: expand((e as SnippetEdit).snippet.value).text } : e)),
  );
}

describe('insert-section quick fixes and snippet edits', () => {
  it('a client with snippetEditSupport gets a snippet edit whose blanks are tab stops, in order', async () => {
    const { uri, action } = await insertFix(snippetClient, 'macros/courier.md', 'markdown', PLAIN_EN, 'missing-assure');
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as unknown as SnippetEdit[];
    expect(edits).toHaveLength(1);
    expect(edits[0].snippet.kind).toBe('snippet');
    const { text, stops } = expand(edits[0].snippet.value);
    expect(stops).toEqual(['[Describe the next step]', '[Day]']);
    expect(text).toContain("I'll personally make sure [Describe the next step], and I'll update you by [Day].");
    // Applied with its defaults, the snippet inserts what a plain client inserts.
    const plain = await insertFix(plainClient, 'macros/courier.md', 'markdown', PLAIN_EN, 'missing-assure');
    expect(applyWithSnippets(PLAIN_EN, action.edit, uri)).toBe(applyWorkspaceEdit(PLAIN_EN, plain.action.edit!, plain.uri));
  });

  it('a client without it gets plain text edits with the blanks written out', async () => {
    const { uri, action } = await insertFix(plainClient, 'macros/courier-ack.md', 'markdown', PLAIN_EN, 'missing-acknowledge');
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
    expect(edits.every((e) => 'newText' in e && !('snippet' in e))).toBe(true);
    const after = applyWorkspaceEdit(PLAIN_EN, action.edit!, uri);
    expect(after).toContain('I can see that [Describe their specific problem], and I');
    // Saved as it is, the template is two errors away from a customer: the blank, and the move still missing.
    plainClient.change(uri, [{ text: after }]);
    const codes = (await plainClient.diagnostics(uri)).map((d) => d.code);
    expect(codes).toContain('unfilled-blank');
    expect(codes).toContain('missing-acknowledge');
  });

  it('a YAML library gets a snippet edit that still inserts valid YAML, and fixes with no blank stay text edits', async () => {
    const { uri, action } = await insertFix(snippetClient, 'macros/cupones.macros.yaml', 'yaml', LIB_ES, 'missing-assure');
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as unknown as SnippetEdit[];
    const snippet = edits.find((e) => 'snippet' in e)!;
    expect(expand(snippet.snippet.value).stops).toEqual(['[Describe el siguiente paso]', '[Día]']);
    const after = applyWithSnippets(LIB_ES, action.edit, uri);
    expect(after).toMatch(/ {4}asegurar: \|\n {6}Me encargaré personalmente de \[Describe el siguiente paso\] y te escribiré antes del \[Día\]\.\n$/);
    snippetClient.change(uri, [{ text: after }]);
    const codes = (await snippetClient.diagnostics(uri)).map((d) => d.code);
    expect(codes).not.toContain('syntax-error');
    expect(codes.filter((c) => c === 'unfilled-blank')).toHaveLength(2);

    // The align template of anger `before` has no blank: a plain text edit even for a snippet client.
    const align = await insertFix(snippetClient, 'macros/sin-alinear.macros.yaml', 'yaml', LIB_ES.replace(/ {4}alinear:.*\n/, ''), 'missing-align');
    const alignEdits = (align.action.edit!.documentChanges![0] as TextDocumentEdit).edits;
    expect(alignEdits.every((e) => 'newText' in e)).toBe(true);
  });
});
