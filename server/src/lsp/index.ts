/** Entry point of the bundled language server (`dist/server.js --stdio | --node-ipc`). */
import * as nodeModule from 'node:module';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startIdleGc } from './idle-gc';
import { startServer } from './server';
import { installTestRequests, testRules } from './test-hooks';

declare const MACROLINT_VERSION: string;

const connection = createConnection(ProposedFeatures.all);

// A stray exception must never take the server down: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`[uncaught] ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`[unhandled rejection] ${(err as Error)?.stack ?? err}`));

const server = startServer(connection, {
  extraRules: testRules(),
  version: typeof MACROLINT_VERSION === 'string' ? MACROLINT_VERSION : '0.0.0',
});
installTestRequests(connection, process.env, server);
// Give the heap back after big work (opening a large library) once the server is idle.
startIdleGc();
// With NODE_COMPILE_CACHE set (the VS Code client sets it; Node 22.10+), write the compiled bundle out soon
// after start rather than only at exit, so a server killed with its editor still starts fast next time.
setTimeout(() => {
  try {
    (nodeModule as { flushCompileCache?: () => void }).flushCompileCache?.();
  } catch {
    // A cache is an optimisation: never fail over it.
  }
}, 1000).unref();
