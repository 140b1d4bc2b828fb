import { dirname, resolve } from 'node:path';
import type { ParsedBrief } from '../../engine/parseBrief';

/**
 * The citation keys of the brief's `bibliography:` files (BibTeX, CSL-JSON or
 * CSL-YAML). `readable` is false when a named file could not be read: then any key may
 * be an ordinary citation, and none is flagged.
 */
export interface BibliographyKeys {
  keys: Set<string>;
  readable: boolean;
}

const BIBTEX_ENTRY = /@[A-Za-z]+\s*[{(]\s*([^,\s{}()]+)\s*,/g;
const CSL_ID = /(?:^|[\s{,])["']?id["']?\s*:\s*["']?([^"',\s}\]]+)/gm;

/**
 * The files the brief's `bibliography:` field names, resolved against the brief's
 * folder: what a host reads and passes in as linked files. None for an unsaved brief.
 */
export function bibliographyFiles(brief: Pick<ParsedBrief, 'path' | 'frontMatter'>): string[] {
  const briefPath = brief.path;
  return briefPath === undefined ? [] : namedFiles(brief).map((file) => resolve(dirname(briefPath), file));
}

/** The file names the `bibliography:` field holds, as written. */
function namedFiles(brief: Pick<ParsedBrief, 'frontMatter'>): string[] {
  const named = brief.frontMatter?.data?.bibliography;
  return (Array.isArray(named) ? named : [named]).filter((file): file is string => typeof file === 'string' && file.trim() !== '').map((file) => file.trim());
}

/** The keys of the linked bibliography files; a file missing from `linkedFiles` could not be read. */
export function bibliographyKeys(brief: ParsedBrief, linkedFiles: ReadonlyMap<string, string>): BibliographyKeys {
  return brief.cache.getFor(bibliographyKeys, [linkedFiles], () => {
    const keys = new Set<string>();
    if (namedFiles(brief).length === 0) return { keys, readable: true };
    const files = bibliographyFiles(brief);
    if (files.length === 0) return { keys, readable: false };
    let readable = true;
    for (const file of files) {
      const text = linkedFiles.get(file);
      if (text === undefined) {
        readable = false;
        continue;
      }
      const bibtex = [...text.matchAll(BIBTEX_ENTRY)];
      for (const match of bibtex.length > 0 ? bibtex : text.matchAll(CSL_ID)) keys.add(match[1]);
    }
    return { keys, readable };
  });
}
