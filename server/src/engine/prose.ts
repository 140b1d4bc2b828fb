import type { Span } from './frontMatter';
import type { Heading, ParsedBrief } from './parseBrief';
import { REFERENCE_TITLES } from '../knowledge/sectionTitles';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Words of prose between two offsets (Markdown markup, code and URLs do not count). */
export function countWords(brief: ParsedBrief, span: Span = { start: 0, end: brief.text.length }): number {
  return brief.prose.slice(span.start, span.end).match(WORD)?.length ?? 0;
}

/** Words that count against the brief's budget: the references section is left out. */
export function budgetedWordCount(brief: ParsedBrief): number {
  const references = findSection(brief, REFERENCE_TITLES);
  return countWords(brief) - (references ? countWords(brief, { start: references.start, end: references.sectionEnd }) : 0);
}

/** The first heading whose title matches one of the names, case- and punctuation-insensitively. */
export function findSection(brief: ParsedBrief, names: readonly string[]): Heading | undefined {
  const wanted = new Set(names.map(normaliseTitle));
  return brief.headings.find((heading) => wanted.has(normaliseTitle(heading.title)));
}

export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/^[\d.\s]+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Where a brief-level finding is shown: the title heading, else the front matter, else the start. */
export function titleSpan(brief: ParsedBrief): Span {
  const title = brief.headings.find((heading) => heading.depth === 1);
  if (title) return { start: title.start, end: title.end };
  if (brief.frontMatter) return { start: 0, end: 3 };
  return { start: 0, end: Math.min(brief.text.length, brief.lines.lineEnd(0)) };
}
