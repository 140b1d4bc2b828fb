import type { Initiative, Knowledge } from '../../knowledge/knowledge';

/**
 * How well an entry matches what was typed, best first: the id, the name or an alias
 * starts with it; a word of them does ("heat" in "kigali-urban-heat-lab"); its letters
 * appear in order in the id or the name ("kgl" in "kigali").
 */
export const MATCH_KINDS = ['prefix', 'wordPrefix', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** An entry of the catalogue as completion compares it with what was typed and with the brief. */
export interface SearchEntry {
  initiative: Initiative;
  /** The id, the name and the aliases, lower-cased. */
  names: string[];
  /** Every word of those. */
  words: string[];
  /** The city, lower-cased. */
  city: string | undefined;
  /** The goals it serves, its targets' goals included. */
  goals: string[];
}

export interface InitiativeMatch {
  entry: SearchEntry;
  kind: MatchKind;
  /** Among fuzzy matches, how spread out the letters are: 0 when they stand together. */
  spread: number;
}

/**
 * The catalogue made searchable once per knowledge, not once per request (a team
 * catalogue may hold 10,000 entries), in the order of the ids.
 */
const indexes = new WeakMap<Knowledge, SearchEntry[]>();

/** Makes the catalogue searchable ahead of the first completion, which would otherwise wait for it. */
export function prepareInitiativeSearch(knowledge: Knowledge): void {
  searchIndex(knowledge);
}

function searchIndex(knowledge: Knowledge): SearchEntry[] {
  let index = indexes.get(knowledge);
  if (!index) {
    index = knowledge.initiatives
      .map((initiative) => {
        const names = [initiative.id, initiative.name, ...initiative.aliases].map((name) => name.toLowerCase());
        return {
          initiative,
          names,
          words: names.flatMap((name) => name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')),
          city: initiative.city?.toLowerCase(),
          goals: [...new Set(initiative.sdgs.map((id) => id.split('.')[0]))],
        };
      })
      .sort((a, b) => (a.initiative.id < b.initiative.id ? -1 : a.initiative.id > b.initiative.id ? 1 : 0));
    indexes.set(knowledge, index);
  }
  return index;
}

/** The entries of the catalogue that match what was typed, in the order of their ids; every entry when nothing was typed. */
export function matchInitiatives(knowledge: Knowledge, typed: string): InitiativeMatch[] {
  const query = typed.toLowerCase();
  const matches: InitiativeMatch[] = [];
  for (const entry of searchIndex(knowledge)) {
    const { names, words } = entry;
    if (names.some((name) => name.startsWith(query))) matches.push({ entry, kind: 'prefix', spread: 0 });
    else if (words.some((word) => word.startsWith(query))) matches.push({ entry, kind: 'wordPrefix', spread: 0 });
    else {
      const spread = Math.min(fuzzySpread(query, names[0]), fuzzySpread(query, names[1]));
      if (spread < Infinity) matches.push({ entry, kind: 'fuzzy', spread });
    }
  }
  return matches;
}

/**
 * Letters skipped between the first and the last letter of `query` when its letters are
 * found in order in `text` (taking each as early as it comes); Infinity when they are not.
 */
function fuzzySpread(query: string, text: string): number {
  let at = text.indexOf(query[0]);
  if (at < 0) return Infinity;
  const first = at;
  for (let i = 1; i < query.length; i++) {
    at = text.indexOf(query[i], at + 1);
    if (at < 0) return Infinity;
  }
  return at - first + 1 - query.length;
}
