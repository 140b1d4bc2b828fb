import { isMainThread } from 'node:worker_threads';

// One bundle is both the language server and the worker that summarises briefs for it.
if (isMainThread) require('./server');
else require('./summaryWorker');
