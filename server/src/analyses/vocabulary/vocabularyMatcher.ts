import { tokensOf, type PhraseMatch, type PhraseMatcher } from '../../engine/phraseMatcher';
import { isUnbrokenProse } from '../prose/prose';
import { isLeftAlone } from '../prose/leftAlone';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Vocabulary } from '../../knowledge/knowledge';

/**
 * Wraps a factory of what is compiled from a vocabulary (a matcher, a set of its words) so
 * each vocabulary is compiled once: a lint, a hover and a code action on the same knowledge
 * share it, and a reloaded team file (a new vocabulary object) gets a fresh one.
 */
export function perVocabulary<T>(build: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary) => T {
  const compiled = new WeakMap<Vocabulary, T>();
  return (vocabulary) => {
    let built = compiled.get(vocabulary);
    if (built === undefined) {
      built = build(vocabulary);
      compiled.set(vocabulary, built);
    }
    return built;
  };
}

/**
 * The matcher's phrases in the brief's prose, without those pieced together across code,
 * markup or two blocks, and without those in text the rules leave alone (quotations,
 * references, passages in another language).
 */
export function matchProse<T>(brief: ParsedBrief, matcher: PhraseMatcher<T>): PhraseMatch<T>[] {
  return matcher.matchTokens(tokensOf(brief), brief.prose).filter((match) => isUnbrokenProse(brief, match) && !isLeftAlone(brief, match));
}
