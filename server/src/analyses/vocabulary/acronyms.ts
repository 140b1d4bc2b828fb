import { PhraseMatcher, tokenize, tokensOf, type Token } from '../../engine/phraseMatcher';
import { blockAt, isUnbrokenProse } from '../prose/prose';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Acronym, Vocabulary } from '../../knowledge/knowledge';
import { perVocabulary } from './vocabularyMatcher';

/** Where and how an acronym is defined: "Full Name (ACR)" or "ACR (Full Name)". */
export interface AcronymDefinition {
  form: 'name-first' | 'acronym-first';
  /** The full name as the brief writes it, when it can be told apart from the words before it. */
  expansion?: string;
  /** The whole definition, from the full name (or the acronym) to the closing bracket. */
  start: number;
  end: number;
  /** The edit that keeps the full name and drops the acronym, for a definition nothing refers to. */
  withoutAcronym: { start: number; end: number; newText: string };
}

/** One acronym written in the brief's prose. */
export interface AcronymOccurrence {
  /** The acronym in its singular form, as listed in the vocabulary ("SDG" for "SDGs"). */
  acronym: string;
  start: number;
  end: number;
  /** The text as written ("SDGs"). */
  text: string;
  plural: boolean;
  /** The vocabulary's entry, when the acronym is a known one. */
  known?: Acronym;
  inHeading: boolean;
  /** Set when this occurrence defines the acronym. */
  definition?: AcronymDefinition;
}

interface AcronymEntry {
  acronym: string;
  plural: boolean;
  known?: Acronym;
}

/** Words that do not give an acronym a letter ("Forum for Indian Science Diplomacy" is FISD). */
const MINOR_WORDS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'at', 'by', 'a', 'an', 'de', 'del', 'la', 'el', 'des', 'du', 'et', 'y', 'für', 'und']);

/** Capitals and digits, with an optional plural "s" (STI, IOs); two capitals at least, checked apart. */
const ACRONYM_SHAPE = /^(\p{Lu}[\p{Lu}\p{N}]*)(s?)$/u;
/** A Roman numeral with a unit digit or ten (II, XIV, LXX); CC, CD or DC alone are more often acronyms. */
const ROMAN_NUMERAL = /^(?=.*[IVX])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Known and always-allowed acronyms, with their plurals, compiled once per vocabulary. */
export const acronymMatcher = perVocabulary((vocabulary) => {
  const forms = (acronym: string, known?: Acronym) => [
    { phrase: acronym, value: { acronym, plural: false, known }, caseSensitive: true },
    { phrase: `${acronym}s`, value: { acronym, plural: true, known }, caseSensitive: true },
  ];
  return new PhraseMatcher<AcronymEntry>([...vocabulary.allowedAcronyms.flatMap((acronym) => forms(acronym)), ...vocabulary.acronyms.flatMap((entry) => forms(entry.acronym, entry))]);
});

/**
 * Every acronym in the brief's prose, in document order: those the vocabulary knows and
 * any other run of capitals, each with its definition when it is written as one.
 */
export function findAcronyms(brief: ParsedBrief, vocabulary: Vocabulary): AcronymOccurrence[] {
  return brief.cache.getFor(findAcronyms, [vocabulary], () => scan(brief, vocabulary));
}

function scan(brief: ParsedBrief, vocabulary: Vocabulary): AcronymOccurrence[] {
  const tokens = tokensOf(brief);
  const found: { entry: AcronymEntry; first: number; last: number }[] = [];
  const notAcronyms = new Set(vocabulary.notAcronyms);
  let next = 0;
  for (const match of acronymMatcher(vocabulary).matchTokens(tokens, brief.prose)) {
    // Matches come in token order, so the match's first token lies at or after `next`.
    let first = next;
    while (tokens[first].start < match.start) first++;
    collectShapes(brief.prose, tokens, next, first, notAcronyms, found);
    let last = first;
    while (tokens[last].end < match.end) last++;
    found.push({ entry: match.value, first, last });
    next = last + 1;
  }
  collectShapes(brief.prose, tokens, next, tokens.length, notAcronyms, found);

  const occurrences = found
    .filter(({ first, last }) => isUnbrokenProse(brief, { start: tokens[first].start, end: tokens[last].end }))
    .filter(({ entry, last }) => !startsItsWrittenOutName(tokens, last, entry))
    .map(({ entry, first, last }) => {
      const start = tokens[first].start;
      const end = tokens[last].end;
      const occurrence: AcronymOccurrence = {
        ...entry,
        start,
        end,
        text: brief.prose.slice(start, end),
        inHeading: blockAt(brief, start)?.kind === 'heading',
      };
      const definition = nameFirstDefinition(brief, tokens, first, last, entry) ?? acronymFirstDefinition(brief, tokens, first, last, entry);
      return definition ? { ...occurrence, definition } : occurrence;
    });
  // A name may hold its own acronym ("ICLEI – Local Governments for Sustainability (ICLEI)"): that is part of the definition, not a use.
  const definitions = occurrences.filter((o) => o.definition);
  return occurrences.filter((o) => o.definition || !definitions.some((d) => d.acronym === o.acronym && d.definition!.start <= o.start && o.end <= d.definition!.end));
}

/**
 * "ICLEI – Local Governments for Sustainability" written out without brackets: the
 * acronym opens its own name, so it is that name, not a use that needs a definition.
 */
function startsItsWrittenOutName(tokens: readonly Token[], last: number, entry: AcronymEntry): boolean {
  const name = entry.known && tokenize(entry.known.expansion).filter((token) => token.kind === 'word').map((token) => token.key);
  if (!name || name[0] !== entry.acronym.toLowerCase()) return false;
  // Only as far as the name reaches: the rest of the brief is no part of it.
  let word = 1;
  for (let i = last + 1; i < tokens.length && word < name.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    if (tokens[i].key !== name[word]) return false;
    word++;
  }
  return word === name.length;
}

/** Runs of capitals the vocabulary does not know; tokens keep only a lower-cased key, so capitals come from the prose. */
function collectShapes(prose: string, tokens: readonly Token[], from: number, to: number, notAcronyms: ReadonlySet<string>, found: { entry: AcronymEntry; first: number; last: number }[]) {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    // "PG&E", "AT&T": capitals joined by an ampersand are one name.
    const last = tokens[i + 1]?.key === '&' && isJoined(tokens, i, i + 1) && isJoined(tokens, i + 1, i + 2) && isCapitals(prose, tokens, i + 2) ? i + 2 : i;
    const shape = ACRONYM_SHAPE.exec(prose.slice(token.start, tokens[last].end).replace('&', ''));
    if (!shape || (shape[1].match(/\p{Lu}/gu)?.length ?? 0) < 2 || ROMAN_NUMERAL.test(shape[1])) continue;
    const written = prose.slice(token.start, tokens[last].end);
    const acronym = shape[2] === 's' ? written.slice(0, -1) : written;
    if (notAcronyms.has(acronym) || isNotAnAcronym(prose, tokens, i, last, notAcronyms)) continue;
    found.push({ entry: { acronym, plural: shape[2] === 's' }, first: i, last });
    i = last;
  }
}

const NUMBER = /^\p{N}+$/u;
const LICENCE = /^licen[cs]e[sd]?$/i;
const CURRENCY_SIGN = /^[$€£¥₹]$/u;
/** Legal forms written after a company's name ("Siemens AG", "Security, LLC"). */
const COMPANY_FORMS = new Set(['AG', 'SA', 'SE', 'NV', 'BV', 'PLC', 'LLC', 'LLP', 'LP', 'KG', 'KGaA', 'AB', 'ASA', 'AS', 'OY', 'SAS', 'SARL', 'SRL', 'SPA', 'PTY', 'LTD', 'INC']);

/**
 * Capitals that are something else: a code or formula (letters with digits: ACR189,
 * CO₂, PM2, DE-AC52-07), a unit or currency by a number or sign (20 MW, 5 PM, 90% CI,
 * SAT$13), a numbered identifier (ISO 15118, ISO/IEC 42001), a licence name (CC BY
 * licence), a company's legal form after its name (Siemens AG), a template placeholder
 * ([CITY NAME]), or shouting: a run of three or more capitalised words (a running header,
 * "END OF ACTION LEARNING PLAN") or a line of capitals with an ordinary word in it.
 */
function isNotAnAcronym(prose: string, tokens: readonly Token[], first: number, last: number, notAcronyms: ReadonlySet<string>): boolean {
  const word = (index: number | undefined) => (index === undefined ? '' : prose.slice(tokens[index].start, tokens[index].end));
  const chain = joinedChain(tokens, first, last);
  if (chain.some((index) => /\p{N}/u.test(word(index)))) return true;
  if (CURRENCY_SIGN.test(tokens[last + 1]?.key ?? '') && isJoined(tokens, last, last + 1)) return true;
  const before = neighbourWord(tokens, chain[0], -1);
  // A chain of capitals names one code (CC BY 4.0, CC-BY 4.0): what follows the chain counts.
  let after = neighbourWord(tokens, chain[chain.length - 1], 1);
  while (after !== undefined && isCapitals(prose, tokens, after)) after = neighbourWord(tokens, after, 1);
  if (NUMBER.test(word(before)) || NUMBER.test(word(after))) return true;
  const nearby = [after, after === undefined ? undefined : neighbourWord(tokens, after, 1), before].map(word);
  if (nearby.some((w) => LICENCE.test(w))) return true;
  if (COMPANY_FORMS.has(word(first)) && first === last && isAfterAName(prose, tokens, first)) return true;
  if (isPlaceholder(prose, tokens, first)) return true;
  return shoutedRun(prose, tokens, first) >= 3 || isShoutedLine(prose, tokens, first, notAcronyms);
}

/** Two tokens with nothing between them. */
function isJoined(tokens: readonly Token[], left: number, right: number): boolean {
  return tokens[right] !== undefined && tokens[left].end === tokens[right].start;
}

/** The words glued to this one by hyphens, slashes or dots, without spacing ("DE-AC52-07NA27344", "ISO/IEC"). */
function joinedChain(tokens: readonly Token[], first: number, last: number): number[] {
  const glue = (index: number) => ['-', '/', '.'].includes(tokens[index]?.key ?? '');
  let start = first;
  while (start >= 2 && glue(start - 1) && isJoined(tokens, start - 2, start - 1) && isJoined(tokens, start - 1, start) && tokens[start - 2].kind === 'word') start -= 2;
  let end = last;
  while (glue(end + 1) && isJoined(tokens, end, end + 1) && isJoined(tokens, end + 1, end + 2) && tokens[end + 2].kind === 'word') end += 2;
  const words: number[] = [];
  for (let i = start; i <= end; i++) if (tokens[i].kind === 'word') words.push(i);
  return words;
}

/** The word before, across a comma, starts with a capital: "Siemens AG", "National Security, LLC". */
function isAfterAName(prose: string, tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j].key === ' ' || tokens[j].key === ',')) j--;
  return j >= 0 && tokens[j].kind === 'word' && /^\p{Lu}/u.test(prose.slice(tokens[j].start, tokens[j].end));
}

/** Inside square or curly brackets that hold only capitals: a template's blank to fill in ("[MUNICIPALITY NAME]"). */
function isPlaceholder(prose: string, tokens: readonly Token[], i: number): boolean {
  const closing: Record<string, string> = { '[': ']', '{': '}' };
  const edge = (step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const token = tokens[j];
      if (token.kind === 'word') {
        if (!isCapitals(prose, tokens, j)) return undefined;
      } else if (!/^[ _\-/&]$/.test(token.key)) return token.key;
    }
    return undefined;
  };
  const open = edge(-1);
  return open !== undefined && open in closing && edge(1) === closing[open];
}

/** A line of the prose with no small letter and an ordinary word in capitals: a heading or label written in capitals ("CONTENTS", "EXECUTIVE SUMMARY"). */
function isShoutedLine(prose: string, tokens: readonly Token[], i: number, notAcronyms: ReadonlySet<string>): boolean {
  const lineStart = prose.lastIndexOf('\n', tokens[i].start) + 1;
  const newline = prose.indexOf('\n', tokens[i].end);
  const line = prose.slice(lineStart, newline < 0 ? prose.length : newline);
  if (/\p{Ll}/u.test(line)) return false;
  return (line.match(/\p{Lu}+/gu) ?? []).some((word) => notAcronyms.has(word));
}

/** The next word token in a direction, across spacing, dashes and a percent sign only; undefined past any other mark. */
function neighbourWord(tokens: readonly Token[], i: number, step: 1 | -1): number | undefined {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
    const token = tokens[j];
    if (token.kind === 'word') return j;
    if (token.key !== ' ' && token.key !== '-' && token.key !== '%') return undefined;
  }
  return undefined;
}

function isCapitals(prose: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token?.kind === 'word' && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(prose.slice(token.start, token.end));
}

/** How many all-capital words (of two letters or more, or "A", "I") stand in a row around this one. */
function shoutedRun(prose: string, tokens: readonly Token[], i: number): number {
  const isCaps = (index: number | undefined) => index !== undefined && isCapitals(prose, tokens, index);
  let count = 1;
  for (const step of [-1, 1] as const) {
    for (let j = neighbourWord(tokens, i, step); isCaps(j); j = neighbourWord(tokens, j!, step)) count++;
  }
  return count;
}

/** "Joint Research Centre (JRC)": the acronym alone in brackets, after the words that name it. */
function nameFirstDefinition(brief: ParsedBrief, tokens: readonly Token[], first: number, last: number, entry: AcronymEntry): AcronymDefinition | undefined {
  const open = previousNonSpace(tokens, first - 1);
  const close = nextNonSpace(tokens, last + 1);
  if (open === undefined || close === undefined || tokens[open].key !== '(' || tokens[close].key !== ')') return undefined;
  const words = wordsBefore(brief, tokens, open);
  if (words.length === 0) return undefined;
  const nameStart = knownNameStart(words, entry) ?? initialsNameStart(words, entry.acronym);
  const nameEnd = words[0].end;
  return {
    form: 'name-first',
    expansion: nameStart === undefined ? undefined : oneLine(brief.prose.slice(nameStart, nameEnd)),
    start: nameStart ?? tokens[open].start,
    end: tokens[close].end,
    withoutAcronym: { start: tokens[previousNonSpace(tokens, open - 1)!].end, end: tokens[close].end, newText: '' },
  };
}

/** "IPCC (Intergovernmental Panel on Climate Change)": the full name in brackets right after the acronym. */
function acronymFirstDefinition(brief: ParsedBrief, tokens: readonly Token[], first: number, last: number, entry: AcronymEntry): AcronymDefinition | undefined {
  const open = nextNonSpace(tokens, last + 1);
  if (open === undefined || tokens[open].key !== '(') return undefined;
  const block = blockAt(brief, tokens[open].start);
  let close = open + 1;
  while (close < tokens.length && tokens[close].key !== ')' && tokens[close].key !== '(' && tokens[close].end <= (block?.end ?? 0)) close++;
  if (close >= tokens.length || tokens[close].key !== ')') return undefined;
  const words = tokens.slice(open + 1, close).filter((token) => token.kind === 'word');
  if (words.length < 2 || words.some((word) => /^\p{N}+$/u.test(word.key))) return undefined;
  const firstLetter = words.find((word) => !MINOR_WORDS.has(word.key))?.key[0];
  if (!entry.known && firstLetter !== entry.acronym[0].toLowerCase()) return undefined;
  const name = brief.prose.slice(words[0].start, words[words.length - 1].end);
  return {
    form: 'acronym-first',
    expansion: oneLine(name),
    start: tokens[first].start,
    end: tokens[close].end,
    withoutAcronym: { start: tokens[first].start, end: tokens[close].end, newText: name },
  };
}

/** The words right before a bracket, nearest first, as far back as a name could reach within the block. */
function wordsBefore(brief: ParsedBrief, tokens: readonly Token[], open: number): Token[] {
  const blockStart = blockAt(brief, tokens[open].start)?.start ?? Infinity;
  const words: Token[] = [];
  let i = open - 1;
  // A citation may stand between the name and its acronym: "Anticipator [@gesda] (GESDA)".
  const beforeBracket = previousNonSpace(tokens, i);
  if (beforeBracket !== undefined && tokens[beforeBracket].key === ']') {
    i = beforeBracket - 1;
    while (i >= 0 && tokens[i].key !== '[' && tokens[i].start >= blockStart) i--;
    i--;
  }
  for (; i >= 0 && words.length < 12 && tokens[i].start >= blockStart; i--) {
    const token = tokens[i];
    if (token.kind === 'word') words.push(token);
    else if (!/^[ ,&’'-]$/.test(token.key)) break;
  }
  return words;
}

/** Where the vocabulary's expansion starts, when the words before the bracket spell it (a plural "s" allowed). */
function knownNameStart(words: readonly Token[], entry: AcronymEntry): number | undefined {
  if (!entry.known) return undefined;
  const expected = tokenize(entry.known.expansion).filter((token) => token.kind === 'word').map((token) => token.key).reverse();
  if (expected.length > words.length) return undefined;
  const matches = expected.every((key, i) => words[i].key === key || (i === 0 && words[i].key === `${key}s`));
  return matches ? words[expected.length - 1].start : undefined;
}

/**
 * Where a name starts that no vocabulary knows: the farthest word back whose initial
 * is the acronym's first letter, within as many significant words as the acronym has letters.
 */
function initialsNameStart(words: readonly Token[], acronym: string): number | undefined {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').length;
  const initial = acronym[0].toLowerCase();
  let significant = 0;
  let start: number | undefined;
  for (const word of words) {
    if (!MINOR_WORDS.has(word.key)) significant++;
    if (significant > letters) break;
    if (word.key[0] === initial) start = word.start;
  }
  return start;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function previousNonSpace(tokens: readonly Token[], from: number): number | undefined {
  for (let i = from; i >= 0; i--) if (tokens[i].key !== ' ') return i;
  return undefined;
}

function nextNonSpace(tokens: readonly Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length; i++) if (tokens[i].key !== ' ') return i;
  return undefined;
}
