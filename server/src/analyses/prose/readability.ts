import { syllable } from 'syllable';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Span } from '../../engine/frontMatter';
import { findSection, proseWords } from './prose';
import { sentencesOf, type Sentence } from './sentences';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';

/**
 * The sentences a reader reads as running text: paragraphs, list items and table cells,
 * not headings, and not the References section, whose citations are not sentences.
 */
export function bodySentences(brief: ParsedBrief): Sentence[] {
  const references = findSection(brief, REFERENCE_TITLES);
  return sentencesOf(brief).filter(
    (sentence) => sentence.block.kind !== 'heading' && !(references && sentence.start >= references.start && sentence.start < references.sectionEnd),
  );
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

/** The pieces of a span left between the holes in it (which lie inside it, in order). */
function partsOutside(span: Span, holes: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  for (const hole of holes) {
    parts.push({ start: from, end: hole.start });
    from = hole.end;
  }
  parts.push({ start: from, end: span.end });
  return parts;
}

export function readingEase(brief: ParsedBrief, sentences: readonly Sentence[]): ReadingEase {
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    // A note inside a sentence is a sentence of its own, and is counted there.
    for (const part of partsOutside(sentence, sentence.asides)) {
      for (const word of proseWords(brief, part)) {
        words++;
        syllables += syllablesOf(word);
      }
    }
  }
  const wordsPerSentence = sentences.length ? words / sentences.length : 0;
  const ease = words ? 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllables / words) : 0;
  return { words, sentences: sentences.length, syllables, wordsPerSentence, ease };
}
