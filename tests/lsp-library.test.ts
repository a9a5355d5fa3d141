/**
 * Protocol tests of the macro library in the language server: the workspace index built at start-up
 * (with progress) from the configured globs and ignore files, kept current from watched-file events
 * and open documents; workspace-rule findings published for every file involved with related
 * information; the quick fixes (open the other macro, create the missing translation, refresh the
 * recorded hash); and the `macrolint/library` and `macrolint/report` requests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { contentHash } from '../server/src/engine/workspace';
import type { LibraryResult, ReportResult } from '../server/src/lsp/library-protocol';
import { LspClient, applyWorkspaceEdit, ensureBuilt, fileUri } from './lsp-client';

const md = (front: Record<string, string>, body: string) => `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}`;

const LATE_BODY = `Hi {{ticket.requester.first_name}},

## Acknowledge

I can see your order still hasn't arrived, a week after we promised it.

## Align

You're right to be frustrated: this should not have happened.

## Assure

I've asked the courier to redeliver tomorrow and I'll email you by 5pm with the tracking link.

Best,
{{current_user.name}}
`;

const TARDIA_BODY = `Hola, {{ticket.requester.first_name}}:

## Reconocer

Veo que tu pedido todavía no ha llegado, una semana después de lo prometido.

## Alinear

Tienes toda la razón en estar molesto: esto no debería haber pasado.

## Asegurar

He pedido al transportista que lo entregue mañana y te escribiré antes de las 17:00 con el número de seguimiento.

Un saludo,
{{current_user.name}}
`;

const REFUND_BODY = `Hi {{ticket.requester.first_name}},

## Acknowledge

I can see the refund we promised last Monday still hasn't reached your card.

## Align

That's not the experience we want for you, and you're right to chase it.

## Assure

I've escalated it to our payments team today and I'll confirm the transfer by Friday noon.

Best,
{{current_user.name}}
`;

const PASSWORD_BODY = `Hi {{ticket.requester.first_name}},

## Acknowledge

You couldn't sign in this morning because the reset link expired before you could use it.

## Align

Links that expire that fast are our fault, not yours.

## Assure

I've sent you a new link that stays valid for 24 hours, and I'll check at 3pm that you're back in.

Best,
{{current_user.name}}
`;

const YAML_LIB = `macros:
  - id: card-declined
    title: Card declined
    anger: before
    locale: en
    tags: [billing]
    acknowledge: I can see your card was declined twice this morning while you were paying for your order.
    align: That's frustrating when you just want to finish your purchase.
    assure: I've cleared the block on our side and I'll email you by 2pm once the payment goes through.
  - id: invoice-copy
    title: Invoice copy
    anger: none
    locale: en
    tags: [billing]
    acknowledge: You asked for a copy of your March invoice for your accountant.
    align: Happy to help with that.
    assure: I've attached it to this reply and sent it to your billing email too.
`;

let root: string;
let client: LspClient;
/** `macrolint/libraryChanged` notifications received (the view refreshes on them). */
let changedCount = 0;
const uri = (rel: string) => fileUri(join(root, rel));
const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

async function library(): Promise<LibraryResult> {
  return client.conn.sendRequest('macrolint/library', {});
}

/**
 * The library once the start-up index is complete and `check` holds: asks again after each answer
 * (every round trip waits on the server; no timer), until the deadline.
 */
async function libraryWhen(check: (r: LibraryResult) => boolean, what: string): Promise<LibraryResult> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const r = await library();
    if (!r.indexing && check(r)) return r;
    if (Date.now() > deadline) throw new Error(`deadline passed waiting for ${what}: ${JSON.stringify(r.macros.map((m) => m.id))}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Published workspace diagnostics of `rel` with rule `code` (waits for them). */
function published(rel: string, code: string, want = true): Promise<Diagnostic[]> {
  return client.waitFor(() => {
    const ds = (client.published.get(uri(rel))?.diagnostics ?? []).filter((d) => d.code === code);
    return (want ? ds.length > 0 : ds.length === 0) && ds;
  }, `${code} ${want ? 'on' : 'gone from'} ${rel} (have ${JSON.stringify(client.published.get(uri(rel))?.diagnostics.map((d) => d.code) ?? [])})`);
}

beforeAll(async () => {
  ensureBuilt();
  root = join(mkdtempSync(join(tmpdir(), 'macrolint-lsp-library-')), 'support');
  write('.macrolintrc.yaml', 'locales: [en, es]\n');
  write('.gitignore', 'macros/drafts/\n');
  write('README.md', '# Support macros\n');
  write('macros/en/late-delivery.md', md({ id: 'late-delivery', title: 'Late delivery', anger: 'before', locale: 'en', tags: '[shipping, delivery]' }, LATE_BODY));
  write(
    'macros/es/late-delivery.md',
    md({ id: 'entrega-tardia', title: 'Entrega tardía', anger: 'before', locale: 'es', tags: '[shipping]', translationOf: 'late-delivery', sourceHash: '000000000000' }, TARDIA_BODY),
  );
  write('macros/en/refund.md', md({ id: 'refund-delay', title: 'Refund delay', anger: 'before', locale: 'en' }, REFUND_BODY));
  write('macros/en/reset.md', md({ id: 'refund-delay', title: 'Password reset', anger: 'during', locale: 'en' }, PASSWORD_BODY));
  write('macros/billing.macros.yaml', YAML_LIB);
  // Ignored by .gitignore: never indexed.
  write('macros/drafts/draft.md', md({ id: 'draft', title: 'Draft', anger: 'before', locale: 'en' }, REFUND_BODY));
  ({ client } = await LspClient.start({ workspaceFolders: [root], resourceOperations: true, workDoneProgress: true }));
  client.conn.onNotification('macrolint/libraryChanged', () => {
    changedCount++;
  });
});

afterAll(async () => {
  await client?.stop();
  if (root) rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('the workspace index in the language server', () => {
  it('is built at start-up from the configured globs, honouring .gitignore, with $/progress', async () => {
    const r = await libraryWhen((x) => x.macros.length >= 6, 'six macros');
    expect(r.macros.map((m) => m.id).sort()).toEqual(['card-declined', 'entrega-tardia', 'invoice-copy', 'late-delivery', 'refund-delay', 'refund-delay']);
    const kinds = client.progress.map((p) => (p as { kind: string }).kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds).toContain('end');
  });

  it('answers macrolint/library with title, locale, anger, tags, folder, location and problem counts', async () => {
    const r = await libraryWhen((x) => x.macros.length >= 6, 'six macros');
    const late = r.macros.find((m) => m.id === 'late-delivery')!;
    expect(late).toMatchObject({ uri: uri('macros/en/late-delivery.md'), title: 'Late delivery', locale: 'en', anger: 'before', tags: ['shipping', 'delivery'], folder: 'macros/en' });
    expect(late.range.start).toEqual({ line: 0, character: 0 });
    // The YAML library: two macros, each located at its item.
    const card = r.macros.find((m) => m.id === 'card-declined')!;
    const invoice = r.macros.find((m) => m.id === 'invoice-copy')!;
    expect(card).toMatchObject({ folder: 'macros', locale: 'en', anger: 'before', tags: ['billing'] });
    expect(card.range.start.line).toBe(1);
    expect(invoice.range.start.line).toBe(9);
    // Problem counts include the workspace rules.
    const problemsOf = (rel: string) => r.macros.find((m) => m.uri === uri(rel))!.problems;
    // refund.md (the first refund-delay, the source) has a duplicate id and no Spanish twin; reset.md the duplicate id.
    expect(problemsOf('macros/en/refund.md')).toBeGreaterThanOrEqual(2);
    expect(problemsOf('macros/en/reset.md')).toBeGreaterThanOrEqual(1);
    // The stale translation has its stale-translation finding counted.
    expect(r.macros.find((m) => m.id === 'entrega-tardia')!.problems).toBeGreaterThanOrEqual(1);
  });

  it('reports a duplicate id on both files, closed, each pointing at the other', async () => {
    const a = (await published('macros/en/refund.md', 'duplicate-id'))[0];
    const b = (await published('macros/en/reset.md', 'duplicate-id'))[0];
    expect(a.relatedInformation?.map((r) => r.location.uri)).toEqual([uri('macros/en/reset.md')]);
    expect(b.relatedInformation?.map((r) => r.location.uri)).toEqual([uri('macros/en/refund.md')]);
    // Related ranges point at the other file's `id:` value (line 1 of the front matter).
    expect(a.relatedInformation![0].location.range.start.line).toBe(1);
    expect(a.severity).toBe(1);
    expect(a.source).toBe('macrolint');
  });

  it('follows watched-file events: a new file joins the index, a deleted one leaves it', async () => {
    const notified = changedCount;
    write('macros/en/refund-copy.md', md({ id: 'late-delivery', title: 'Late delivery again', anger: 'before', locale: 'en' }, REFUND_BODY));
    client.changeWatchedFiles([{ uri: uri('macros/en/refund-copy.md'), type: 1 }]);
    const d = (await published('macros/en/late-delivery.md', 'duplicate-id'))[0];
    expect(d.relatedInformation?.map((r) => r.location.uri)).toContain(uri('macros/en/refund-copy.md'));
    await libraryWhen((x) => x.macros.some((m) => m.uri === uri('macros/en/refund-copy.md')), 'the new file in the library');
    rmSync(join(root, 'macros/en/refund-copy.md'));
    client.changeWatchedFiles([{ uri: uri('macros/en/refund-copy.md'), type: 3 }]);
    await published('macros/en/late-delivery.md', 'duplicate-id', false);
    const r = await libraryWhen((x) => !x.macros.some((m) => m.uri === uri('macros/en/refund-copy.md')), 'the deleted file gone');
    expect(r.macros).toHaveLength(6);
    // The client was told to refresh its view.
    await libraryWhen(() => changedCount > notified, 'macrolint/libraryChanged');
  });

  it('follows open-document edits before they are saved', async () => {
    const u = uri('macros/en/reset.md');
    const text = md({ id: 'refund-delay', title: 'Password reset', anger: 'during', locale: 'en' }, PASSWORD_BODY);
    client.open(u, 'markdown', text);
    client.change(u, [{ text: text.replace('id: refund-delay', 'id: password-reset') }]);
    await published('macros/en/refund.md', 'duplicate-id', false);
    await libraryWhen((x) => x.macros.some((m) => m.id === 'password-reset'), 'the edited id');
    // Closing without saving: the file on disk counts again.
    client.close(u);
    await published('macros/en/refund.md', 'duplicate-id');
  });

  it('offers "create the missing translation" as a new file with translationOf set, and "open the other macro"', async () => {
    const u = uri('macros/en/refund.md');
    const text = md({ id: 'refund-delay', title: 'Refund delay', anger: 'before', locale: 'en' }, REFUND_BODY);
    client.open(u, 'markdown', text);
    const missing = (await published('macros/en/refund.md', 'missing-translation'))[0];
    const actions = await client.codeActions(u, missing.range, [missing]);
    const create = actions.find((a) => a.edit?.documentChanges?.some((c) => 'kind' in c && c.kind === 'create'));
    expect(create, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const changes = create!.edit!.documentChanges!;
    const target = uri('macros/es/refund-delay.md');
    expect(changes[0]).toMatchObject({ kind: 'create', uri: target });
    const inserted = applyWorkspaceEdit('', { documentChanges: [changes[1] as TextDocumentEdit] }, target);
    expect(inserted).toMatch(/^---\n/);
    expect(inserted).toMatch(/^translationOf: refund-delay$/m);
    expect(inserted).toMatch(/^locale: es$/m);
    expect(inserted).toMatch(/^sourceHash: [0-9a-f]{12}$/m);
    expect(inserted).toMatch(/## Reconocer[\s\S]*## Alinear[\s\S]*## Asegurar/);
    // The duplicate id: one action opens the other macro, at its id, through window/showDocument.
    const dup = (await published('macros/en/refund.md', 'duplicate-id'))[0];
    const open = (await client.codeActions(u, dup.range, [dup])).find((a: CodeAction) => a.command?.command === 'macrolint.openMacro');
    expect(open?.command?.arguments?.[0]).toBe(uri('macros/en/reset.md'));
    client.close(u);
  });

  it('refreshes the recorded sourceHash of a stale translation', async () => {
    const u = uri('macros/es/late-delivery.md');
    const text = md(
      { id: 'entrega-tardia', title: 'Entrega tardía', anger: 'before', locale: 'es', tags: '[shipping]', translationOf: 'late-delivery', sourceHash: '000000000000' },
      TARDIA_BODY,
    );
    client.open(u, 'markdown', text);
    const stale = (await published('macros/es/late-delivery.md', 'stale-translation'))[0];
    expect(stale.relatedInformation?.[0].location.uri).toBe(uri('macros/en/late-delivery.md'));
    const actions = await client.codeActions(u, stale.range, [stale]);
    const refresh = actions.find((a) => a.edit && /sourceHash/.test(a.title));
    expect(refresh, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const fixed = applyWorkspaceEdit(text, refresh!.edit!, u);
    const source = (await library()).macros.find((m) => m.id === 'late-delivery')!;
    expect(source).toBeDefined();
    const hash = /sourceHash: ([0-9a-f]{12})/.exec(fixed)?.[1];
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(hash).not.toBe('000000000000');
    expect(hash).toBe(contentHash(LATE_BODY.replace(/^## .*$/gm, '')));
    client.change(u, [{ text: fixed }]);
    await published('macros/es/late-delivery.md', 'stale-translation', false);
    client.close(u);
  });

  it('merges workspace findings into an open document\'s own publication for a push-only client', async () => {
    const { client: push } = await LspClient.start({ workspaceFolders: [root], pull: false });
    try {
      const u = uri('macros/en/reset.md');
      // Closed: the workspace findings alone.
      await push.waitFor(() => push.published.get(u)?.diagnostics.some((d) => d.code === 'duplicate-id'), 'duplicate-id on the closed file');
      push.open(u, 'markdown', md({ id: 'refund-delay', title: 'Password reset', anger: 'during', locale: 'en' }, PASSWORD_BODY.replace('Links that expire that fast are our fault, not yours.', "We're sorry, but links expire.")));
      // Open: one publication with the lint findings and the workspace findings.
      const both = await push.waitFor(() => {
        const ds = push.published.get(u)?.diagnostics ?? [];
        return ds.some((d) => d.code === 'duplicate-id') && ds.some((d) => d.code === 'deflecting/apology-but') && ds;
      }, 'lint and workspace findings together');
      expect(both.find((d) => d.code === 'duplicate-id')!.relatedInformation?.[0].location.uri).toBe(uri('macros/en/refund.md'));
      // Closed again: the workspace findings come back alone.
      push.close(u);
      await push.waitFor(() => {
        const ds = push.published.get(u)?.diagnostics ?? [];
        return ds.some((d) => d.code === 'duplicate-id') && !ds.some((d) => d.code === 'deflecting/apology-but');
      }, 'workspace findings after close');
    } finally {
      await push.stop();
    }
  });

  it('answers macrolint/report with the health report as HTML (SVG charts, no script)', async () => {
    const r: ReportResult = await client.conn.sendRequest('macrolint/report', { format: 'html' });
    expect(r.format).toBe('html');
    expect(r.content).toMatch(/<svg/);
    expect(r.content).toMatch(/refund-delay/);
    expect(r.content).not.toMatch(/<script/i);
    const json: ReportResult = await client.conn.sendRequest('macrolint/report', { format: 'json' });
    const data = JSON.parse(json.content) as { macros: number; rules: Record<string, number> };
    expect(data.macros).toBe(6);
    expect(data.rules['duplicate-id']).toBe(2);
  });
});
