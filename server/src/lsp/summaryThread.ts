import { Worker } from 'node:worker_threads';
import type { DiskEntry } from './briefSummary';
import type { ClientSettings } from './settings';

/** What a worker needs to read briefs with the settings the server would use. */
export interface ThreadSettings {
  folders: string[];
  clientSettings: ClientSettings;
}

/** A batch's entries, in the order of its paths; undefined when the worker stopped before answering. */
export type Receive = (paths: string[], entries: (DiskEntry | undefined)[] | undefined) => void;

/** Briefs per message: enough to amortise a message, few enough that the editor sees findings steadily. */
const BATCH_SIZE = 20;

/** Batches handed to the worker ahead of the one the server waits for, so it never idles. */
const BATCHES_AHEAD = 2;

/**
 * A small heap: V8 then collects often rather than growing the heap to a multiple of what
 * is live (a few per cent slower). Room enough for a brief at the default size limit.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/**
 * Reads, lints and summarises briefs on disk in a worker thread. A pass over a large
 * workspace then leaves no garbage in the server's heap (the worker's heap goes with
 * the worker once the pass is done) and keeps the server free to answer the editor.
 */
export class SummaryThread {
  private worker: Worker | undefined;
  /** Batches sent to the worker, answered in the order sent. */
  private readonly sent: ((entries: (DiskEntry | undefined)[] | undefined) => void)[] = [];
  /** Counts the times the settings changed: reads begun before then are dropped. */
  private generation = 0;

  constructor(
    /** A script that runs `summaryWorker` when started as a worker thread. */
    private readonly script: string,
    private readonly settings: () => ThreadSettings,
  ) {}

  /** Reads the files in bounded batches, a few at a time, handing each batch to `receive` as it comes in. */
  read(paths: readonly string[], receive: Receive): void {
    const generation = this.generation;
    const batches: string[][] = [];
    for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push(paths.slice(i, i + BATCH_SIZE));
    const next = () => {
      const batch = batches.shift();
      if (!batch) return;
      this.post(batch, (entries) => {
        receive(batch, entries);
        // After a crash (a brief too large for the worker's heap, say) a new worker takes the
        // rest; after a change of settings the rest is left to whoever needs it.
        if (generation === this.generation) next();
        else for (const rest of batches.splice(0)) receive(rest, undefined);
      });
    };
    for (let i = 0; i < BATCHES_AHEAD; i++) next();
  }

  /** The settings changed: the worker reads with the old ones, so it stops, and what it had not answered is dropped. */
  settingsChanged(): void {
    this.generation++;
    this.release();
  }

  private post(batch: string[], answer: (entries: (DiskEntry | undefined)[] | undefined) => void): void {
    if (!this.worker) this.worker = this.start();
    this.sent.push(answer);
    this.worker.postMessage(batch);
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings(), resourceLimits: RESOURCE_LIMITS });
    worker.on('message', (entries: (DiskEntry | undefined)[]) => {
      if (this.worker !== worker) return;
      this.sent.shift()?.(entries);
      // Idle: the worker's memory goes back to the system rather than waiting for the next pass.
      if (this.sent.length === 0) this.release();
    });
    worker.on('error', () => this.worker === worker && this.release());
    worker.on('exit', () => this.worker === worker && this.release());
    worker.unref();
    return worker;
  }

  /** Ends the worker; batches it had not answered get undefined. */
  private release(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const answer of this.sent.splice(0)) answer(undefined);
  }
}
