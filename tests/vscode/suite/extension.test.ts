/// <reference types="mocha" />
/**
 * The extension in a real VS Code: diagnostics for the fixture workspace, a quick fix, fix-all, the
 * snippets, the commands, the status item and a crashed server coming back. The workspace is a temp
 * copy of tests/vscode/workspace (the fixes write to it).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MacrolintApi } from '../../../client/src/extension';

const EXTENSION_ID = 'macrolint.macrolint';

/** Polls `probe` until it returns a truthy value or the deadline passes (then fails with `what`). */
async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (rel: string) => vscode.Uri.joinPath(root(), rel);
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const macrolintDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => String(d.source).toLowerCase() === 'macrolint');

async function waitForRules(uri: vscode.Uri, ids: string[], timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`${ids.join(', ')} on ${vscode.workspace.asRelativePath(uri)} (have: ${macrolintDiagnostics(uri).map(codeOf).join(', ') || 'none'})`, () => {
    const ds = macrolintDiagnostics(uri);
    return ids.every((id) => ds.some((d) => codeOf(d) === id)) && ds;
  }, timeoutMs);
}

async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Findings the server reports right now for a document (pull request through the running client). */
async function pull(api: MacrolintApi, uri: vscode.Uri): Promise<string[]> {
  const report = (await api.client!.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri.toString() } })) as { kind: string; items?: Array<{ code?: string | number }> };
  return (report.items ?? []).map((i) => String(i.code));
}

/** The pid of the language server forked by this extension host. */
function serverPid(): number | undefined {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m && Number(m[2]) === process.pid && /dist[\\/]server\.js/.test(m[3])) return Number(m[1]);
  }
  return undefined;
}

/** Lets the launching script take a screenshot of the current UI, when it asked for that. */
async function screenshotPoint(name: string): Promise<void> {
  const base = process.env.MACROLINT_SCREENSHOT_HANDSHAKE;
  if (!base) return;
  writeFileSync(`${base}.${name}.ready`, new Date().toISOString());
  await waitFor(`screenshot ${name}`, () => existsSync(`${base}.${name}.done`), 60_000);
}

suite('Macrolint in VS Code', function () {
  this.timeout(120_000);
  let api: MacrolintApi;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<MacrolintApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    await api.ready();
    assert.ok(api.client?.isRunning(), 'the language client is running');
  });

  test('the commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['macrolint.newMacro', 'macrolint.fixAll', 'macrolint.lintWorkspace', 'macrolint.showRuleDocumentation', 'macrolint.restartServer']) {
      assert.ok(all.includes(id), id);
    }
  });

  test('lint workspace puts every macro file in the Problems panel, without opening editors', async () => {
    const summary = (await vscode.commands.executeCommand('macrolint.lintWorkspace')) as { files: number; problems: number };
    assert.equal(summary.files, 4, 'four macro files (README.md is not a macro)');
    assert.ok(summary.problems >= 4, `problems: ${summary.problems}`);
    await waitForRules(file('macros/broken-front-matter.en.md'), ['syntax-error']);
    await waitForRules(file('macros/reembolso.es.yaml'), ['deflecting/apology-but', 'deflecting/policy-shield']);
    assert.deepEqual(macrolintDiagnostics(file('README.md')), []);
  });

  test('diagnostics arrive for open macro files, with rule ids as codes and links to the rule page', async () => {
    await open('macros/broken-front-matter.en.md');
    const broken = await waitForRules(file('macros/broken-front-matter.en.md'), ['syntax-error']);
    const syntax = broken.find((d) => codeOf(d) === 'syntax-error')!;
    assert.equal(syntax.severity, vscode.DiagnosticSeverity.Error);
    await open('macros/reembolso.es.yaml');
    const es = await waitForRules(file('macros/reembolso.es.yaml'), ['deflecting/apology-but', 'deflecting/policy-shield']);
    assert.match(es.find((d) => codeOf(d) === 'deflecting/apology-but')!.message, /pero/i, 'Spanish macro, Spanish message');
    await open('macros/refund-deflecting.en.md');
    const en = await waitForRules(file('macros/refund-deflecting.en.md'), ['deflecting/apology-but']);
    const link = en.find((d) => codeOf(d) === 'deflecting/apology-but')!.code;
    assert.ok(typeof link === 'object' && /deflecting\/apology-but/.test(link.target.toString()), 'code links to the rule documentation');
    await open('macros/clean.en.md');
    assert.deepEqual(await pull(api, file('macros/clean.en.md')), [], 'the clean macro has no findings');
    await open('README.md');
    assert.deepEqual(await pull(api, file('README.md')), [], 'README.md is not a macro');
  });

  test('the status bar shows the macro locale, anger type and problem count', async () => {
    await open('macros/refund-deflecting.en.md');
    const text = await waitFor('status text', () => / en · before · [1-9]\d* /.test(`${api.status.text} `) && api.status.text);
    assert.match(text, /en · before/);
    await open('macros/reembolso.es.yaml');
    await waitFor('Spanish status', () => / es · before /.test(`${api.status.text} `));
  });

  test('a quick fix rewrites the deflecting phrase on disk', async () => {
    const editor = await open('macros/refund-deflecting.en.md');
    const uri = editor.document.uri;
    const diag = (await waitForRules(uri, ['deflecting/apology-but'])).find((d) => codeOf(d) === 'deflecting/apology-but')!;
    editor.selection = new vscode.Selection(diag.range.start, diag.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshotPoint('quickfix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    // The actions VS Code offers at the diagnostic (the menu in the screenshot): a rewrite and a disable.
    const actions = await waitFor('quick fixes', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      return all?.some((a) => a.edit && !/disable|desactiv/i.test(a.title)) && all;
    });
    const rewrite = actions.find((a) => a.edit && !/disable|desactiv/i.test(a.title) && (!a.diagnostics?.length || a.diagnostics.some((d) => codeOf(d) === 'deflecting/apology-but')));
    assert.ok(rewrite, `a rewrite among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => /disable deflecting\/apology-but/i.test(a.title)), 'a "disable for this line" action too');
    assert.ok(await vscode.workspace.applyEdit(rewrite.edit!));
    if (rewrite.command) await vscode.commands.executeCommand(rewrite.command.command, ...(rewrite.command.arguments ?? []));
    assert.ok(await editor.document.save());
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    // The apology ends where the "but" took it back; the fact follows as its own sentence.
    assert.match(onDisk, /We're sorry\. Per our policy/);
    assert.doesNotMatch(onDisk, /sorry, but/);
    await waitFor('apology-but gone', () => !macrolintDiagnostics(uri).some((d) => codeOf(d) === 'deflecting/apology-but'));
  });

  test('fix all applies every safe fix to a YAML macro', async () => {
    const editor = await open('macros/reembolso.es.yaml');
    await waitForRules(editor.document.uri, ['deflecting/apology-but', 'deflecting/policy-shield']);
    const applied = await vscode.commands.executeCommand('macrolint.fixAll', editor.document.uri);
    assert.equal(applied, true);
    assert.ok(await editor.document.save());
    const onDisk = readFileSync(editor.document.uri.fsPath, 'utf8');
    assert.doesNotMatch(onDisk, /pero según nuestra política/);
    assert.match(onDisk, /Lo sentimos\. Los reembolsos tardan 30 días/);
    const after = await pull(api, editor.document.uri);
    assert.ok(!after.includes('deflecting/apology-but') && !after.includes('deflecting/policy-shield'), after.join(', '));
  });

  test('snippets are contributed and offered for the prefixes', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepEqual(pkg.contributes.snippets.map((s: { language: string }) => s.language), ['markdown', 'yaml']);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'macro-dur' });
    await vscode.window.showTextDocument(doc);
    const list = await waitFor('snippet completion', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 9));
      return l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'macro-during') && l;
    });
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'macro-during')!;
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
    const yamlDoc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'macro-despu' });
    const yamlList = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', yamlDoc.uri, new vscode.Position(0, 11));
    assert.ok(yamlList.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'macro-despues'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('New macro fills an untitled document from the snippet', async () => {
    const editor = (await vscode.commands.executeCommand('macrolint.newMacro', { kind: 'during', locale: 'es', format: 'markdown' })) as vscode.TextEditor;
    const text = editor.document.getText();
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(text, /anger: during/);
    assert.match(text, /## Reconocer[\s\S]*## Alinear[\s\S]*## Asegurar/);
    const yaml = (await vscode.commands.executeCommand('macrolint.newMacro', { kind: 'after', locale: 'en', format: 'yaml' })) as vscode.TextEditor;
    assert.match(yaml.document.getText(), /^macros:\n {2}- id: /);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('rule documentation opens the shipped page for a rule', async () => {
    const uri = (await vscode.commands.executeCommand('macrolint.showRuleDocumentation', 'deflecting/apology-but')) as vscode.Uri | undefined;
    assert.ok(uri, 'a page was opened');
    assert.match(uri.path, /docs\/rules\/deflecting\/apology-but\.md$/);
  });

  test('the client restarts a crashed server and diagnostics come back', async () => {
    const editor = await open('macros/broken-front-matter.en.md');
    await waitForRules(editor.document.uri, ['syntax-error']);
    const pid = await waitFor('server process', () => serverPid());
    const before = api.restarts;
    process.kill(pid, 'SIGKILL');
    await waitFor('a restart', () => api.restarts > before && api.client?.isRunning());
    const next = await waitFor('a new server process', () => serverPid() !== pid && serverPid());
    assert.notEqual(next, pid);
    assert.equal(api.restarts, before + 1, 'restarted once, not in a loop');
    // The new server was re-sent the open documents and answers for them.
    await waitFor('findings from the new server', async () => (await pull(api, editor.document.uri)).includes('syntax-error'));
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
    await waitForRules(editor.document.uri, ['syntax-error']);
  });
});
