import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFiles, type FileResult, type LintFilesOptions } from './lintFiles';

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_WORKER = 40;

/** Lints in worker threads, one per core, when there are enough files to pay for them. */
export async function parallelLint(files: readonly string[], options: LintFilesOptions): Promise<FileResult[]> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  if (workers < 2) return lintFiles(files, options);
  const chunks = Array.from({ length: workers }, (_, index) => files.filter((_, i) => i % workers === index));
  const results = await Promise.all(chunks.map((chunk) => runWorker(chunk, options)));
  const byFile = new Map(results.flat().map((result) => [result.file, result]));
  // Keep the caller's order so output does not depend on scheduling.
  const linted = new Set(files);
  return [...files.map((file) => byFile.get(file)!), ...[...byFile.values()].filter((result) => !linted.has(result.file))];
}

function runWorker(files: string[], options: LintFilesOptions): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: { files, options } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`lint worker stopped with exit code ${code}`)));
  });
}
