import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lint } from '../engine/lint';
import { fixUntilStable } from '../engine/applyFixes';
import type { Diagnostic } from '../engine/types';
import { SettingsLoader, type Settings, type SettingsOptions } from '../config/settingsLoader';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** True when `--fix` rewrote the file. */
  fixed?: boolean;
  /** Why the file could not be linted (unreadable, changed during the fix). */
  error?: string;
}

export interface LintFilesOptions extends SettingsOptions {
  fix?: boolean;
}

/** Lints files one after another; config, data-file problems come back as results of those files. */
export function lintFiles(files: readonly string[], options: LintFilesOptions): FileResult[] {
  return fileLinter(options)(files);
}

/**
 * A linter for batches of files that keeps the settings it has read between batches,
 * as a worker does while it takes batch after batch.
 */
export function fileLinter(options: LintFilesOptions): (files: readonly string[]) => FileResult[] {
  const loader = new SettingsLoader(options);
  // A brief's settings depend only on its folder, and nothing changes them during a run.
  const settingsByFolder = new Map<string, Settings>();
  return (files) => lintBatch(files, options, loader, settingsByFolder);
}

function lintBatch(files: readonly string[], options: LintFilesOptions, loader: SettingsLoader, settingsByFolder: Map<string, Settings>): FileResult[] {
  const results: FileResult[] = [];
  const fileProblems = new Map<string, Map<string, Diagnostic>>();

  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      results.push({ file, diagnostics: [], error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    let settings = settingsByFolder.get(dirname(file));
    if (!settings) {
      settings = loader.forFile(file);
      settingsByFolder.set(dirname(file), settings);
    }
    const { config, knowledge, problems } = settings;
    for (const { file: problemFile, ...problem } of problems) {
      const known = fileProblems.get(problemFile) ?? new Map<string, Diagnostic>();
      known.set(JSON.stringify(problem), problem);
      fileProblems.set(problemFile, known);
    }
    const lintText = (content: string) => lint(content, { path: file, config, knowledge });
    if (!options.fix) {
      results.push({ file, diagnostics: lintText(text) });
      continue;
    }
    const fixed = fixUntilStable(text, lintText);
    if (fixed.text === text) {
      results.push({ file, diagnostics: fixed.diagnostics });
      continue;
    }
    const error = writeIfUnchanged(file, text, fixed.text);
    results.push(error ? { file, diagnostics: lintText(text), error } : { file, diagnostics: fixed.diagnostics, fixed: true });
  }
  for (const [file, problems] of fileProblems) results.push({ file, diagnostics: [...problems.values()] });
  return results;
}

/**
 * Writes through a temporary file and a rename, so a crash never leaves half a brief,
 * and only when the file still holds what was linted.
 */
function writeIfUnchanged(file: string, original: string, fixed: string): string | undefined {
  const temporary = join(dirname(file), `.${basename(file)}.diplobrief-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, fixed, { mode: statSync(file).mode });
    if (readFileSync(file, 'utf8') !== original) return `${file} changed while it was being fixed; it was left as it is.`;
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    return `cannot write ${file}: ${(error as Error).message}`;
  } finally {
    rmSync(temporary, { force: true }); // gone already after a successful rename
  }
}
