import { PhraseMatcher, tokensOf } from '../engine/phraseMatcher';
import { isUnbrokenProse } from '../engine/prose';
import type { ParsedBrief } from '../engine/parseBrief';
import type { SpellingPair, Vocabulary } from '../knowledge/knowledge';

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

const matchers = new WeakMap<Vocabulary, PhraseMatcher<{ pair: SpellingPair; variety: Variety }>>();

function spellingMatcher(vocabulary: Vocabulary) {
  let matcher = matchers.get(vocabulary);
  if (!matcher) {
    matcher = new PhraseMatcher(
      vocabulary.spellings.flatMap((pair) => (['gb', 'us'] as const).map((variety) => ({ phrase: pair[variety], value: { pair, variety } }))),
    );
    matchers.set(vocabulary, matcher);
  }
  return matcher;
}

/** Every word of the brief's prose that has a British and a US spelling, in document order. */
export function findSpellings(brief: ParsedBrief, vocabulary: Vocabulary): SpellingMatch[] {
  return spellingMatcher(vocabulary)
    .matchTokens(tokensOf(brief), brief.prose)
    .filter((match) => isUnbrokenProse(brief, match))
    .map((match) => ({ start: match.start, end: match.end, text: match.text, ...match.value }));
}
