import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { defaultConfig } from '../config/resolveConfig';
import { SettingsLoader } from '../config/settingsLoader';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

export interface CollectedFiles {
  files: string[];
  /** Files named one by one on the command line, as opposed to found in a folder or by a glob. */
  named: string[];
}

/**
 * Expands the command line's paths: folders to their Markdown files, globs to their
 * matches. A named path that does not exist is a usage error.
 */
export async function collectFiles(patterns: readonly string[], defaultGlobs: readonly string[], cwd: string): Promise<CollectedFiles> {
  if (patterns.length === 0) return { files: sorted(await glob([...defaultGlobs], { cwd, ignore: IGNORE, absolute: true, dot: true })), named: [] };
  const files: string[] = [];
  const named: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, ignore: IGNORE, absolute: true, dot: true });
      if (matches.length === 0) throw new UsageError(`No files match '${pattern}'.`);
      files.push(...matches);
      continue;
    }
    const path = resolve(cwd, pattern);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${pattern}: no such file or folder.` : `${pattern}: cannot be read (${code}).`);
    }
    if (isDirectory) files.push(...(await glob('**/*.md', { cwd: path, ignore: IGNORE, absolute: true, dot: true })));
    else named.push(path);
  }
  return { files: sorted([...files, ...named]), named };
}

/** The command line's files, or with none named, the `files` globs of the config that applies here. */
export async function collectCommandFiles(patterns: readonly string[], configFile: string | undefined, cwd: string): Promise<CollectedFiles> {
  const defaultGlobs = patterns.length === 0 ? new SettingsLoader({ configFile, baseDir: cwd }).forFile(join(cwd, 'x.md')).config.files : defaultConfig().files;
  return collectFiles(patterns, defaultGlobs, cwd);
}

function sorted(files: string[]): string[] {
  return [...new Set(files)].sort();
}
