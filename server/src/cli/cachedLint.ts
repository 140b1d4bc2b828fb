import { readFileSync } from 'node:fs';
import { looksBinary } from '../engine/inputLimits';
import { SettingsLoader } from '../config/settingsLoader';
import { SettingsCache } from '../pipeline/settingsCache';
import { configProblemResults, type FileResult, type LintFilesOptions } from './lintFiles';
import { hashText, type LintCache } from './lintCache';
import { parallelLint } from './parallelLint';

/**
 * `--cache`: takes each file's findings from the cache while the file and all it depends on
 * are unchanged, lints the others (in workers when there are many) and records their findings.
 * Config and team data problems are always read afresh, so a cached run reports them too.
 */
export async function cachedLint(files: readonly string[], options: LintFilesOptions, cache: LintCache, threads?: number): Promise<FileResult[]> {
  const loader = new SettingsLoader(options);
  const settings = new SettingsCache(() => loader);
  const inputs = new Map<string, string>();
  const cached = new Map<string, FileResult>();
  const stale: string[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      stale.push(file); // the linter reports why it cannot be read
      continue;
    }
    if (looksBinary(content) && !options.named?.includes(file)) continue;
    inputs.set(file, cache.inputsOf(settings.forFile(file)));
    const entry = cache.get(file, hashText(content), inputs.get(file)!);
    // --fix needs the text itself where there is something to fix.
    if (entry && !(options.fix && entry.diagnostics.some((d) => d.fix))) cached.set(file, { file, diagnostics: entry.diagnostics });
    else stale.push(file);
  }

  const listed = new Set(files);
  const linted = new Map<string, FileResult>();
  for (const result of await parallelLint(stale, { ...options, cache: true }, threads)) {
    if (!listed.has(result.file)) continue; // a config problem: read afresh below, once
    linted.set(result.file, result);
    if (result.read && !result.error) cache.set(result.file, { content: result.read.content, inputs: inputs.get(result.file)!, linked: result.read.linked, diagnostics: result.diagnostics });
    else cache.delete(result.file);
  }
  return [...files.flatMap((file) => cached.get(file) ?? linted.get(file) ?? []), ...configProblemResults(settings.all())];
}
