import { visit } from 'yaml';
import { defineRule, textListOption } from './defineRule';
import type { Span } from '../engine/frontMatter';
import type { ParsedBrief } from '../engine/parseBrief';
import { sentencesOf } from '../analyses/prose/sentences';
import { htmlNodesOf } from '../analyses/prose/htmlNodes';
import { firstIndexPast } from '../engine/sortedSearch';
import { allMatches } from '../engine/allMatches';
import { isQuotedAt } from '../analyses/prose/leftAlone';

/** Why a passage is template text; each kind has its own message. */
type TemplateKind = 'placeholder' | 'marker' | 'filler' | 'instruction';

export interface TemplateTextData {
  kind: TemplateKind;
  /** The text found, as written. */
  text: string;
}

/** Nouns that templates put in capitals between brackets for the writer to replace: `[CITY]`, `[MUNICIPALITY NAME]`. */
const PLACEHOLDER_NOUNS =
  'NAME|CITY|TOWN|MUNICIPALITY|COUNTRY|REGION|DATE|YEAR|MONTH|TITLE|AUTHOR|ORGANI[SZ]ATION|DEPARTMENT|AGENCY|PARTNER|PROGRAMM?E|PROJECT|' +
  'NUMBER|AMOUNT|FIGURE|PERCENTAGE|BUDGET|TARGET|LINK|URL|E-?MAIL|PHONE|ADDRESS|CONTACT|TEXT|DESCRIPTION|SUMMARY|INSERT|ADD|ENTER';

/**
 * A bracket of capitals that names something to fill in, or a bracket or angle bracket
 * that tells the writer to insert something (`[Insert date]`, `<insert date>`). A
 * bracket of capitals without such a noun is an acronym or a citation (`[IPCC]`).
 */
const BRACKETED_PLACEHOLDER = new RegExp(
  `\\[(?:[A-Z0-9'’&/.,-]{1,30}[ _]){0,6}(?:${PLACEHOLDER_NOUNS})S?(?:[ _][A-Z0-9'’&/.,-]{1,30}){0,6}\\]` +
    '|\\[(?:insert|enter|add|type|write|name of|your)\\b[^\\]\\n]{0,80}\\]',
  'gi',
);
/** Capitals are what makes `[CITY]` a placeholder; `[city]` is an editor's insertion in a quotation. */
const CAPITALS_ONLY = /^\[[^a-z]+\]$/;

/** An HTML-looking placeholder: `<insert date>`, `<your name>`, `<city name>`; real tags have attributes with `=`. */
const ANGLE_PLACEHOLDER = /^<(?:(?:insert|enter|add|type|write|your)\b[^<>="]*|(?:name|city|date|title|country|author|organi[sz]ation|municipality|number|amount)\s[^<>="]*)>$/i;

/** Markers a writer leaves for later; capitals only, so "todo" in Spanish or Portuguese prose is left alone. */
const MARKER = /\b(?:TODO|TBD|FIXME)\b|\bX{3,}\b|\bX{2,}(?=\s?%)|[$€£]\s?X{2,}\b/g;

/** What every marker holds. */
const MARKER_WORDS = ['TODO', 'TBD', 'FIXME', 'XX'];

const FILLER = /\blorem ipsum\b/gi;

/** Phrases that tell the writer what to write: the instructions of a template or form. */
const INSTRUCTION = new RegExp(
  [
    '\\bplease (?:provide|describe|insert|specify|fill (?:in|out)|enter|upload|attach|list|explain|summari[sz]e|outline|indicate|elaborate|add|include|state|write|complete|answer|select|choose|mention|detail|identify)\\b',
    '\\bthis section (?:should|must|needs to|is to) (?:\\w+ ){0,2}?(?:list|describe|include|explain|summari[sz]e|provide|contain|outline|present|give|set out|identify|detail)\\b',
    '\\b(?:replace|delete) this (?:text|paragraph|sentence|section|instruction|placeholder)\\b',
    '\\bclick (?:or tap )?here to (?:enter|add|insert) text\\b',
  ].join('|'),
  'gi',
);

/**
 * "Describe here …", "Insert the date here": an order that opens a sentence (the group), not
 * one inside it. Tried only where a sentence holds " here": searched for everywhere, this
 * pattern alone took a tenth of a brief's lint.
 */
const HERE_INSTRUCTION = /(?:^|[\n.!?:])[ \t]*((?:describe|insert|enter|type|write|add|list|explain|summari[sz]e|paste) (?:[\w’'-]+ ){0,5}?here\b)/iy;

/** The end of every such order: its words are followed by single spaces. */
const SPACED_HERE = / here\b/gi;

/** Where the sentence (or line, or clause after a colon) that holds `index` opens, as HERE_INSTRUCTION reads it. */
function clauseOpening(text: string, index: number): number {
  while (index > 0 && !'\n.!?:'.includes(text[index])) index--;
  return index;
}

/** Each order that ends in 'here', as the group of a HERE_INSTRUCTION match; one per clause, as a search of the whole text finds them. */
function hereInstructions(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let tried = -1;
  for (const here of allMatches(SPACED_HERE, text)) {
    const opening = clauseOpening(text, here.index);
    if (opening === tried) continue;
    tried = opening;
    HERE_INSTRUCTION.lastIndex = opening;
    const match = HERE_INSTRUCTION.exec(text);
    if (match) found.push(match);
  }
  return found;
}

/** The longest quote of found text in a message; instructions can run for a sentence. */
const QUOTE_LENGTH = 80;

export default defineRule<{ phrases?: string[] }, TemplateTextData>({
  id: 'structure-template-text',
  description: 'A brief must not keep text of the template or form it was written from: placeholders, instructions, TODO marks, lorem ipsum.',
  defaultSeverity: 'error',
  fixable: false,
  defaultOptions: {},
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      phrases: textListOption("The team template's own placeholders and instructions, found in any case (for example 'Key figure goes here').", 2),
    },
  },
  check(brief, { options, report }) {
    for (const found of findTemplateText(brief, options.phrases ?? [])) {
      report({ message: message(found), start: found.start, end: found.end, data: { kind: found.kind, text: found.text } });
    }
  },
});

interface TemplateText extends Span, TemplateTextData {}

function findTemplateText(brief: ParsedBrief, teamPhrases: readonly string[]): TemplateText[] {
  const found: TemplateText[] = [];
  const add = (kind: TemplateKind, span: Span) => found.push({ kind, ...span, text: brief.text.slice(span.start, span.end) });
  const team = teamPhrases.length > 0 ? new RegExp(teamPhrases.map((phrase) => `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`).join('|'), 'giu') : undefined;

  /** Template text in `text`, which starts at `offset` of the brief: its prose, or a value of its front matter. */
  const search = (text: string, offset: number, inProse: boolean) => {
    const matches = (pattern: RegExp) => allMatches(pattern, text).map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length }));
    // A placeholder opens with a bracket and a marker holds one of its words or "XX": most text has none, and is not searched for them.
    for (const span of text.includes('[') ? matches(BRACKETED_PLACEHOLDER) : []) {
      const written = brief.text.slice(span.start, span.end);
      if (CAPITALS_ONLY.test(written) || /^\[(?:insert|enter|add|type|write|name of|your)\b/i.test(written)) add('placeholder', span);
    }
    for (const span of MARKER_WORDS.some((word) => text.includes(word)) ? matches(MARKER) : []) add('marker', span);
    for (const span of matches(FILLER)) add('filler', span);
    const here = hereInstructions(text).map((match) => ({ start: offset + match.index + match[0].length - match[1].length, end: offset + match.index + match[0].length }));
    for (const span of [...matches(INSTRUCTION), ...here]) {
      // "Could you please explain…" in a reader's question the brief quotes is someone's request, not the template's.
      if (inProse && isQuoted(brief, span)) continue;
      add('instruction', inProse ? sentenceAround(brief, span) : span);
    }
    if (team) for (const span of matches(team)) add('placeholder', span);
  };
  search(brief.prose, 0, true);
  for (const node of htmlNodesOf(brief)) {
    if (ANGLE_PLACEHOLDER.test(node.value.trim())) add('placeholder', { start: node.position!.start.offset!, end: node.position!.end.offset! });
  }
  // The title and summary in the front matter are shown in the portfolio as they are.
  for (const value of frontMatterValues(brief)) search(brief.text.slice(value.start, value.end), value.start, false);

  // One finding per place: an instruction that holds a placeholder is reported once, as the instruction.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reachedEnd = -1;
  return found.filter((item) => {
    const inside = item.end <= reachedEnd;
    reachedEnd = Math.max(reachedEnd, item.end);
    return !inside;
  });
}

/** The spans of the front matter's string values (not its keys), in document order. */
function frontMatterValues(brief: ParsedBrief): Span[] {
  const frontMatter = brief.frontMatter;
  if (!frontMatter?.data) return [];
  const spans: Span[] = [];
  visit(frontMatter.document, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && node.range) spans.push({ start: frontMatter.contentStart + node.range[0], end: frontMatter.contentStart + node.range[1] });
    },
  });
  return spans;
}

/** A mark that opens a quoted phrase: an instruction right after one is named, not given ("a 'please explain' letter"). */
const OPENING_QUOTE = /['‘"“]$/;

function isQuoted(brief: ParsedBrief, span: Span): boolean {
  return OPENING_QUOTE.test(brief.prose.slice(Math.max(0, span.start - 1), span.start)) || isQuotedAt(brief, span.start);
}

/** An instruction is reported with its whole sentence ("If you worked with partners, please list them."), which goes with it. */
function sentenceAround(brief: ParsedBrief, span: Span): Span {
  const sentences = sentencesOf(brief);
  const low = firstIndexPast(sentences, (item) => item.end > span.start);
  const sentence = sentences[low]?.start <= span.start ? sentences[low] : undefined;
  return sentence ? { start: sentence.start, end: Math.max(span.end, sentence.end) } : span;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : oneLine;
}

function message({ kind, text }: TemplateText): string {
  switch (kind) {
    case 'placeholder':
      return `'${quote(text)}' is a placeholder left from a template. Replace it with the brief's own text before publishing.`;
    case 'marker':
      return `'${quote(text)}' marks unfinished text. Finish the passage and remove the mark before publishing.`;
    case 'filler':
      return `'${quote(text)}' is filler text from a template. Replace it with the brief's own text before publishing.`;
    case 'instruction':
      return `'${quote(text)}' is an instruction left from a template or form. Delete it, or replace it with the brief's own text, before publishing.`;
  }
}
