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
  allowedAcronyms: string[];
}

export interface ActionArea {
  id: string;
  name: string;
  summary: string;
  keywords: string[];
}

export interface Initiative {
  id: string;
  name: string;
  aliases: string[];
  city: string;
  country: string;
  year?: number;
  url?: string;
  summary: string;
  sdgs: string[];
  actionAreas?: string[];
  source?: string;
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
  initiativeLocations: Map<string, SourceLocation>;
}
