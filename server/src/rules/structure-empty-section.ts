import { defineRule } from './defineRule';
import type { Heading, ParsedBrief } from '../engine/parseBrief';

/** What a reader does not see: HTML comments, blank lines, the marks of an empty quote, and rules (`---`, `***`). */
const INVISIBLE = /<!--[\s\S]*?-->|^[ \t]*(?:[-*_][ \t]*){3,}$|[\s>]+/gm;
/**
 * A heading this long that ends as a statement does is a paragraph set as a heading (the
 * standfirst under a title, a lead copied from a web page), not the title of a section.
 */
const PARAGRAPH_HEADING_WORDS = 20;
const ENDS_AS_STATEMENT = /[.!…]["”’)]*$/;
/** A heading's title that starts in a small letter goes on from the heading before it. */
const CONTINUES = /^\p{Ll}/u;

export default defineRule({
  id: 'structure-empty-section',
  description: 'A section must have text: a heading is not followed at once by a heading of the same or a higher level, or by the end of the brief.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { report }) {
    brief.headings.forEach((heading, index) => {
      // A level-1 heading is the brief's title; a brief of a title alone is one just started, which structure-required-sections covers.
      if (heading.depth === 1) return;
      if (isParagraph(heading) || holdsItsText(brief, heading)) return;
      const next: Heading | undefined = brief.headings[index + 1];
      // A heading followed by its own subsections introduces them; it is not empty.
      if (next && next.depth > heading.depth) return;
      // A title broken over two headings, as a PDF turned into Markdown breaks its lines ("…: protección" / "laboral, limitaciones…"), is one heading.
      if (next && next.depth === heading.depth && CONTINUES.test(next.title)) return;
      const end = next ? next.start : brief.text.length;
      if (hasContent(brief, heading.end, end)) return;
      const name = heading.title === '' ? `on line ${brief.lines.positionAt(heading.start).line + 1}` : `'${heading.title}'`;
      const where = next ? 'the next heading follows at once' : 'the brief ends after its heading';
      report({
        message: `The section ${name} is empty: ${where}. Write its text, or remove the heading.`,
        start: heading.start,
        end: heading.end,
      });
    });
  },
});

/**
 * A heading that holds its own content: text after a line break, as a callout box does
 * ("> ###### **Cities mentioned in this article:** <br> New York City, Ahmedabad, …"), or an
 * image with its caption set in heading type ("###### ![Air-con compressors](…) **How can…**").
 */
function holdsItsText(brief: ParsedBrief, heading: Heading): boolean {
  return CONTENT_IN_HEADING.test(brief.text.slice(heading.start, heading.end));
}

const CONTENT_IN_HEADING = /<br\s*\/?>\s*\S|!\[[^\]]*\]\(/i;

function isParagraph(heading: Heading): boolean {
  return ENDS_AS_STATEMENT.test(heading.title) && (heading.title.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= PARAGRAPH_HEADING_WORDS;
}

/** Whether the invisible runs, found in order from the start, leave anything between the offsets: the first gap ends the search. */
function hasContent(brief: ParsedBrief, start: number, end: number): boolean {
  const text = brief.text.slice(start, end);
  let covered = 0;
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(text); match !== null && match.index === covered; match = INVISIBLE.exec(text)) covered += match[0].length;
  return covered < text.length;
}
