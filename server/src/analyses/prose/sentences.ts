import type { ParsedBrief, ProseBlock } from '../../engine/parseBrief';
import { countWords } from './prose';

export interface Sentence {
  start: number;
  end: number;
  block: ProseBlock;
  words: number;
}

/** Abbreviations (lower-cased, without their last full stop) whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'cf', 'vs', 'viz', 'approx', 'ca', 'incl', 'esp', 'resp', 'ibid', 'op',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'p', 'ed', 'eds', 'ch', 'sec',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A run of full stops, question or exclamation marks, with any closing quotes or brackets after it. */
const TERMINATOR = /[.!?…]+['"”’)\]]*(?=\s|$)/g;

/**
 * The brief's sentences, in document order, computed once per parse. A sentence never
 * crosses a prose block: a heading, a list item or a table cell without a full stop
 * is a sentence of its own.
 */
export function sentencesOf(brief: ParsedBrief): Sentence[] {
  return brief.cache.get(sentencesOf, () => brief.blocks.flatMap((block) => splitBlock(brief, block)));
}

function splitBlock(brief: ParsedBrief, block: ProseBlock): Sentence[] {
  const text = brief.prose.slice(block.start, block.end);
  const sentences: Sentence[] = [];
  let from = 0;
  const add = (end: number) => {
    const part = text.slice(from, end);
    const leading = part.search(/\S/);
    if (leading >= 0) {
      const span = { start: block.start + from + leading, end: block.start + from + part.trimEnd().length };
      const words = countWords(brief, span);
      if (words > 0) sentences.push({ ...span, block, words });
    }
    from = end;
  };
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index ?? 0;
    if (endsSentence(text, at, match[0])) add(at + match[0].length);
  }
  add(text.length);
  return sentences;
}

function endsSentence(text: string, at: number, terminator: string): boolean {
  const next = text.slice(at + terminator.length).match(/\S/)?.[0];
  // "approx. three", "e.g. cities": what follows a sentence starts with a capital, a digit or a quote.
  if (next !== undefined && /\p{Ll}/u.test(next)) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('..')) return true;
  const word = wordBefore(text, at);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials ("P. Gluckman") and dotted abbreviations ("U.S.", "U.N.") keep their sentence going.
  return !/^\p{Lu}$/u.test(word) && !/^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** The letters, digits, dots and ampersands right before `at` ("U.S", "e.g", "al"), read backwards so long blocks stay linear. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}.&]/u.test(text[start - 1])) start--;
  return text.slice(start, at).replace(/^\.+/, '');
}
