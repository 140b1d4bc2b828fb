import { PhraseMatcher, tokenize, tokensOf, type Token, type Tokens } from '../../engine/phraseMatcher';
import { blockAt, isAscii, isUnbrokenProse } from '../prose/prose';
import { htmlNodesOf, linkNodesOf } from '../prose/htmlNodes';
import { blankHtmlComments } from '../../engine/htmlComments';
import type { ParsedBrief, ProseBlock } from '../../engine/parseBrief';
import type { Acronym, Vocabulary } from '../../knowledge/knowledge';
import { perVocabulary } from './vocabularyMatcher';
import { firstIndexPast } from '../../engine/sortedSearch';
import { isCommonEnglishWord } from '../../knowledge/englishWords';

/**
 * Where and how an acronym is defined: "Full Name (ACR)" or "ACR (Full Name)"; introduced
 * by words ("known as ACR", "in short: ACR", "the regulator ACR"); or an entry of a
 * glossary table or list, which defines it for the whole brief.
 */
export interface AcronymDefinition {
  form: 'name-first' | 'acronym-first' | 'introduced' | 'glossary';
  /** The full name as the brief writes it, when it can be told apart from the words before it. */
  expansion?: string;
  /**
   * A name that could have the acronym stands right before the brackets: capitalised, a word of
   * it starting with one of its letters ("Natural Resources Agency (CNRA)"); not a noun ("a
   * contract (RFP)"), nor a name the brackets say something else of ("Ethan Gutmann (NCAR)").
   */
  namedBefore?: boolean;
  /** The whole definition, from the full name (or the acronym) to the closing bracket. */
  start: number;
  end: number;
  /** The edit that keeps the full name and drops the acronym, for a definition nothing refers to; none for introductions and glossaries. */
  withoutAcronym?: { start: number; end: number; newText: string };
  /** Another acronym for a name that has one already ("DOR, also called direct ocean capture (DOC)"): given once on purpose. */
  alias?: boolean;
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
  /** The text of a link to what it names ("[MOSS](https://moss.earth)"): the link tells the reader what it is. */
  linkedSite?: boolean;
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
  // An acronym with small letters is also written all in capitals ("IOT" for IoT, "PHD").
  const forms = (acronym: string, known?: Acronym) =>
    [...new Set([acronym, acronym.toUpperCase()])].flatMap((written) => [
      { phrase: written, value: { acronym, plural: false, known }, caseSensitive: true },
      { phrase: `${written}s`, value: { acronym, plural: true, known }, caseSensitive: true },
    ]);
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
  const capitals = capitalsKnowledge(vocabulary);
  let next = 0;
  for (const match of acronymMatcher(vocabulary).matchTokens(tokens, brief.prose)) {
    // Matches come in token order, so the match's first token lies at or after `next`.
    let first = next;
    while (tokens.start(first) < match.start) first++;
    collectShapes(brief, tokens, next, first, capitals, found);
    let last = first;
    while (tokens.end(last) < match.end) last++;
    found.push({ entry: match.value, first, last });
    next = last + 1;
  }
  collectShapes(brief, tokens, next, tokens.length, capitals, found);

  const occurrences = found
    .filter(({ first, last }) => isUnbrokenProse(brief, { start: tokens.start(first), end: tokens.end(last) }))
    .filter(({ entry, last }) => !startsItsWrittenOutName(tokens, last, entry))
    .map(({ entry, first, last }) => {
      const start = tokens.start(first);
      const end = tokens.end(last);
      // Written out rather than spread from the entry, whose two shapes (known or not) made each copy slow.
      const occurrence: AcronymOccurrence = {
        acronym: entry.acronym,
        plural: entry.plural,
        known: entry.known,
        start,
        end,
        text: brief.prose.slice(start, end),
        inHeading: blockAt(brief, start)?.kind === 'heading',
      };
      const definition =
        glossaryEntry(brief, tokens, first, last) ??
        nameFirstDefinition(brief, tokens, first, last, entry) ??
        bracketedNameDefinition(brief, tokens, first, last, entry) ??
        shortFormsAfterName(brief, tokens, first, last) ??
        acronymFirstDefinition(brief, tokens, first, last, entry) ??
        introducedDefinition(brief, tokens, first, last);
      return definition ? { ...occurrence, definition } : occurrence;
    });
  // A name may hold its own acronym ("ICLEI – Local Governments for Sustainability (ICLEI)"): that is part of the definition, not a use.
  const definitions = occurrences.filter((o) => o.definition);
  // A brief that spells the capitals out treats them as an acronym, whatever else it writes.
  const names = brandNames(brief, tokens, found, capitals);
  for (const defined of definitions) if (defined.definition!.form !== 'introduced') names.delete(defined.acronym);
  return occurrences
    .filter((o) => o.definition || (!names.has(o.acronym) && !isInsideItsDefinition(definitions, o)))
    .map((o) => (!o.definition && isLinkedSite(brief, o) ? { ...o, linkedSite: true } : o));
}

/** Definitions come in document order and do not overlap: only the last one starting before the occurrence can hold it. */
function isInsideItsDefinition(definitions: readonly AcronymOccurrence[], occurrence: AcronymOccurrence): boolean {
  const low = firstIndexPast(definitions, (item) => item.definition!.start > occurrence.start);
  const holder = definitions[low - 1];
  return holder !== undefined && holder.acronym === occurrence.acronym && occurrence.end <= holder.definition!.end;
}

/**
 * In the text of a link to a site named by the same letters ("[MOSS](https://moss.earth)",
 * "[CDP disclosures](https://www.cdp.net/en)"): the link leads the reader to what it is. A page
 * of another site named so ("[OAE explainer](https://carbonplan.org/research/oae-…)") may be about it, not by it.
 */
function isLinkedSite(brief: ParsedBrief, occurrence: AcronymOccurrence): boolean {
  if (occurrence.known) return false;
  // The links are collected only for a brief with an acronym the vocabulary does not know.
  const links = linksOf(brief);
  // Links come in document order and never nest: the last one starting at or before the occurrence is the only candidate.
  const low = firstIndexPast(links, (item) => item.start > occurrence.start);
  const link = links[low - 1];
  if (!link || occurrence.end > link.end) return false;
  const letters = occurrence.acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(link.url)?.[1] ?? '';
  return host.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(letters);
}

/** Words after capitals that make them a company's or foundation's name ("CME Group", "FTX Foundation", "MSS Ltd"). */
const ORGANISATION_WORDS = new Set(['group', 'foundation', 'corporation', 'corp', 'holdings', 'capital', 'partners', 'ventures', 'technologies', 'labs', 'ltd', 'limited', 'inc', 'llc', 'plc', 'gmbh']);

/**
 * Capitals the brief shows to be a name rather than an acronym to spell out: a company's
 * ("CME Group", "S&P"), a brand also written in small letters ("KLIMA" beside "Klima", "DAO" in
 * "KlimaDAO"), capitals that read as a word and stand in a name in capitals elsewhere with a
 * common word ("TINKALE" beside "TINKALE MOBILE"), or a handle ("Eco-Link@BKE").
 */
function brandNames(brief: ParsedBrief, tokens: Tokens, found: readonly { entry: AcronymEntry; first: number; last: number }[], capitals: CapitalsKnowledge): Set<string> {
  const names = new Set<string>();
  // Only capitals of three letters or more that the vocabulary does not know can be names: the words are read for those alone.
  const unknown = new Set(found.flatMap(({ entry }) => (entry.known || entry.acronym.length < 3 ? [] : [entry.acronym])));
  const writtenAsName = new Set<string>();
  if (unknown.size > 0) {
    const { ids } = tokens;
    const mayShowName = wordsEndingWith(tokens, [...unknown].map((acronym) => acronym.toLowerCase()));
    for (let index = 0; index < tokens.length; index++) {
      if (!tokens.isWord(index) || !mayShowName[ids[index]]) continue;
      const word = brief.prose.slice(tokens.start(index), tokens.end(index));
      if (unknown.has(word) && readsAsWord(word) && isNameWithCommonWord(shoutedRun(brief, tokens, index), capitals)) writtenAsName.add(word);
      // "Klima" mid-sentence or "KlimaDAO": the letters of a brand, not initials.
      if (/\p{Ll}/u.test(word)) {
        const trailingCapitals = /^\p{Lu}\p{Ll}+(\p{Lu}{2,})$/u.exec(word)?.[1];
        if (trailingCapitals) writtenAsName.add(trailingCapitals);
        if (/^\p{Lu}\p{Ll}+$/u.test(word) && unknown.has(word.toUpperCase()) && !isSentenceStart(brief.prose, tokens.start(index))) writtenAsName.add(word.toUpperCase());
      }
    }
  }
  for (const { entry, first, last } of found) {
    if (entry.known) continue;
    const acronym = entry.acronym;
    const next = tokens.key(last + 1) === ' ' ? tokens.token(last + 2) : undefined;
    const handle = tokens.key(first - 1) === '@' && tokens.end(first - 1) === tokens.start(first);
    const organisation = next?.kind === 'word' && ORGANISATION_WORDS.has(next.key) && /^\p{Lu}/u.test(brief.prose.slice(next.start, next.end));
    // Letters joined by an ampersand name a company (S&P, AT&T, PG&E), seldom spelt out.
    if (organisation || handle || acronym.includes('&') || (acronym.length >= 3 && writtenAsName.has(acronym))) names.add(acronym);
  }
  return names;
}

/**
 * Per word's number, whether the word may be one of the capitals or end with them ("KlimaDAO"): its key
 * ends with one of the letters, or has other than ASCII characters, whose case may not map back. The
 * other words, most of a brief, are not cut out of the prose.
 */
function wordsEndingWith(tokens: Tokens, letters: readonly string[]): Uint8Array {
  const { keys } = tokens;
  const mayEnd = new Uint8Array(keys.length);
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id];
    mayEnd[id] = letters.some((ending) => key.endsWith(ending)) || !isAscii(key) ? 1 : 0;
  }
  return mayEnd;
}

/** After a full stop, question or exclamation mark, or at the start of a block: where any word has a capital. */
function isSentenceStart(prose: string, offset: number): boolean {
  const before = prose.slice(Math.max(0, offset - 40), offset).trimEnd();
  return before === '' || /[.!?:;\n"“(]$/.test(before) || /\n\s*$/.test(prose.slice(Math.max(0, offset - 40), offset));
}

interface LinkSpan {
  start: number;
  end: number;
  url: string;
  /** The link's text, without markup. */
  text: string;
}

function linksOf(brief: ParsedBrief): LinkSpan[] {
  return brief.cache.get(linksOf, () =>
    linkNodesOf(brief).map((node) => ({
      start: node.position!.start.offset!,
      end: node.position!.end.offset!,
      url: node.url,
      text: node.children.map((child) => (child.type === 'text' ? child.value : '')).join('').trim(),
    })),
  );
}

/**
 * How often the brief writes these capitals as a word, plural too, wherever they stand: "GWP
 * 100" is a use of GWP even though capitals by a number are not counted as acronyms, as is
 * "200NM" of NM, and so is a word of HTML the reader sees (a footnote list, a figure's caption), which the prose leaves out.
 */
export function timesWritten(brief: ParsedBrief, acronym: string): number {
  return timesWrittenAsWord(brief, acronym) + timesWrittenAsWord(brief, `${acronym}s`) + timesWrittenAfterNumber(brief, acronym) + timesWrittenInHtml(brief, acronym);
}

/** A unit typed against its number ("up to 200NM", "a 5GW plant") is a use of it, though the number and the capitals make one word. */
function timesWrittenAfterNumber(brief: ParsedBrief, acronym: string): number {
  const prose = brief.prose;
  let count = 0;
  for (let at = prose.indexOf(acronym); at >= 0; at = prose.indexOf(acronym, at + acronym.length)) {
    let end = at + acronym.length;
    if (prose[end] === 's') end++;
    if (isDigitBefore(prose, at) && !LETTER_OR_DIGIT.test(prose[end] ?? ' ')) count++;
  }
  return count;
}

const isDigitBefore = (text: string, at: number) => at > 0 && text.charCodeAt(at - 1) >= 0x30 && text.charCodeAt(at - 1) <= 0x39;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function timesWrittenInHtml(brief: ParsedBrief, acronym: string): number {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}s?(?![\\p{L}\\p{N}])`, 'gu');
  let count = 0;
  for (const node of htmlNodesOf(brief)) if (node.value.includes(acronym)) count += blankHtmlComments(node.value).match(word)?.length ?? 0;
  return count;
}

/** How many words of the prose are written so, letter case and all: only the tokens of the same lower-cased key are compared. */
function timesWrittenAsWord(brief: ParsedBrief, written: string): number {
  const tokens = tokensOf(brief);
  const { ids, idOf } = tokens;
  const id = idOf.get(written.toLowerCase());
  if (id === undefined) return 0;
  let count = 0;
  // The tokens of the key are found by the typed array's own search: a few acronyms are counted per brief, each in one quick pass.
  for (let i = ids.indexOf(id); i >= 0; i = ids.indexOf(id, i + 1)) {
    const start = tokens.start(i);
    if (tokens.isWord(i) && tokens.end(i) - start === written.length && brief.prose.startsWith(written, start)) count++;
  }
  return count;
}

const expansionWordsOf = new WeakMap<Acronym, readonly string[]>();

/** The keys of the words of a known acronym's full name, read once per vocabulary entry: a brief may use the acronym many times. */
function expansionWords(known: Acronym): readonly string[] {
  let words = expansionWordsOf.get(known);
  if (!words) {
    words = tokenize(known.expansion).words().map((token) => token.key);
    expansionWordsOf.set(known, words);
  }
  return words;
}

/**
 * "ICLEI – Local Governments for Sustainability" written out without brackets: the
 * acronym opens its own name, so it is that name, not a use that needs a definition.
 */
function startsItsWrittenOutName(tokens: Tokens, last: number, entry: AcronymEntry): boolean {
  const name = entry.known && expansionWords(entry.known);
  if (!name || name[0] !== entry.acronym.toLowerCase()) return false;
  // Only as far as the name reaches: the rest of the brief is no part of it.
  let word = 1;
  for (let i = last + 1; i < tokens.length && word < name.length; i++) {
    if (!tokens.isWord(i)) continue;
    if (tokens.key(i) !== name[word]) return false;
    word++;
  }
  return word === name.length;
}

/** Runs of capitals the vocabulary does not know; tokens keep only a lower-cased key, so capitals come from the prose. */
function collectShapes(brief: ParsedBrief, tokens: Tokens, from: number, to: number, capitals: CapitalsKnowledge, found: { entry: AcronymEntry; first: number; last: number }[]) {
  const prose = brief.prose;
  for (let i = from; i < to; i++) {
    if (!tokens.isWord(i) || startsAsNoCapitals(prose, tokens.start(i), tokens.end(i))) continue;
    // "PG&E", "AT&T": capitals joined by an ampersand are one name.
    const last = tokens.key(i + 1) === '&' && isJoined(tokens, i, i + 1) && isJoined(tokens, i + 1, i + 2) && isCapitals(prose, tokens, i + 2) ? i + 2 : i;
    const written = prose.slice(tokens.start(i), tokens.end(last));
    const shape = ACRONYM_SHAPE.exec(written.replace('&', ''));
    if (!shape || (shape[1].match(/\p{Lu}/gu)?.length ?? 0) < 2 || ROMAN_NUMERAL.test(shape[1])) continue;
    const acronym = shape[2] === 's' ? written.slice(0, -1) : written;
    if (isOrdinaryWord(acronym, capitals) || isNotAnAcronym(brief, tokens, i, last, capitals)) continue;
    found.push({ entry: { acronym, plural: shape[2] === 's' }, first: i, last });
    i = last;
  }
}

/**
 * A word that opens with an ASCII character other than a capital, or whose second character
 * is a small ASCII letter ("Water", "Is"): no run of two capitals starts it. Most words are
 * told so without cutting them out of the prose.
 */
function startsAsNoCapitals(prose: string, start: number, end: number): boolean {
  const first = prose.charCodeAt(start);
  if (first < 0x80 && (first < 0x41 || first > 0x5a)) return true;
  const second = end - start > 1 ? prose.charCodeAt(start + 1) : 0;
  return second >= 0x61 && second <= 0x7a;
}

/** Element symbols with counts (CH4, N₂O, SF6, H2O, O3), not a name with a number (C40). */
const FORMULA = /^(?:(?:H|He|Li|Be|B|C|N|O|F|Na|Mg|Al|Si|P|S|Cl|K|Ca|Fe|Cu|Zn|Hg|Pb)[\p{N}]?)+$/u;

/** A chemical formula: symbols of elements with a count among them. */
export function isFormula(acronym: string): boolean {
  return FORMULA.test(acronym) && /\p{N}/u.test(acronym);
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
function isNotAnAcronym(brief: ParsedBrief, tokens: Tokens, first: number, last: number, capitals: CapitalsKnowledge): boolean {
  const prose = brief.prose;
  const neighbourWord = (index: number, step: 1 | -1) => neighbourWordIn(brief.text, tokens, index, step);
  const word = (index: number | undefined) => (index === undefined ? '' : prose.slice(tokens.start(index), tokens.end(index)));
  const chain = joinedChain(tokens, first, last);
  if (chain.some((index) => /\p{N}/u.test(word(index)))) return true;
  if (CURRENCY_SIGN.test(tokens.key(last + 1) ?? '') && isJoined(tokens, last, last + 1)) return true;
  if (isInFormulaMarkup(tokens, first, last)) return true;
  const before = neighbourWord(chain[0], -1);
  // A chain of capitals names one code (CC BY 4.0, CC-BY 4.0): what follows the chain counts.
  let after = neighbourWord(chain[chain.length - 1], 1);
  while (after !== undefined && isCapitals(prose, tokens, after)) after = neighbourWord(after, 1);
  if (NUMBER.test(word(before)) || NUMBER.test(word(after))) return true;
  const nearby = [after, after === undefined ? undefined : neighbourWord(after, 1), before].map(word);
  if (nearby.some((w) => LICENCE.test(w))) return true;
  if (COMPANY_FORMS.has(word(first)) && first === last && isAfterAName(prose, tokens, first)) return true;
  if (isPlaceholder(prose, tokens, first)) return true;
  if (isPlaceCode(prose, tokens, first, last)) return true;
  if (isPersonsNameLine(prose, tokens, first)) return true;
  // Shouting: three capital words in a row, or two with an ordinary word among them ("PHOTO/ ILLUSTRATION", "UN WOMEN",
  // and names written in capitals: "TREE AID", "CAL FIRE"); two with vowels, one of which reads as a word, are a name
  // in capitals ("ISAAC SIKOMBE", "PHYSI-TAL"), unlike "USDA NASS"; a common word alone is the word shouted ("SPECIFIC:").
  // Beside an acronym the vocabulary knows, capitals that spell a word are a name of its own ("NASA FIRMS").
  const run = shoutedRun(brief, tokens, first);
  if (run.length >= 3 || (run.length === 2 && (run.some((w) => isOrdinaryWord(w, capitals)) || isNameWithCommonWord(run, capitals) || isNameInCapitals(run)))) return true;
  if (run.length === 1 && (isOrdinaryWord(run[0], capitals) || isCommonWordInCapitals(run[0], capitals, WORD_LETTERS.alone))) return true;
  return isShoutedLine(prose, tokens, first, capitals);
}

/** A formula written with markup: a subscript right after ("CO_2", "CO^{2}") or the argument of a TeX command ("$\\mathrm{CO}_{2}$"). */
function isInFormulaMarkup(tokens: Tokens, first: number, last: number): boolean {
  const next = tokens.key(last + 1);
  if ((next === '_' || next === '^') && isJoined(tokens, last, last + 1)) return true;
  return tokens.key(first - 1) === '{' && tokens.isWord(first - 2) && tokens.key(first - 3) === '\\';
}

/** The prose block right after this one, found by binary search (blocks come in document order). */
function blockAfter(brief: ParsedBrief, block: ProseBlock): ProseBlock | undefined {
  return brief.blocks[firstIndexPast(brief.blocks, (next) => next.start > block.start)];
}

/** Two tokens with nothing between them. */
function isJoined(tokens: Tokens, left: number, right: number): boolean {
  return tokens.key(right) !== undefined && tokens.end(left) === tokens.start(right);
}

/** The words glued to this one by hyphens, slashes or dots, without spacing ("DE-AC52-07NA27344", "ISO/IEC"). */
function joinedChain(tokens: Tokens, first: number, last: number): number[] {
  const glue = (index: number) => ['-', '/', '.'].includes(tokens.key(index) ?? '');
  let start = first;
  while (start >= 2 && glue(start - 1) && isJoined(tokens, start - 2, start - 1) && isJoined(tokens, start - 1, start) && tokens.isWord(start - 2)) start -= 2;
  let end = last;
  while (glue(end + 1) && isJoined(tokens, end, end + 1) && isJoined(tokens, end + 1, end + 2) && tokens.isWord(end + 2)) end += 2;
  const words: number[] = [];
  for (let i = start; i <= end; i++) if (tokens.isWord(i)) words.push(i);
  return words;
}

/** The word before, across a comma, starts with a capital: "Siemens AG", "National Security, LLC". */
function isAfterAName(prose: string, tokens: Tokens, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens.key(j) === ' ' || tokens.key(j) === ',')) j--;
  return j >= 0 && tokens.isWord(j) && /^\p{Lu}/u.test(prose.slice(tokens.start(j), tokens.end(j)));
}

/** Two capitals after a place and a comma, ending the phrase ("Pasadena, CA", "Ottawa, ON."): a state's, province's or country's code. */
function isPlaceCode(prose: string, tokens: Tokens, first: number, last: number): boolean {
  if (first !== last || tokens.end(first) - tokens.start(first) !== 2) return false;
  const comma = previousNonSpace(tokens, first - 1);
  const place = comma === undefined ? undefined : tokens.token(comma - 1);
  if (comma === undefined || tokens.key(comma) !== ',' || place?.kind !== 'word' || place.end !== tokens.start(comma)) return false;
  const after = nextNonSpace(tokens, last + 1);
  return /^\p{Lu}\p{Ll}/u.test(prose.slice(place.start, place.end)) && (after === undefined || !tokens.isWord(after));
}

/** Given names and a surname in capitals ("Juveline NGUM"), alone on their line: a person named as a contact or signatory. */
const PERSONS_NAME = /^((?:\p{Lu}\p{Ll}+[ -]){1,2})\p{Lu}{2,}[AEIOUY]?\p{Lu}*$/u;

/** A line holding only a person's name, its surname in capitals; a given name that is a common word ("Partner ABC") names no one. */
function isPersonsNameLine(prose: string, tokens: Tokens, i: number): boolean {
  const lineStart = prose.lastIndexOf('\n', tokens.start(i)) + 1;
  const lineEnd = prose.indexOf('\n', tokens.end(i));
  const line = prose.slice(lineStart, lineEnd === -1 ? prose.length : lineEnd).trim();
  const givenNames = PERSONS_NAME.exec(line)?.[1];
  return givenNames !== undefined && /[AEIOUY]/.test(line.slice(givenNames.length)) && givenNames.split(/[ -]/).every((name) => name === '' || !isCommonEnglishWord(name));
}

/** Inside square or curly brackets that hold only capitals: a template's blank to fill in ("[MUNICIPALITY NAME]"). */
function isPlaceholder(prose: string, tokens: Tokens, i: number): boolean {
  const closing: Record<string, string> = { '[': ']', '{': '}' };
  const edge = (step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const key = tokens.key(j)!;
      if (tokens.isWord(j)) {
        if (!isCapitals(prose, tokens, j)) return undefined;
      } else if (!/^[ _\-/&]$/.test(key)) return key;
    }
    return undefined;
  };
  const open = edge(-1);
  return open !== undefined && open in closing && edge(1) === closing[open];
}

/** A line of the prose with no small letter and an ordinary word in capitals: a heading or label written in capitals ("CONTENTS", "EXECUTIVE SUMMARY"). */
function isShoutedLine(prose: string, tokens: Tokens, i: number, capitals: CapitalsKnowledge): boolean {
  // A heading or label is short: looking no farther than a line of that length keeps long paragraphs linear.
  const reach = 120;
  let lineStart = tokens.start(i);
  while (lineStart > 0 && prose[lineStart - 1] !== '\n') if (tokens.start(i) - --lineStart > reach) return false;
  let lineEnd = tokens.end(i);
  while (lineEnd < prose.length && prose[lineEnd] !== '\n') if (++lineEnd - tokens.end(i) > reach) return false;
  const line = prose.slice(lineStart, lineEnd);
  if (/\p{Ll}/u.test(line)) return false;
  return (line.match(/\p{Lu}+/gu) ?? []).some((word) => isOrdinaryWord(word, capitals) || isCommonWordInCapitals(word, capitals, WORD_LETTERS.alone));
}

/** The next word token in a direction, across spacing, dashes and a percent sign only, within a cell or paragraph; undefined past any other mark. */
function neighbourWordIn(text: string, tokens: Tokens, i: number, step: 1 | -1): number | undefined {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
    if (tokens.isWord(j)) return j;
    const key = tokens.key(j);
    if (key !== ' ' && key !== '-' && key !== '%') return undefined;
    // A table cell or a paragraph ends the neighbourhood: "60%" in one cell is no number of "KEBIP" in the next.
    if (key === ' ' && /\||\n[ \t]*\n/.test(text.slice(tokens.start(j), tokens.end(j)))) return undefined;
  }
  return undefined;
}

function isCapitals(prose: string, tokens: Tokens, index: number): boolean {
  return tokens.isWord(index) && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(prose.slice(tokens.start(index), tokens.end(index)));
}

/**
 * The all-capital words (of two letters or more, or "A", "I") that stand in a row around this
 * one, across spaces, dashes and slashes; a line break or a table cell ends the row (a list of acronyms, one a line, is no shouting).
 */
function shoutedRun(brief: ParsedBrief, tokens: Tokens, i: number): string[] {
  const prose = brief.prose;
  const isCaps = (index: number | undefined) => index !== undefined && isCapitals(prose, tokens, index);
  // Table cells are apart too: a row of acronyms is no shouting.
  const joins = (index: number) => ['-', '/'].includes(tokens.key(index) ?? '') || (tokens.key(index) === ' ' && !/[\n|]/.test(brief.text.slice(tokens.start(index), tokens.end(index))));
  const next = (index: number, step: 1 | -1) => {
    let j = index + step;
    while (joins(j)) j += step;
    return tokens.isWord(j) ? j : undefined;
  };
  const run = [i];
  for (const step of [-1, 1] as const) {
    for (let j = next(i, step); isCaps(j); j = next(j!, step)) run.push(j!);
  }
  return run.map((index) => prose.slice(tokens.start(index), tokens.end(index)));
}

/** Five letters or more, two in five of them vowels: spoken as a word, as names are ("LASSINA"), unlike most initials ("USDA", "NASS"). */
function readsAsWord(word: string): boolean {
  return /^\p{Lu}{5,}$/u.test(word) && (word.match(/[AEIOUY]/g)?.length ?? 0) / word.length >= 0.4;
}

/** Two words in capitals, one a common English word of four letters or more, neither an acronym the vocabulary knows: a name in capitals ("TREE AID", "TINKALE MOBILE"). */
function isNameWithCommonWord(run: readonly string[], capitals: CapitalsKnowledge): boolean {
  return run.length === 2 && !run.some((w) => capitals.known.has(w)) && run.some((w) => isCommonWordInCapitals(w, capitals, WORD_LETTERS.besideCapitals));
}

/** Two capital words with vowels, one of which reads as a word: a person's, place's or brand's name written in capitals. */
function isNameInCapitals(run: readonly string[]): boolean {
  return run.some(readsAsWord) && run.every((word) => /^\p{Lu}{3,}$/u.test(word) && /[AEIOUY]/.test(word));
}

/** What the vocabulary says of words in capitals: those that are not acronyms, and the acronyms it knows. */
interface CapitalsKnowledge {
  notAcronyms: ReadonlySet<string>;
  /** Known and always-allowed acronyms: an acronym that is also a word ("WHO", "AIDS") stays an acronym. */
  known: ReadonlySet<string>;
}

const capitalsKnowledge = perVocabulary(
  (vocabulary): CapitalsKnowledge => ({
    notAcronyms: new Set(vocabulary.notAcronyms),
    known: new Set([...vocabulary.allowedAcronyms, ...vocabulary.acronyms.map((entry) => entry.acronym)]),
  }),
);

/** The acronyms that never need a definition, by default: the vocabulary's allowed ones. */
export const allowedAcronyms = perVocabulary((vocabulary): ReadonlySet<string> => new Set(vocabulary.allowedAcronyms));

/**
 * Letters a common English word needs before its capitals are taken for the word: five alone
 * ("SPECIFIC", "ABACUS"; shorter words in capitals are often acronyms: "WASH", "CARE", "FADS"),
 * four beside other capitals, where the two make a name or a shout ("TREE AID", "CAL FIRE").
 */
const WORD_LETTERS = { alone: 5, besideCapitals: 4 };

/** An ordinary word written in capitals: one the vocabulary lists, or longer than acronyms run (CONTENTS and ILLUSTRATION, not UNFCCC). */
function isOrdinaryWord(word: string, capitals: CapitalsKnowledge): boolean {
  return capitals.notAcronyms.has(word) || /^\p{Lu}{9,}$/u.test(word);
}

/** A common English word of at least so many letters, written in capitals, that the vocabulary does not know as an acronym ("WHO", "AIDS"). */
function isCommonWordInCapitals(word: string, capitals: CapitalsKnowledge, letters: number): boolean {
  return word.length >= letters && /^\p{Lu}+$/u.test(word) && !capitals.known.has(word) && isCommonEnglishWord(word);
}

const QUOTES = /^["“”‘’'«»„]$/u;

/**
 * "Joint Research Centre (JRC)", "\"Combined Sewer Overflows\" (CSO)": the acronym in
 * brackets after the words that name it. More in the brackets ("(SEIA, 2020)", "(SI units)")
 * only when the name's initials show it.
 */
function nameFirstDefinition(brief: ParsedBrief, tokens: Tokens, first: number, last: number, entry: AcronymEntry): AcronymDefinition | undefined {
  const open = previousNonSpace(tokens, first - 1);
  if (open === undefined || tokens.key(open) !== '(') return undefined;
  // A possessive on both, as the sentence needs it: "the Intergovernmental Panel on Climate Change’s (IPCC’s) report".
  last = possessiveEnd(tokens, last) ?? last;
  let close = nextNonSpace(tokens, last + 1);
  const alone = close !== undefined && tokens.key(close) === ')';
  const noted = alone ? undefined : noteClosing(brief, tokens, last);
  if (!alone) close = noted ?? closingBracket(brief, tokens, last + 1, 8);
  if (close === undefined) return undefined;
  const words = wordsBefore(brief, tokens, open);
  if (words.length === 0) return undefined;
  const nameStart = knownNameStart(words, entry) ?? initialsNameStart(brief.prose, words, entry.acronym);
  // A quoted name is given as the name itself ('the "Repair Fund" (EPR)' is not Extended Producer Responsibility).
  const quotedName = QUOTES.test(tokens.key(previousNonSpace(tokens, open - 1)!) ?? '');
  if (((!alone && noted === undefined) || quotedName) && nameStart === undefined) return undefined;
  const nameEnd = words[0].end;
  return {
    form: 'name-first',
    expansion: nameStart === undefined ? undefined : oneLine(brief.prose.slice(nameStart, nameEnd)),
    namedBefore: /^\p{Lu}/u.test(brief.prose.slice(words[0].start, words[0].end)) && (nameStart !== undefined || nameMeetsAcronym(brief.prose, words, entry.acronym)),
    start: nameStart ?? tokens.start(open),
    end: tokens.end(close),
    withoutAcronym: alone ? { start: tokens.end(previousNonSpace(tokens, open - 1)!), end: tokens.end(close), newText: '' } : undefined,
    alias: nameStart !== undefined && isAlias(words, nameStart),
  };
}

/**
 * A word of the capitalised name right before the brackets starts with one of the acronym's
 * letters. A name that gives none ("Ethan Gutmann (NCAR)", "Mexico (DF)") is followed by
 * something else about it, an affiliation or a place's code, rather than its own acronym.
 */
function nameMeetsAcronym(prose: string, words: readonly Token[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  for (const word of words) {
    if (MINOR_WORDS.has(word.key)) continue;
    if (!/^\p{Lu}/u.test(prose.slice(word.start, word.end))) return false;
    if (letters.includes(word.key[0])) return true;
  }
  return false;
}

/**
 * A note after the acronym in its brackets that says it is one, or in which language: "(MINCYT,
 * by its Spanish acronym)", "(ONU, in French)", "(PNUD, siglas en español)". The brackets then
 * give the acronym alone, and the name before them need not spell it.
 */
const ACRONYM_NOTE =
  /^\s*[,;]?\s*(?:[\p{L}'’]+\s+){0,4}?(?:acronyms?|initials|abbreviation|abbreviated|siglas?|sigles?|acr[oó]nimos?|acronymes?|in (?:Spanish|French|Portuguese|German|Italian|Arabic|Russian|Dutch|Catalan))(?:\s+[\p{L}'’]+){0,3}\s*$/iu;

/** The ")" after the acronym at `last` when what comes before it is such a note. */
function noteClosing(brief: ParsedBrief, tokens: Tokens, last: number): number | undefined {
  const close = closingBracket(brief, tokens, last + 1, 20);
  return close !== undefined && ACRONYM_NOTE.test(brief.prose.slice(tokens.end(last), tokens.start(close))) ? close : undefined;
}

/** The bracket before a name, maybe with an article, "e.g." or an owner first ("(e.g. the UK's Department for International Development, DFID)"). */
const OPENS_NAME_IN_BRACKETS = /\(\s*(?:(?:e\.?g\.?|i\.?e\.?|such as|for example|namely|the|\p{Lu}[\p{L}.]*['’]s),?\s+)*$/u;

/**
 * The full name, a comma, then its acronym: together in brackets, the name's initials spelling
 * the acronym and nothing else in the brackets ("(Daylight Saving Time, DST)"), or anywhere when
 * the initials of every word of the name spell it, letter by letter ("Methicillin Resistant
 * Staphylococcus Aureus, MRSA infections"). Other acronyms before the comma are a list, not a name ("(ARN, UAERD, ADR)").
 */
function bracketedNameDefinition(brief: ParsedBrief, tokens: Tokens, first: number, last: number, entry: AcronymEntry): AcronymDefinition | undefined {
  const comma = previousNonSpace(tokens, first - 1);
  if (comma === undefined || tokens.key(comma) !== ',') return undefined;
  const words = wordsBefore(brief, tokens, comma);
  const nameStart = words.length === 0 ? undefined : (knownNameStart(words, entry) ?? initialsNameStart(brief.prose, words, entry.acronym));
  const name = words.filter((word) => nameStart !== undefined && word.start >= nameStart).reverse();
  if (nameStart === undefined || name.some((word) => !/\p{Ll}/u.test(brief.prose.slice(word.start, word.end)))) return undefined;
  const expansion = oneLine(brief.prose.slice(nameStart, words[0].end));
  const close = nextNonSpace(tokens, last + 1);
  if (close !== undefined && tokens.key(close) === ')' && OPENS_NAME_IN_BRACKETS.test(brief.prose.slice(Math.max(0, nameStart - 40), nameStart))) {
    return { form: 'name-first', expansion, namedBefore: true, start: nameStart, end: tokens.end(close) };
  }
  return spellsLetterByLetter(brief.prose, name, entry.acronym) ? { form: 'name-first', expansion, namedBefore: true, start: nameStart, end: tokens.end(last) } : undefined;
}

/**
 * Short forms in brackets right after a name in capitals, the brackets holding nothing but
 * short forms and capitalised words ("National Planning Ministry (DIPI BAPPENAS)", "Design
 * Ethnography Lab in Bandung Institute of Technology (DE Lab in ITB)"): each is defined there.
 */
function shortFormsAfterName(brief: ParsedBrief, tokens: Tokens, first: number, last: number): AcronymDefinition | undefined {
  const reach = 12;
  const inBracket = (index: number) => tokens.isWord(index) || tokens.key(index) === ' ';
  let open = first - 1;
  while (open >= 0 && first - open <= reach && inBracket(open)) open--;
  let close = last + 1;
  while (close < tokens.length && close - last <= reach && inBracket(close)) close++;
  if (tokens.key(open) !== '(' || tokens.key(close) !== ')') return undefined;
  const capitalised = (word: Token) => /^\p{Lu}/u.test(brief.prose.slice(word.start, word.end));
  const inside = tokens.words(open + 1, close);
  if (inside.length < 2 || !inside.every((word) => (capitalised(word) || MINOR_WORDS.has(word.key)) && !/\p{N}/u.test(word.key))) return undefined;
  const before = wordsBefore(brief, tokens, open);
  const nameEnd = before.findIndex((word) => !capitalised(word) && !MINOR_WORDS.has(word.key));
  const name = nameEnd === -1 ? before : before.slice(0, nameEnd);
  if (before.length === 0 || !capitalised(before[0]) || name.filter(capitalised).length < 2) return undefined;
  return { form: 'name-first', namedBefore: true, start: tokens.start(open), end: tokens.end(close) };
}

/** The initials of the name's words, minor words and the parts after hyphens left out, are the acronym's letters. */
function spellsLetterByLetter(prose: string, name: readonly Token[], acronym: string): boolean {
  const initials = name.filter((word, i) => !MINOR_WORDS.has(word.key) && !(i > 0 && name[i - 1].end + 1 === word.start && prose[word.start - 1] === '-')).map((word) => word.key[0]);
  return initials.length >= 2 && initials.join('') === acronym.toLowerCase();
}

/** The ")" that closes the bracket the acronym stands in, within a few tokens of the same block. */
function closingBracket(brief: ParsedBrief, tokens: Tokens, from: number, reach: number): number | undefined {
  const blockEnd = blockAt(brief, tokens.start(from - 1))?.end ?? 0;
  for (let i = from; i < tokens.length && i < from + reach && tokens.end(i) <= blockEnd; i++) {
    if (tokens.key(i) === ')') return i;
    if (tokens.key(i) === '(') return undefined;
  }
  return undefined;
}

/** "also called", "also known as", "or": the name before is introduced with another acronym already. */
function isAlias(words: readonly Token[], nameStart: number): boolean {
  const index = words.findIndex((word) => word.start === nameStart);
  const before = words.slice(index + 1, index + 5).map((word) => word.key);
  return before.some((word) => ALIAS_WORDS.has(word));
}

/** Words before a name that give it as another name of what the sentence speaks of: "also", "alternatively", "(increasingly) referred to as". */
const ALIAS_WORDS = new Set(['also', 'alternatively', 'referred']);

/** Words that introduce an acronym right before it: "known as", "called", "hereafter", "in short:". */
const INTRODUCERS = [['known', 'as'], ['referred', 'to', 'as'], ['abbreviated', 'as'], ['abbreviated', 'to'], ['abbreviated'], ['called'], ['dubbed'], ['hereafter'], ['hereinafter'], ['henceforth'], ['in', 'short'], ['for', 'short'], ['short']];
/** Words right after an acronym that say what it stands for: "ACR for short", "ACR stands for …", "ACR is short for …". */
const EXPLAINERS = [['for', 'short'], ['stands', 'for'], ['short', 'for'], ['is', 'short', 'for']];
/** Nouns that say what the capitals name, so the reader knows what it is: "the regulator CRU", "the exchange FTX". */
const CLASSIFIERS = new Set(['company', 'companies', 'firm', 'startup', 'start-up', 'exchange', 'brand', 'platform', 'app', 'utility', 'regulator', 'developer', 'consultancy', 'manufacturer', 'registry', 'token', 'tokens']);

/**
 * An acronym the text introduces without brackets: after "known as", "called", "hereafter",
 * "(in short: PBL)"; as another name for the words before it, whose initials it spells
 * ("(… or SSPs)", "soil organic carbon (or SOC, …)", "soil organic carbon, or SOC,"); with
 * "for short" or "stands for …" after it; or after a noun that says what it names ("the company XDI").
 */
function introducedDefinition(brief: ParsedBrief, tokens: Tokens, first: number, last: number): AcronymDefinition | undefined {
  const keys: string[] = [];
  let nearest = -1;
  for (let i = first - 1; i >= 0 && keys.length < 3; i--) {
    const key = tokens.key(i)!;
    if (tokens.isWord(i)) {
      if (keys.length === 0) nearest = i;
      keys.push(key);
    } else if (key !== ' ' && key !== ':' && key !== ',' && key !== '(' && !QUOTES.test(key)) break;
  }
  const after = tokens.words(last + 1, last + 7).map((token) => token.key);
  // The noun stands right before the capitals, as in "the regulator CRU"; not "In exchange, GMP".
  const classified = tokens.key(first - 1) === ' ' && tokens.isWord(first - 2) && CLASSIFIERS.has(tokens.key(first - 2)!);
  const introduced =
    INTRODUCERS.some((words) => words.every((word, i) => keys[words.length - 1 - i] === word)) || EXPLAINERS.some((words) => words.every((word, i) => after[i] === word)) || classified;
  if (introduced) return { form: 'introduced', start: tokens.start(first), end: tokens.end(last) };
  if (keys[0] !== 'or') return undefined;
  // The name stands inside the bracket before the "or" ("(shared socioeconomic pathways or SSPs)"), or before the bracket or comma that opens the alternative.
  const opening = previousNonSpace(tokens, nearest - 1);
  const opens = opening !== undefined && (tokens.key(opening) === '(' || tokens.key(opening) === ',');
  const closing = nextNonSpace(tokens, last + 1);
  const alternativeEnds = closing !== undefined && (tokens.key(closing) === ')' || tokens.key(closing) === ',');
  if (opens ? !alternativeEnds : closingBracket(brief, tokens, last + 1, 3) === undefined) return undefined;
  const words = wordsBefore(brief, tokens, opens ? opening : nearest);
  const acronym = brief.prose.slice(tokens.start(first), tokens.end(last)).replace(/s$/, '');
  const nameStart = words.length > 0 ? initialsNameStart(brief.prose, words, acronym) : undefined;
  if (nameStart === undefined) return undefined;
  return { form: 'introduced', expansion: oneLine(brief.prose.slice(nameStart, words[0].end)), start: tokens.start(first), end: tokens.end(last) };
}

/**
 * A glossary entry: the acronym alone in a table cell with its meaning in the next cell,
 * or opening a line with its meaning after a colon, dash or equals sign ("KEBIP: Klagenfurt
 * Electric Bus Innovation Project", a definition list's "KEBIP" then ": Klagenfurt…").
 */
function glossaryEntry(brief: ParsedBrief, tokens: Tokens, first: number, last: number): AcronymDefinition | undefined {
  const start = tokens.start(first);
  const end = tokens.end(last);
  const block = blockAt(brief, start);
  if (!block) return undefined;
  const entry: AcronymDefinition = { form: 'glossary', start, end };
  if (block.kind === 'tableCell') {
    if (brief.prose.slice(block.start, block.end).trim() !== brief.prose.slice(start, end)) return undefined;
    const next = blockAfter(brief, block);
    const sameRow = next?.kind === 'tableCell' && !brief.text.slice(block.end, next.start).includes('\n');
    return sameRow && /\p{L}/u.test(brief.prose.slice(next.start, next.end)) ? entry : undefined;
  }
  // Only spacing (or blanked markup) between the start of the line or block and the acronym.
  for (let i = start - 1; i >= block.start && brief.prose[i] !== '\n'; i--) if (brief.prose[i] !== ' ' && brief.prose[i] !== '\t') return undefined;
  let i = last + 1;
  while (tokens.key(i) === ' ') i++;
  const separator = tokens.key(i);
  // A spaced dash only: "CO-OP" or "KEBIP-funded" is one word.
  if (separator !== ':' && separator !== '=' && !(separator === '-' && tokens.key(i - 1) === ' ' && tokens.key(i + 1) === ' ')) return undefined;
  const meaning = tokens.words(i + 1, i + 8).filter((token) => token.end <= block.end);
  return meaning.length >= 2 ? entry : undefined;
}

/**
 * "IPCC (Intergovernmental Panel on Climate Change)": the full name in brackets right after
 * the acronym, or in quotes after a comma or colon ('MMRV, "measurement, monitoring,
 * reporting and verification"'). A name in capitals counts even when its initials do not
 * spell the acronym (a name in another language: "BABEG (Kärntner Betriebsansiedlungs- und
 * Beteiligungsgesellschaft)").
 */
function acronymFirstDefinition(brief: ParsedBrief, tokens: Tokens, first: number, last: number, entry: AcronymEntry): AcronymDefinition | undefined {
  let open = nextNonSpace(tokens, last + 1);
  const quoted = open !== undefined && (tokens.key(open) === ',' || tokens.key(open) === ':');
  if (quoted) {
    open = nextNonSpace(tokens, open! + 1);
    if (open === undefined || !QUOTES.test(tokens.key(open)!)) return undefined;
  } else if (open === undefined || tokens.key(open) !== '(') return undefined;
  // Pasted text mixes straight and curly quotes: any quote mark closes a quoted name.
  const closes = (index: number) => (quoted ? QUOTES.test(tokens.key(index)!) : tokens.key(index) === ')');
  const block = blockAt(brief, tokens.start(open));
  let close = open + 1;
  while (close < tokens.length && !closes(close) && tokens.key(close) !== '(' && tokens.end(close) <= (block?.end ?? 0)) close++;
  if (close >= tokens.length || !closes(close)) return undefined;
  const words = tokens.words(open + 1, close);
  if (words.length < 2 || words.some((word) => /^\p{N}+$/u.test(word.key))) return undefined;
  const significant = words.filter((word) => !MINOR_WORDS.has(word.key));
  const spellsInitial = significant[0]?.key[0] === entry.acronym[0].toLowerCase();
  const isName = !quoted && significant.every((word) => /^\p{Lu}/u.test(brief.prose.slice(word.start, word.end)));
  if (!entry.known && !spellsInitial && !isName) return undefined;
  const name = brief.prose.slice(words[0].start, words[words.length - 1].end);
  return {
    form: 'acronym-first',
    expansion: oneLine(name),
    start: tokens.start(first),
    end: tokens.end(close),
    withoutAcronym: quoted ? undefined : { start: tokens.start(first), end: tokens.end(close), newText: name },
  };
}

/** The "s" of a possessive typed against the word at `word` ("Change’s", "IPCC's"), or undefined. */
function possessiveEnd(tokens: Tokens, word: number): number | undefined {
  const apostrophe = tokens.key(word + 1);
  return (apostrophe === '’' || apostrophe === "'") && tokens.key(word + 2) === 's' && isJoined(tokens, word, word + 1) && isJoined(tokens, word + 1, word + 2) ? word + 2 : undefined;
}

/** The words right before a bracket, nearest first, as far back as a name could reach within the block; a possessive's "s" is left out. */
function wordsBefore(brief: ParsedBrief, tokens: Tokens, open: number): Token[] {
  const blockStart = blockAt(brief, tokens.start(open))?.start ?? Infinity;
  const words: Token[] = [];
  let i = open - 1;
  const beforeSpace = previousNonSpace(tokens, i);
  if (beforeSpace !== undefined && beforeSpace >= 2 && possessiveEnd(tokens, beforeSpace - 2) === beforeSpace) i = beforeSpace - 2;
  // A citation may stand between the name and its acronym: "Anticipator [@gesda] (GESDA)".
  const beforeBracket = previousNonSpace(tokens, i);
  if (beforeBracket !== undefined && tokens.key(beforeBracket) === ']') {
    i = beforeBracket - 1;
    while (i >= 0 && tokens.key(i) !== '[' && tokens.start(i) >= blockStart) i--;
    i--;
  }
  for (; i >= 0 && words.length < 12 && tokens.start(i) >= blockStart; i--) {
    const token = tokens.token(i)!;
    if (token.kind === 'word') words.push(token);
    else if (!/^[ ,&’'+-]$/.test(token.key) && !QUOTES.test(token.key)) break;
  }
  return words;
}

/** Where the vocabulary's expansion starts, when the words before the bracket spell it (a plural "s" allowed). */
function knownNameStart(words: readonly Token[], entry: AcronymEntry): number | undefined {
  if (!entry.known) return undefined;
  const expected = [...expansionWords(entry.known)].reverse();
  if (expected.length > words.length) return undefined;
  const matches = expected.every((key, i) => words[i].key === key || (i === 0 && words[i].key === `${key}s`));
  return matches ? words[expected.length - 1].start : undefined;
}

/**
 * Where a name starts that no vocabulary knows: the farthest word back whose initial
 * is the acronym's first letter, within as many significant words as the acronym has letters.
 */
function initialsNameStart(prose: string, words: readonly Token[], acronym: string): number | undefined {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').length;
  const initial = acronym[0].toLowerCase();
  let significant = 0;
  let start: number | undefined;
  for (const [i, word] of words.entries()) {
    // "Climate-related" gives one letter: the part after a hyphen does not count.
    const secondPart = words[i + 1] !== undefined && words[i + 1].end + 1 === word.start && prose[word.start - 1] === '-';
    if (!MINOR_WORDS.has(word.key) && !secondPart) significant++;
    // A count ends the name ("397 people in 80 households (INEC, 2023)"), unless the acronym holds digits (G77).
    if (significant > letters || (NUMBER.test(word.key) && !/\p{N}/u.test(acronym))) break;
    // A name starts with a word of its own, not "in", "of" or "the".
    if (word.key[0] === initial && !MINOR_WORDS.has(word.key)) start = word.start;
  }
  return start;
}

/**
 * Whether a full name can stand for the acronym: it starts with the acronym's first letter and
 * holds its letters in order ("tuberculosis (TB)"). Brackets that name something else ("Group
 * (GMH)", a translation; "Digital X (CDO)", a programme) do not.
 */
export function nameCanSpell(name: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const text = name.toLowerCase().replace(/^the\s+/, '');
  if (letters === '' || text[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function previousNonSpace(tokens: Tokens, from: number): number | undefined {
  for (let i = from; i >= 0; i--) if (tokens.key(i) !== ' ') return i;
  return undefined;
}

function nextNonSpace(tokens: Tokens, from: number): number | undefined {
  for (let i = from; i < tokens.length; i++) if (tokens.key(i) !== ' ') return i;
  return undefined;
}
