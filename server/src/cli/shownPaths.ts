import { isAbsolute, normalize, relative, sep } from 'node:path';

/**
 * Each file as `relative(cwd, file)` shows it (the file itself when that is empty). A file in
 * cwd's tree, as nearly all are, is cut from its path: resolving both paths again for each of
 * a thousand files took 10 ms of a re-run that reports them from the cache.
 */
export function pathsFrom(cwd: string): (file: string) => string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  // What follows the prefix is the relative path when it is one already in normal form.
  const inNormalForm = (rest: string) => rest !== '' && !rest.endsWith(sep) && !isAbsolute(rest) && normalize(rest) === rest;
  return (file) => {
    const rest = file.startsWith(prefix) ? file.slice(prefix.length) : '';
    return inNormalForm(rest) ? rest : relative(cwd, file) || file;
  };
}
