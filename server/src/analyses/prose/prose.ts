import type { Span } from '../../engine/frontMatter';
import type { Heading, ParsedBrief, ProseBlock } from '../../engine/parseBrief';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';
import { findInitiativeReferences } from '../initiatives/initiativeReferences';
import { textStart } from '../../engine/byteOrderMark';
import { firstAtOrAbove, firstIndexPast } from '../../engine/sortedSearch';
import { forEachWord } from '../../engine/tokens';
import { tokensOf } from '../../engine/phraseMatcher';


interface ProseWords {
  /** Where each word starts, in order. */
  starts: Uint32Array;
  /** Where each word ends: a word is cut out of the prose only when a rule reads it, most are only counted. */
  ends: Uint32Array;
}

/** Every word of the prose, found once per parse: rules count words of many spans of the same brief. */
function allWords(brief: ParsedBrief): ProseWords {
  return brief.cache.get(allWords, () => {
    // A word is at least one character with one between words: room for every word, sized once.
    const mostWords = (brief.prose.length + 1) >> 1;
    const starts = new Uint32Array(mostWords);
    const ends = new Uint32Array(mostWords);
    let count = 0;
    forEachWord(brief.prose, (start, end) => {
      starts[count] = start;
      ends[count++] = end;
    });
    return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
  });
}

/** The index of the first word that starts at or after `offset`. */
function firstWordFrom(starts: Uint32Array, offset: number): number {
  return firstAtOrAbove(starts, offset);
}

/** Calls `visit` with each word of prose that starts between two offsets (Markdown markup, code and URLs do not count), in order. */
export function forEachProseWord(brief: ParsedBrief, span: Span, visit: (word: string) => void): void {
  const { starts, ends } = allWords(brief);
  const end = firstWordFrom(starts, span.end);
  for (let i = firstWordFrom(starts, span.start); i < end; i++) visit(brief.prose.slice(starts[i], ends[i]));
}

/**
 * Calls `visit` with each word of prose that starts between two offsets, as `forEachProseWord`
 * finds them, by where it starts and ends and the number of its key among the brief's tokens'
 * keys (`Tokens.keys`) when the word is one token, whose key is the word lower-cased; -1 for a
 * word of several tokens ("e.g.", "co-operate", "don't"). A rule that looks words up does so
 * once per key, without cutting each word out of the prose.
 */
export function forEachProseWordKey(brief: ParsedBrief, span: Span, visit: (keyNumber: number, start: number, end: number) => void): void {
  const { starts, ends } = allWords(brief);
  const tokens = tokensOf(brief);
  const end = firstWordFrom(starts, span.end);
  let word = firstWordFrom(starts, span.start);
  // Words and tokens both come in text order: the walk over the tokens starts at the first word and only moves on.
  let token = word < end ? tokens.firstFrom(starts[word]) : 0;
  for (; word < end; word++) {
    while (token < tokens.length && tokens.start(token) < starts[word]) token++;
    const isOneToken = token < tokens.length && tokens.start(token) === starts[word] && tokens.end(token) === ends[word] && tokens.isWord(token);
    visit(isOneToken ? tokens.ids[token] : -1, starts[word], ends[word]);
  }
}

/** Whether every character is ASCII, read by its code: a regular expression costs more than the loop for a word. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function countWords(brief: ParsedBrief, span: Span = { start: 0, end: brief.text.length }): number {
  const { starts } = allWords(brief);
  return firstWordFrom(starts, span.end) - firstWordFrom(starts, span.start);
}

/** Words that count against the brief's budget: the references section is left out. */
export function budgetedWordCount(brief: ParsedBrief): number {
  const references = findSection(brief, REFERENCE_TITLES);
  const inReferences = (offset: number) => references !== undefined && offset >= references.start && offset < references.sectionEnd;
  let words = countWords(brief) - (references ? countWords(brief, { start: references.start, end: references.sectionEnd }) : 0);
  // The notes of footnotes (`[^1]: …`) are references too, wherever they are written.
  for (const note of footnoteNotes(brief)) if (!inReferences(note.start)) words -= countWords(brief, note);
  return words;
}

/**
 * The notes of the brief's footnotes (`[^26]: OMB Statistical Policy Directives …, available
 * at …`), in document order: its sources, which sites show under a "Footnotes" heading of their own.
 */
export function footnoteNotes(brief: ParsedBrief): readonly Span[] {
  return brief.cache.get(footnoteNotes, () =>
    brief.tree.children.flatMap((node) => (node.type === 'footnoteDefinition' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined ? [{ start: node.position.start.offset, end: node.position.end.offset }] : [])),
  );
}

/** The first heading whose title matches one of the names, case- and punctuation-insensitively. */
export function findSection(brief: ParsedBrief, names: readonly string[]): Heading | undefined {
  const wanted = normalisedNames(names);
  const titles = normalisedTitles(brief);
  return brief.headings.find((_, i) => wanted.has(titles[i]));
}

/** Each list of section names normalised once: the analyses and rules keep their lists as constants and search every brief with them. */
const normalisedNameLists = new WeakMap<readonly string[], ReadonlySet<string>>();

function normalisedNames(names: readonly string[]): ReadonlySet<string> {
  let normalised = normalisedNameLists.get(names);
  if (!normalised) normalisedNameLists.set(names, (normalised = new Set(names.map(normaliseTitle))));
  return normalised;
}

/** Each heading's title as `normaliseTitle` makes it, in the order of `brief.headings`; found once per parse. */
export function normalisedTitles(brief: ParsedBrief): readonly string[] {
  return brief.cache.get(normalisedTitles, () => brief.headings.map((heading) => normaliseTitle(heading.title)));
}

/**
 * Titles and names normalised so far: rules normalise the section names and keywords of their
 * options for every brief, and a workspace repeats its headings. Bounded for a long-running server.
 */
const normalisedTitleOf = new Map<string, string>();
const MAX_NORMALISED_TITLES = 10_000;

export function normaliseTitle(title: string): string {
  let normalised = normalisedTitleOf.get(title);
  if (normalised === undefined) {
    normalised = title
      // Invisible format characters pasted in (a soft hyphen, a zero-width space, a stray BOM) split no word.
      .replace(/\p{Cf}/gu, '')
      .toLowerCase()
      .replace(/^[\d.\s]+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalisedTitleOf.size >= MAX_NORMALISED_TITLES) normalisedTitleOf.clear();
    normalisedTitleOf.set(title, normalised);
  }
  return normalised;
}

/** Where a brief-level finding is shown: the title heading, else the front matter, else the start. */
export function titleSpan(brief: ParsedBrief): Span {
  const title = brief.headings.find((heading) => heading.depth === 1);
  if (title) return { start: title.start, end: title.end };
  if (brief.frontMatter) return brief.frontMatter.opening;
  const start = textStart(brief.text);
  return { start, end: Math.max(start, brief.lines.lineEnd(0)) };
}

/** The prose block that holds the offset; blocks never nest and come in document order. */
export function blockAt(brief: ParsedBrief, offset: number): ProseBlock | undefined {
  let low = 0;
  let high = brief.blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = brief.blocks[middle];
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return block;
  }
  return undefined;
}

/**
 * True when the span lies inside one prose block and holds no code, markup, comment or
 * citation key, so a phrase found there was written as one phrase (not pieced together
 * across a code span or two paragraphs, nor part of an id such as `[@scitech-diplohub]`)
 * and can be replaced without losing markup.
 */
export function isUnbrokenProse(brief: ParsedBrief, span: Span): boolean {
  const block = blockAt(brief, span.start);
  return (
    block !== undefined &&
    span.end <= block.end &&
    brief.text.slice(span.start, span.end) === brief.prose.slice(span.start, span.end) &&
    !overlapsCitationKey(brief, span)
  );
}

/** Citation keys come in document order and never overlap, so the first that ends after the span's start is the only one to check. */
function overlapsCitationKey(brief: ParsedBrief, span: Span): boolean {
  const keys = citationKeysOf(brief);
  const low = firstIndexPast(keys, (item) => item.end > span.start);
  return low < keys.length && keys[low].start < span.end;
}

function citationKeysOf(brief: ParsedBrief): Span[] {
  return brief.cache.get(citationKeysOf, () => findInitiativeReferences(brief));
}
