import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../engine/types';
import type { Settings } from '../config/settingsLoader';
import type { BriefFacts } from '../report/briefFacts';
import { readTextFileIfAny } from '../io/readTextFile';
import { stylishBlock, type StylishBlock } from './formatters/stylishBlock';
import { asciiJson, asciiJsonAt, entryLine, FORMAT, headerLine, readEntryLines, readHeader, writeCacheFile } from './cacheFile';
import { pathsFrom } from './shownPaths';

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

/** What tells whether a file's cached results still hold. */
interface EntryKey {
  /** Hash of the file's text as it was linted. */
  content: string;
  /** Set when the file was last modified well before it was read (see `statToRecord`). */
  stat?: FileStat;
  /** Hash of the settings (config chain, team data files) and of DiploBrief's build it was linted with. */
  inputs: string;
  linked: LinkedHashes;
}

/** What was found in a file. */
interface EntryResults {
  diagnostics: Diagnostic[];
  /** Set when `diplobrief report` wrote or read the entry. */
  report?: CachedReport;
}

interface CacheEntry extends EntryKey, EntryResults {}

/** An entry that holds. */
export interface HeldEntry {
  /** Decoded when asked for; undefined when the cache file was damaged there. */
  results(): EntryResults | undefined;
  /** The findings as plain stylish output shows them. */
  block: StylishBlock;
}

type KeyOfLine = [path: string, key: EntryKey];

/** A file's entry: its results as an object, or as the bytes of JSON read from the cache file. */
interface StoredEntry {
  key: EntryKey;
  block: StylishBlock;
  results: EntryResults | Buffer;
}

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
    private readonly entries: Map<string, StoredEntry>,
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
    const shown = pathsFrom(process.cwd())(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return empty(code === 'ENOENT' ? `no cache at ${shown} yet; every file is linted and the cache written.` : `the cache ${shown} cannot be read (${code}); every file is linted and the cache rewritten.`);
    }
    const damaged = () => empty(`the cache ${shown} is damaged (not JSON lines); it was ignored, every file is linted and the cache rewritten.`);
    const { header, linesStart } = readHeader(bytes);
    if (header === undefined) return damaged();
    // Before the lines: those of another format (an earlier DiploBrief's) are not damaged.
    if (header?.format !== FORMAT) {
      return empty(`${shown} is not a DiploBrief cache; it was ignored, every file is linted and it is rewritten.`);
    }
    const lines = readEntryLines(bytes, linesStart);
    if (!lines) return damaged();
    if (header.engine !== engine) {
      const [theirs] = String(header.engine).split('+');
      const build = theirs === engine.split('+')[0] ? ' (another build)' : '';
      return empty(`the cache ${shown} was written by DiploBrief ${theirs}${build}; it was ignored, every file is linted and the cache rewritten.`);
    }
    const base = dirname(resolve(path));
    const entries = new Map<string, StoredEntry>();
    const kept = new Map<string, Uint8Array>();
    for (const { line, key, block, results } of lines) {
      if (!isKeyOfLine(key)) continue;
      // join, not resolve: base is absolute, and resolve asks the process for its folder at every call.
      const file = isAbsolute(key[0]) ? key[0] : join(base, key[0]);
      entries.set(file, { key: key[1], block, results });
      kept.set(file, line);
    }
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
  get(file: string, content: string, inputs: string): HeldEntry | undefined {
    const entry = this.entries.get(file);
    return entry?.key.content === content ? this.ifInputsHold(file, entry, inputs) : undefined;
  }

  /** The entry for a file whose stat is the one recorded, if nothing it depends on has changed: its text need not be read. */
  getByStat(file: string, stat: FileStat, inputs: string): HeldEntry | undefined {
    const entry = this.entries.get(file);
    return entry && sameStat(entry.key.stat, stat) ? this.ifInputsHold(file, entry, inputs) : undefined;
  }

  private ifInputsHold(file: string, { key, block, results }: StoredEntry, inputs: string): HeldEntry | undefined {
    this.present.add(file);
    if (key.inputs !== inputs) return undefined;
    if (!Object.entries(key.linked).every(([path, hash]) => linkedHash(path) === hash)) return undefined;
    return { results: () => (Buffer.isBuffer(results) ? decodeResults(results) : results), block };
  }

  /**
   * The stat of a file found unchanged by its hash: recorded if the cache is written anyway,
   * but never the reason to write it, since a fresh checkout (as in CI) gives every file a new
   * time and the whole cache would be written again at every run.
   */
  recordStat(file: string, stat: FileStat): void {
    this.newStats.set(file, stat);
  }

  set(file: string, { diagnostics, report, ...key }: CacheEntry): void {
    this.newStats.delete(file);
    this.present.add(file);
    this.entries.set(file, { key, block: stylishBlock(diagnostics, false), results: { diagnostics, ...(report && { report }) } });
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
    // Each line in parts: a block and results read from the file are written back as they were read, even under a new stat.
    const lines = [headerLine(this.engine)];
    for (const [file, { key, block, results }] of kept) {
      const stat = this.newStats.get(file);
      const line = stat ? undefined : this.lines.get(file);
      if (line) lines.push([line]);
      else {
        const keyJson = asciiJson([relative(base, file).split(sep).join('/'), stat ? { ...key, stat } : key] satisfies KeyOfLine);
        lines.push(entryLine(keyJson, block, Buffer.isBuffer(results) ? results : Buffer.from(asciiJson(results))));
      }
    }
    writeCacheFile(this.location, lines);
  }
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
function linkedHash(path: string): string | null {
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

function isKeyOfLine(line: unknown): line is KeyOfLine {
  if (!Array.isArray(line) || line.length !== 2 || typeof line[0] !== 'string') return false;
  const { content, stat, inputs, linked } = (line[1] ?? {}) as Partial<EntryKey>;
  const validStat = stat === undefined || (typeof stat === 'object' && stat !== null && STAT_FIELDS.every((field) => typeof stat[field] === 'number'));
  return typeof content === 'string' && validStat && typeof inputs === 'string' && typeof linked === 'object' && linked !== null;
}

/** The results of an entry as read from the cache file; undefined when they are not what DiploBrief writes. */
function decodeResults(bytes: Buffer): EntryResults | undefined {
  const results = asciiJsonAt(bytes, 0, bytes.length) as Partial<EntryResults> | undefined;
  return Array.isArray(results?.diagnostics) && results.diagnostics.every(isFinding) ? (results as EntryResults) : undefined;
}

/** What every output reads of a finding: its rule, severity, message and range. */
function isFinding(value: unknown): boolean {
  const { rule, severity, message, range } = (value ?? {}) as Partial<Diagnostic>;
  const isPosition = (position: unknown) => typeof position === 'object' && position !== null && ['line', 'character'].every((field) => typeof (position as Record<string, unknown>)[field] === 'number');
  return typeof rule === 'string' && typeof severity === 'string' && typeof message === 'string' && isPosition(range?.start) && isPosition(range?.end);
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
