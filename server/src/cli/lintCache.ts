import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writevSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/**
 * A file's size, times and inode, taken before it was read: while all are the same, so is its
 * text. The change time catches a text written back with its old modification time (`cp -p`,
 * `rsync -a`), which no one can set; the inode, another file put in its place.
 */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

const STAT_FIELDS = ['size', 'mtimeMs', 'ctimeMs', 'ino'] as const;

function sameStat(a: FileStat | undefined, b: FileStat | undefined): boolean {
  return a !== undefined && b !== undefined && STAT_FIELDS.every((field) => a[field] === b[field]);
}

export interface CacheEntry {
  /** Hash of the file's text as it was linted. */
  content: string;
  /** Set when the file was last modified well before it was read (see `statToRecord`). */
  stat?: FileStat;
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
  private readonly newStats = new Map<string, FileStat>();
  /** Files looked up in this run: they exist, and saving need not check. */
  private readonly present = new Set<string>();
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
      // The cache is written in ASCII, which Node decodes fastest as Latin-1; other bytes mean another file.
      if (!isAscii(bytes)) throw new Error('not ASCII');
      header = JSON.parse(first.toString('latin1')) as Partial<CacheHeader>;
      lines = rest.map((line) => JSON.parse(line.toString('latin1')) as unknown);
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
      // join, not resolve: base is absolute, and resolve asks the process for its folder at every call.
      const file = isAbsolute(line[0]) ? line[0] : join(base, line[0]);
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
    return entry?.content === content ? this.ifInputsHold(file, entry, inputs) : undefined;
  }

  /** The entry for a file whose stat is the one recorded, if nothing it depends on has changed: its text need not be read. */
  getByStat(file: string, stat: FileStat, inputs: string): CacheEntry | undefined {
    const entry = this.entries.get(file);
    return entry && sameStat(entry.stat, stat) ? this.ifInputsHold(file, entry, inputs) : undefined;
  }

  private ifInputsHold(file: string, entry: CacheEntry, inputs: string): CacheEntry | undefined {
    this.present.add(file);
    if (entry.inputs !== inputs) return undefined;
    return Object.entries(entry.linked).every(([path, hash]) => linkedHash(path) === hash) ? entry : undefined;
  }

  /**
   * The stat of a file found unchanged by its hash: recorded if the cache is written anyway,
   * but never the reason to write it, since a fresh checkout (as in CI) gives every file a new
   * time and the whole cache would be written again at every run.
   */
  recordStat(file: string, stat: FileStat): void {
    this.newStats.set(file, stat);
  }

  set(file: string, entry: CacheEntry): void {
    this.newStats.delete(file);
    this.present.add(file);
    this.entries.set(file, entry);
    this.lines.delete(file);
    this.unchanged = false;
  }

  delete(file: string): void {
    this.newStats.delete(file);
    if (this.entries.delete(file)) this.unchanged = false;
    this.lines.delete(file);
  }

  /**
   * Writes the cache through a temporary file and a rename, so a crash or a second run at the
   * same time never leaves half a cache. Entries of files that no longer exist are dropped; a
   * cache that would be written as it was read is left alone.
   */
  save(): void {
    const kept = [...this.entries].filter(([file]) => this.present.has(file) || existsSync(file));
    if (this.unchanged && kept.length === this.entries.size) return;
    const base = dirname(resolve(this.location));
    const lines: Uint8Array[] = [Buffer.from(JSON.stringify({ format: FORMAT, engine: this.engine } satisfies CacheHeader))];
    for (const [file, entry] of kept) {
      const stat = this.newStats.get(file);
      const line = stat ? undefined : this.lines.get(file);
      lines.push(line ?? Buffer.from(asciiJson([relative(base, file).split(sep).join('/'), stat ? { ...entry, stat } : entry] satisfies CacheLine)));
    }
    mkdirSync(base, { recursive: true });
    const temporary = join(base, `.diplobrief-cache-${process.pid}.tmp`);
    try {
      // Written as the lines are, without first copying them into one buffer of megabytes.
      const fd = openSync(temporary, 'w');
      try {
        writevSync(fd, lines.flatMap((line, index) => (index === 0 ? [line] : [NEWLINE, line])));
      } finally {
        closeSync(fd);
      }
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

/**
 * A file modified within this long before it was read may be modified again within the same
 * tick of a coarse file-system clock (FAT counts in two seconds) and keep its time and size:
 * its stat is not recorded, as git does not trust the stat of a "racily clean" file.
 */
const CLOCK_TICK_MS = 2_000;

/** The stat to record with a file's entry: none when the file changed too shortly before `readFrom` (when the run began) to be told apart by it. */
export function statToRecord(stat: Stats, readFrom: number): FileStat | undefined {
  return stat.mtimeMs < readFrom - CLOCK_TICK_MS ? { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino } : undefined;
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
  const { content, stat, inputs, linked, diagnostics } = (line[1] ?? {}) as Partial<CacheEntry>;
  const validStat = stat === undefined || (typeof stat === 'object' && stat !== null && STAT_FIELDS.every((field) => typeof stat[field] === 'number'));
  return typeof content === 'string' && validStat && typeof inputs === 'string' && typeof linked === 'object' && linked !== null && Array.isArray(diagnostics);
}

/** Replaced in the bundles by a hash of their code (scripts/build.mjs); run from source (tests), it stays as written. */
const BUILD_STAMP = '@@diplobrief-build@@';

/**
 * DiploBrief's version and build: a development build whose rules changed keeps the version
 * number but must not trust results of the old rules.
 */
export function engineIdentity(version: string): string {
  return `${version}+${BUILD_STAMP}`;
}
