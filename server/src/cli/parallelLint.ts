import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFiles, type FileResult, type LintFilesOptions } from './lintFiles';

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_WORKER = 40;

/** Batches per worker: enough that a worker slowed by other work on the machine hands the rest to the others. */
const BATCHES_PER_WORKER = 8;

/**
 * Cores per lint thread: a thread that lints keeps about another core busy with V8's garbage
 * collection and compilation threads. On two cores a second lint thread finished no sooner
 * and cost a fifth more CPU time and 80% more memory (two heaps, two copies of the knowledge).
 */
const CORES_PER_WORKER = 2;

/** Lints in worker threads, one per two cores, when there are enough files to pay for them. */
export async function parallelLint(files: readonly string[], options: LintFilesOptions): Promise<FileResult[]> {
  const workers = Math.min(Math.max(1, Math.floor(availableParallelism() / CORES_PER_WORKER)), Math.floor(files.length / FILES_PER_WORKER));
  if (workers < 1) return lintFiles(files, options);
  // Neighbouring files share a folder, and so their config: batches are runs of the sorted list.
  const size = Math.ceil(files.length / (workers * BATCHES_PER_WORKER));
  const batches = Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(Array.from({ length: workers }, () => runWorker(batches, options)));
  const byFile = new Map(results.flat().map((result) => [result.file, result]));
  // Keep the caller's order so output does not depend on scheduling.
  const linted = new Set(files);
  return [...files.flatMap((file) => byFile.get(file) ?? []), ...[...byFile.values()].filter((result) => !linted.has(result.file))];
}

/** A worker that takes batches from the shared queue until it is empty. */
function runWorker(queue: string[][], options: LintFilesOptions): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const results: FileResult[] = [];
    const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: { options } });
    const next = () => worker.postMessage(queue.shift() ?? null);
    worker.on('message', (batch: FileResult[]) => {
      results.push(...batch);
      next();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve(results) : reject(new Error(`lint worker stopped with exit code ${code}`))));
    next();
  });
}
