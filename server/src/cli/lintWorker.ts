import { parentPort, workerData } from 'node:worker_threads';
import { lintFiles, type LintFilesOptions } from './lintFiles';

const { files, options } = workerData as { files: string[]; options: LintFilesOptions };
parentPort!.postMessage(lintFiles(files, options));
