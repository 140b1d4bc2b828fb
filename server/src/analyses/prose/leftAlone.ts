import type { Blockquote, Link, Nodes, Paragraph } from 'mdast';
import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';
import { briefLanguage } from '../frontMatter/tagField';
import { hasFunctionWordOf, isDetectedLanguage, otherLanguageOf, type DetectedLanguage } from './language';
import { normalisedTitles } from './prose';
import { backMatter } from './backMatter';
import { firstIndexPast } from '../../engine/sortedSearch';
import { allMatches } from '../../engine/allMatches';
import { linkNodesOf } from './htmlNodes';

/**
 * Why the text rules leave a passage alone: the author quotes someone else's words, it
 * is an entry of the references list, it is written in another language than the
 * brief's `lang` (the English rules do not read it), or it is a form's question to its
 * author, kept above the answer ("> What surprised you?").
 */
export type LeftAloneKind = 'quotation' | 'references' | 'otherLanguage' | 'prompt';

export interface LeftAlone extends Span {
  kind: LeftAloneKind;
  /** For a passage in another language: the language found. */
  language?: DetectedLanguage;
}

/**
 * Text of the brief that the text rules (vocabulary, acronyms, readability) leave alone,
 * in document order: quotations (a quoted run, or a blockquote that quotes), a form's
 * questions, the references section, and paragraphs in another language than the
 * brief's. Code, URLs and markup are not prose at all and never reach the rules.
 */
export function leftAloneSpans(brief: ParsedBrief): LeftAlone[] {
  return brief.cache.get(leftAloneSpans, () => {
    const sections = referenceSections(brief);
    const quotedOrCited = [...quotations(brief), ...sections, ...citationEntries(brief, sections)].sort((a, b) => a.start - b.start || b.end - a.end);
    return [...quotedOrCited, ...otherLanguagePassages(brief, quotedOrCited)].sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/** True when any part of the span lies in text the rules leave alone. */
export function isLeftAlone(brief: ParsedBrief, span: Span): boolean {
  return overlapsAny(brief.cache.get(isLeftAlone, () => merged(leftAloneSpans(brief))), span.start, span.end);
}

/** The quotations, joined where they overlap each other, in document order. */
export function quotedPassages(brief: ParsedBrief): readonly Span[] {
  return brief.cache.get(quotedPassages, () => merged(leftAloneSpans(brief).filter((s) => s.kind === 'quotation')));
}

/** True when the offset lies inside a quotation. */
export function isQuotedAt(brief: ParsedBrief, offset: number): boolean {
  return overlapsAny(quotedPassages(brief), offset, offset + 1);
}

/**
 * The references, a form's questions, the passages in another language and the back matter
 * (credits, acknowledgements, legal terms), joined where they overlap, in document order:
 * whole passages the readability rules skip.
 */
export function skippedPassages(brief: ParsedBrief): readonly Span[] {
  return brief.cache.get(skippedPassages, () => {
    const passages = [...leftAloneSpans(brief).filter((s) => s.kind !== 'quotation'), ...backMatter(brief)];
    return merged(passages.sort((a, b) => a.start - b.start || b.end - a.end));
  });
}

/** Spans sorted by start, joined where they overlap: sorted by end as well, so a binary search finds them. */
function merged(spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ start: span.start, end: span.end });
  }
  return joined;
}

/** Whether any of the merged spans shares a character with the offsets (an empty span: holds its offset); nothing is collected. */
function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const low = firstIndexPast(spans, (item) => item.end > start);
  return low < spans.length && spans[low].start < Math.max(end, start + 1);
}

/** A pair of quotation marks around words, within one block of prose. */
const QUOTED_RUN = /“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»|"[^"]+"/g;
/** What opens a blockquote that quotes: a quotation mark. */
const OPENS_WITH_QUOTE = /^\s*[“"„«‘']/;
/** An attribution line: "— Milly et al. (2008)", "-- Source: WHO". */
const ATTRIBUTION = /(?:^|[\r\n])\s*(?:[—―–]|--)\s*\S/;
/** An elision marks quoted words left out: "[...]", "[…]". */
const ELISION = /\[(?:\.\.\.|…)\]/;
/**
 * Its source in brackets after the last full stop, a section, a year or a page in it: "… under,
 * this Act. (Section 11(a)(2))", "… to adapt. (IPCC, 2022)"; not a form's "(Please select all that apply)".
 */
const SOURCE_AT_END = /[.…]["”’»]?\s*\((?=[^)]*\d)(?:[^()\n]|\([^()\n]*\)){1,100}\)\s*$/;

/**
 * A paragraph that opens a quotation and never closes it: a quotation running over several
 * paragraphs, each opened with a mark and only the last closed, as the press writes a speech
 * ("“We need to be adaptable …" then "“This isn’t solely a council issue. …”").
 */
function opensQuotationItDoesNotClose(text: string): boolean {
  const opening = /^\s*([“„«"])/.exec(text)?.[1];
  if (opening === undefined) return false;
  if (opening === '"') return (text.match(/"/g) ?? []).length % 2 === 1;
  return !text.includes(opening === '«' ? '»' : '”') && !(opening === '„' && text.includes('“'));
}

function quotations(brief: ParsedBrief): LeftAlone[] {
  const found: LeftAlone[] = [];
  for (const block of brief.blocks) {
    const text = brief.prose.slice(block.start, block.end);
    if (!/["“„«]/.test(text)) continue;
    if (block.kind === 'paragraph' && opensQuotationItDoesNotClose(text)) {
      found.push({ kind: 'quotation', start: block.start, end: block.end });
      continue;
    }
    for (const match of allMatches(QUOTED_RUN, text)) {
      // A straight quote mark after a letter or digit is an inch or a typo, not a quotation.
      if (match[0][0] === '"' && /[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue;
      found.push({ kind: 'quotation', start: block.start + match.index, end: block.start + match.index + match[0].length });
    }
  }
  for (const link of linkNodesOf(brief)) {
    const title = citedTitle(brief, link);
    if (title) found.push({ kind: 'quotation', ...title });
  }
  const quotedBlocks = new Set<Nodes>();
  const visit = (node: Nodes, before: Nodes | undefined) => {
    if (node.type === 'paragraph') {
      const quoted = italicQuotation(brief, node, before);
      if (quoted) found.push({ kind: 'quotation', ...quoted });
      return;
    }
    if (node.type === 'blockquote') {
      const text = blockquoteText(brief, node);
      // A question announced by the paragraph before it ("readers asked questions like:") is someone's, quoted;
      // so are the blockquotes that follow one such ("here are some tidbits:" and three passages of an essay).
      const announced = isAnnounced(text, brief, before) || (before !== undefined && quotedBlocks.has(before) && !isCallout(text));
      const kind = announced ? 'quotation' : asksTheAuthor(text) ? 'prompt' : quotesSomeone(text) ? 'quotation' : undefined;
      if (kind) {
        if (kind === 'quotation') quotedBlocks.add(node);
        found.push({ kind, start: node.position!.start.offset!, end: node.position!.end.offset! });
        return;
      }
    }
    if ('children' in node) node.children.forEach((child, i) => visit(child, node.children[i - 1]));
  };
  visit(brief.tree, undefined);
  return found;
}

/** Small words a title leaves in small letters ("Outputs in Policy-Making and Public Participation"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'this', 'about', 'after', 'under', 'between', 'through', 'within', 'without', 'toward', 'towards', 'versus']);
const TITLE_WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * A link whose text is the title of a work ("[Open Science Outputs in Policy-Making and Public
 * Participation](…)"): three words or more of four letters or more, each capitalised. The
 * title is the work's own wording, which the brief cites and cannot change.
 */
function citedTitle(brief: ParsedBrief, link: Link): Span | undefined {
  const first = link.children[0]?.position?.start.offset;
  const last = link.children[link.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  const text = brief.prose.slice(first, last);
  // A body's name given with its acronym ("NIH Center for Scientific Review (CSR)") is the brief's own definition to check.
  if (text.includes('(')) return undefined;
  let capitalised = 0;
  for (const [word] of text.matchAll(TITLE_WORD)) {
    if (word.length < 4 || TITLE_SMALL_WORDS.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return undefined;
    capitalised++;
  }
  return capitalised >= 3 ? { start: first, end: last } : undefined;
}

/** A source in brackets after a quotation ("(Chapter 8 Executive Summary)", "(IPCC, 2022)"), or an attribution ("— Jane Doe"). */
const SOURCE_AFTER = /^\s*(?:\([^()]{1,120}\)|[—―–-]{1,2}\s*\S[^\n]{0,120})?\s*[.,]?\s*$/;
/** Fewest words of an emphasised passage read as a quotation: an emphasised phrase is the author's stress. */
const QUOTED_WORDS = 8;

/**
 * A paragraph that quotes in italics, as blogs often quote a report: the whole paragraph in
 * emphasis, then at most its source in brackets or an attribution, or announced by the
 * paragraph before with a colon.
 */
function italicQuotation(brief: ParsedBrief, paragraph: Paragraph, before: Nodes | undefined): Span | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'emphasis' || first.position?.start.offset === undefined || first.position.end.offset === undefined) return undefined;
  const start = first.position.start.offset;
  const end = first.position.end.offset;
  if (brief.text.slice(start, end).split(/\s+/).length < QUOTED_WORDS) return undefined;
  const after = rest.map((node) => brief.text.slice(node.position?.start.offset ?? end, node.position?.end.offset ?? end)).join('');
  if (rest.length === 0 ? isAnnounced('', brief, before) : SOURCE_AFTER.test(after)) return { start, end };
  return undefined;
}

/** A blockquote's text without its marks. */
function blockquoteText(brief: ParsedBrief, quote: Blockquote): string {
  return brief.text.slice(quote.position!.start.offset!, quote.position!.end.offset!).replace(/^[ \t]*>[ \t]?/gm, '');
}

/** Words that speak to the reader: in a brief they speak to the one who fills in a form. */
const SECOND_PERSON = /\b(?:you|your|yours)\b/i;

/**
 * A blockquote that asks the one who writes, as a form sets its questions above the answers
 * ("> Background: What is the history of your challenge? …", "> What surprised you?"): a
 * question to "you". The author did not write it and cannot shorten it; a quotation that
 * asks its reader is rare in a brief, and on real documents none did.
 */
function asksTheAuthor(text: string): boolean {
  return text.includes('?') && SECOND_PERSON.test(text);
}

/**
 * A blockquote that quotes someone: it opens with a quotation mark, names its source on a line
 * of its own or in brackets at its end, or leaves words out with "[…]".
 */
function quotesSomeone(text: string): boolean {
  return OPENS_WITH_QUOTE.test(text) || ATTRIBUTION.test(text) || SOURCE_AT_END.test(text) || ELISION.test(text);
}

/** A blockquote the author set apart to stress their own words: it opens in bold or as a GitHub alert (`> [!NOTE]`). */
const isCallout = (text: string) => /^\s*(?:\*\*|__|\[!)/.test(text);

/**
 * A blockquote that a paragraph announces with a colon or a dash ("readers asked questions
 * like -"), and not a callout the author set apart ("> **The core mandate:** …").
 */
function isAnnounced(text: string, brief: ParsedBrief, before: Nodes | undefined): boolean {
  if (before?.type !== 'paragraph' || isCallout(text)) return false;
  return /(?::|\s[-–—])\s*$/.test(brief.text.slice(before.position!.start.offset!, before.position!.end.offset!));
}

/**
 * Headings of a list of sources, under any of the names briefs give it: the name last,
 * after at most two words ("References", "Official sources", "Resources and references"),
 * so "Sources of climate information" is a section of the argument.
 */
const REFERENCES_HEADING = /^(?:\S+ ){0,2}(?:references|bibliography|bibliografía|bibliographie|referencias|références|sources|fuentes|works cited|literature cited|further reading|endnotes|literatur|literaturverzeichnis|quellen|quellenverzeichnis)$/;

/**
 * The words before "(2021)" in an entry of a references list written anywhere (a "cite
 * this article as" note): names, initials, "and", "&" and "et al.", each name capitalised.
 */
const CITATION_AUTHORS = /^(?:(?:\p{Lu}[\p{L}'’-]*\.?|and|&|et|al\.?)[,;]?\s+)+$/u;
const CITATION_YEAR = /\((?:19|20)\d{2}[a-z]?\)/;

/** Paragraphs and list items outside a references section that are references: authors, then the year in brackets. */
function citationEntries(brief: ParsedBrief, sections: readonly LeftAlone[]): LeftAlone[] {
  const found: LeftAlone[] = [];
  for (const block of brief.blocks) {
    if (block.kind === 'heading' || sections.some((section) => section.start <= block.start && block.start < section.end)) continue;
    const text = brief.prose.slice(block.start, block.end).trimStart();
    const year = CITATION_YEAR.exec(text.slice(0, 400));
    if (year && year.index > 0 && CITATION_AUTHORS.test(text.slice(0, year.index)) && /[,&]/.test(text.slice(0, year.index))) {
      found.push({ kind: 'references', start: block.start, end: block.end });
    }
  }
  return found;
}

/** The body of each references section: its entries are citations, not the author's prose. */
function referenceSections(brief: ParsedBrief): LeftAlone[] {
  const titles = normalisedTitles(brief);
  return brief.headings
    .filter((_, i) => REFERENCES_HEADING.test(titles[i]))
    .map((heading) => ({ kind: 'references' as const, start: heading.end, end: heading.sectionEnd }))
    .filter((span) => span.end > span.start);
}

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Paragraphs (list items and table cells included) written in another language than the
 * brief's, judged on the author's own words: quotations and references may be in any
 * language without the paragraph being so ("The mayor said: «La ciudad es de todos…»").
 * A paragraph that is mostly a quotation and whose own words hold no function word of the
 * brief's language („…“, ergänzt Dr. Tina Lonsdorf, Mitglied der …) is judged whole: its
 * few words of attribution, mostly names, are too few to tell its language alone.
 */
function otherLanguagePassages(brief: ParsedBrief, alreadyLeftAlone: readonly LeftAlone[]): LeftAlone[] {
  const expected = briefLanguage(brief);
  if (!isDetectedLanguage(expected)) return [];
  const quoted = alreadyLeftAlone.filter((span) => span.kind === 'quotation');
  const references = alreadyLeftAlone.filter((span) => span.kind === 'references');
  const found: LeftAlone[] = [];
  let quote = 0;
  for (const block of brief.blocks) {
    if (block.kind === 'heading' || references.some((span) => span.start <= block.start && block.start < span.end)) continue;
    const whole = brief.prose.slice(block.start, block.end);
    let text = whole;
    while (quote < quoted.length && quoted[quote].end <= block.start) quote++;
    for (let i = quote; i < quoted.length && quoted[i].start < block.end; i++) {
      // A quotation inside a longer one (a quoted run in a quoted blockquote) may end before this block.
      if (quoted[i].end <= block.start) continue;
      const from = Math.max(0, quoted[i].start - block.start);
      const to = Math.min(text.length, quoted[i].end - block.start);
      text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    if (text !== whole && wordsIn(text) * 2 < wordsIn(whole) && !hasFunctionWordOf(text, expected)) text = whole;
    const language = otherLanguageOf(text, expected);
    if (language) found.push({ kind: 'otherLanguage', language, start: block.start, end: block.end });
  }
  return found;
}
