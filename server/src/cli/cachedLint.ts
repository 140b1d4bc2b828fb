import { readFileSync, statSync } from 'node:fs';
import { looksBinary } from '../engine/inputLimits';
import { SettingsLoader } from '../config/settingsLoader';
import { SettingsCache } from '../pipeline/settingsCache';
import { configProblemResults, lintFiles, type FileResult, type LintFilesOptions } from './lintFiles';
import { hashText, statToRecord, type FileStat, type HeldEntry, type LintCache } from './lintCache';
import { parallelLint } from './parallelLint';
import type { StylishBlock } from './formatters/stylishBlock';

/** A file's findings from the cache, as the block plain stylish output writes. */
export interface BlockResult {
  file: string;
  block: StylishBlock;
}

/**
 * `--cache`: takes each file's findings from the cache while the file and all it depends on
 * are unchanged, lints the others (in workers when there are many) and records their findings.
 * A file whose stat (size, times, inode) is the one recorded is not even read; one whose
 * stat changed is read and hashed. Config and team data problems are always read afresh, so
 * a cached run reports them too.
 *
 * The results come in the order of `files`, config problems last, each cached file's findings
 * decoded from the cache as it is reached: the caller reports each and lets it go, and saves
 * the cache after, since a file whose entry turns out damaged is linted then. With
 * `asStylishBlocks`, a cached file comes as its stylish block, for an output that writes it as it is.
 */
export async function cachedLint(files: readonly string[], options: LintFilesOptions, cache: LintCache, threads: number | undefined, asStylishBlocks: boolean): Promise<Iterable<FileResult | BlockResult>> {
  const startedAt = Date.now();
  const loader = new SettingsLoader(options);
  const settings = new SettingsCache(() => loader);
  const inputs = new Map<string, string>();
  const stats = new Map<string, FileStat | undefined>();
  const cached = new Map<string, HeldEntry>();
  const stale: string[] = [];
  for (const file of files) {
    try {
      // Stat before reading: should the file change after, its new time tells the next run.
      const stat = statSync(file);
      let recorded = statToRecord(stat, startedAt);
      const fileInputs = cache.inputsOf(settings.forFile(file));
      inputs.set(file, fileInputs);
      let entry = cache.getByStat(file, stat, fileInputs);
      const byStat = entry !== undefined;
      if (!entry) {
        const content = readFileSync(file, 'utf8');
        if (looksBinary(content)) {
          if (!options.named?.includes(file)) continue;
          // Reported only when named: a later run over its folder must read it again to skip it.
          recorded = undefined;
        }
        entry = cache.get(file, hashText(content), fileInputs);
      }
      stats.set(file, recorded);
      // --fix needs the text itself where there is something to fix.
      const lintAgain = options.fix && entry && (entry.results()?.diagnostics.some((d) => d.fix) ?? true);
      if (entry && !lintAgain) {
        cached.set(file, entry);
        // Found by its text, so under another stat than the one recorded (a fresh checkout, say).
        if (!byStat && recorded) cache.recordStat(file, recorded);
      } else stale.push(file);
    } catch {
      stale.push(file); // the linter reports why it cannot be read
    }
  }

  const listed = new Set(files);
  const record = (result: FileResult) => {
    // A fixed file was written after its stat was taken: its new stat is left for the next run to record.
    const stat = options.fix ? undefined : stats.get(result.file);
    if (result.read && !result.error) cache.set(result.file, { content: result.read.content, ...(stat && { stat }), inputs: inputs.get(result.file)!, linked: result.read.linked, diagnostics: result.diagnostics });
    else cache.delete(result.file);
  };
  const linted = new Map<string, FileResult>();
  for (const result of await parallelLint(stale, { ...options, cache: true }, threads)) {
    if (!listed.has(result.file)) continue; // a config problem: read afresh below, once
    linted.set(result.file, result);
    record(result);
  }

  function* inOrder(): Iterable<FileResult | BlockResult> {
    for (const file of files) {
      const entry = cached.get(file);
      if (!entry) {
        const result = linted.get(file);
        if (result) yield result;
        continue;
      }
      if (asStylishBlocks) {
        yield { file, block: entry.block };
        continue;
      }
      const results = entry.results();
      if (results) {
        yield { file, diagnostics: results.diagnostics };
        continue;
      }
      // Its results were damaged in the cache file: the file is linted now.
      for (const result of lintFiles([file], { ...options, cache: true })) {
        if (result.file !== file) continue;
        record(result);
        yield result;
      }
    }
    yield* configProblemResults(settings.all());
  }
  return inOrder();
}
