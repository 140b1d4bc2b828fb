import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ParsedBrief } from '../engine/parseBrief';

/**
 * The citation keys of the brief's `bibliography:` files (BibTeX, CSL-JSON or
 * CSL-YAML), read relative to the brief. `readable` is false when a named file could
 * not be read: then any key may be an ordinary citation, and none is flagged.
 */
export interface BibliographyKeys {
  keys: Set<string>;
  readable: boolean;
}

const BIBTEX_ENTRY = /@[A-Za-z]+\s*[{(]\s*([^,\s{}()]+)\s*,/g;
const CSL_ID = /(?:^|[\s{,])["']?id["']?\s*:\s*["']?([^"',\s}\]]+)/gm;

const cache = new WeakMap<ParsedBrief, BibliographyKeys>();

export function bibliographyKeys(brief: ParsedBrief): BibliographyKeys {
  let found = cache.get(brief);
  if (!found) {
    found = readKeys(brief);
    cache.set(brief, found);
  }
  return found;
}

function readKeys(brief: ParsedBrief): BibliographyKeys {
  const named = brief.frontMatter?.data?.bibliography;
  const files = (Array.isArray(named) ? named : [named]).filter((file): file is string => typeof file === 'string' && file.trim() !== '');
  const keys = new Set<string>();
  if (files.length === 0) return { keys, readable: true };
  if (!brief.path) return { keys, readable: false };
  let readable = true;
  for (const file of files) {
    try {
      const text = readFileSync(resolve(dirname(brief.path), file.trim()), 'utf8');
      const bibtex = [...text.matchAll(BIBTEX_ENTRY)];
      for (const match of bibtex.length > 0 ? bibtex : text.matchAll(CSL_ID)) keys.add(match[1]);
    } catch {
      readable = false;
    }
  }
  return { keys, readable };
}
