import { join, resolve } from 'node:path';
import { UsageError } from './collectFiles';
import { DEFAULT_CACHE_FILE, engineIdentity, LintCache } from './lintCache';

export interface CacheFlags {
  cache?: boolean;
  'cache-location'?: string;
}

export interface OpenedCache {
  cache: LintCache;
  /** Writes the cache; a cache that cannot be written costs the next run its speed, not this run its result. */
  save(): void;
}

/** The cache `--cache` asks for, its notice (if any) shown; undefined without `--cache`. */
export function openCache(flags: CacheFlags, version: string): OpenedCache | undefined {
  const asked = flags['cache-location'];
  if (asked !== undefined && !flags.cache) throw new UsageError('--cache-location works with --cache; add --cache.');
  if (!flags.cache) return undefined;
  // A trailing slash names a folder, as for ESLint, even one that does not exist yet.
  const location = resolve(asked === undefined ? DEFAULT_CACHE_FILE : /[\\/]$/.test(asked) ? join(asked, DEFAULT_CACHE_FILE) : asked);
  // A rebuilt DiploBrief does not trust the old results.
  const { cache, notice } = LintCache.open(location, engineIdentity(version));
  if (notice) process.stderr.write(`diplobrief: ${notice}\n`);
  return {
    cache,
    save() {
      try {
        cache.save();
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        process.stderr.write(`diplobrief: cannot write the cache ${cache.location} (${reason}); check that its folder is writable, or the next run lints every file again.\n`);
      }
    },
  };
}
