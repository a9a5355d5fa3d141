/**
 * Issue 8.6: nothing leaves the machine. The built language server runs with every way of opening a
 * network connection replaced by a function that throws and logs; a full session (diagnostics, code
 * actions, fix-all) must work and log no attempt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, ensureBuilt, fileUri } from './lsp-client';

const PRELOAD = join(__dirname, 'cli-fixtures', 'no-network.cjs');
const MACRO = `---
id: refund
anger: before
locale: en
---

Hi {{ticket.requester.first_name}},

We're sorry, but per our policy you'll need to contact the courier.
`;

let client: LspClient | undefined;
beforeAll(() => ensureBuilt());
afterAll(async () => client?.stop());

describe('language server without network', () => {
  it('serves a whole session with network modules stubbed to throw, and attempts no connection', async () => {
    const root = mkdtempSync(join(tmpdir(), 'macrolint-nonet-'));
    mkdirSync(join(root, 'macros'));
    const file = join(root, 'macros', 'refund.md');
    writeFileSync(file, MACRO);
    const log = join(root, 'net.log');
    const started = await LspClient.start({ workspaceFolders: [root], nodeArgs: ['--require', PRELOAD], env: { NO_NET_LOG: log } });
    client = started.client;
    const uri = fileUri(file);
    client.open(uri, 'markdown', MACRO);
    const diags = await client.diagnostics(uri);
    expect(diags.map((d) => d.code)).toEqual(expect.arrayContaining(['deflecting/apology-but', 'deflecting/policy-shield', 'deflecting/redirect']));
    const actions = await client.codeActions(uri, diags[0].range, diags);
    expect(actions.length).toBeGreaterThan(0);
    // The preload really was active in the server process, and nothing tried to connect.
    expect(readFileSync(`${log}.loaded`, 'utf8')).toContain('main');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});
