import { PhraseMatcher } from '../engine/phraseMatcher';
import { isNetwork, type ActionArea, type Initiative, type Knowledge } from './knowledge';

/** Lookups and matchers compiled once per knowledge (built-in, or merged with a team's files). */
export interface KnowledgeIndex {
  actionAreas: Map<string, ActionArea>;
  /** Each area's keywords, in one matcher. */
  actionAreaKeywords: PhraseMatcher<ActionArea>;
  initiatives: Map<string, Initiative>;
  /** Initiative and network names and aliases, in one matcher; acronyms, and every network name, match as written. */
  initiativeNames: PhraseMatcher<Initiative>;
}

const indexes = new WeakMap<Knowledge, KnowledgeIndex>();

// "GESDA", "GCA" or "HCH" are names in capitals; in lower case they may be ordinary words.
// So are networks' names: Metropolis is an association, a metropolis is a city.
const ACRONYM = /^[\p{Lu}\p{N}]{2,8}$/u;

export function knowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  let index = indexes.get(knowledge);
  if (!index) {
    index = {
      actionAreas: new Map(knowledge.actionAreas.map((area) => [area.id, area])),
      actionAreaKeywords: new PhraseMatcher(knowledge.actionAreas.flatMap((area) => area.keywords.map((phrase) => ({ phrase, value: area })))),
      initiatives: new Map(knowledge.initiatives.map((initiative) => [initiative.id, initiative])),
      initiativeNames: new PhraseMatcher(
        knowledge.initiatives.flatMap((initiative) =>
          [initiative.name, ...initiative.aliases].map((phrase) => ({ phrase, value: initiative, caseSensitive: isNetwork(initiative) || ACRONYM.test(phrase) })),
        ),
      ),
    };
    indexes.set(knowledge, index);
  }
  return index;
}
