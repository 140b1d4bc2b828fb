import { defineRule } from './defineRule';
import { countWords, forEachProseWord, titleSpan } from '../analyses/prose/prose';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Sentence } from '../analyses/prose/sentences';
import { bodySentences, readingEase } from '../analyses/prose/readability';
import { leftAloneSpans } from '../analyses/prose/leftAlone';
import { wordsInHtml } from '../analyses/prose/htmlNodes';

/** Below this many words a score says more about the sample than about the writing. */
const MIN_WORDS = 100;
/** Sentences this long on average are worth splitting, whatever the limit; below it, a low score comes from long words. */
const LONG_AVERAGE = 20;
/**
 * The Flesch formula and its advice are made for English: text where these words are
 * rarer than one in twelve (Spanish, French, German prose) is not scored.
 */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'are', 'for', 'that', 'with', 'on', 'as', 'by', 'this', 'be', 'it', 'from', 'or', 'an', 'at', 'which', 'was', 'were', 'has', 'have']);
const MIN_ENGLISH_SHARE = 1 / 12;

/** The end of a written sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…]['"”’)\]]*\s*$/;

export default defineRule<{ minReadingEase: number; maxWordsPerSentence: number }>({
  id: 'readability-score',
  description: "A brief's Flesch reading ease and average sentence length must stay within the team's floor.",
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: { minReadingEase: 30, maxWordsPerSentence: 25 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minReadingEase: { type: 'number', minimum: -100, maximum: 121, description: 'Lowest acceptable Flesch reading ease (higher is easier; 30 to 50 is "difficult", below 30 "very difficult").' },
      maxWordsPerSentence: { type: 'number', exclusiveMinimum: 0, description: 'Highest acceptable average number of words per sentence.' },
    },
  },
  check(brief, { options, report }) {
    // Labels and list fragments without a full stop ("Odd/Even Scheduling") are no sentences a reader reads through.
    const sentences = bodySentences(brief).filter((sentence) => sentence.block.kind === 'paragraph' && SENTENCE_END.test(brief.prose.slice(sentence.start, sentence.end)));
    const score = readingEase(brief, sentences);
    if (score.words < MIN_WORDS || !isEnglish(brief, sentences)) return;
    // Math.round(-0.2) is -0, which JSON (the LSP, --format json) turns into 0.
    const ease = Math.round(score.ease) || 0;
    const perSentence = Math.round(score.wordsPerSentence * 10) / 10;
    if ((ease >= options.minReadingEase && perSentence <= options.maxWordsPerSentence) || mostlyElsewhere(brief, score.words)) return;
    const longSentences = perSentence > Math.min(LONG_AVERAGE, options.maxWordsPerSentence);
    const longWords = ease < options.minReadingEase;
    const syllablesPerWord = Math.round((score.syllables / score.words) * 10) / 10;
    const advice = longSentences
      ? longWords
        ? 'Split long sentences and prefer short, common words.'
        : 'Split long sentences.'
      : `Its sentences are short enough; the long words (${syllablesPerWord} syllables a word) make it hard, so prefer short, common ones.`;
    report({
      message: `The brief is hard to read: Flesch reading ease ${ease} (floor ${options.minReadingEase}), ${perSentence} words per sentence (limit ${options.maxWordsPerSentence}), from ${score.words} words in ${score.sentences} sentences. ${advice}`,
      ...titleSpan(brief),
      data: { readingEase: ease, wordsPerSentence: perSentence, words: score.words, sentences: score.sentences, syllables: score.syllables },
    });
  },
});

/**
 * Whether the brief's paragraphs in another language (which readability-mixed-languages
 * reports) and its running text written in HTML (which no prose rule reads) hold more words
 * than the sentences scored: a score of the rest would be the score of scraps (form labels,
 * names, a list between HTML paragraphs), not of the brief.
 */
function mostlyElsewhere(brief: ParsedBrief, scoredWords: number): boolean {
  let otherWords = wordsInHtml(brief);
  for (const passage of leftAloneSpans(brief)) if (passage.kind === 'otherLanguage') otherWords += countWords(brief, passage);
  return otherWords > scoredWords;
}

/** The longest of the function words: a longer word is none of them, and is not lower-cased to look. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((word) => word.length));

function isEnglish(brief: ParsedBrief, sentences: readonly Sentence[]): boolean {
  let words = 0;
  for (const sentence of sentences) words += countWords(brief, sentence);
  const enough = words * MIN_ENGLISH_SHARE;
  let common = 0;
  const count = (word: string) => {
    if (word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) common++;
  };
  // Common words are counted until there are enough, which English text has within its first sentences.
  for (const sentence of sentences) {
    if (common >= enough) return true;
    forEachProseWord(brief, sentence, count);
  }
  return common >= enough;
}
