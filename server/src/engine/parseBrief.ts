import type { Root, Nodes, Heading as MdHeading, Paragraph } from 'mdast';
import { blankBareLinks, parseMarkdown } from './markdownParser';
import { blankKeepingLines, blankWrittenMarkup } from './writtenMarkup';
import { LineIndex } from './lineIndex';
import { findTomlFrontMatter } from './tomlFrontMatter';
import { parseFrontMatter, type FrontMatter, type Span } from './frontMatter';
import { textStart } from './byteOrderMark';
import { BriefCache } from './briefCache';
import { NOTE_NAME, templateTags } from './templateTags';
import { blankHtmlComments, commentBody, htmlComments } from './htmlComments';

export interface Heading extends Span {
  depth: number;
  /** The heading's words, without Markdown markup. */
  title: string;
  /** Where the section ends: the next heading of the same or a higher level, or the end of the text. */
  sectionEnd: number;
}

/** A run of prose that sentences cannot cross: a paragraph, a heading or a table cell. */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** True when the block sits inside a list item. */
  inList: boolean;
}

export interface HtmlComment extends Span {
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
}

/** A brief parsed once per lint: every rule reads this and never re-parses. */
export interface ParsedBrief {
  text: string;
  path?: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  tree: Root;
  /**
   * The text with everything that is not prose blanked to spaces (front matter, code,
   * HTML, URLs, Markdown markup); line breaks are kept, so offsets match `text`.
   */
  prose: string;
  blocks: ProseBlock[];
  /**
   * Notes written inside a block as components (`<Sidenote>…</Sidenote>`), in document
   * order: sentences of their own, which the sentence around them does not run into.
   */
  asides: Span[];
  headings: Heading[];
  comments: HtmlComment[];
  /** Analyses of this parse, computed once for every rule and feature. */
  cache: BriefCache;
}

export function parseBrief(text: string, path?: string): ParsedBrief {
  const frontMatter = parseFrontMatter(text);
  // Blanking the front matter (rather than cutting it) keeps every Markdown offset exact; TOML front matter is no prose either.
  const frontMatterEnd = frontMatter?.end ?? findTomlFrontMatter(text)?.end;
  const markdownText = frontMatterEnd !== undefined ? blank(text, 0, frontMatterEnd) + text.slice(frontMatterEnd) : text;
  const tree = parseMarkdown(markdownText);
  // micromark skips a leading byte order mark and counts from the character after it.
  const bom = textStart(markdownText);
  if (bom > 0) shiftPositions(tree, bom);
  return assembleBrief(text, path, frontMatter, tree);
}

/** A parsed brief from its front matter and Markdown tree: the prose, blocks, headings and comments read from the tree. */
export function assembleBrief(text: string, path: string | undefined, frontMatter: FrontMatter | undefined, tree: Root): ParsedBrief {
  return { text, path, lines: new LineIndex(text), frontMatter, tree, ...collect(tree, text), cache: new BriefCache() };
}

/** Moves every node `by` units to the right: all offsets, and the columns of line 1. */
function shiftPositions(node: Nodes, by: number): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (point.offset !== undefined) point.offset += by;
    if (point.line === 1) point.column += by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}

function collect(tree: Root, text: string) {
  const prose: string[] = [];
  let copiedUpTo = 0;
  const blocks: ProseBlock[] = [];
  const asides: Span[] = [];
  const noteMarks: Span[] = [];
  const headings: Heading[] = [];
  const comments: HtmlComment[] = [];

  const copyProse = (start: number, end: number) => {
    prose.push(blank(text, copiedUpTo, start), blankWrittenMarkup(blankBareLinks(text.slice(start, end))));
    copiedUpTo = end;
  };

  const visit = (node: Nodes, inList: boolean, inUnreadLink: boolean) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'text':
        if (inUnreadLink) return;
        copyProse(start, end);
        if (node.value.includes('[^')) noteMarks.push(...unmatchedFootnoteMarks(text, start, end));
        return;
      case 'html':
        for (const comment of htmlComments(node.value)) comments.push({ start: start + comment.start, end: start + comment.end, body: commentBody(node.value, comment).trim() });
        if (node.value.includes('<h') || node.value.includes('<H')) headings.push(...htmlHeadings(node.value, start, end, text.length));
        return;
      case 'heading':
        headings.push({ start, end, depth: node.depth, title: plainText(node), sectionEnd: text.length });
        blocks.push({ kind: 'heading', start, end, inList });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', start, end, inList });
        asides.push(...inlineAsides(node.children));
        if (text.includes('^[', start) && text.indexOf('^[', start) < end) {
          for (const note of inlineNotes(text, start, end)) {
            asides.push(note);
            noteMarks.push({ start: note.start - 2, end: note.start }, { start: note.end, end: note.end + 1 });
          }
        }
        noteMarks.push(...superscriptMarks(node.children));
        break;
      case 'tableCell':
        blocks.push({ kind: 'tableCell', start, end, inList });
        asides.push(...inlineAsides(node.children));
        noteMarks.push(...superscriptMarks(node.children));
        break;
      case 'link':
        // A link that shows its own address, or cites a source by author and year, holds no words of the sentence.
        inUnreadLink = node.children.length === 1 && node.children[0].type === 'text' && (isUrlLike(node.children[0].value, node.url) || CITED_AUTHOR_YEAR.test(node.children[0].value));
        break;
      case 'listItem':
        inList = true;
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child, inList, inUnreadLink);
  };
  visit(tree, false, false);
  prose.push(blank(text, copiedUpTo, text.length));

  titleSplitHeadings(tree, headings);
  closeSections(headings);
  const tags = templateTags(text);
  if (tags.markup.length === 0 && noteMarks.length === 0) return { prose: prose.join(''), blocks, asides, headings, comments };
  // A note tag's text is a note of its paragraph, as a note component's is; elsewhere (code, a heading) it is left as the parse read it.
  const notes = tags.notes.filter((note) => blocks.some((block) => block.kind !== 'heading' && block.start <= note.start && note.end <= block.end));
  asides.push(...notes);
  asides.sort((a, b) => a.start - b.start);
  const notProse = [...tags.markup, ...noteMarks].sort((a, b) => a.start - b.start);
  return { prose: blankSpans(prose.join(''), notProse), blocks, asides, headings, comments };
}

/** A footnote's mark in superscript (`Montgomery<sup>8</sup>`, `<sup>*</sup>`): no word of the sentence. */
const NOTE_MARK = /^\s*(?:\d{1,3}|[*†‡]{1,3}|[a-z])\s*$/;
/** An ordinal's ending in superscript after its number (`June 1<sup>st</sup>`, `le 2<sup>e</sup>`): part of the number's word. */
const ORDINAL_ENDING = /^(?:st|nd|rd|th|e|er|re|ère|ème|o|a|º|ª)$/i;

/** A footnote's mark whose note the brief does not hold (`transparency.[^ftnt1] The`), so the parse left it as text. */
const UNMATCHED_FOOTNOTE_MARK = /\[\^[^\]\s]{1,30}\]/g;

function unmatchedFootnoteMarks(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(UNMATCHED_FOOTNOTE_MARK)].map((match) => ({ start: start + match.index, end: start + match.index + match[0].length }));
}

/** The text of each `<sup>…</sup>` among a block's children that is only a footnote's mark, or an ordinal's ending. */
function superscriptMarks(children: readonly Nodes[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 2 < children.length; i++) {
    const [opening, mark, closing] = [children[i], children[i + 1], children[i + 2]];
    if (opening.type !== 'html' || !/^<sup>$/i.test(opening.value.trim()) || mark.type !== 'text' || closing.type !== 'html' || !/^<\/sup>$/i.test(closing.value.trim())) continue;
    const start = mark.position?.start.offset;
    const end = mark.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const previous = children[i - 1];
    const afterNumber = previous?.type === 'text' && /\d$/.test(previous.value);
    if (NOTE_MARK.test(mark.value) || (afterNumber && ORDINAL_ENDING.test(mark.value.trim()))) found.push({ start, end });
  }
  return found;
}

/** The text with each span blanked; spans come sorted by start, and where two overlap the second is blanked from where the first ends. */
function blankSpans(text: string, spans: readonly Span[]): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end } of spans) {
    const from = Math.max(start, copied);
    if (end <= from) continue;
    pieces.push(text.slice(copied, from), blank(text, from, end));
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

const OPENING_TAG = /^<([A-Za-z][\w.:-]*)(?:\s[^>]*)?>$/;

/**
 * The text between an inline opening tag and its closing tag, when it is a note: a note
 * component (`<Sidenote>`), or any element that holds a sentence of its own. Inline
 * elements around a few words (`<Purple>direct air capture</Purple>`) stay in their sentence.
 */
function inlineAsides(children: readonly Nodes[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < children.length; i++) {
    const opening = children[i];
    const name = opening.type === 'html' ? OPENING_TAG.exec(opening.value.trim())?.[1] : undefined;
    if (!name || opening.type !== 'html' || opening.value.trim().endsWith('/>')) continue;
    const closing = children.findIndex((child, j) => j > i && child.type === 'html' && child.value.trim() === `</${name}>`);
    const start = opening.position?.end.offset;
    const end = closing < 0 ? undefined : children[closing].position?.start.offset;
    if (start === undefined || end === undefined) continue;
    const inner = children.slice(i + 1, closing).map((child) => ('value' in child && child.type !== 'html' ? child.value : ' ')).join('');
    if (NOTE_NAME.test(name) || /[.!?]["”’)]*\s+\S/.test(inner.trim())) found.push({ start, end });
    i = closing;
  }
  return found;
}

/** Longest Pandoc inline note looked for: a note left open ends no later. */
const MAX_INLINE_NOTE = 2_000;

/**
 * Pandoc's inline notes (`…private sector.^[Whether he could earn more …]`), within their marks:
 * each a note of its own, read apart from the sentence it is typed in, as a sidenote is, and its
 * marks no words. Brackets inside (a link's text) are matched.
 */
function inlineNotes(text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf('^[', start); at >= 0 && at < end; at = text.indexOf('^[', at + 2)) {
    let depth = 0;
    const limit = Math.min(end, at + MAX_INLINE_NOTE);
    let closed = false;
    for (let i = at + 1; i < limit && !closed; i++) {
      const char = text[i];
      if (char === '[') depth++;
      else if (char === ']' && --depth === 0) {
        found.push({ start: at + 2, end: i });
        at = i;
        closed = true;
      }
    }
    // A note left open is looked past whole, so that many of them cost one reading of the text.
    if (!closed) at = limit - 2;
  }
  return found;
}

/** Ends each section at the next heading of the same or a higher level, in one pass over a stack of open sections. */
/** Most words of a line read as the title of the empty heading above it. */
const MOST_SPLIT_TITLE_WORDS = 8;

/**
 * A heading's marks with its title typed on the line after them (`##` then `Reference`), as
 * documents converted from a word processor have them: that one short line is its title.
 */
function titleSplitHeadings(tree: Root, headings: Heading[]): void {
  // Most briefs have no heading without a title, and then nothing is read again.
  const untitled = new Map(headings.filter((heading) => heading.title === '').map((heading) => [heading.start, heading]));
  if (untitled.size === 0) return;
  const children = tree.children;
  for (let i = 0; i + 1 < children.length; i++) {
    const [node, next] = [children[i], children[i + 1]];
    const heading = node.type === 'heading' && node.position?.start.offset !== undefined ? untitled.get(node.position.start.offset) : undefined;
    if (!heading || next.type !== 'paragraph') continue;
    const line = node.position?.end.line;
    const title = plainText(next);
    if (line === undefined || next.position?.start.line !== line + 1 || next.position.end.line !== line + 1 || title.split(/\s+/).length > MOST_SPLIT_TITLE_WORDS) continue;
    heading.title = title;
  }
}

function closeSections(headings: Heading[]): void {
  const open: Heading[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1].depth >= heading.depth) open.pop()!.sectionEnd = heading.start;
    open.push(heading);
  }
}

/**
 * A link's text that cites a source by author and year, with a comma or "et al." before the year
 * and at most a page or paragraph after it (`[Tilton, 2025](…)`, `[Andrada et al. 2023](…)`,
 * `[Takci, Day & Qadrdan, 2025](…)`, `[Ofgem, 2026, para 5.30–5.32](…)`), as `(Jones, 2019)`
 * does in brackets; a programme's name and year ("Agenda 2030", "Horizon 2020") has neither.
 */
const CITED_AUTHOR_YEAR = /^\p{Lu}[\p{L}\p{M}'’. &,/-]{0,80}(?:,|\bet al\.?,?)\s(?:1[89]|20)\d\d[a-z]?(?:,\s*(?:pp?|paras?)\.?\s*[\d.–-]+)?$/u;

function isUrlLike(label: string, url: string): boolean {
  return label === url || url.endsWith(label) || /^(https?:\/\/|www\.|mailto:)/i.test(label);
}

/** Spaces for every character in the span, keeping line breaks so positions still line up. */
function blank(text: string, start: number, end: number): string {
  return blankKeepingLines(text.slice(start, end));
}

/**
 * A heading written in HTML (`<h2>Summary of recommendations</h2>`), alone or inside a table or a
 * `<div>`: a section of the brief as a Markdown one is. Its length is bounded, so that tags left
 * open cost each a short look, not one to the end of the HTML.
 */
const HTML_HEADING = /<h([1-6])(?:\s[^>]{0,200})?>([\s\S]{0,300}?)<\/h\1\s*>/gi;

/** The headings of an HTML node, placed at their offsets in the node (its value is the text as written, but for the marks of a quote or list it stands in). */
function htmlHeadings(html: string, start: number, end: number, sectionEnd: number): Heading[] {
  return [...blankHtmlComments(html).matchAll(HTML_HEADING)].map((match) => ({
    start: Math.min(start + match.index, end),
    end: Math.min(start + match.index + match[0].length, end),
    depth: Number(match[1]),
    title: match[2].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim(),
    sectionEnd,
  }));
}

function plainText(node: MdHeading | Paragraph): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').trim();
}
