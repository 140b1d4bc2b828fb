import { readFileSync, statSync } from 'node:fs';
import { looksBinary } from '../engine/inputLimits';
import { SettingsLoader } from '../config/settingsLoader';
import { SettingsCache } from '../pipeline/settingsCache';
import { configProblemResults, type FileResult, type LintFilesOptions } from './lintFiles';
import { hashText, statToRecord, type FileStat, type LintCache } from './lintCache';
import { parallelLint } from './parallelLint';

/**
 * `--cache`: takes each file's findings from the cache while the file and all it depends on
 * are unchanged, lints the others (in workers when there are many) and records their findings.
 * A file whose stat (size, times, inode) is the one recorded is not even read; one whose
 * stat changed is read and hashed. Config and team data problems are always read afresh, so
 * a cached run reports them too.
 */
export async function cachedLint(files: readonly string[], options: LintFilesOptions, cache: LintCache, threads?: number): Promise<FileResult[]> {
  const startedAt = Date.now();
  const loader = new SettingsLoader(options);
  const settings = new SettingsCache(() => loader);
  const inputs = new Map<string, string>();
  const stats = new Map<string, FileStat | undefined>();
  const cached = new Map<string, FileResult>();
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
      if (entry && !(options.fix && entry.diagnostics.some((d) => d.fix))) {
        cached.set(file, { file, diagnostics: entry.diagnostics });
        // Found by its text, so under another stat than the one recorded (a fresh checkout, say).
        if (!byStat && recorded) cache.recordStat(file, recorded);
      } else stale.push(file);
    } catch {
      stale.push(file); // the linter reports why it cannot be read
    }
  }

  const listed = new Set(files);
  const linted = new Map<string, FileResult>();
  for (const result of await parallelLint(stale, { ...options, cache: true }, threads)) {
    if (!listed.has(result.file)) continue; // a config problem: read afresh below, once
    linted.set(result.file, result);
    // A fixed file was written after its stat was taken: its new stat is left for the next run to record.
    const stat = options.fix ? undefined : stats.get(result.file);
    if (result.read && !result.error) cache.set(result.file, { content: result.read.content, ...(stat && { stat }), inputs: inputs.get(result.file)!, linked: result.read.linked, diagnostics: result.diagnostics });
    else cache.delete(result.file);
  }
  return [...files.flatMap((file) => cached.get(file) ?? linted.get(file) ?? []), ...configProblemResults(settings.all())];
}
