/** How long typing must pause before a brief is linted again. */
export const LINT_DELAY_MS = 200;

/** Lets a long run notice that a newer one has replaced it. */
export interface RunToken {
  readonly isCancelled: boolean;
}

/**
 * Runs a task per key after a quiet period: a new request for the same key while one
 * waits restarts the wait, and a run already going is told it is stale.
 */
export class LintScheduler {
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, { isCancelled: boolean }>();

  constructor(
    private readonly delayMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  schedule(key: string, task: (token: RunToken) => void | Promise<void>, delayMs = this.delayMs): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      const token = { isCancelled: false };
      this.running.set(key, token);
      Promise.resolve()
        .then(() => task(token))
        .catch(this.onError)
        .finally(() => {
          if (this.running.get(key) === token) this.running.delete(key);
        });
    }, delayMs);
    this.waiting.set(key, timer);
  }

  /** Drops a waiting run and marks a running one stale. */
  cancel(key: string): void {
    clearTimeout(this.waiting.get(key));
    this.waiting.delete(key);
    const running = this.running.get(key);
    if (running) running.isCancelled = true;
    this.running.delete(key);
  }

  dispose(): void {
    for (const key of [...this.waiting.keys(), ...this.running.keys()]) this.cancel(key);
  }
}
