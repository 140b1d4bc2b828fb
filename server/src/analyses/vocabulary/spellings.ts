import { PhraseMatcher } from '../../engine/phraseMatcher';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { SpellingPair, Vocabulary } from '../../knowledge/knowledge';
import { matchProse, perVocabulary } from './vocabularyMatcher';

export type Variety = 'gb' | 'us';

export const VARIETY_NAMES: Record<Variety, string> = { gb: 'British', us: 'US' };

/** A word of the brief that is spelled differently in British and US English. */
export interface SpellingMatch {
  start: number;
  end: number;
  text: string;
  pair: SpellingPair;
  variety: Variety;
}

const spellingMatcher = perVocabulary(
  (vocabulary) => new PhraseMatcher(vocabulary.spellings.flatMap((pair) => (['gb', 'us'] as const).map((variety) => ({ phrase: pair[variety], value: { pair, variety } })))),
);

/** Every word of the brief's prose that has a British and a US spelling, in document order. */
export function findSpellings(brief: ParsedBrief, vocabulary: Vocabulary): SpellingMatch[] {
  return matchProse(brief, spellingMatcher(vocabulary)).map((match) => ({ start: match.start, end: match.end, text: match.text, ...match.value }));
}
