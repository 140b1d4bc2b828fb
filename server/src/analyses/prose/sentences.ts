import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief, ProseBlock } from '../../engine/parseBrief';
import { countWords } from './prose';
import { allMatches } from '../../engine/allMatches';
import { firstIndexPast } from '../../engine/sortedSearch';
import { isFunctionWord, isLineOfNames } from './language';

export interface Sentence {
  start: number;
  end: number;
  block: ProseBlock;
  /** Words of the sentence itself, without those of the passages in `uncounted`. */
  words: number;
  /**
   * Passages inside the sentence whose words are not its own: notes written inside it
   * (`<Sidenote>…</Sidenote>`), which are sentences of their own, and a run-in label opening
   * it, which is read as a heading.
   */
  uncounted: readonly Span[];
}

/** Abbreviations (lower-cased, without their last full stop) whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'cf', 'vs', 'viz', 'approx', 'ca', 'incl', 'esp', 'resp', 'ibid', 'op',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'fig', 'figs', 'vol', 'pp', 'p', 'ed', 'eds', 'ch', 'sec',
  'sen', 'rep', 'gov', 'hon', 'cllr', 'gen', 'lt', 'col', 'capt', 'sgt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that end a sentence as often as not ("and so on, etc."), but not before a small letter ("etc. and"). */
const ABBREVIATIONS_MID_SENTENCE = new Set([...ABBREVIATIONS, 'etc', 'min', 'max', 'est', 'avg', 'dept', 'govt', 'tel', 'ext', 'misc', 'cont', 'pop', 'ref', 'refs', 'spp', 'var', 'cit', 'seq']);

/**
 * A run of full stops, question or exclamation marks, with any footnote mark ("hectares.[1]",
 * "this year.*", "as possible.”[4]"), closing quotes or brackets after it, before a space; a
 * full stop and a numbered footnote mark typed against a capitalised word ("distribution.[4]For");
 * or a full stop typed with no space between a word of three lower-case letters or more (or that
 * word and a space, or a bracket closed after it) and a capitalised word ("income.Currently",
 * "Lusaka.I worked", "products .It will", "who are far).And"). All start with the mark itself,
 * the letters before the full stop are looked at only once it is found: a pattern that opens
 * with a look-behind or look-ahead is tried at every character, and took three times as long.
 */
const TERMINATOR = /[.!?…]+(?:\[\d{1,3}\]|\*{1,3}|†)?['"”’)\]]*(?:\[\d{1,3}\])?(?=\s|$)|[.!?]\[\d{1,3}\](?=\p{Lu}\p{Ll})|\.(?<=(?:\p{Ll}{3}|\p{Ll}\)) ?\.)(?=\p{Lu}\p{Ll}*(?![\p{L}\p{N}]))/gu;
/**
 * A full stop typed with no space between two lower-case words ("to start with.reduce school
 * fees", "benefit from it.targeting places", and before the pronoun "i": "sacrifice time.i
 * can"), or typed after the space instead of before it ("from 2016 to 2020 .my main plan"), the
 * words standing alone between spaces or punctuation: not part of a longer name
 * ("www.undp.org", "unlu.edu.ar", "data/report.pdf").
 */
const JOINED_FULL_STOP = /(?<![\p{L}\p{N}.\/@_-])(\p{L}*\p{Ll}{2}|[\p{L}\p{N}]+ )\.(\p{Ll}{2,}(?=[\s,;:!?]|$)|i(?= \p{Ll}))/gu;
/**
 * What every joined full stop holds: the pattern's end, a full stop and a word of small letters
 * ("e.g." and "9.b." have one letter) or the pronoun "i" and the next word. The pattern above is
 * tried at every word and costs ten times more than looking for this, which most text does not
 * hold, first.
 */
const FULL_STOP_BEFORE_SMALL_WORD = /\.(?:\p{Ll}{2,}(?=[\s,;:!?]|$)|i \p{Ll})/u;
/** What follows the dot of a domain name or a file name ("undp.org", "node.js", "plan.pdf"), not a sentence. */
const NAME_ENDINGS = new Set([
  'com', 'org', 'net', 'gov', 'edu', 'int', 'info', 'io', 'co', 'uk', 'eu', 'app', 'dev',
  'js', 'ts', 'md', 'pdf', 'doc', 'docx', 'ppt', 'pptx', 'xls', 'xlsx', 'csv', 'txt', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'html', 'htm', 'zip',
]);

/**
 * What opens a line that is an item of its own although Markdown did not make it a list
 * item: "a)", "(iv)", "2)", "3." (a list that does not start at 1 cannot interrupt a
 * paragraph) or "c." and a space or tab, a bullet character pasted from a word processor (also
 * a symbol font's, in Unicode's private use area: "\uF0D8" and a tab), with its space or
 * without it ("▪Food", "•Our"; not the middle dot of "col·laboració"), or a dash or colon typed without
 * its space before a capital ("-The training", ":To set up", "a)-A shop").
 */
const ITEM_MARKER = /^(?:(?:\(?(?:\p{L}|[ivxIVX]{1,4}|\d{1,2})\)|(?:\d{1,2}|\p{Ll})\.|[•·▪◦‣●○■□➢►✓✔\uF000-\uF0FF])\s+\S|[•▪◦‣●■□➢►✓✔][\p{L}\p{N}]|(?:\(?(?:\p{L}|[ivxIVX]{1,4}|\d{1,2})\))?[-:]\p{Lu})/u;
/**
 * A line opened by a hyphen typed against a word of either case ("-by selling to the
 * government"): an item when the lines around it open so too and it is short, as lines that
 * wrap a compound at its hyphen ("an evidence" / "-based approach …") are not.
 */
const DASH_AGAINST_WORD = /^-\p{L}/u;
/** Share of the wrapping width that a line wrapped in running text reaches, and a list item most often does not. */
const FILLED_LINE = 0.8;
/** A line of a table of contents: a title, then dot leaders or spacing, then its page number. */
const CONTENTS_LINE = /\p{L}.*?(?:\.{2,}|…|\s)\s*\d{1,3}\s*$/u;
const NO_TERMINATOR = /[^.!?…:;,'"”’)\]]\s*$/;
/** What may open a sentence after a line that ends early: a capital, a digit, a quote or bracket. */
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"“‘'(\[]/u;

/**
 * The brief's sentences, in document order, computed once per parse. A sentence never
 * crosses a prose block: a heading, a list item or a table cell without a full stop
 * is a sentence of its own. Inside a block, a line is a sentence of its own when it
 * ends in a hard break, is an item written without list markup, is a line of a table
 * of contents, or ends well short of the lines around it; a note written inside a
 * sentence is split apart and its words are not the sentence's.
 */
export function sentencesOf(brief: ParsedBrief): Sentence[] {
  return brief.cache.get(sentencesOf, () => {
    const sentences: Sentence[] = [];
    const reading: Reading = { lowerCaseStarts: startsSentencesInLowerCase(brief) };
    let aside = 0;
    for (const block of brief.blocks) {
      while (aside < brief.asides.length && brief.asides[aside].start < block.start) aside++;
      const inside: Span[] = [];
      for (; aside < brief.asides.length && brief.asides[aside].start < block.end; aside++) inside.push(brief.asides[aside]);
      sentences.push(...splitBlock(brief, block, inside, reading));
    }
    return sentences;
  });
}

/** How a brief's author marks sentences, read once from the whole brief. */
interface Reading {
  /** The author starts sentences in lower case ("the debt. then we could"), so a full stop after a word ends one whatever follows. */
  lowerCaseStarts: boolean;
}

/** A full stop, then a word of small letters: "teaching. if we", and also "etc. and". Found from the mark itself, the word before it read only then. */
const FULL_STOP_THEN_SMALL_LETTER = /\.[ \t]+\p{Ll}/gu;
/** Fewest such full stops after ordinary words that show a habit rather than a slip or an abbreviation the list lacks. */
const LOWER_CASE_STARTS = 3;

/**
 * Whether the author habitually starts sentences in lower case: a full stop after an ordinary
 * word is followed by a small letter three times or more. Careful writing has almost none
 * ("etc. and", an abbreviation), so one stray case does not split its sentences; nor does a
 * note that ends with its own full stop inside a sentence that goes on after it.
 */
function startsSentencesInLowerCase(brief: ParsedBrief): boolean {
  let found = 0;
  for (const match of allMatches(FULL_STOP_THEN_SMALL_LETTER, brief.prose)) {
    // Notes are in order, apart from each other: the first to end after the full stop is the only one that could end at it.
    const next = firstIndexPast(brief.asides, (note) => note.end > match.index);
    const endsANote = next < brief.asides.length && brief.asides[next].end <= match.index + match[0].length;
    if (!endsANote && endsOrdinaryWord(brief.prose, match.index) && ++found >= LOWER_CASE_STARTS) return true;
  }
  return false;
}

/**
 * Where each sentence starts, found once per parse: several rules ask whether a word opens a
 * sentence, where a capital says nothing of a name.
 */
export function sentenceStarts(brief: ParsedBrief): ReadonlySet<number> {
  return brief.cache.get(sentenceStarts, () => new Set(sentencesOf(brief).map((sentence) => sentence.start)));
}

function splitBlock(brief: ParsedBrief, block: ProseBlock, asides: readonly Span[], reading: Reading): Sentence[] {
  if (asides.length === 0) return splitRun(brief, block, { start: block.start, end: block.end }, [], reading);
  // The block's own text flows around its notes; each note is split on its own.
  const sentences = [...splitRun(brief, block, { start: block.start, end: block.end }, asides, reading), ...asides.flatMap((note) => splitRun(brief, block, note, [], reading))];
  return sentences.sort((a, b) => a.start - b.start);
}

/** Splits the prose between two offsets, reading the holes in it as blank. */
function splitRun(brief: ParsedBrief, block: ProseBlock, run: Span, holes: readonly Span[], reading: Reading): Sentence[] {
  const text = holes.length === 0 ? brief.prose.slice(run.start, run.end) : withHoles(brief.prose, run, holes);
  const ends = lineEnds(brief, run.start, text);
  const typed = brief.text.slice(run.start, run.end);
  for (const match of allMatches(TERMINATOR, text)) if (endsSentence(text, typed, match.index, match[0], reading)) ends.push(match.index + match[0].length);
  ends.push(
    ...(FULL_STOP_BEFORE_SMALL_WORD.test(text) ? allMatches(JOINED_FULL_STOP, text) : [])
      .filter((match) => isJoinedSentenceEnd(match) && !isLinkText(typed, match))
      .map((match) => match.index + match[1].length + 1),
    ...quotedSentenceEnds(text),
    ...inlineItemEnds(text),
    ...inlineBulletEnds(text),
    ...pastedItemEnds(text),
    ...noBreakBulletEnds(text),
    ...missingFullStopEnds(text),
    ...linkEndsIn(brief, run),
  );
  // Each kind of end is found in order; only a block with ends of two kinds needs them sorted.
  if (!isAscending(ends)) ends.sort((a, b) => a - b);
  // The rest of the run after the last end is the last sentence.
  ends.push(text.length);
  const sentences: Sentence[] = [];
  // Every run-in label ends in a colon; most blocks hold none.
  const mayHoldLabels = text.includes(':');
  let from = 0;
  for (const end of ends) {
    if (end <= from) continue;
    const first = firstNonSpace(text, from, end);
    if (first < end) {
      const start = run.start + first;
      const last = run.start + lastNonSpace(text, from, end) + 1;
      const within = holes.length === 0 ? NO_ASIDES : holesWithin(holes, start, last);
      const label = mayHoldLabels ? runInLabel(brief, text, first, run.start) : undefined;
      const marker = itemMarkerAt(text, first, run.start);
      const uncounted = [...(label && label.end < last ? [label] : marker ? [marker] : []), ...within, ...inlineItemMarkers(text, first, end, run.start)];
      let words = countWords(brief, { start, end: last });
      for (const passage of uncounted) words -= countWords(brief, passage);
      if (words > 0) sentences.push({ start, end: last, block, words, uncounted });
    }
    from = end;
  }
  return sentences;
}

/** An item's number or letter typed before its sentence ("2) if you feel", "(10) The manager", "b. to test"; not an initial, "P. Gluckman"): no word of it. */
const ITEM_NUMBER = /^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)|(?:\d{1,2}|[a-z])\.)[^\S\r\n]+(?=\S)/;

/** The markers of a list run into a sentence ("such as (i) creation of an ID (ii) access to records"). */
const MARKER_IN_SENTENCE = /(?<=[\s,;:])\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)(?=\s)/g;

/**
 * Inline item markers of the sentence between two offsets of the run, when there are two or more
 * (a list, not a lone "(a)"): no words of the sentence. Only the sentence is read, so that a long
 * run of many sentences is read once in all.
 */
function inlineItemMarkers(text: string, from: number, to: number, runStart: number): Span[] {
  const sentence = text.slice(from, to);
  if (!sentence.includes('(')) return NO_SPANS;
  const found = allMatches(MARKER_IN_SENTENCE, sentence).map((match) => ({ start: runStart + from + match.index, end: runStart + from + match.index + match[0].length }));
  return found.length >= 2 ? found : NO_SPANS;
}

const NO_SPANS: Span[] = [];

function itemMarkerAt(text: string, first: number, runStart: number): Span | undefined {
  const marker = ITEM_NUMBER.exec(text.slice(first, first + 10));
  return marker ? { start: runStart + first, end: runStart + first + marker[0].length } : undefined;
}

/** The holes (sorted, apart) that lie between two offsets, found by a binary search: a paragraph may hold thousands of notes. */
function holesWithin(holes: readonly Span[], start: number, end: number): Span[] {
  const within: Span[] = [];
  for (let i = firstIndexPast(holes, (hole) => hole.start >= start); i < holes.length && holes[i].end <= end; i++) within.push(holes[i]);
  return within;
}

/** A link's whole text ("[Pol.is](https://pol.is/)", "[Node.js](…)"): a name written with its dot, not two sentences. */
function isLinkText(typed: string, match: RegExpExecArray): boolean {
  return typed[match.index - 1] === '[' && typed[match.index + match[0].length] === ']';
}

/** Whether a full stop joined to the word after it ends a sentence: not after an abbreviation ("vs.the"), before one ("et.al", "security .etc") or before the end of a name (".org", ".pdf"). */
function isJoinedSentenceEnd([, before, after]: RegExpExecArray): boolean {
  return !ABBREVIATIONS.has(before.trimEnd().toLowerCase()) && !ABBREVIATIONS_MID_SENTENCE.has(after) && !NAME_ENDINGS.has(after);
}

/**
 * A label in plain text run into the sentence it heads, as a heading would stand above it: a few
 * words, all capitalised but their function words, and a colon before a capitalised word in
 * small letters ("Private Sector - Companies in the STEM/IT Field: Engaging with companies …"),
 * not before words in capitals, which show a sentence all in capitals ("USING THE EQUATION OF
 * A. B.: MEDIA = PLATFORM …").
 */
const RUN_IN_LABEL = /([^.!?:;\r\n]{1,120}?):[^\S\r\n]+(?=\p{Lu}[\p{Ll}\s])/uy;
/** Most words a run-in label has; more is a sentence about names ("UNDP, UNICEF, WHO and …"). */
const MOST_LABEL_WORDS = 12;
/** Bold or italics around a label (`**Smart Meters:** The utility …`). */
const EMPHASIS = /[*_]/;

/**
 * The run-in label that opens the sentence at `at` in `text` (which starts at `offset` in the
 * brief), if there is one: in plain text, or in bold and long enough to be a heading.
 */
function runInLabel(brief: ParsedBrief, text: string, at: number, offset: number): Span | undefined {
  RUN_IN_LABEL.lastIndex = at;
  const label = RUN_IN_LABEL.exec(text) ?? boldLabelOverLines(brief, text, at, offset);
  if (!label) return undefined;
  const span = { start: offset + at, end: offset + at + label[1].length + 1 };
  if (isBoldLabel(brief.text, span)) {
    const words = countWords(brief, span);
    return words > MOST_WORDS_READ_WITH_ITS_SENTENCE && words <= MOST_BOLD_LABEL_WORDS ? span : undefined;
  }
  if ((label[1].match(/[\p{L}\p{N}]+/gu) ?? []).length > MOST_LABEL_WORDS || !isLineOfNames(label[1])) return undefined;
  return EMPHASIS.test(brief.text.slice(span.start, span.end + 1)) ? undefined : span;
}

/**
 * A label in bold may run over two lines and hold an amount ("**$1.2 Billion … is Being Utilized
 * for Lead Pipe Replacement in 23 States, Tribes, and Territories:** Today, …"); only one set in
 * bold is read so, a plain line break before a colon being no label.
 */
const BOLD_LABEL_OVER_LINES = /((?:[^.!?:;\r\n]|\.(?=\d)|\r?\n(?![^\S\r\n]*\r?\n)){1,200}?):\s+(?=\p{Lu}[\p{Ll}\s])/uy;

function boldLabelOverLines(brief: ParsedBrief, text: string, at: number, offset: number): RegExpExecArray | null {
  if (!boldOpeningBefore(brief.text, offset + at)) return null;
  BOLD_LABEL_OVER_LINES.lastIndex = at;
  return BOLD_LABEL_OVER_LINES.exec(text);
}

/**
 * A label in bold of a few words names the item its sentence is about and is read with it
 * ("**Smart Meters:** The utility must swap …"); a longer one is the item's heading, as a label
 * in plain text is ("**Focus on the Data Protection Bill and the Competition Act**: Furthermore, …").
 */
const MOST_WORDS_READ_WITH_ITS_SENTENCE = 3;
const MOST_BOLD_LABEL_WORDS = 25;

/** The mark that opens bold right before the offset, `**` or `__`, if one does. */
function boldOpeningBefore(text: string, offset: number): string | undefined {
  const opening = text.slice(Math.max(0, offset - 2), offset);
  return opening === '**' || opening === '__' ? opening : undefined;
}

/** Whether the label is set in bold from its first word to its colon (`**Standardisation bodies, to set clear pathways**:`). */
function isBoldLabel(text: string, span: Span): boolean {
  const opening = boldOpeningBefore(text, span.start);
  if (!opening) return false;
  return text.slice(span.start, span.end).endsWith(`${opening}:`) || text.slice(span.start, span.end + 2).endsWith(`:${opening}`);
}

/**
 * A letter, number or roman numeral in brackets ("(b)", "2)", "(iv)", also "1)." with a full
 * stop, though not "(6).", which ends a sentence on a reference) written inside a line after a
 * space and before a capitalised word: the marker of an item typed on one line with the others
 * ("… filtration efficiency (b) To test fabric combinations (c) To test …").
 */
const INLINE_ITEM_MARKER = /\s(\(?([a-z]|[ivx]{1,4}|\d{1,2})\)|([a-z]|[ivx]{1,4}|\d{1,2})\)\.)(?=\s+\p{Lu})/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ROMAN_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The places a marker can have in its list: a number, a letter, or (for "i", "v", "x") a roman numeral. */
function placesOfMarker(marker: string): string[] {
  if (/^\d/.test(marker)) return [`n${Number(marker)}`];
  const places = marker.length === 1 ? [`a${marker.charCodeAt(0) - 96}`] : [];
  const roman = ROMAN_NUMERALS.indexOf(marker);
  return roman >= 0 ? [...places, `r${roman + 1}`] : places;
}

/**
 * Where the items of a list typed inside a paragraph without punctuation start: before each marker
 * that follows a word with no mark, and whose neighbour in the list ("(a)" or "(c)" beside "(b)")
 * is in the same paragraph too. A single "(b)" may be a reference to an item elsewhere; a run of
 * them is a list. Items the author separates with semicolons or commas, or runs on from a function
 * word ("teams are (1) …", "; and (3) …"), are a sentence's parts.
 */
function inlineItemEnds(text: string): number[] {
  // Every marker closes a bracket; most blocks hold none.
  if (!text.includes(')')) return [];
  // The match opens with the space before the marker.
  const markers = allMatches(INLINE_ITEM_MARKER, text).map((match) => ({ at: match.index + 1, places: placesOfMarker(match[2] ?? match[3]) }));
  if (markers.length < 2) return [];
  const present = new Set(markers.flatMap((marker) => marker.places));
  const neighbour = (place: string, step: number) => `${place[0]}${Number(place.slice(1)) + step}`;
  return markers
    .filter((marker) => marker.at > 1 && LETTER_OR_DIGIT.test(text[marker.at - 2]) && !isFunctionWord(wordBefore(text, marker.at - 1)))
    .filter((marker) => marker.places.some((place) => present.has(neighbour(place, -1)) || present.has(neighbour(place, 1))))
    .map((marker) => marker.at);
}

/**
 * A bullet pasted inside a line after a colon or a sentence's mark, before a capitalised word:
 * a word processor's "o" or a bullet character (": o Citizen Science: … development. o Citizen
 * Science and …"). Only a paragraph that holds two or more is such a list: "o" is also a word.
 */
const INLINE_BULLET = /[.:;!?](\s+)(?:o|[•▪◦‣●○■□➢►✓✔])\s+(?=\p{Lu})/gu;
const LEAST_INLINE_BULLETS = 2;

/** Where the items of a list whose bullets were pasted into one line start: at each bullet, after the mark and its spaces. */
function inlineBulletEnds(text: string): number[] {
  // The pattern opens with the mark: one that opens with a look-behind is tried at every character, and took forty times as long.
  const bullets = allMatches(INLINE_BULLET, text).map((match) => match.index + 1 + match[1].length);
  return bullets.length >= LEAST_INLINE_BULLETS ? bullets : [];
}

/**
 * A number, then a capitalised pronoun or "The" before a word in small letters: a sentence whose
 * full stop was left out after a year or an amount ("… by the end of 2030 The ever-rising …",
 * "… a price of k10.00 We project …"). A name goes on in capitals ("2030 The Hague"). After a
 * word it is no sign: authors who leave out full stops capitalise words inside sentences too
 * ("… can either download The software on their phone").
 */
const OPENER_BEFORE_SMALL_LETTER = /(?:The|This|These|We|It(?:['’]s)?|Our|They|There)[^\S\r\n]+\p{Ll}/gu;
const DIGIT = /\p{N}/u;

/** Where such sentences end: after the number before the opener. Found from the opener, which few places hold, not from every digit. */
function missingFullStopEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of allMatches(OPENER_BEFORE_SMALL_LETTER, text)) {
    const before = startOfRun(text, match.index, ' \t');
    if (before < match.index && before > 0 && DIGIT.test(text[before - 1])) ends.push(before);
  }
  return ends;
}

/**
 * A no-break space beside an ordinary one, after a word with no mark and before a capital: where a
 * line or a cell of a list ended before it was pasted into one line ("… technical support\u00a0
 * Academic Institutions - will contribute …"). Only a paragraph that holds such a gap twice or
 * more is such a list: one may be a stray space inside a name.
 */
const PASTED_ITEM_GAP = /(?: \u00a0|\u00a0 )[ \u00a0]*(?=\p{Lu})/gu;
const LEAST_PASTED_ITEM_GAPS = 2;
/** What a pasted item ends in: a word, or the bracket of a source or the slashes typed between items ("… (Urosario, 2021)\u00a0 The …", "… policies //\u00a0 Increase …"). */
const BEFORE_PASTED_GAP = /[\p{L}\p{N})\/]/u;
const BARE_ITEM_MARKER = /(?:^|\s)(?:[a-z]|[ivx]{1,4}|\d{1,2})\)$/u;

/**
 * Whether the text before `end` is an item's marker ("1)\u00a0 BlueFish", "(a)\u00a0 To assess"):
 * the item starts after it, and the one before does not end there. A bracket of more words is
 * a source ("(Urosario, 2021, Page 9)\u00a0 The …"), after which one does.
 */
function endsInItemMarker(text: string, end: number): boolean {
  const close = end - 1;
  if (text[close] !== ')') return false;
  const open = text.lastIndexOf('(', close);
  if (open > text.lastIndexOf(')', close - 1)) return close - open <= 4;
  return BARE_ITEM_MARKER.test(text.slice(Math.max(0, close - 5), end));
}

/**
 * A bullet or dash with a no-break space after it, before a capital: an item of a list pasted from
 * a word processor into one line ("…; \u00a0 -\u00a0\u00a0\u00a0Share the insights …", "· To evaluate …"),
 * whatever ends the item before it. A dash inside a sentence has an ordinary space. Only a paragraph
 * that holds two or more is such a list.
 */
const NO_BREAK_BULLET = /[-–—·•▪◦‣●■□➢►✓✔][ \u00a0]*\u00a0[ \u00a0]*(?=\p{Lu})/gu;
/** The same bullet with the no-break space before it and an ordinary one after ("… are:\u00a0 - Cleaning …"). */
const BULLET_AFTER_NO_BREAK = /\u00a0[ \u00a0]*([-–—·•▪◦‣●■□➢►✓✔])[ \u00a0]+(?=\p{Lu})/gu;

/** Where the items of a list pasted with such bullets start: at each bullet. */
function noBreakBulletEnds(text: string): number[] {
  if (!text.includes('\u00a0')) return [];
  const bullets = [
    ...allMatches(NO_BREAK_BULLET, text).map((match) => match.index),
    ...allMatches(BULLET_AFTER_NO_BREAK, text).map((match) => match.index + match[0].indexOf(match[1])),
  ];
  return bullets.length >= LEAST_PASTED_ITEM_GAPS ? [...new Set(bullets)].sort((a, b) => a - b) : [];
}

/** Where the run of the given characters that ends at `at` starts (`at` itself when none comes before it). */
function startOfRun(text: string, at: number, characters: string): number {
  let start = at;
  while (start > 0 && characters.includes(text[start - 1])) start--;
  return start;
}

/** Where the items of a list pasted into one paragraph end, at their gaps: after a word, a bracket or slashes, not after a function word ("by the\u00a0 Digital Agency") or an abbreviation ("Mr\u00a0 Kazi"). */
function pastedItemEnds(text: string): number[] {
  if (!text.includes('\u00a0')) return [];
  const ends = allMatches(PASTED_ITEM_GAP, text)
    // The gap may open with more no-break spaces than the pattern starts at ("//\u00a0\u00a0\u00a0 Increase").
    .map((gap) => startOfRun(text, gap.index, ' \u00a0'))
    .filter((start) => {
      const word = wordBefore(text, start);
      return start > 0 && BEFORE_PASTED_GAP.test(text[start - 1]) && !endsInItemMarker(text, start) && !isFunctionWord(word) && !ABBREVIATIONS.has(word.toLowerCase());
    });
  return ends.length >= LEAST_PASTED_ITEM_GAPS ? ends : [];
}

/**
 * A bare link (`https://…`, `www.…`) that a capitalised word follows: a link put at the end of a
 * sentence with no full stop after it ("… cost the public 800 million USD: https://… In the
 * centre of …"). Not one in brackets or in Markdown link syntax, whose text the sentence reads.
 */
const BARE_LINK = /(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~'"\])]/g;
const LINK_OPENING = /[(<\[]$/;
const CAPITALISED_WORD_NEXT = /^\s+\p{Lu}\p{Ll}/u;

/**
 * Where the bare links that end a sentence with no mark end in the brief, in order, found once per
 * parse: the links are blanked in the prose, so they are read in the brief as written.
 */
function sentenceEndingLinks(brief: ParsedBrief): number[] {
  return brief.cache.get(sentenceEndingLinks, () => {
    const written = brief.text;
    // Every bare link starts with one of these; most briefs hold few.
    if (!written.includes('http') && !written.includes('www.')) return [];
    return allMatches(BARE_LINK, written)
      .filter((link) => !LINK_OPENING.test(written.slice(Math.max(0, link.index - 2), link.index)) && CAPITALISED_WORD_NEXT.test(written.slice(link.index + link[0].length, link.index + link[0].length + 8)))
      .map((link) => link.index + link[0].length);
  });
}

/** The ends of the sentence-ending links inside a run, counted from its start. */
function linkEndsIn(brief: ParsedBrief, run: Span): number[] {
  const links = sentenceEndingLinks(brief);
  const ends: number[] = [];
  for (let i = firstIndexPast(links, (end) => end > run.start); i < links.length && links[i] < run.end; i++) ends.push(links[i] - run.start);
  return ends;
}

/** The prose of the run with each hole (sorted, apart) blanked: joined once, whatever the number of notes in a paragraph. */
function withHoles(prose: string, run: Span, holes: readonly Span[]): string {
  const parts: string[] = [];
  let from = run.start;
  for (const hole of holes) {
    if (hole.start < from) continue;
    parts.push(prose.slice(from, hole.start), ' '.repeat(hole.end - hole.start));
    from = hole.end;
  }
  parts.push(prose.slice(from, run.end));
  return parts.join('');
}

function isAscending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++) if (numbers[i] < numbers[i - 1]) return false;
  return true;
}

/** The uncounted passages of a sentence with neither notes nor a label in it, as most are: one list for all of them. */
const NO_ASIDES: readonly Span[] = Object.freeze([]);

/** A quoted sentence whose full stop was left out, before a capitalised word: “… the societies they serve” Business can… */
const QUOTED_SENTENCE = /(?:“([^“”]+)”|(?<![\p{L}\p{N}])"([^"]+)")(?=\s+\p{Lu})/gu;
const MIN_QUOTED_SENTENCE_WORDS = 6;

/** Where a quotation of a whole sentence ends when no full stop says so. */
function quotedSentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // Every quotation opens with one of these marks; most blocks hold neither.
  if (!text.includes('"') && !text.includes('“')) return ends;
  for (const match of allMatches(QUOTED_SENTENCE, text)) {
    const quoted = (match[1] ?? match[2]).trim();
    const words = quoted.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (/[.!?…]$/.test(quoted) || words.length < MIN_QUOTED_SENTENCE_WORDS) continue;
    // A title in title case ("Cities at Risk From Rising Seas") is named inside a sentence, not quoted as one.
    const long = words.filter((word) => word.length > 3);
    if (long.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > long.length) continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/** A line with its line break, if it has one. */
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const TRAILING_LINE_BREAKS = /[\r\n]+$/;
/** Wider than any width text is wrapped at: lines this long were not wrapped, and their breaks are the author's. */
const UNWRAPPED = 150;
/** Two spaces or a backslash at the end of a line, as written in the brief. */
const HARD_BREAK = / {2,}$|\\$/;

/** Offsets (in `text`, which starts at `offset` in the brief) of line breaks that end a sentence. */
function lineEnds(brief: ParsedBrief, offset: number, text: string): number[] {
  // A search for one character is much faster than for either of two.
  if (!text.includes('\n') && !text.includes('\r')) return [];
  const lines: { start: number; end: number; text: string }[] = [];
  for (const match of allMatches(LINE, text)) {
    if (match[0] === '' && match.index >= text.length) break;
    const line = match[0].replace(TRAILING_LINE_BREAKS, '');
    lines.push({ start: match.index, end: match.index + line.length, text: line });
  }
  // The width the lines were wrapped at: the longest line but the last.
  const width = Math.max(...lines.slice(0, -1).map((line) => line.text.trimEnd().length));
  const ends: number[] = [];
  lines.slice(0, -1).forEach((line, i) => {
    const next = lines[i + 1].text.trimStart();
    if (next === '') return;
    const own = line.text.trimEnd();
    const hardBreak = HARD_BREAK.test(brief.text.slice(offset + line.start, offset + line.end));
    const contents = CONTENTS_LINE.test(own) && (CONTENTS_LINE.test(next) || (i > 0 && CONTENTS_LINE.test(lines[i - 1].text)));
    // A line with no mark at its end ends a sentence when the next opens one and the line is short, or when the
    // author breaks lines where thoughts end rather than wrapping them at a width, or when the next line opens
    // with a capitalised function word after a word that is none: wrapped text goes on in small letters after a
    // line with no mark ("…in the society" / "And to finish…"), and a name does not open with "And" or "To".
    const endsEarly =
      NO_TERMINATOR.test(own) && SENTENCE_OPENING.test(next) && (own.length < 0.6 * width || width < 50 || width > UNWRAPPED || opensWithFunctionWord(own, next));
    // Wrapped text fills its lines: a compound wrapped at its hyphen stands in a full one.
    const short = width > UNWRAPPED || next.trimEnd().length < FILLED_LINE * width;
    const dashItem = short && DASH_AGAINST_WORD.test(next) && (DASH_AGAINST_WORD.test(own.trimStart()) || DASH_AGAINST_WORD.test(lines[i + 2]?.text.trimStart() ?? ''));
    if (hardBreak || contents || endsEarly || dashItem || ITEM_MARKER.test(next)) ends.push(line.end);
  });
  return ends;
}

const FIRST_WORD = /^\p{Lu}\p{Ll}+(?=[\s,;:]|$)/u;
const LAST_WORD = /\p{L}+$/u;

/** Words that open a sentence and never a name, though no function word: "However making perfumes …". */
const OPENING_ADVERBS = new Set(['however', 'therefore', 'moreover', 'furthermore', 'additionally', 'thus', 'hence', 'finally', 'firstly', 'secondly', 'lastly', 'meanwhile', 'consequently', 'otherwise']);
/** Function words that can close a sentence ("… learn how to make it" / "This will …"), unlike "of" or "the". */
const CLOSING_FUNCTION_WORDS = new Set(['it', 'this', 'that', 'there', 'also']);

/**
 * Whether `next` opens with a capitalised function word of two letters or more ("And", "To", "The")
 * or a sentence adverb ("However"), and `line` does not end in a function word that leaves it open
 * ("…of" / "The Hague"; "…make it" closes).
 */
function opensWithFunctionWord(line: string, next: string): boolean {
  const first = FIRST_WORD.exec(next);
  if (!first || !(isFunctionWord(first[0]) || OPENING_ADVERBS.has(first[0].toLowerCase()))) return false;
  const last = LAST_WORD.exec(line);
  return last !== null && (!isFunctionWord(last[0]) || CLOSING_FUNCTION_WORDS.has(last[0].toLowerCase()));
}

/** Whether a UTF-16 unit is white space to JavaScript (`\s`, and what `trim` removes). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The index of the first unit that is not white space between two offsets; `end` when there is none. */
function firstNonSpace(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** The index of the last unit that is not white space between two offsets; `start - 1` when there is none. */
function lastNonSpace(text: string, start: number, end: number): number {
  let index = end - 1;
  while (index >= start && isSpace(text.charCodeAt(index))) index--;
  return index;
}

const SMALL_LETTER = /\p{Ll}/u;
const DOT_LEADERS = /^\.{2,}$/;
/** A page number after dot leaders, to the end of its line. */
const PAGE_NUMBER = /^[ \t]*\d{1,3}[ \t]*(?:[\r\n]|$)/;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * A pronoun or "the" in small letters: after a full stop that ends an ordinary word, the start of
 * a sentence even on a page that does so once ("for the past 5 years. it has reduced"), as no
 * sentence goes on after a full stop with these words.
 */
const LOWER_CASE_OPENER = /^(?:i(?=\s)|it|we|they|he|she|this|these|there|our|the)(?![\p{L}\p{N}])/u;

/** Two spaces or more typed after a full stop: a typist's sentence end, whatever case follows. */
const TYPED_SENTENCE_GAP = /^[ \t]{2,}$/;

/** `typed` is the text as written, at the same offsets as the prose `text`, whose markup is blanked to spaces. */
/** A code span that opens with a capital after the full stop ("… one central location. `Data Fiduciary` should …"): the prose blanks it, but the sentence starts with it. */
const CAPITAL_CODE = /^[^\S\r\n]+`\p{Lu}/u;

function opensWithCapitalCode(typed: string, from: number): boolean {
  return CAPITAL_CODE.test(typed.slice(from, from + 8));
}

function endsSentence(text: string, typed: string, at: number, terminator: string, reading: Reading): boolean {
  const nextAt = firstNonSpace(text, at + terminator.length, text.length);
  // "approx. three", "e.g. cities": what follows a sentence starts with a capital, a digit or a quote,
  // unless the author starts sentences in small letters, typed two spaces, or starts one with a pronoun
  // or "the" ("years. it has"), after a word of small letters that is no abbreviation.
  if (nextAt < text.length && SMALL_LETTER.test(text[nextAt]) && !opensWithCapitalCode(typed, at + terminator.length)) {
    const smallLetterStart = reading.lowerCaseStarts || TYPED_SENTENCE_GAP.test(typed.slice(at + 1, nextAt)) || LOWER_CASE_OPENER.test(text.slice(nextAt, nextAt + 8));
    if (!(smallLetterStart && terminator === '.' && endsOrdinaryWord(text, at))) return false;
  }
  // Dot leaders before a page number ("Introduction ........ 3") end no sentence.
  if (DOT_LEADERS.test(terminator) && PAGE_NUMBER.test(text.slice(at + terminator.length))) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('..')) return true;
  const word = wordBefore(text, at);
  const lowerCase = word.toLowerCase();
  // "No. 5" and "nos. 3-4" stand for numbers; the word "no" ends a sentence as any word does ("the answer is no. A").
  if (NUMBER_ABBREVIATIONS.has(lowerCase)) return !DIGIT.test(text[nextAt] ?? '');
  if (ABBREVIATIONS.has(lowerCase)) return false;
  // Initials ("P. Gluckman") and dotted abbreviations ("U.S.", "U.N.") keep their sentence going, unless a
  // sentence plainly opens after them ("labor in the U.S. The 2020 CARES Act", "1.4 °C. The city").
  if (INITIAL.test(word) || DOTTED_ABBREVIATION.test(word)) return OPENER_AFTER_ABBREVIATION.test(text.slice(nextAt, nextAt + 12));
  return true;
}

/** Abbreviations of "number", which a number follows. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);
/** A word that opens sentences and not names, then a word in small letters or a number. */
const OPENER_AFTER_ABBREVIATION = /^(?:The|This|These|That|I|We|It|Its|Our|Their|They|There|He|She|In|And|But|Yet|So|As|If|When|While|However)[^\S\r\n]+[\p{Ll}\p{N}]/u;

/** Whether the full stop at `at` follows a word of three small letters or more that is no abbreviation ("teaching.", not "etc." or "approx."). */
function endsOrdinaryWord(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return ORDINARY_WORD.test(word) && !ABBREVIATIONS_MID_SENTENCE.has(word);
}

const ORDINARY_WORD = /^\p{Ll}{3,}$/u;

const WORD_BEFORE_UNIT = /[\p{L}\p{N}.&]/u;

/** A letter, digit, dot or ampersand (one UTF-16 unit): ASCII, as most are, read by its code. */
function isWordBeforeUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0x80) return WORD_BEFORE_UNIT.test(text[index]);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x26;
}

/** The letters, digits, dots and ampersands right before `at` ("U.S", "e.g", "al"), without the dots they open with; read backwards so long blocks stay linear. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && isWordBeforeUnit(text, start - 1)) start--;
  while (start < at && text[start] === '.') start++;
  return text.slice(start, at);
}
