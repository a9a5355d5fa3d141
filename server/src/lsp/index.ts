/** Entry point of the bundled language server (`dist/server.js --stdio | --node-ipc`). */
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
