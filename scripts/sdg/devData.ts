/**
 * The UNDP Accelerator Labs pages of ../shared/data/sdg-labelled/undp-dev.jsonl, each with its
 * authors' SDG tags, split as the project splits all real text: the sum of the character codes
 * of the page id, odd = held-out (only ever measured), even = tune (training and tuning).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevPage {
  id: string;
  title: string;
  lang: string;
  words: number;
  /** The goals the page's authors tagged it with, as strings ("13"). */
  goals: string[];
  text: string;
  split: 'tune' | 'held-out';
}

export const DEV_DATA = join(__dirname, '..', '..', '..', 'shared', 'data', 'sdg-labelled', 'undp-dev.jsonl');
export const GOALS = Array.from({ length: 17 }, (_, i) => String(i + 1));

export function splitOf(id: string): 'tune' | 'held-out' {
  let sum = 0;
  for (const char of id) sum += char.codePointAt(0)!;
  return sum % 2 === 1 ? 'held-out' : 'tune';
}

export function readDevPages(): DevPage[] {
  return readFileSync(DEV_DATA, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { id: string; title: string; lang: string; words: number; sdgs: number[]; text: string };
      return { id: row.id, title: row.title, lang: row.lang, words: row.words, goals: row.sdgs.map(String), text: row.text, split: splitOf(row.id) };
    });
}

/** The page as a user would lint it: a brief with no SDG tags yet. */
export function asUntaggedBrief(page: DevPage): string {
  return `---\ntitle: ${JSON.stringify(page.title)}\ntype: policy-brief\nlang: ${page.lang}\nsdgs: []\n---\n\n${page.text}\n`;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(counts: Counts, predicted: Iterable<string>, truth: Iterable<string>): void {
  const want = new Set(truth);
  const got = new Set(predicted);
  for (const goal of got) if (want.has(goal)) counts.tp++; else counts.fp++;
  for (const goal of want) if (!got.has(goal)) counts.fn++;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const fmt = (value: number) => value.toFixed(2);
