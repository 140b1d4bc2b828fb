import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/**
 * Milliseconds one call takes, in a warm process: no collection is forced between calls.
 * A full collection before each call shrinks the heap and leaves the call cold (it made
 * the parse floor three times slower); in turns, each task pays for the collections that
 * its own allocations bring about.
 */
export function timeMs(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/**
 * Times tasks in turns (a, b, a, b, ...) after a warm-up, so a burst of load from
 * other processes on the machine falls on all of them alike and their ratio holds.
 */
export function timeInTurns(tasks: Record<string, () => unknown>, runs: number, warmup = Math.max(3, Math.ceil(runs / 5))): Record<string, Summary> {
  const entries = Object.entries(tasks);
  for (let i = 0; i < warmup; i++) for (const [, task] of entries) task();
  const samples = Object.fromEntries(entries.map(([name]) => [name, [] as number[]]));
  for (let i = 0; i < runs; i++) {
    noteLoad();
    for (const [name, task] of entries) samples[name].push(timeMs(task));
  }
  return Object.fromEntries(entries.map(([name]) => [name, summarise(samples[name])]));
}

const loads: number[] = [];

/**
 * Notes the one-minute load average. Each part calls it as it goes (most of the
 * benchmark is synchronous, so a timer would not fire), and the report says how busy
 * the machine was.
 */
export function noteLoad(): void {
  loads.push(Math.round(loadavg()[0] * 100) / 100);
}

export function notedLoads(): readonly number[] {
  return loads;
}
