/**
 * Protocol test of what the language server keeps between edits of a YAML library: after a save and a
 * later edit, its heap no longer holds the text of the version read before them (a string cut from it
 * would: V8 sliced strings keep their parent). The incremental YAML readers (the document's and the
 * workspace index's) keep the library header across reads; a slice of the text there kept that whole
 * version alive. The heap is inspected in a snapshot the server writes on SIGUSR2 (`--heapsnapshot-signal`,
 * a node flag of this test's server process only). Also: pulls with the previous result id still answer
 * `unchanged`, and a file's workspace diagnostics are not sent again when edits elsewhere leave them as
 * they were.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryResult } from '../server/src/lsp/library-protocol';
import { LspClient, ensureBuilt, fileUri, rangeOf } from './lsp-client';

/** A tag no other string of the server holds, so the texts built with it can be told apart. */
const TAG = randomBytes(6).toString('hex');

const item = (id: string, title: string) => `  - id: ${id}
    title: ${title}
    anger: before
    locale: en
    acknowledge: I can see your order ${id} has not arrived, a week after we promised it.
    align: You're right to be frustrated, this should not have happened.
    assure: I've asked the courier to redeliver tomorrow and I'll email you by 5pm with the tracking link.
`;

// The header is longer than V8's shortest sliced string (13 characters).
const V1 = `# Retention test library: shipping macros\nmacros:\n${Array.from({ length: 40 }, (_, i) => item(`ship-${i}`, i === 0 ? `alpha-${TAG}` : `Shipping ${i}`)).join('')}`;

let root: string;
let snapDir: string;
let client: LspClient;
const libUri = () => fileUri(join(root, 'macros', 'shipping.macros.yaml'));
const otherUri = () => fileUri(join(root, 'macros', 'other.macros.yaml'));

async function libraryWhen(check: (r: LibraryResult) => boolean, what: string): Promise<LibraryResult> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const r: LibraryResult = await client.conn.sendRequest('macrolint/library', {});
    if (!r.indexing && check(r)) return r;
    if (Date.now() > deadline) throw new Error(`deadline passed waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The strings of a heap snapshot the server writes on SIGUSR2 (asked again after each round trip). */
async function heapStrings(): Promise<string[]> {
  client.proc.kill('SIGUSR2');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const file = readdirSync(snapDir).find((f) => f.endsWith('.heapsnapshot'));
    if (file) {
      try {
        return (JSON.parse(readFileSync(join(snapDir, file), 'utf8')) as { strings: string[] }).strings;
      } catch {
        // Still being written.
      }
    }
    if (Date.now() > deadline) throw new Error('deadline passed waiting for the heap snapshot');
    await client.conn.sendRequest('macrolint/library', {});
  }
}

beforeAll(async () => {
  ensureBuilt();
  const base = mkdtempSync(join(tmpdir(), 'macrolint-lsp-retention-'));
  root = join(base, 'support');
  snapDir = join(base, 'snapshots');
  mkdirSync(join(root, 'macros'), { recursive: true });
  mkdirSync(snapDir);
  writeFileSync(join(root, '.macrolintrc.yaml'), 'locales: [en]\n');
  writeFileSync(join(root, 'macros', 'shipping.macros.yaml'), V1);
  // Two macros with one id: a workspace finding that no edit of the other file changes.
  writeFileSync(join(root, 'macros', 'other.macros.yaml'), `macros:\n${item('dup-one', 'First')}${item('dup-one', 'Second')}`);
  ({ client } = await LspClient.start({ workspaceFolders: [root], nodeArgs: ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapDir}`] }));
});

afterAll(async () => {
  await client?.stop();
  if (root) rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('what the server keeps of earlier versions of a YAML library', () => {
  it('keeps no string of a version read before a save and an edit; unchanged pulls still answer unchanged', async () => {
    const uri = libUri();
    client.open(uri, 'yaml', V1);
    await client.diagnostics(uri);
    await libraryWhen((r) => r.macros.some((m) => m.title === `alpha-${TAG}`), 'the first version indexed');
    await client.waitFor(() => client.published.get(otherUri())?.diagnostics.some((d) => d.code === 'duplicate-id'), 'duplicate-id on the other file');
    const otherSends = client.publishCount.get(otherUri());

    // An edit after the header (the readers keep the header they read from the first version), then a save.
    client.change(uri, [{ range: rangeOf(client.text(uri), `alpha-${TAG}`), text: `beta-${TAG}` }]);
    await client.diagnostics(uri);
    client.save(uri);
    client.change(uri, [{ range: rangeOf(client.text(uri), 'Shipping 30'), text: `gamma-${TAG}` }]);
    const first = await client.pull(uri);
    expect(first.kind).toBe('full');
    const resultId = (first as { resultId?: string }).resultId;
    expect(resultId).toBeTruthy();
    const again = await client.pull(uri, undefined, resultId);
    expect(again).toEqual({ kind: 'unchanged', resultId });
    await libraryWhen((r) => r.macros.some((m) => m.title === `gamma-${TAG}`) && r.macros.some((m) => m.title === `beta-${TAG}`), 'the last version indexed');

    // Workspace diagnostics of a file the edits did not touch were not sent again.
    expect(client.publishCount.get(otherUri())).toBe(otherSends);

    const strings = await heapStrings();
    // The current text (and the saved one) are there: the snapshot shows whole texts.
    expect(strings.some((s) => s.startsWith('# Retention test library') && s.includes(`title: beta-${TAG}`))).toBe(true);
    // Not the first version's text.
    expect(strings.filter((s) => s.startsWith('# Retention test library') && s.includes(`title: alpha-${TAG}`))).toEqual([]);
  });
});
