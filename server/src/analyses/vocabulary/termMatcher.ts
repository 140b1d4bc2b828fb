import { PhraseMatcher } from '../../engine/phraseMatcher';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Term, Vocabulary } from '../../knowledge/knowledge';
import { matchProse, perVocabulary } from './vocabularyMatcher';

/** A vocabulary term found in a brief, written either in its preferred form or as a variant to avoid. */
export interface TermMatch {
  start: number;
  end: number;
  /** The text as written in the brief. */
  text: string;
  term: Term;
  /** The discouraged variant that matched, when the brief does not use the preferred form. */
  variant?: string;
  /** True for the plural ("science policy interfaces"), which a replacement keeps. */
  plural: boolean;
}

interface TermEntry {
  term: Term;
  variant?: string;
  plural: boolean;
}

/**
 * One matcher for every term and variant of a vocabulary (and their plurals in -s),
 * compiled once per vocabulary. Preferred forms are entries too, so a variant never
 * matches inside a longer preferred term ("policymaking" inside "evidence-informed policymaking").
 */
export const termMatcher = perVocabulary(
  (vocabulary) =>
    new PhraseMatcher<TermEntry>(
      vocabulary.terms.flatMap((term) =>
        [undefined, ...term.avoid].flatMap((variant) => {
          const phrase = variant ?? term.term;
          const forms = [{ phrase, value: { term, variant, plural: false }, caseSensitive: term.caseSensitive }];
          if (/\p{Ll}$/u.test(phrase) && !phrase.endsWith('s')) forms.push({ phrase: `${phrase}s`, value: { term, variant, plural: true }, caseSensitive: term.caseSensitive });
          return forms;
        }),
      ),
    ),
);

/** Every vocabulary term in the brief's prose, in document order and apart from each other; found once per brief and vocabulary. */
export function findTerms(brief: ParsedBrief, vocabulary: Vocabulary): readonly TermMatch[] {
  return brief.cache.getFor(findTerms, [vocabulary], () =>
    matchProse(brief, termMatcher(vocabulary)).map((match) => ({ start: match.start, end: match.end, text: match.text, ...match.value })),
  );
}
