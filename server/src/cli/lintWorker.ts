import { parentPort, workerData } from 'node:worker_threads';
import { fileLinter, type LintFilesOptions } from './lintFiles';

// Takes batches of files until the main thread has no more (null).
const lintBatch = fileLinter((workerData as { options: LintFilesOptions }).options);
parentPort!.on('message', (files: string[] | null) => {
  if (files === null) parentPort!.close();
  else parentPort!.postMessage(lintBatch(files));
});
