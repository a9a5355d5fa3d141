/** The built server also runs over Node IPC (`--node-ipc`), as VS Code's client may start it. */
import { fork } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { IPCMessageReader, IPCMessageWriter, InitializeRequest, ShutdownRequest, ExitNotification, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { SERVER, ensureBuilt } from './lsp-client';

beforeAll(() => ensureBuilt());

it('initializes and shuts down over --node-ipc', async () => {
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  expect(init.serverInfo?.name).toBe('macrolint');
  expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.macrolint']) });
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  expect(await exited).toBe(0);
  conn.dispose();
});
