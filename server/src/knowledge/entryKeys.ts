import { keyedValues, type DataFile, type KeyedValue } from '../engine/dataFile';
import type { FileDiagnostic, Range } from '../engine/types';
import type { InitiativeLocations, SourceLocation } from './knowledge';

/**
 * The keys of a data file's entries (the ids of `initiatives`, the terms of `terms`), and
 * where they are written. The places are found once, on first need: for a file JSON.parse
 * read, finding them walks the whole text again, a 3 MB one for a catalogue of 10,000
 * initiatives, and only a duplicate key, an unknown successor or an editor feature asks.
 */
export class EntryKeys {
  private placed: KeyedValue[] | undefined;
  private readonly file: DataFile<unknown>;

  constructor(
    readonly path: string,
    file: DataFile<unknown>,
    private readonly list: string,
    readonly key: string,
  ) {
    // A YAML file's places come from its parsed document, many times the size of its text: found
    // now, so that only the text is kept for as long as the knowledge is.
    if (file.document) this.placed = keyedValues(file, list, key);
    this.file = { ...file, document: undefined };
  }

  /** The keys in the order of the entries; read from the parsed data when the file has some. */
  values(): string[] {
    if (!this.file.data) return this.places().map((place) => place.value);
    const entries = (this.file.data as Record<string, unknown>)[this.list];
    const values: string[] = [];
    if (Array.isArray(entries)) {
      for (const entry of entries) {
        const value: unknown = entry?.[this.key];
        if (typeof value === 'string') values.push(value);
      }
    }
    return values;
  }

  places(): KeyedValue[] {
    return (this.placed ??= keyedValues(this.file, this.list, this.key));
  }

  lineOf(place: KeyedValue): number {
    return this.file.lines.positionAt(place.start).line;
  }

  rangeOf(place: KeyedValue): Range {
    return this.file.lines.rangeOf(place.start, place.end);
  }
}

/** Two entries with the same key in one file: the later one is reported where it stands. */
export function duplicateProblems(keys: EntryKeys): FileDiagnostic[] {
  if (!repeatsAny(keys.values())) return [];
  const seen = new Set<string>();
  const problems: FileDiagnostic[] = [];
  for (const place of keys.places()) {
    const name = place.value.toLowerCase();
    if (seen.has(name)) {
      problems.push({
        file: keys.path,
        rule: 'knowledge-invalid',
        severity: 'error',
        message: `Duplicate ${keys.key} '${place.value}': an earlier entry in this file already uses it. Remove or rename one of them.`,
        range: keys.rangeOf(place),
      });
    }
    seen.add(name);
  }
  return problems;
}

function repeatsAny(values: string[]): boolean {
  const seen = new Set<string>();
  for (const value of values) {
    const name = value.toLowerCase();
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}

/** Where each id of the team's initiative files is written, a later file's place winning; found when first asked. */
export function initiativeLocations(files: EntryKeys[]): InitiativeLocations {
  let found: Map<string, SourceLocation> | undefined;
  const locations = () => {
    if (!found) {
      found = new Map();
      for (const keys of files) for (const place of keys.places()) found.set(place.value, { file: keys.path, line: keys.lineOf(place) });
    }
    return found;
  };
  return { get: (id) => locations().get(id), has: (id) => locations().has(id) };
}
