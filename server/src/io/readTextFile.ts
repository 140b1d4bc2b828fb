import { readFileSync } from 'node:fs';
import { splitBom } from '../engine/byteOrderMark';

/** A UTF-8 file as an editor holds it, without a byte order mark. */
export function readTextFile(path: string): string {
  return splitBom(readFileSync(path, 'utf8')).text;
}

/** The same, or undefined when the file cannot be read. */
export function readTextFileIfAny(path: string): string | undefined {
  try {
    return readTextFile(path);
  } catch {
    return undefined;
  }
}
