import { closestMatches } from '../../engine/didYouMean';
import { findInitiativeReferences, type InitiativeReference } from './initiativeReferences';
import { tokensOf, type PhraseMatch } from '../../engine/phraseMatcher';
import type { FieldItem } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Initiative, Knowledge } from '../../knowledge/knowledge';
import { bibliographyKeys } from './bibliography';
import { knowledgeIndex } from '../../knowledge/knowledgeIndex';
import { readTagItems } from '../frontMatter/tagField';

export const INITIATIVES_FIELD = 'initiatives';

export interface InitiativeCitation extends InitiativeReference {
  /** The catalogue entry the key names, if any. */
  initiative?: Initiative;
  /** A key of the brief's bibliography: an ordinary citation, not an initiative. */
  bibliographic: boolean;
}

/** How one brief uses the initiative catalogue: tags, `[@id]` references and mentions by name. */
export interface InitiativeUse {
  tags: FieldItem[];
  tagged: Set<string>;
  /** References that may name an initiative; in-text `@handle`s that name none are left out. */
  references: InitiativeCitation[];
  referenced: Set<string>;
  /** Names and aliases in plain words, outside references. */
  mentions: PhraseMatch<Initiative>[];
  /** True when a named bibliography could not be read, so an unknown key may be a citation. */
  bibliographyUnreadable: boolean;
}

/** `linkedFiles` holds the contents of the brief's bibliography files, read by the host. */
export function initiativeUse(brief: ParsedBrief, knowledge: Knowledge, linkedFiles: ReadonlyMap<string, string>): InitiativeUse {
  return brief.cache.getFor(initiativeUse, [knowledge, linkedFiles], () => read(brief, knowledge, linkedFiles));
}

function read(brief: ParsedBrief, knowledge: Knowledge, linkedFiles: ReadonlyMap<string, string>): InitiativeUse {
  const index = knowledgeIndex(knowledge);
  const bibliography = bibliographyKeys(brief, linkedFiles);
  const references = findInitiativeReferences(brief).flatMap((reference): InitiativeCitation[] => {
    const initiative = index.initiatives.get(reference.id);
    const bibliographic = !initiative && bibliography.keys.has(reference.id);
    // An in-text "@name" that names no initiative is as likely a social-media handle as a citation.
    if (!initiative && !reference.bracketed) return [];
    // Written out rather than spread from the reference, which made each copy slow.
    return [{ id: reference.id, start: reference.start, end: reference.end, bracketed: reference.bracketed, initiative, bibliographic }];
  });
  const inReference = (start: number, end: number) => references.some((r) => r.start - 1 <= end && start <= r.end);
  const mentions = index.initiativeNames.matchTokens(tokensOf(brief), brief.text).filter((m) => !inReference(m.start, m.end));
  const tags = readTagItems(brief, INITIATIVES_FIELD);
  return {
    tags,
    tagged: new Set(tags.map((tag) => tag.source)),
    references,
    referenced: new Set(references.flatMap((r) => (r.initiative ? [r.initiative.id] : []))),
    mentions,
    bibliographyUnreadable: !bibliography.readable,
  };
}

/** Each catalogue's ids by their lower-cased ids, names and aliases, made at the first unknown id, not at each. */
const idsByName = new WeakMap<Knowledge, Map<string, string>>();

/** Catalogue ids close to what was written, matched against ids, names and aliases. */
export function initiativeSuggestions(written: string, knowledge: Knowledge): string[] {
  let byName = idsByName.get(knowledge);
  if (!byName) {
    byName = new Map(knowledge.initiatives.flatMap((initiative) => [initiative.id, initiative.name, ...initiative.aliases].map((name) => [name.toLowerCase(), initiative.id])));
    idsByName.set(knowledge, byName);
  }
  const exact = byName.get(written.toLowerCase());
  if (exact) return [exact];
  return [...new Set(closestMatches(written.toLowerCase(), byName.keys()).map((name) => byName.get(name)!))];
}
