import { isAscii } from 'node:buffer';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writevSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { StylishBlock } from './formatters/stylishBlock';

/**
 * `--cache`'s file, as bytes. Its first line says what wrote it: this format, which a file not
 * written by DiploBrief's `--cache` lacks, and DiploBrief's build. Each further line is one
 * file's entry: `[path, key]`, a tab, a head (the counts of its findings, and the lengths in
 * bytes of their stylish block and of its results), a tab, the block's text as UTF-8, a tab and
 * its results; by path relative to the cache file's folder, so a cache restored into another
 * checkout still applies. All but the block is JSON in ASCII; the block is found by its length, since its text may hold
 * any character, and the end of the results by theirs, without reading them. A line per
 * entry lets a re-run write back the bytes of unchanged entries as they were read, and stringify
 * only the entries of files it linted again. Only the keys and heads are parsed as the cache is
 * read; a plain stylish report writes each unchanged file's block as it was read, and other
 * outputs parse its results: the results are nearly all of the bytes, and parsing them took a
 * ninth of a re-run that lints 10 briefs of 1,000.
 */
export const FORMAT = 'diplobrief-cache/3';

export interface CacheHeader {
  format: typeof FORMAT;
  /** DiploBrief's version and build: a cache of another build is never trusted. */
  engine: string;
}

interface LineHead {
  counts: StylishBlock['counts'];
  /** The lengths in bytes of the block's text and of the results. */
  block: number;
  results: number;
}

/** An entry's line in the cache file, in its parts. */
export interface EntryLine {
  /** The whole line, without its newline. */
  line: Buffer;
  key: unknown;
  block: StylishBlock;
  results: Buffer;
}

/** The header, undefined when the first line is not JSON in ASCII, and where the entries' lines start. */
export function readHeader(bytes: Buffer): { header: Partial<CacheHeader> | undefined; linesStart: number } {
  const newline = bytes.indexOf(NEWLINE_CODE);
  const headerEnd = newline < 0 ? bytes.length : newline;
  return { header: asciiJsonAt(bytes, 0, headerEnd) as Partial<CacheHeader> | undefined, linesStart: headerEnd + 1 };
}

export function headerLine(engine: string): Uint8Array[] {
  return [Buffer.from(JSON.stringify({ format: FORMAT, engine } satisfies CacheHeader))];
}

/** An entry's line in its parts, its head made from them: `keyJson` and `resultsJson` as `asciiJson` writes them. */
export function entryLine(keyJson: string, block: StylishBlock, resultsJson: Uint8Array): Uint8Array[] {
  const text = typeof block.text === 'string' ? Buffer.from(block.text) : block.text;
  const head = JSON.stringify({ counts: block.counts, block: text.length, results: resultsJson.length } satisfies LineHead);
  return [Buffer.from(`${keyJson}\t${head}\t`), text, TAB, resultsJson];
}

/**
 * Writes the lines (each in parts) through a temporary file and a rename, so a crash or a
 * second run at the same time never leaves half a cache.
 */
export function writeCacheFile(location: string, lines: Uint8Array[][]): void {
  const base = dirname(resolve(location));
  mkdirSync(base, { recursive: true });
  const temporary = join(base, `.diplobrief-cache-${process.pid}.tmp`);
  try {
    // Written as the lines are, without first copying them into one buffer of megabytes.
    const fd = openSync(temporary, 'w');
    try {
      writevSync(fd, lines.flatMap((parts, index) => (index === 0 ? parts : [NEWLINE, ...parts])));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, location);
  } finally {
    rmSync(temporary, { force: true });
  }
}

// As written between an entry's parts and its lines, and as read back (their character codes).
const NEWLINE = Buffer.from('\n');
const TAB = Buffer.from('\t');
const NEWLINE_CODE = 10;
const TAB_CODE = 9;

/**
 * The entries' lines from `start`, their parts as views of the file's bytes, so that an
 * unchanged entry is written back, and its block written out, without being decoded; undefined
 * when the bytes are not such lines.
 */
export function readEntryLines(bytes: Buffer, start: number): EntryLine[] | undefined {
  const lines: EntryLine[] = [];
  while (start < bytes.length) {
    const keyEnd = bytes.indexOf(TAB_CODE, start);
    const headEnd = keyEnd < 0 ? -1 : bytes.indexOf(TAB_CODE, keyEnd + 1);
    const head = headEnd < 0 ? undefined : asciiJsonAt(bytes, keyEnd + 1, headEnd);
    if (!isLineHead(head)) return undefined;
    const blockEnd = headEnd + 1 + head.block;
    const end = blockEnd + 1 + head.results;
    if (bytes[blockEnd] !== TAB_CODE || !(end === bytes.length || bytes[end] === NEWLINE_CODE)) return undefined;
    const key = asciiJsonAt(bytes, start, keyEnd);
    if (key === undefined) return undefined;
    lines.push({ line: bytes.subarray(start, end), key, block: { counts: head.counts, text: bytes.subarray(headEnd + 1, blockEnd) }, results: bytes.subarray(blockEnd + 1, end) });
    start = end + 1;
  }
  return lines;
}

/** The JSON value of bytes[start, end); undefined when they are not JSON in ASCII, as DiploBrief writes it. */
export function asciiJsonAt(bytes: Buffer, start: number, end: number): unknown {
  // ASCII decodes fastest as Latin-1; other bytes mean another file.
  if (!isAscii(bytes.subarray(start, end))) return undefined;
  try {
    return JSON.parse(bytes.toString('latin1', start, end)) as unknown;
  } catch {
    return undefined;
  }
}

function isLineHead(head: unknown): head is LineHead {
  const { counts, block, results } = (head ?? {}) as Partial<LineHead>;
  const countsValid = typeof counts === 'object' && counts !== null && BLOCK_COUNTS.every((count) => typeof counts[count] === 'number');
  return countsValid && [block, results].every((length) => Number.isSafeInteger(length) && length! >= 0);
}

const BLOCK_COUNTS = ['error', 'warning', 'information', 'hint', 'fixable', 'suggested'] as const;

/**
 * JSON with every character beyond ASCII escaped: Node decodes a line of ASCII into a string of
 * one byte per character, which decodes and parses faster than the same line with a single
 * curly quote in it.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

