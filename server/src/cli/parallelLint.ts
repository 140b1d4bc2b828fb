import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileLinter, type FileResult, type LintFilesOptions } from './lintFiles';

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

/** Results as they come, in the caller's order of files; config problems come last. */
export type ReportResults = (results: FileResult[]) => void;

interface Batch {
  index: number;
  files: string[];
}

/**
 * Lints in `threads` threads (by default one per two cores) when there are enough files to
 * pay for workers; with one, in this thread.
 */
export async function parallelLint(files: readonly string[], options: LintFilesOptions, threads?: number): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await streamLint(files, options, (batch) => results.push(...batch), threads);
  return results;
}

/**
 * Lints as parallelLint does, handing each batch's results to `report` as soon as the batches
 * before it are in, so a large workspace's findings are written and dropped as they come.
 */
export async function streamLint(files: readonly string[], options: LintFilesOptions, report: ReportResults, threads = Math.floor(availableParallelism() / CORES_PER_WORKER)): Promise<void> {
  // One lint thread is this one: a worker would only add a heap, a second copy of the knowledge and copies of the results.
  const workers = Math.min(threads, Math.floor(files.length / FILES_PER_WORKER));
  // Neighbouring files share a folder, and so their config: batches are runs of the sorted list.
  const size = Math.max(1, Math.ceil(files.length / (Math.max(1, workers) * BATCHES_PER_WORKER)));
  const batches = Array.from({ length: Math.ceil(files.length / size) }, (_, index) => ({ index, files: files.slice(index * size, (index + 1) * size) }));
  const listed = new Set(files);
  // Each batch ends with the problems of the config files it used: reported once, at the end.
  const configProblems = new Map<string, FileResult>();
  const finished = new Map<number, FileResult[]>();
  let nextToReport = 0;
  const receive = (index: number, results: FileResult[]) => {
    finished.set(index, results);
    // Keep the caller's order so output does not depend on scheduling.
    for (let ready = finished.get(nextToReport); ready; ready = finished.get(nextToReport)) {
      finished.delete(nextToReport++);
      for (const result of ready) if (!listed.has(result.file)) configProblems.set(result.file, result);
      report(ready.filter((result) => listed.has(result.file)));
    }
  };
  if (workers > 1) await Promise.all(Array.from({ length: workers }, () => runWorker(batches, options, receive)));
  else {
    const lintBatch = fileLinter(options);
    for (const batch of batches) receive(batch.index, lintBatch(batch.files));
  }
  report([...configProblems.values()]);
}

/** A worker that takes batches from the shared queue until it is empty. */
function runWorker(queue: Batch[], options: LintFilesOptions, receive: (index: number, results: FileResult[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: { options } });
    let batch: Batch | undefined;
    const next = () => {
      batch = queue.shift();
      worker.postMessage(batch?.files ?? null);
    };
    worker.on('message', (results: FileResult[]) => {
      receive(batch!.index, results);
      next();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lint worker stopped with exit code ${code}`))));
    next();
  });
}
