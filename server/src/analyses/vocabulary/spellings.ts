import { PhraseMatcher } from '../../engine/phraseMatcher';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { SpellingStandard } from '../../engine/lintConfig';
import type { SpellingPair, Vocabulary } from '../../knowledge/knowledge';
import { matchProse, perVocabulary } from './vocabularyMatcher';

export type Variety = 'gb' | 'us';

/**
 * The two independent choices a spelling standard makes: -ise or -ize in verbs such as
 * organise/organize ('suffix'), and British or US for every other pair ('variety':
 * colour, centre, programme, modelling, analyse). Oxford and UN spelling take -ize and
 * the British forms of the rest, which is why a brief that writes "organization" and
 * "programme" is consistent.
 */
export type SpellingChoice = 'suffix' | 'variety';

/** How each choice is made by each standard: the form it writes, as the variety of the pair. */
export const STANDARDS: Record<SpellingStandard, { name: string; suffix: Variety; variety: Variety }> = {
  'en-GB': { name: 'British English', suffix: 'gb', variety: 'gb' },
  'en-US': { name: 'US English', suffix: 'us', variety: 'us' },
  'en-GB-oxendict': { name: 'Oxford spelling', suffix: 'us', variety: 'gb' },
  'en-UN': { name: 'United Nations spelling', suffix: 'us', variety: 'gb' },
};

/** What a reader calls a word of each form, per choice. */
export const FORM_NAMES: Record<SpellingChoice, Record<Variety, string>> = {
  suffix: { gb: '-ise spelling', us: '-ize spelling' },
  variety: { gb: 'British spelling', us: 'US spelling' },
};

/** A word of the brief that is spelled differently in British and US English. */
export interface SpellingMatch {
  start: number;
  end: number;
  text: string;
  pair: SpellingPair;
  variety: Variety;
  choice: SpellingChoice;
}

/**
 * An -ise/-ize pair: the two forms differ only in an 's' after an 'i' that US spelling
 * writes 'z' (organise, urbanisation). -yse verbs (analyse, catalyse) are British in
 * Oxford spelling too, so they are not.
 */
export function choiceOf(pair: SpellingPair): SpellingChoice {
  const { gb, us } = pair;
  if (gb.length !== us.length) return 'variety';
  let differences = 0;
  let isIze = true;
  for (let i = 0; i < gb.length; i++) {
    if (gb[i] === us[i]) continue;
    differences++;
    isIze &&= gb[i] === 's' && us[i] === 'z' && gb[i - 1] === 'i';
  }
  return differences === 1 && isIze ? 'suffix' : 'variety';
}

const spellingMatcher = perVocabulary(
  (vocabulary) =>
    new PhraseMatcher(
      vocabulary.spellings.flatMap((pair) => {
        const choice = choiceOf(pair);
        return (['gb', 'us'] as const).map((variety) => ({ phrase: pair[variety], value: { pair, variety, choice } }));
      }),
    ),
);

/** Every word of the brief's prose that has a British and a US spelling, in document order. */
export function findSpellings(brief: ParsedBrief, vocabulary: Vocabulary): SpellingMatch[] {
  return matchProse(brief, spellingMatcher(vocabulary)).map((match) => ({ start: match.start, end: match.end, text: match.text, ...match.value }));
}
