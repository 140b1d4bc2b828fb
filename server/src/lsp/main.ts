import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server';

// One bundle is both the language server and the worker that summarises briefs for it.
if (isMainThread) {
  // stdio or Node IPC, as the command line says.
  const connection = createConnection(ProposedFeatures.all);
  createServer(connection, { workerScript: __filename });
  connection.listen();
} else {
  require('./summaryWorker');
}
