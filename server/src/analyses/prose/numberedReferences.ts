import type { List, Nodes } from 'mdast';
import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';
import { findSection } from './prose';
import { allMatches } from '../../engine/allMatches';

/** A number in brackets: a citation in the text (`study[3]`), or the mark of an entry of the references (`[3] Smith, …`). */
export interface NumberedMark extends Span {
  number: number;
}

export interface NumberedReferences {
  /** Numbers the text cites, each where it stands: `[3]`, and each number of `[1, 4]` or `[2–5]`. */
  citations: NumberedMark[];
  /** Entries of the references, by number: a paragraph that opens with `[3]`, or an item of a numbered list under the references heading. */
  entries: NumberedMark[];
}

/** `[3]`, `[1, 4]`, `[2–5]`; a bracket of more than three digits is a year or a figure. */
const BRACKETED_NUMBERS = /\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/g;
const ENTRY_MARK = /^\[(\d{1,3})\]/;
/** Enough for any brief; a range wider than this is a typo, not a hundred citations. */
const MAX_RANGE = 50;

/** The brief's numbered citations and reference entries, read once per parse. */
export function numberedReferences(brief: ParsedBrief): NumberedReferences {
  return brief.cache.get(numberedReferences, () => {
    const citations: NumberedMark[] = [];
    const entries: NumberedMark[] = [];
    for (const block of brief.blocks) {
      const text = brief.prose.slice(block.start, block.end);
      // Both a citation and an entry's mark open with a bracket, which most blocks do not hold.
      if (block.kind === 'heading' || !text.includes('[')) continue;
      const marks = allMatches(BRACKETED_NUMBERS, text).map((match) => ({ start: block.start + match.index, end: block.start + match.index + match[0].length, numbers: expand(match[1]) }));
      // A paragraph that opens with "[1]" lists entries; some put several in one paragraph ("[1] … [2] …").
      const listsEntries = ENTRY_MARK.test(text.trimStart());
      for (const mark of marks) {
        for (const number of mark.numbers) (listsEntries ? entries : citations).push({ start: mark.start, end: mark.end, number });
      }
    }
    entries.push(...numberedListEntries(brief));
    entries.sort((a, b) => a.start - b.start);
    return { citations, entries };
  });
}

function expand(written: string): number[] {
  return written.split(/\s*,\s*/).flatMap((part) => {
    const [from, to] = part.split(/\s*[–-]\s*/).map(Number);
    if (to === undefined) return [from];
    if (to < from || to - from > MAX_RANGE) return [from, to];
    return Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

/** Headings of the sections whose numbered lists are lists of references. */
const NUMBERED_LIST_TITLES = [...REFERENCE_TITLES, 'Endnotes'];

/** The items of numbered lists in the references section, numbered as a reader sees them. */
function numberedListEntries(brief: ParsedBrief): NumberedMark[] {
  const section = findSection(brief, NUMBERED_LIST_TITLES);
  if (!section) return [];
  const entries: NumberedMark[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    if (start === undefined || start >= section.sectionEnd || (node.position?.end.offset ?? 0) <= section.end) {
      if (node.type === 'root') node.children.forEach(visit);
      return;
    }
    if (node.type === 'list' && node.ordered) {
      numbered(node).forEach((entry) => entries.push(entry));
      return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(brief.tree);
  return entries;
}

function numbered(list: List): NumberedMark[] {
  const first = list.start ?? 1;
  return list.children.flatMap((item, index) => {
    const start = item.position?.start.offset;
    if (start === undefined) return [];
    // The mark itself ("3."), where the finding is shown.
    const mark = String(first + index).length + 1;
    return [{ start, end: start + mark, number: first + index }];
  });
}
