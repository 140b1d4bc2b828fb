import { tokensOf, type Tokens } from '../../engine/phraseMatcher';
import { isUnbrokenProse } from '../prose/prose';
import { sentenceStarts } from '../prose/sentences';
import { isLeftAlone } from '../prose/leftAlone';
import type { ParsedBrief } from '../../engine/parseBrief';
import { ACTION_VERBS } from '../../knowledge/actionVerbs';

export type CompoundForm = 'hyphenated' | 'closed' | 'spaced';

/** One way a compound is written: "multi-level", "multilevel" or "multi level". */
export interface CompoundOccurrence {
  start: number;
  end: number;
  text: string;
  form: CompoundForm;
  /** The compound's letters without hyphens or spaces, lower-cased and singular: what makes two forms the same concept. */
  key: string;
  /** The compound's parts, lower-cased and singular ("start", "up"); one part for a closed form. */
  parts: string[];
  /**
   * 'modifier' when a word that can be a noun follows ("saltwater intrusion", "long-term
   * plan"), else 'noun' ("salt water into", "in the long term.", "the land sector
   * contributes"): an open compound is spaced as a noun and hyphenated before one, so
   * open forms are only compared within their position. 'unsure' when a spaced form is
   * followed by a word that may be a verb or a plural ("the land sector funds").
   */
  position: 'modifier' | 'noun' | 'unsure';
}

/**
 * Words that make a spaced phrase grammar rather than a compound ("every day", "set up",
 * "may be"), and that, after a compound, show it stands as a noun ("salt water into").
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'every', 'any', 'some', 'no', 'not', 'all', 'each', 'may', 'might', 'can', 'could', 'will', 'would', 'should', 'must',
  'be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'do', 'does', 'in', 'on', 'to', 'into', 'onto', 'up', 'down', 'out',
  'off', 'over', 'back', 'away', 'for', 'from', 'with', 'within', 'without', 'by', 'of', 'at', 'as', 'so', 'than', 'and', 'or', 'but',
  'nor', 'if', 'when', 'where', 'while', 'that', 'which', 'who', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'there',
  'here', 'also', 'across', 'through', 'between', 'under', 'about', 'after', 'before', 'during', 'via', 'per', 'among', 'towards',
  'more', 'one', 'how', 'what', 'self',
]);
/**
 * Verbs and adverbs that often follow a subject ("the land sector contributes", "by vintage
 * year still"): before one of them a compound stands as a noun, not as a modifier.
 */
const VERBS_AND_ADVERBS = new Set([
  'accounts', 'affects', 'aims', 'allows', 'appears', 'applies', 'becomes', 'comes', 'contributes', 'continues', 'creates', 'depends',
  'differs', 'drives', 'emits', 'enables', 'ensures', 'exists', 'generates', 'gets', 'gives', 'goes', 'grows', 'happens', 'helps',
  'includes', 'involves', 'lies', 'makes', 'matters', 'means', 'occurs', 'produces', 'provides', 'reaches', 'reduces', 'refers',
  'relies', 'remains', 'represents', 'requires', 'says', 'seems', 'shows', 'takes', 'tends', 'varies',
  'already', 'always', 'currently', 'even', 'ever', 'just', 'never', 'now', 'often', 'only', 'still', 'then', 'thus', 'too', 'yet',
]);
/** Nouns ending in -ly or -ed, which the suffix tests of positionBefore would take for adverbs or past tenses. */
const NOUNS_LIKE_ADVERBS = new Set(['supply', 'family', 'assembly', 'anomaly', 'monopoly', 'need', 'seed', 'feed', 'speed', 'breed']);

/** A verb's third person ("funds", "applies"), which may be a plural noun too. */
const VERB_FORMS = new Set(ACTION_VERBS.flatMap((verb) => (verb.endsWith('y') ? [`${verb}s`, `${verb.slice(0, -1)}ies`] : [`${verb}s`, `${verb}es`])));

/**
 * What a compound's next word says of its position: function words, common verbs, adverbs
 * in -ly and past tenses in -ed end a noun; a verb's third person may do either.
 */
function positionBefore(word: string | undefined): CompoundOccurrence['position'] {
  if (word === undefined || !/^[\p{L}\p{N}]/u.test(word) || FUNCTION_WORDS.has(word) || VERBS_AND_ADVERBS.has(word)) return 'noun';
  if (VERB_FORMS.has(word)) return 'unsure';
  if (NOUNS_LIKE_ADVERBS.has(word) || word.length < 5) return 'modifier';
  return word.endsWith('ly') || word.endsWith('ed') ? 'noun' : 'modifier';
}
/** The fewest letters of each word of a spaced phrase that is compared with a closed form. */
const SHORTEST_SPACED_PART = 3;
/** Hyphens, not the dashes that the tokens also read as '-'. */
const HYPHENS = new Set(['-', '‐', '‑']);
const LETTERS = /^\p{L}+$/u;

/**
 * Compounds written in more than one way in the brief, grouped by their letters. A
 * spaced phrase only counts against a compound in the same position: "in the long
 * term" and "a long-term plan" are both right, "long term plan" and "long-term plan"
 * are not.
 */
export function findCompoundVariants(brief: ParsedBrief): Map<string, CompoundOccurrence[]> {
  const tokens = tokensOf(brief);
  const prose = brief.prose;
  // Tested once per distinct word and read by each token through its word's number: the loops below look at each word several times.
  const { ids, keys } = tokens;
  const singularOf = keys.map(singular);
  // Only words are made of letters, so this also tells words from separators.
  const lettersOnly = new Uint8Array(keys.length);
  for (let id = 0; id < keys.length; id++) lettersOnly[id] = isAllLetters(keys[id]) ? 1 : 0;
  const hyphenated = hyphenatedCompounds(tokens, prose);
  const partsOf = new Map(hyphenated.map((o) => [o.key, o.parts]));
  // Every word of letters long enough for two parts is a possible closed form that a spaced one is compared with (see
  // below): one token of it standing closed is enough to make its letters a written form.
  const mayStandClosed = new Uint8Array(keys.length);
  for (let id = 0; id < keys.length; id++) mayStandClosed[id] = lettersOnly[id] && singularOf[id].length >= 2 * SHORTEST_SPACED_PART ? 1 : 0;
  const closedKeys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i];
    if (!mayStandClosed[id] || !isClosedForm(tokens, prose, i)) continue;
    closedKeys.add(singularOf[id]);
    mayStandClosed[id] = 0;
  }
  const spaced = spacedPhrases(tokens, lettersOnly, prose, closedKeys, partsOf, ({ key, parts }) => {
    // "phase in", "by right", "set up": grammar, not a compound written apart.
    if (parts.some((part) => FUNCTION_WORDS.has(part))) return false;
    if (closedKeys.has(key) && parts.every((part) => part.length >= SHORTEST_SPACED_PART)) return true;
    return partsOf.get(key)?.join(' ') === parts.join(' ');
  });
  // Occurrences of closed forms are made only for the few compounds the brief writes some other way.
  const closed = closedOccurrences(tokens, prose, singularOf, lettersOnly, new Set([...partsOf.keys(), ...spaced.map((o) => o.key)]));
  const closedOf = (key: string) => closed.get(key) ?? [];

  const groups = new Map<string, CompoundOccurrence[]>();
  const add = (occurrence: CompoundOccurrence) => {
    const group = groups.get(occurrence.key);
    if (group) group.push(occurrence);
    else groups.set(occurrence.key, [occurrence]);
  };
  hyphenated.forEach(add);
  for (const occurrence of spaced) {
    const written = [...hyphenated.filter((o) => o.key === occurrence.key), ...closedOf(occurrence.key)];
    if (written.some((o) => isComparable(o, occurrence))) add(occurrence);
  }
  for (const key of [...groups.keys()]) closedOf(key).forEach(add);

  for (const [key, occurrences] of groups) {
    // The filters below only take occurrences away: a compound written one way is left so without them.
    if (!hasTwoForms(occurrences)) {
      groups.delete(key);
      continue;
    }
    // Quoted words, references and passages in another language are not the brief's to make consistent.
    const kept = occurrences
      .filter(
        (occurrence) =>
          isUnbrokenProse(brief, occurrence) &&
          !isLeftAlone(brief, occurrence) &&
          !isName(occurrence, sentenceStarts(brief).has(occurrence.start), prose) &&
          !isAsideOrAlternative(prose, occurrence),
      )
      .sort((a, b) => a.start - b.start);
    if (!hasTwoForms(kept)) groups.delete(key);
    else groups.set(key, kept);
  }
  return groups;
}

function hasTwoForms(occurrences: readonly CompoundOccurrence[]): boolean {
  return occurrences.some((o) => o.form !== occurrences[0].form);
}

/** A word standing alone: no part of a hyphenated compound, a tag or a name. */
function isClosedForm(tokens: Tokens, prose: string, index: number): boolean {
  return !isHyphenPart(tokens, prose, index) && !isTagOrName(prose, tokens.start(index), tokens.end(index));
}

/** The closed forms of the wanted keys, by key, in document order. */
function closedOccurrences(
  tokens: Tokens,
  prose: string,
  singularOf: readonly string[],
  lettersOnly: Uint8Array,
  wanted: ReadonlySet<string>,
): Map<string, CompoundOccurrence[]> {
  const found = new Map<string, CompoundOccurrence[]>();
  if (wanted.size === 0) return found;
  const { ids } = tokens;
  const isWanted = new Uint8Array(singularOf.length);
  for (let id = 0; id < singularOf.length; id++) isWanted[id] = lettersOnly[id] && wanted.has(singularOf[id]) ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWanted[ids[i]] || !isClosedForm(tokens, prose, i)) continue;
    const key = singularOf[ids[i]];
    const occurrence = compound(tokens, prose, i, i, 'closed');
    const same = found.get(key);
    if (same) same.push(occurrence);
    else found.set(key, [occurrence]);
  }
  return found;
}

/**
 * Two ways of writing a compound that should agree. Hyphenated and closed forms are one
 * unit wherever they stand ("start-up", "startup"), but a spaced form is a noun phrase
 * that may rightly differ before a noun ("committed to net zero", "a net-zero target";
 * "salt water", "saltwater intrusion"), so it is compared only in the same position.
 */
export function isComparable(a: CompoundOccurrence, b: CompoundOccurrence): boolean {
  if (a.form !== 'spaced' && b.form !== 'spaced') return true;
  return a.position === b.position && a.position !== 'unsure';
}

/**
 * Capitals that are not the sentence's make a name ("Science Based Targets initiative",
 * "Oxford Net Zero", "the Climatefund"), which is written as its owner writes it; so does a
 * capitalised compound before a word in title case, also at a sentence's start
 * ("Multidimensional Poverty Index").
 */
function isName(occurrence: CompoundOccurrence, atSentenceStart: boolean, prose: string): boolean {
  // An acronym part ("EV-ready", "AI driven") is no sign of a name; a word in title case is.
  const words = occurrence.text.split(/[\s‐‑-]+/);
  if (words.some((word, i) => (i > 0 || !atSentenceStart) && TITLE_CASE.test(word))) return true;
  return TITLE_CASE.test(words[0]) && TITLE_CASE_WORD_NEXT.test(prose.slice(occurrence.end, occurrence.end + 24));
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const TITLE_CASE_WORD_NEXT = /^[^\S\r\n]+\p{Lu}\p{Ll}/u;

/**
 * Words an editor put in brackets ("[e-mail removed]", "[sic]") are no part of the
 * author's prose, and a slash shares a word between alternatives ("mis/dis information"
 * is misinformation and disinformation), so neither is a way of writing the compound.
 */
function isAsideOrAlternative(prose: string, occurrence: CompoundOccurrence): boolean {
  if (prose[occurrence.start - 1] === '/' || prose[occurrence.end] === '/') return true;
  const lineStart = prose.lastIndexOf('\n', occurrence.start) + 1;
  const lineEnd = prose.indexOf('\n', occurrence.end);
  const before = prose.slice(lineStart, occurrence.start);
  const after = prose.slice(occurrence.end, lineEnd < 0 ? prose.length : lineEnd);
  return before.lastIndexOf('[') > before.lastIndexOf(']') && after.indexOf(']') >= 0 && (after.indexOf('[') < 0 || after.indexOf(']') < after.indexOf('['));
}

/**
 * "#GreenSkills", "@UNDPKAZ", "KlimaDAO", "openbudgets.eu": a hashtag, a handle, a capital
 * inside a word or a domain name marks a name or a tag, not a compound closed up.
 */
function isTagOrName(prose: string, start: number, end: number): boolean {
  const before = prose[start - 1];
  return before === '#' || before === '@' || (prose[end] === '.' && DOMAIN_ENDING.test(prose.slice(end, end + 8))) || hasCapitalAfterSmallLetter(prose, start, end);
}

/** The end of a domain name: a full stop and two to six small letters, then no letter or digit. */
const DOMAIN_ENDING = /^\.[a-z]{2,6}(?![\p{L}\p{N}])/u;

const SMALL_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * True when a capital follows a small letter between the offsets. A word of ASCII letters
 * (most words of a brief) is read character by character; Unicode's letter classes, which
 * are slow to match, are used only for a word with other letters.
 */
function hasCapitalAfterSmallLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return SMALL_THEN_CAPITAL.test(text.slice(start, end));
    if (i > start && code >= 0x41 && code <= 0x5a && text.charCodeAt(i - 1) >= 0x61 && text.charCodeAt(i - 1) <= 0x7a) return true;
  }
  return false;
}

function compound(tokens: Tokens, prose: string, first: number, last: number, form: CompoundForm): CompoundOccurrence {
  const words = tokens.words(first, last + 1).map((token) => token.key);
  const plural = isPlural(words.join(''));
  const parts = plural ? [...words.slice(0, -1), words[words.length - 1].slice(0, -1)] : words;
  const start = tokens.start(first);
  const end = tokens.end(last);
  const after = positionBefore(nextKey(tokens, last + 1));
  // Hyphenated and closed compounds stand before nouns; only a spaced one is left unsure.
  const position = after === 'unsure' && form !== 'spaced' ? 'modifier' : after;
  return { start, end, text: prose.slice(start, end), form, key: parts.join(''), parts, position };
}

/** A plural in -s ("start-ups"); "process" and short words such as "is" are not. */
function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}

function singular(key: string): string {
  return isPlural(key) ? key.slice(0, -1) : key;
}

function hyphenatedCompounds(tokens: Tokens, prose: string): CompoundOccurrence[] {
  const found: CompoundOccurrence[] = [];
  const { ids, idOf } = tokens;
  const dash = idOf.get('-');
  if (dash === undefined) return found;
  // A compound starts at the word before a hyphen, unless that word ends a compound found already (`from`): the
  // hyphens and dashes are found by the typed array's own search rather than by reading every token.
  let from = 0;
  for (let hyphen = ids.indexOf(dash); hyphen >= 0; hyphen = ids.indexOf(dash, hyphen + 1)) {
    const i = hyphen - 1;
    if (i < from || !tokens.isWord(i)) continue;
    let last = i;
    while (isHyphen(tokens, last + 1, prose) && tokens.isWord(last + 2)) last += 2;
    if (last === i) continue;
    const occurrence = compound(tokens, prose, i, last, 'hyphenated');
    if (occurrence.parts.every((part) => LETTERS.test(part))) found.push(occurrence);
    from = last + 1;
  }
  return found;
}

/** Two or three words apart by spaces whose letters make a compound the brief also writes closed or hyphenated. */
function spacedPhrases(
  tokens: Tokens,
  lettersOnly: Uint8Array,
  prose: string,
  closedKeys: ReadonlySet<string>,
  partsOf: ReadonlyMap<string, readonly string[]>,
  isVariant: (occurrence: CompoundOccurrence) => boolean,
): CompoundOccurrence[] {
  const found: CompoundOccurrence[] = [];
  const { ids, keys, idOf } = tokens;
  const isLetters = (token: number) => lettersOnly[ids[token]] === 1;
  const beginnings = new KeyBeginnings([closedKeys, partsOf.keys()]);
  // A phrase that opens with a function word is grammar ("set up"), though most function words start some longer key
  // ("in", "a"); of the other words, most begin no key. Each is told once per distinct word.
  const opensPhrase = new Uint8Array(keys.length);
  const mayBeginKey = new Uint8Array(keys.length);
  for (let id = 0; id < keys.length; id++) {
    opensPhrase[id] = lettersOnly[id] && !FUNCTION_WORDS.has(keys[id]) ? 1 : 0;
    mayBeginKey[id] = opensPhrase[id] && beginnings.mayBegin(keys[id]) ? 1 : 0;
  }
  const spacing = idOf.get(' ');
  const loneS = idOf.get('s');
  const isWrittenOtherwise = (key: string) => closedKeys.has(key) || partsOf.has(key);
  for (let i = 0; i < tokens.length; i++) {
    // Two words of letters apart by a space, told by their numbers alone, the cheapest tests first. Most words begin no
    // key (looked up once per word); of the rest, most pairs begin no key; a lone "s" may make a plural ("pilot s").
    if (!opensPhrase[ids[i]] || ids[i + 1] !== spacing || !isLetters(i + 2)) continue;
    if ((!mayBeginKey[ids[i]] && ids[i + 2] !== loneS) || isHyphenPart(tokens, prose, i) || !beginnings.mayBeginWithPair(keys[ids[i]], keys[ids[i + 2]])) continue;
    for (const length of [3, 2]) {
      const last = i + 2 * length - 2;
      const key = spacedKey(tokens, isLetters, i, last);
      if (key === undefined || !isWrittenOtherwise(singular(key)) || isHyphenPart(tokens, prose, last)) continue;
      const occurrence = compound(tokens, prose, i, last, 'spaced');
      if (!isVariant(occurrence)) continue;
      found.push(occurrence);
      i = last;
      break;
    }
  }
  return found;
}

/**
 * The beginnings of a set of keys (each key's first letter, first two letters, and so on up to
 * the whole key) as 16-bit fingerprints in a table of bits: whether a word, or a pair of words,
 * may begin a key is told without joining the words into a string, and without sorting the keys.
 * Two beginnings may share a fingerprint, so a hit only says "maybe": the caller then joins the
 * phrase's letters and looks the phrase up among the keys.
 */
class KeyBeginnings {
  private readonly bits = new Uint8Array(1 << 13);

  constructor(keyLists: readonly Iterable<string>[]) {
    for (const keys of keyLists) {
      for (const key of keys) {
        let state = FINGERPRINT_START;
        for (let i = 0; i < key.length; i++) {
          state = nextFingerprintState(state, key.charCodeAt(i));
          const fingerprint = fingerprintOf(state);
          this.bits[fingerprint >>> 3] |= 1 << (fingerprint & 7);
        }
      }
    }
  }

  /** Whether some key may begin with the text (or be the text). */
  mayBegin(text: string): boolean {
    return this.has(textState(FINGERPRINT_START, text, text.length));
  }

  /** Whether some key may begin with the first word then the second, less a last "s" (the keys are singular). */
  mayBeginWithPair(first: string, second: string): boolean {
    return this.has(textState(textState(FINGERPRINT_START, first, first.length), second, second.endsWith('s') ? second.length - 1 : second.length));
  }

  private has(state: number): boolean {
    const fingerprint = fingerprintOf(state);
    return (this.bits[fingerprint >>> 3] & (1 << (fingerprint & 7))) !== 0;
  }
}

/** FNV-1a over UTF-16 units, which `fingerprintOf` folds into 16 bits. */
const FINGERPRINT_START = 0x811c9dc5;

function nextFingerprintState(state: number, code: number): number {
  return Math.imul(state ^ code, 0x01000193);
}

function textState(state: number, text: string, length: number): number {
  for (let i = 0; i < length; i++) state = nextFingerprintState(state, text.charCodeAt(i));
  return state;
}

function fingerprintOf(state: number): number {
  return ((state >>> 16) ^ state) & 0xffff;
}

/** Only letters ("\p{L}+"): a word of the small ASCII letters (most words) is read in place. */
function isAllLetters(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return LETTERS.test(key);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return key.length > 0;
}

/** The letters of the words from `first` to `last`, when they are all words of letters apart by single spaces. */
function spacedKey(tokens: Tokens, isLetters: (token: number) => boolean, first: number, last: number): string | undefined {
  if (last >= tokens.length) return undefined;
  for (let j = first; j <= last; j += 2) if (!isLetters(j) || (j < last && tokens.key(j + 1) !== ' ')) return undefined;
  let key = '';
  for (let j = first; j <= last; j += 2) key += tokens.key(j);
  return key;
}

function isHyphen(tokens: Tokens, index: number, prose: string): boolean {
  // A dash is one character, read in place.
  return tokens.key(index) === '-' && HYPHENS.has(prose[tokens.start(index)]);
}

/** True when the word at `index` is joined to a neighbour by a hyphen. */
function isHyphenPart(tokens: Tokens, prose: string, index: number): boolean {
  return isHyphen(tokens, index - 1, prose) || isHyphen(tokens, index + 1, prose);
}

function nextKey(tokens: Tokens, from: number): string | undefined {
  for (let i = from; i < tokens.length; i++) if (tokens.key(i) !== ' ') return tokens.key(i);
  return undefined;
}
