import { readFileSync } from 'node:fs';
import { fixUntilStable } from '../engine/applyFixes';
import { looksBinary } from '../engine/inputLimits';
import { splitBom } from '../engine/byteOrderMark';
import type { Diagnostic } from '../engine/types';
import { SettingsLoader, type Settings, type SettingsOptions } from '../config/settingsLoader';
import { lintSource } from '../pipeline/lintFile';
import { problemsByFile, SettingsCache } from '../pipeline/settingsCache';
import { readTextFileIfAny } from '../io/readTextFile';
import { writeIfUnchanged } from './writeFix';
import { hashText, recordingReader, type LinkedHashes } from './lintCache';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** True when `--fix` rewrote the file. */
  fixed?: boolean;
  /** Why the file could not be linted (unreadable, changed during the fix). */
  error?: string;
  /** With `cache`: the hash of the text the findings are of (after a fix, the text written) and of the files it linked. */
  read?: { content: string; linked: LinkedHashes };
}

export interface LintFilesOptions extends SettingsOptions {
  fix?: boolean;
  /** Files the user named; a binary file found any other way is skipped without a word. */
  named?: readonly string[];
  /** Report in each result what its findings depend on, for `--cache`. */
  cache?: boolean;
}

/**
 * Lints files one after another; config, data-file problems come back as results of those files.
 * Binary files that were not named are left out of the results.
 */
export function lintFiles(files: readonly string[], options: LintFilesOptions): FileResult[] {
  return fileLinter(options)(files);
}

/**
 * A linter for batches of files that keeps the settings it has read between batches,
 * as a worker does while it takes batch after batch.
 */
export function fileLinter(options: LintFilesOptions): (files: readonly string[]) => FileResult[] {
  const loader = new SettingsLoader(options);
  const settings = new SettingsCache(() => loader);
  return (files) => lintBatch(files, options, settings);
}

function lintBatch(files: readonly string[], options: LintFilesOptions, settingsCache: SettingsCache): FileResult[] {
  const results: FileResult[] = [];
  const used = new Set<Settings>();

  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      results.push({ file, diagnostics: [], error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    if (looksBinary(content) && !options.named?.includes(file)) continue;
    // Positions are counted as an editor counts them, without the byte order mark; a fix puts it back.
    const { text, bom } = splitBom(content);
    const settings = settingsCache.forFile(file);
    used.add(settings);
    const linked: LinkedHashes = {};
    const readLinked = options.cache ? recordingReader(readTextFileIfAny, linked) : readTextFileIfAny;
    const read = (linted: string) => (options.cache ? { read: { content: hashText(linted), linked } } : {});
    const lintText = (current: string) => lintSource(current, file, settings, readLinked);
    if (!options.fix) {
      results.push({ file, diagnostics: lintText(text), ...read(content) });
      continue;
    }
    const fixed = fixUntilStable(text, lintText);
    if (fixed.text === text) {
      results.push({ file, diagnostics: fixed.diagnostics, ...read(content) });
      continue;
    }
    const error = writeIfUnchanged(file, content, bom + fixed.text);
    results.push(error ? { file, diagnostics: lintText(text), error } : { file, diagnostics: fixed.diagnostics, fixed: true, ...read(bom + fixed.text) });
  }
  results.push(...configProblemResults(used));
  return results;
}

/** The problems of the config and team data files these settings were read from, as results of those files. */
export function configProblemResults(settings: Iterable<Settings>): FileResult[] {
  return [...problemsByFile(settings)].map(([file, problems]) => ({ file, diagnostics: problems.map(({ file: _, ...problem }) => problem) }));
}
