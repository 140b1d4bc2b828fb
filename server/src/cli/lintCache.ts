import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../engine/types';
import type { Settings } from '../config/settingsLoader';
import type { BriefFacts } from '../report/briefFacts';
import { readTextFileIfAny } from '../io/readTextFile';

/** Written into every cache file: a file without it was not written by DiploBrief's `--cache`. */
const FORMAT = 'diplobrief-cache/2';

export const DEFAULT_CACHE_FILE = '.diplobrief-cache';

/** What a brief's findings depend on besides its own text: the files it links, by path, with their hash (null: unreadable). */
export type LinkedHashes = Record<string, string | null>;

/** What the portfolio report read of a file: not a brief, a brief it would not read, or a brief's facts. */
export type CachedReport = { isBrief: false } | { refused: Diagnostic } | { facts: BriefFacts };

export interface CacheEntry {
  /** Hash of the file's text as it was linted. */
  content: string;
  /** Hash of the settings (config chain, team data files) and of DiploBrief's build it was linted with. */
  inputs: string;
  linked: LinkedHashes;
  diagnostics: Diagnostic[];
  /** Set when `diplobrief report` wrote or read the entry. */
  report?: CachedReport;
}

/**
 * The cache file's first line: what wrote it. Each further line is one file's entry, `[path,
 * entry]`, by path relative to the cache file's folder, so a cache restored into another
 * checkout still applies. A line per entry lets a re-run write back the bytes of unchanged
 * entries as they were read, and stringify only the entries of files it linted again.
 */
interface CacheHeader {
  format: typeof FORMAT;
  /** DiploBrief's version and build: a cache of another build is never trusted. */
  engine: string;
}

type CacheLine = [path: string, entry: CacheEntry];

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * The results of earlier runs, per file, trusted only while the file, its settings, the
 * files it links and DiploBrief itself are what they were, as ESLint's and Prettier's
 * `--cache` are.
 */
export class LintCache {
  private readonly fingerprints = new Map<Settings, string>();
  /** Nothing to write back: every entry is as read. */
  private unchanged: boolean;

  private constructor(
    readonly location: string,
    private readonly engine: string,
    private readonly entries: Map<string, CacheEntry>,
    /** The bytes of the line each entry was read from, until it is replaced. */
    private readonly lines: Map<string, Uint8Array>,
    complete: boolean,
  ) {
    this.unchanged = complete;
  }

  /**
   * Reads the cache at `location` (a file, or a folder to hold `.diplobrief-cache`). A missing,
   * unreadable or foreign cache starts empty, with a notice that says so.
   */
  static open(location: string, engine: string): { cache: LintCache; notice?: string } {
    const path = existsSync(location) && statSync(location).isDirectory() ? join(location, DEFAULT_CACHE_FILE) : location;
    const empty = (notice: string) => ({ cache: new LintCache(path, engine, new Map(), new Map(), false), notice });
    const shown = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return empty(code === 'ENOENT' ? `no cache at ${shown} yet; every file is linted and the cache written.` : `the cache ${shown} cannot be read (${code}); every file is linted and the cache rewritten.`);
    }
    const [first, ...rest] = linesOf(bytes);
    let header: Partial<CacheHeader>;
    let lines: unknown[];
    try {
      header = JSON.parse(first.toString()) as Partial<CacheHeader>;
      lines = rest.map((line) => JSON.parse(line.toString()) as unknown);
    } catch {
      return empty(`the cache ${shown} is damaged (not JSON lines); it was ignored, every file is linted and the cache rewritten.`);
    }
    if (header?.format !== FORMAT) {
      return empty(`${shown} is not a DiploBrief cache; it was ignored, every file is linted and it is rewritten.`);
    }
    if (header.engine !== engine) {
      const [theirs] = String(header.engine).split('+');
      const build = theirs === engine.split('+')[0] ? ' (another build)' : '';
      return empty(`the cache ${shown} was written by DiploBrief ${theirs}${build}; it was ignored, every file is linted and the cache rewritten.`);
    }
    const base = dirname(resolve(path));
    const entries = new Map<string, CacheEntry>();
    const kept = new Map<string, Uint8Array>();
    lines.forEach((line, index) => {
      if (!isCacheLine(line)) return;
      const file = resolve(base, line[0]);
      entries.set(file, line[1]);
      kept.set(file, rest[index]);
    });
    return { cache: new LintCache(path, engine, entries, kept, kept.size === lines.length) };
  }

  /** A hash of everything besides the file itself that its findings depend on. */
  inputsOf(settings: Settings): string {
    let fingerprint = this.fingerprints.get(settings);
    if (fingerprint === undefined) {
      const { config } = settings;
      const dataFiles = [config.vocabulary, config.initiatives, config.actionAreas].flatMap((list) => list.files.map((source) => source.path));
      const hash = createHash('sha256').update(this.engine).update('\0').update(JSON.stringify(config));
      // The config chain is in `config` itself; team data files are named there and read here.
      for (const path of dataFiles) hash.update('\0').update(path).update('\0').update(readTextFileIfAny(path) ?? '\u{1}missing');
      fingerprint = hash.digest('base64url');
      this.fingerprints.set(settings, fingerprint);
    }
    return fingerprint;
  }

  /** The entry for a file whose text hashes to `content`, if nothing it depends on has changed. */
  get(file: string, content: string, inputs: string): CacheEntry | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== content || entry.inputs !== inputs) return undefined;
    return Object.entries(entry.linked).every(([path, hash]) => linkedHash(path) === hash) ? entry : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.lines.delete(file);
    this.unchanged = false;
  }

  delete(file: string): void {
    if (this.entries.delete(file)) this.unchanged = false;
    this.lines.delete(file);
  }

  /**
   * Writes the cache through a temporary file and a rename, so a crash or a second run at the
   * same time never leaves half a cache. Entries of files that no longer exist are dropped; a
   * cache that would be written as it was read is left alone.
   */
  save(): void {
    const base = dirname(resolve(this.location));
    const lines: Uint8Array[] = [Buffer.from(JSON.stringify({ format: FORMAT, engine: this.engine } satisfies CacheHeader))];
    let unchanged = this.unchanged;
    for (const [file, entry] of this.entries) {
      if (!existsSync(file)) {
        unchanged = false;
        continue;
      }
      lines.push(this.lines.get(file) ?? Buffer.from(asciiJson([relative(base, file).split(sep).join('/'), entry] satisfies CacheLine)));
    }
    if (unchanged) return;
    mkdirSync(base, { recursive: true });
    const temporary = join(base, `.diplobrief-cache-${process.pid}.tmp`);
    try {
      writeFileSync(temporary, Buffer.concat(lines.flatMap((line, index) => (index === 0 ? [line] : [NEWLINE, line]))));
      renameSync(temporary, this.location);
    } finally {
      rmSync(temporary, { force: true });
    }
  }
}

const NEWLINE = Buffer.from('\n');

/** The file's lines as views of its bytes, so that an unchanged entry is written back without being decoded and encoded again. */
function linesOf(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  for (let start = 0; start <= bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end < 0 ? bytes.length : end;
    lines.push(bytes.subarray(start, stop));
    start = stop + 1;
  }
  return lines;
}

/**
 * JSON with every character beyond ASCII escaped: Node decodes a line of ASCII into a string of
 * one byte per character, which decodes and parses faster than the same line with a single
 * curly quote in it.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Reads a linked file as the lint does, and hashes it. */
export function linkedHash(path: string): string | null {
  const text = readTextFileIfAny(path);
  return text === undefined ? null : hashText(text);
}

/**
 * Wraps the reader of linked files to record what each one held, for the cache entry of the
 * brief that read them.
 */
export function recordingReader(read: (path: string) => string | undefined, linked: LinkedHashes): (path: string) => string | undefined {
  return (path) => {
    const text = read(path);
    linked[path] = text === undefined ? null : hashText(text);
    return text;
  };
}

function isCacheLine(line: unknown): line is CacheLine {
  if (!Array.isArray(line) || line.length !== 2 || typeof line[0] !== 'string') return false;
  const { content, inputs, linked, diagnostics } = (line[1] ?? {}) as Partial<CacheEntry>;
  return typeof content === 'string' && typeof inputs === 'string' && typeof linked === 'object' && linked !== null && Array.isArray(diagnostics);
}

/**
 * DiploBrief's version and, for the bundle that is running, a hash of it: a development build
 * whose rules changed keeps the version number but must not trust results of the old rules.
 */
export function engineIdentity(version: string, bundleFiles: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of bundleFiles) {
    try {
      hash.update(readFileSync(file));
    } catch {
      // Run from source (tests): the version alone names the build.
    }
  }
  return `${version}+${hash.digest('base64url').slice(0, 16)}`;
}
