import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a fixed brief through a temporary file and a rename, so a crash never leaves
 * half a brief, and only when the file still holds the text that was linted: an edit
 * saved meanwhile wins over the fix. Returns why nothing was written, if so.
 */
export function writeIfUnchanged(file: string, original: string, fixed: string): string | undefined {
  let target: string;
  try {
    // A symlinked brief keeps its link: the rename replaces the file it points to.
    target = realpathSync(file);
  } catch (error) {
    return `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
  const temporary = join(dirname(target), `.${basename(target)}.diplobrief-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, fixed, { mode: statSync(target).mode });
    if (readFileSync(target, 'utf8') !== original) return `${file} changed while it was being fixed; it was left as it is.`;
    renameSync(temporary, target);
    return undefined;
  } catch (error) {
    return `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  } finally {
    rmSync(temporary, { force: true }); // gone already after a successful rename
  }
}
