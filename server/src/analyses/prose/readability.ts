import { syllable } from 'syllable';
import type { ParsedBrief } from '../../engine/parseBrief';
import { countWords, findSection, forEachProseWordKey, isAscii } from './prose';
import { tokensOf } from '../../engine/phraseMatcher';
import { quotedPassages, skippedPassages } from './leftAlone';
import { sentencesOf, type Sentence } from './sentences';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';
import { allMatches } from '../../engine/allMatches';

/** "… says:" before a quotation or "(ibid.)" after it: what a sentence that only quotes may add. */
const MOST_WORDS_AROUND_A_QUOTATION = 2;

/**
 * The sentences a reader reads as the author's running text: paragraphs, list items and
 * table cells, not headings, not the references (citations are not sentences), not the
 * back matter (credits, acknowledgements, legal terms), not passages in another language,
 * not sentences that only quote someone else and not worked sums.
 */
export interface BodySentence extends Sentence {
  /** Words of the sentence inside quotation marks or a quoted passage: someone else's. */
  quotedWords: number;
}

export function bodySentences(brief: ParsedBrief): BodySentence[] {
  return brief.cache.get(bodySentences, () => {
    const references = findSection(brief, REFERENCE_TITLES);
    const skipped = skippedPassages(brief);
    const quoted = quotedPassages(brief);
    const equalsSigns = allMatches(EQUALS_SIGN, brief.prose).map((match) => match.index);
    // Sentences, passages and equals signs all come in document order: each list is read once, from where the last sentence left it.
    let nextSkipped = 0;
    let nextQuoted = 0;
    let nextEquals = 0;
    const sentences: BodySentence[] = [];
    for (const sentence of sentencesOf(brief)) {
      if (sentence.block.kind === 'heading' || (references && sentence.start >= references.start && sentence.start < references.sectionEnd)) continue;
      while (nextEquals < equalsSigns.length && equalsSigns[nextEquals] < sentence.start) nextEquals++;
      if (isCalculation(equalsSigns, nextEquals, sentence)) continue;
      while (nextSkipped < skipped.length && skipped[nextSkipped].end <= sentence.start) nextSkipped++;
      if (nextSkipped < skipped.length && skipped[nextSkipped].start <= sentence.start) continue;
      // Quoted words in the author's sentence are read as part of it; a sentence that is all quotation is not the author's to split.
      while (nextQuoted < quoted.length && quoted[nextQuoted].end <= sentence.start) nextQuoted++;
      let quotedWords = 0;
      for (let i = nextQuoted; i < quoted.length && quoted[i].start < sentence.end; i++) {
        quotedWords += countWords(brief, { start: Math.max(quoted[i].start, sentence.start), end: Math.min(quoted[i].end, sentence.end) });
      }
      if (sentence.words - quotedWords > MOST_WORDS_AROUND_A_QUOTATION) sentences.push({ ...sentence, quotedWords });
    }
    return sentences;
  });
}

/**
 * Three equals signs or more: a worked sum ("Saving = 5.21 - 1 = 4.21 kWh … = 6,146.6 kWh/year"),
 * read as figures, not as a sentence. Prose may set a value or two ("at time t=1 … (t=100)").
 */
const LEAST_EQUALS_OF_A_SUM = 3;
const EQUALS_SIGN = /=/g;

/** Whether the sentence holds that many of the equals signs, the first of them at or after it being `equalsSigns[from]`. */
function isCalculation(equalsSigns: readonly number[], from: number, sentence: Sentence): boolean {
  const third = from + LEAST_EQUALS_OF_A_SUM - 1;
  return third < equalsSigns.length && equalsSigns[third] < sentence.end;
}

export interface ReadingEase {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
  ease: number;
}

/** Briefs repeat their words; counting each once keeps scoring a long brief cheap. Bounded for a long-running server. */
const syllableCounts = new Map<string, number>();
const MAX_CACHED_WORDS = 50_000;

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    // Numbers and symbols have no vowels to count, but a reader still says them.
    count = Math.max(1, syllable(word));
    if (syllableCounts.size >= MAX_CACHED_WORDS) syllableCounts.clear();
    syllableCounts.set(word, count);
  }
  return count;
}

/** What `readingEase` notes for a key with other than ASCII characters, which is counted as written. */
const NOT_ASCII = -1;

export function readingEase(brief: ParsedBrief, sentences: readonly Sentence[]): ReadingEase {
  let words = 0;
  let syllables = 0;
  const { keys } = tokensOf(brief);
  // Syllables by key number, counted at the key's first word: 0 until then. syllable() lower-cases a word before
  // counting and changes no ASCII letter, so a word whose key is all ASCII counts as its key; any other as written.
  const syllablesOfKey = new Int32Array(keys.length);
  const count = (keyNumber: number, start: number, end: number) => {
    words++;
    if (keyNumber >= 0 && syllablesOfKey[keyNumber] === 0) syllablesOfKey[keyNumber] = isAscii(keys[keyNumber]) ? syllablesOf(keys[keyNumber]) : NOT_ASCII;
    syllables += keyNumber >= 0 && syllablesOfKey[keyNumber] !== NOT_ASCII ? syllablesOfKey[keyNumber] : syllablesOf(brief.prose.slice(start, end));
  };
  for (const sentence of sentences) {
    // A note inside a sentence is a sentence of its own, and is counted there; a run-in label is read as a heading:
    // only the text around them is read.
    let from = sentence.start;
    for (const passage of sentence.uncounted) {
      forEachProseWordKey(brief, { start: from, end: passage.start }, count);
      from = passage.end;
    }
    forEachProseWordKey(brief, { start: from, end: sentence.end }, count);
  }
  const wordsPerSentence = sentences.length ? words / sentences.length : 0;
  const ease = words ? 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllables / words) : 0;
  return { words, sentences: sentences.length, syllables, wordsPerSentence, ease };
}
