import { statSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { glob } from 'tinyglobby';
import { readTextFileIfAny } from '../io/readTextFile';
import { lintLoaded, loadBrief } from '../pipeline/lintFile';
import type { BriefDocument } from './briefDocument';
import type { Diagnostic, FileDiagnostic } from '../engine/types';
import { SettingsLoader, type Settings } from '../config/settingsLoader';
import { CONFIG_FILE_NAMES, defaultConfig } from '../config/resolveConfig';
import { BUILTIN_KNOWLEDGE } from '../knowledge/loadKnowledge';
import { problemsByFile, SettingsCache } from '../pipeline/settingsCache';
import { applyClientSettings, DEFAULT_CLIENT_SETTINGS, type ClientSettings } from './settings';
import { summariseBrief, type BriefSummary, type DiskEntry } from './briefSummary';

export type { BriefDocument } from './briefDocument';
import { SummaryThread } from './summaryThread';

/** The documents an editor has open; their text wins over the file on disk. */
export interface OpenDocuments {
  get(uri: string): { text: string; version: number } | undefined;
  uris(): string[];
}

export interface WorkspaceOptions {
  /** Told about editor settings that could not be used. */
  warn?: (message: string) => void;
  /** A script that runs `summaryWorker` in a worker thread; without it every brief is read in this thread. */
  workerScript?: string;
}

/** What a change on disk affects. */
export type ChangeImpact = 'brief' | 'settings' | 'none';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** How long a pass over the workspace may work before it lets requests, edits and the garbage collector in. */
const SLICE_MS = 20;

/** Below this many briefs to read, starting a worker costs more than it saves. */
const BRIEFS_PER_WORKER = 40;

/**
 * The briefs of every workspace folder with their config and knowledge. Open documents
 * stay parsed for the editing features; of a brief on disk only its summary is cached,
 * until the file, its config or a team data file changes, so memory grows with the
 * findings of the workspace rather than with its text.
 */
export class BriefWorkspace {
  private folders: string[] = [];
  private clientSettings: ClientSettings = DEFAULT_CLIENT_SETTINGS;
  private loaders = new Map<string, SettingsLoader>();
  private readonly settings = new SettingsCache(
    (path) => this.loaderFor(this.folderOf(path)),
    (loaded, path) => this.withClientSettings(loaded, path),
  );
  private readonly fromDisk = new Map<string, DiskEntry>();
  /** Files the worker is reading; each promise settles once its batch is in. */
  private readonly reading = new Map<string, Promise<void>>();
  private readonly thread: SummaryThread | undefined;
  private readonly warn: (message: string) => void;
  private readonly fromEditor = new Map<string, { version: number; document: BriefDocument }>();
  private readonly lintResults = new WeakMap<BriefDocument, Diagnostic[]>();
  private readonly openSummaries = new WeakMap<BriefDocument, BriefSummary>();
  private markdownFiles: Set<string> | undefined;
  /** Warnings about the editor settings already shown: each is shown once, not once per folder. */
  private readonly warned = new Set<string>();
  /** Team data files named by any config seen so far; kept when settings are forgotten, so their changes still count. */
  private readonly dataFiles = new Set<string>();
  /**
   * Files that briefs link (bibliographies), read once and kept until they change: an
   * edit of a brief re-reads none of them.
   */
  private readonly linkedFiles = new Map<string, string | undefined>();

  constructor(
    private readonly open: OpenDocuments,
    options: WorkspaceOptions = {},
  ) {
    this.warn = options.warn ?? (() => {});
    this.thread = options.workerScript === undefined ? undefined : new SummaryThread(options.workerScript, () => ({ folders: this.folders, clientSettings: this.clientSettings }));
  }

  setFolders(paths: readonly string[]): void {
    this.folders = [...new Set(paths)].sort((a, b) => b.length - a.length);
    this.loaders = new Map();
    this.markdownFiles = undefined;
    this.forgetSettings();
  }

  /** Forgets everything read from disk, for a full re-lint on request. */
  reload(): void {
    for (const loader of this.loaders.values()) loader.invalidateKnowledge();
    this.linkedFiles.clear();
    this.markdownFiles = undefined;
    this.forgetSettings();
  }

  setClientSettings(settings: ClientSettings): void {
    this.clientSettings = settings;
    this.warned.clear();
    this.forgetSettings();
  }

  get enabled(): boolean {
    return this.clientSettings.enable;
  }

  /**
   * The document at this URI: the editor's text when it is open, else the file on disk,
   * read afresh (a closed file is parsed only when a feature asks for it).
   */
  document(uri: string): BriefDocument | undefined {
    const open = this.openDocument(uri);
    if (open) return open;
    const path = pathOf(uri);
    const text = path === undefined ? undefined : readText(path);
    return text === undefined ? undefined : this.makeDocument(uri, path, text, undefined);
  }

  /** The engine's findings for a document, computed once per version. */
  lint(document: BriefDocument): Diagnostic[] {
    let diagnostics = this.lintResults.get(document);
    if (!diagnostics) {
      diagnostics = lintLoaded(document);
      this.lintResults.set(document, diagnostics);
    }
    return diagnostics;
  }

  /** The summary of the brief at this URI; undefined when it is no brief or cannot be read. */
  summary(uri: string): BriefSummary | undefined {
    const open = this.openDocument(uri);
    if (open) {
      if (!open.isBrief) return undefined;
      let summary = this.openSummaries.get(open);
      if (!summary) {
        summary = summariseBrief(open, this.lint(open));
        this.openSummaries.set(open, summary);
      }
      return summary;
    }
    const path = pathOf(uri);
    return path === undefined ? undefined : this.fromFile(path);
  }

  /**
   * Every brief in the workspace folders, plus open briefs outside them. Briefs are read
   * and linted one at a time, each dropped once summarised, with a pause every few
   * milliseconds so a long pass neither holds up the editor nor keeps its garbage.
   */
  async *briefs(): AsyncGenerator<BriefSummary> {
    const uris = new Set([...(await this.listMarkdownFiles()).map(uriOf), ...this.open.uris()]);
    this.readAhead(uris);
    let sliceStart = performance.now();
    for (const uri of uris) {
      const path = pathOf(uri);
      const reading = path === undefined ? undefined : this.reading.get(path);
      if (reading) await reading;
      const summary = this.summary(uri);
      if (summary) yield summary;
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
  }

  /** Config and team-data problems of every setting resolved so far, by file. */
  fileProblems(): Map<string, FileDiagnostic[]> {
    return problemsByFile(this.settings.all());
  }

  /** Settings for a brief at this path: its config files, the editor's settings and the team's data. */
  settingsFor(path: string | undefined): Settings {
    if (path === undefined) {
      const { config } = applyClientSettings(defaultConfig(), this.clientSettings);
      return { config, knowledge: BUILTIN_KNOWLEDGE, problems: [] };
    }
    return this.settings.forFile(path);
  }

  /** The editor's settings laid over a folder's config; their problems are shown once, not once per folder. */
  private withClientSettings(loaded: Settings, path: string): Settings {
    const { config, problems } = applyClientSettings(loaded.config, this.clientSettings, this.folderOf(path));
    for (const problem of problems) {
      if (!this.warned.has(problem)) this.warn(problem);
      this.warned.add(problem);
    }
    for (const list of [config.vocabulary, config.initiatives, config.actionAreas]) list.files.forEach((source) => this.dataFiles.add(source.path));
    return { ...loaded, config };
  }

  /** Records a change on disk and says what it affects, so the caller re-lints only that. */
  fileChanged(path: string, kind: 'created' | 'changed' | 'deleted'): ChangeImpact {
    if (CONFIG_FILE_NAMES.includes(basename(path)) || this.dataFiles.has(path)) {
      for (const loader of this.loaders.values()) loader.invalidateKnowledge();
      this.forgetSettings();
      return 'settings';
    }
    if (this.linkedFiles.delete(path)) {
      // The briefs that link it are read again; config and team data stay as they are.
      this.forgetSettings();
      return 'settings';
    }
    if (!path.endsWith('.md')) return 'none';
    this.fromDisk.delete(path);
    if (this.markdownFiles && this.folderOf(path) !== undefined) {
      if (kind === 'deleted') this.markdownFiles.delete(path);
      else this.markdownFiles.add(path);
    }
    return 'brief';
  }

  /** The workspace folder holding the path, if any (the innermost one). */
  folderOf(path: string): string | undefined {
    return this.folders.find((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
  }

  private async listMarkdownFiles(): Promise<string[]> {
    if (!this.markdownFiles) {
      const lists = await Promise.all(this.folders.map((cwd) => glob(['**/*.md'], { cwd, ignore: IGNORE, absolute: true, dot: true })));
      this.markdownFiles = new Set(lists.flat().map((file) => file.split('/').join(sep)));
    }
    return [...this.markdownFiles].sort();
  }

  /** The open document at this URI, parsed once per version; forgets it once it is closed. */
  private openDocument(uri: string): BriefDocument | undefined {
    const open = this.open.get(uri);
    if (!open) {
      this.fromEditor.delete(uri);
      return undefined;
    }
    const cached = this.fromEditor.get(uri);
    if (cached?.version === open.version) return cached.document;
    // Settings changes forget every cached document, so the last version was loaded with these settings.
    const document = this.makeDocument(uri, pathOf(uri), open.text, open.version, cached?.document);
    this.fromEditor.set(uri, { version: open.version, document });
    return document;
  }

  private fromFile(path: string): BriefSummary | undefined {
    const stamp = stampOf(path);
    if (stamp === undefined) {
      this.fromDisk.delete(path);
      return undefined;
    }
    const cached = this.fromDisk.get(path);
    if (cached?.stamp === stamp) return cached.summary;
    const entry = this.readFromDisk(path);
    if (entry) this.fromDisk.set(path, entry);
    return entry?.summary;
  }

  /** Reads, lints and summarises a file, keeping nothing of it; undefined when it cannot be read. */
  readFromDisk(path: string): DiskEntry | undefined {
    const stamp = stampOf(path);
    const text = stamp === undefined ? undefined : readText(path);
    if (stamp === undefined || text === undefined) return undefined;
    const document = this.makeDocument(uriOf(path), path, text, undefined);
    return { stamp, summary: document.isBrief ? summariseBrief(document, this.lint(document)) : undefined };
  }

  /** Hands the closed files not read since they last changed to the worker, when there are enough to pay for it. */
  private readAhead(uris: Iterable<string>): void {
    if (!this.thread) return;
    const stale: string[] = [];
    for (const uri of uris) {
      const path = pathOf(uri);
      if (path === undefined || this.open.get(uri) || this.reading.has(path)) continue;
      const cached = this.fromDisk.get(path);
      if (cached === undefined || cached.stamp !== stampOf(path)) stale.push(path);
    }
    if (stale.length < BRIEFS_PER_WORKER) return;
    const settle = new Map<string, () => void>();
    for (const path of stale) this.reading.set(path, new Promise((resolve) => settle.set(path, resolve)));
    this.thread.read(stale, (paths, entries) => {
      paths.forEach((path, i) => {
        const entry = entries?.[i];
        if (entry) {
          this.fromDisk.set(path, entry);
          // The worker resolved the settings for itself; resolving them here too is what
          // warns about editor settings and reports problems in config files.
          this.settingsFor(path);
        }
        this.reading.delete(path);
        settle.get(path)!();
      });
    });
  }

  private makeDocument(uri: string, path: string | undefined, text: string, version: number | undefined, previous?: BriefDocument): BriefDocument {
    const readLinked = (file: string) => {
      const open = this.open.get(uriOf(file))?.text;
      if (open !== undefined) return open;
      if (!this.linkedFiles.has(file)) this.linkedFiles.set(file, readText(file));
      return this.linkedFiles.get(file);
    };
    const loaded = loadBrief(text, path, this.settingsFor(path), readLinked, previous);
    return { ...loaded, uri, version };
  }

  private loaderFor(folder: string | undefined): SettingsLoader {
    const key = folder ?? '';
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new SettingsLoader({ baseDir: folder });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** Settings changed: every cached document was made with the old ones, and the worker reads with them. */
  private forgetSettings(): void {
    this.thread?.settingsChanged();
    this.settings.clear();
    this.fromDisk.clear();
    this.fromEditor.clear();
  }
}

/** Changes whenever the file does. */
function stampOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
}

/** A file's text as an editor holds it; undefined when it cannot be read. */
export const readText = readTextFileIfAny;

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
