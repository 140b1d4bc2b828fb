import { SdgCatalogue } from './sdgCatalogue';

export interface Term {
  term: string;
  definition: string;
  avoid: string[];
  reason?: string;
  caseSensitive?: boolean;
  source?: string;
}

export interface Acronym {
  acronym: string;
  expansion: string;
  definition?: string;
}

export interface SpellingPair {
  gb: string;
  us: string;
}

export interface Vocabulary {
  terms: Term[];
  acronyms: Acronym[];
  spellings: SpellingPair[];
  /** Acronyms every reader knows, used without a definition (UN, NATO, GPS). */
  allowedAcronyms: string[];
  /** Words written in capitals that are not acronyms (MOST, CONTENTS, EUR, MBA). */
  notAcronyms: string[];
}

export interface ActionArea {
  id: string;
  name: string;
  summary: string;
  keywords: string[];
}

/**
 * An entry of the catalogue: a city's own initiative, or (`kind: 'network'`) a city
 * network or international body such as C40 or UN-Habitat, whose city is its seat.
 */
export interface Initiative {
  id: string;
  kind?: 'initiative' | 'network';
  name: string;
  aliases: string[];
  /** Always set for an initiative; a network's seat, where known. */
  city?: string;
  country?: string;
  /** Launched, took place, or (a network) founded. */
  year?: number;
  members?: string;
  url?: string;
  summary: string;
  sdgs: string[];
  actionAreas?: string[];
  source?: string;
  /** The year it ended, closed or was renamed. */
  ended?: number;
  /** The id of the entry that carries on its work. */
  succeededBy?: string;
}

export function isNetwork(entry: Initiative): boolean {
  return entry.kind === 'network';
}

/** A place in a data file (0-based line), so editors can open an entry where it is defined. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** Everything the rules know about the domain: built-in data merged with a team's files. */
export interface Knowledge {
  sdg: SdgCatalogue;
  vocabulary: Vocabulary;
  actionAreas: ActionArea[];
  initiatives: Initiative[];
  /** Where each team-defined initiative id is written; built-in entries have none. */
  initiativeLocations: InitiativeLocations;
}

/** Where team-defined initiative ids are written: a map, or one that finds the places when first asked. */
export interface InitiativeLocations {
  get(id: string): SourceLocation | undefined;
  has(id: string): boolean;
}
