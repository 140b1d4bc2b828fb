/**
 * How prose is split for the passes over it: tokens (for phrase matching) and words (for
 * counting). Both read characters by a table of classes made once, in this one module, so
 * that the loops over every character call nothing elsewhere.
 */
import { firstAtOrAbove } from './sortedSearch';

/** One token, made on demand by `Tokens` for code that reads a few tokens near a place it found. */
export interface Token {
  /** A word, or the separator between two words. */
  kind: 'word' | 'separator';
  /** Lower-cased word, or the separator's normal form: ' ' for spacing, '-' for dashes. */
  key: string;
  start: number;
  end: number;
}

const DASHES = new Set(['-', '‐', '‑', '‒', '–']);

/** What a character is to the tokens: part of a word (a letter, digit or mark), spacing, or anything else. */
const enum CharacterClass {
  Unknown,
  Word,
  Spacing,
  Other,
}
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const SPACING_CHARACTER = /^\s$/u;

function classify(character: string): CharacterClass {
  return WORD_CHARACTER.test(character) ? CharacterClass.Word : SPACING_CHARACTER.test(character) ? CharacterClass.Spacing : CharacterClass.Other;
}

/**
 * The class of each character of the Basic Multilingual Plane, found once by the Unicode
 * classes and then looked up: matching those classes character by character in a regular
 * expression made tokenizing three times slower.
 */
const basicPlaneClasses = new Uint8Array(0x10000);

function classOf(codePoint: number): CharacterClass {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  return (basicPlaneClasses[codePoint] ||= classify(String.fromCharCode(codePoint)));
}

/**
 * The tokens of a text in order, each read by its index: a brief has thousands, kept to the end
 * of its lint, so they are numbers in typed arrays rather than an object each, which the
 * collector would copy. Each key is numbered at its first use, one string for all its tokens,
 * so that what is found of a key holds for every token of it.
 */
export class Tokens {
  constructor(
    /** Where each token starts, then where the text ends: a token ends where the next one starts. */
    private readonly starts: Uint32Array,
    /** Each token's key, by its number. */
    readonly ids: Uint32Array,
    /** The distinct keys by number. */
    readonly keys: readonly string[],
    readonly idOf: ReadonlyMap<string, number>,
    /** Per key number, whether the key is a word's. */
    private readonly wordKeys: readonly boolean[],
  ) {}

  get length(): number {
    return this.ids.length;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.starts[index + 1];
  }

  /** The token's key; undefined before the first token and after the last, as in an array. */
  key(index: number): string | undefined {
    return this.keys[this.ids[index]];
  }

  /** Whether the token is a word; false before the first token and after the last. */
  isWord(index: number): boolean {
    return this.wordKeys[this.ids[index]] === true;
  }

  /** The token as an object, for code that keeps it; undefined before the first token and after the last. */
  token(index: number): Token | undefined {
    const key = this.key(index);
    if (key === undefined) return undefined;
    return { kind: this.isWord(index) ? 'word' : 'separator', key, start: this.start(index), end: this.end(index) };
  }

  /** The tokens from `from` up to (not including) `to`, as objects, for code that keeps a few; the range is cut to the tokens there are. */
  slice(from = 0, to = this.length): Token[] {
    const tokens: Token[] = [];
    for (let index = Math.max(0, from); index < Math.min(to, this.length); index++) tokens.push(this.token(index)!);
    return tokens;
  }

  /** The words among the tokens from `from` up to (not including) `to`, as objects. */
  words(from = 0, to = this.length): Token[] {
    return this.slice(from, to).filter((token) => token.kind === 'word');
  }

  /** The index of the first token that starts at or after the offset; the number of tokens when none does. */
  firstFrom(offset: number): number {
    return Math.min(firstAtOrAbove(this.starts, offset), this.length);
  }
}

/** Words (runs of letters, digits and marks), runs of spacing, and each other character, in order. */
export function tokenize(text: string): Tokens {
  const room = roomFor(text.length);
  const keys = new KeyNumbers(room.ids);
  let index = 0;
  while (index < text.length) {
    const start = index;
    room.starts[keys.count] = start;
    let codePoint = text.codePointAt(index)!;
    const kind = classOf(codePoint);
    index += codePoint > 0xffff ? 2 : 1;
    if (kind === CharacterClass.Other) {
      const value = text.slice(start, index);
      keys.add(DASHES.has(value) ? '-' : value, false);
      continue;
    }
    while (index < text.length && classOf((codePoint = text.codePointAt(index)!)) === kind) index += codePoint > 0xffff ? 2 : 1;
    if (kind === CharacterClass.Word) keys.add(text.slice(start, index).toLowerCase(), true);
    else keys.addSpacing();
  }
  room.starts[keys.count] = text.length;
  return new Tokens(room.starts.slice(0, keys.count + 1), room.ids.slice(0, keys.count), keys.keys, keys.idOf, keys.wordKeys);
}

/** Where a text's tokens start and their key numbers, while it is read. */
interface TokenRoom {
  starts: Uint32Array;
  ids: Uint32Array;
}

/** Texts up to this many characters (a long brief's prose) are read in the shared room; a longer one gets room of its own, so that it leaves no large buffer behind. */
const SHARED_ROOM_CHARACTERS = 1 << 17;
let sharedRoom: TokenRoom = { starts: new Uint32Array(1), ids: new Uint32Array(0) };

/**
 * Room for as many tokens as the text has characters, the most it may have. A text's tokens
 * are copied out at the number there are, about a third of its length, so the room is kept
 * and reused (tokenizing calls nothing that tokenizes) rather than allocated for each text.
 */
function roomFor(characters: number): TokenRoom {
  if (characters > SHARED_ROOM_CHARACTERS) return { starts: new Uint32Array(characters + 1), ids: new Uint32Array(characters) };
  if (sharedRoom.ids.length < characters) sharedRoom = { starts: new Uint32Array(characters + 1), ids: new Uint32Array(characters) };
  return sharedRoom;
}

/** The keys of a token list in order, each numbered at its first use. */
class KeyNumbers {
  count = 0;
  readonly keys: string[] = [];
  readonly idOf = new Map<string, number>();
  readonly wordKeys: boolean[] = [];
  private spacingId: number | undefined;

  /** `ids` has room for as many tokens as there may be. */
  constructor(readonly ids: Uint32Array) {}

  /** Spacing, about every other token, is numbered without a look-up. */
  addSpacing(): void {
    if (this.spacingId === undefined) {
      this.add(' ', false);
      this.spacingId = this.ids[this.count - 1];
    } else this.ids[this.count++] = this.spacingId;
  }

  add(key: string, isWord: boolean): void {
    let id = this.idOf.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.wordKeys.push(isWord);
      this.idOf.set(key, id);
    }
    this.ids[this.count++] = id;
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** An apostrophe (straight or curly) or a hyphen: a word goes on across it. */
export function isWordPunctuation(codePoint: number): boolean {
  return codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d;
}

/** Whether each character of the Basic Multilingual Plane is a letter or digit, which alone start a word or a dotted part: 0 not yet known, 2 no, 3 yes. */
const letterOrDigitCodes = new Uint8Array(0x10000);

function isLetterOrDigit(text: string, index: number): boolean {
  return index < text.length && isLetterOrDigitCode(text.codePointAt(index)!);
}

function isLetterOrDigitCode(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  return (letterOrDigitCodes[codePoint] ||= LETTER_OR_DIGIT.test(String.fromCharCode(codePoint)) ? 3 : 2) === 3;
}

/**
 * A full stop inside a word; a comma, a slash or an en dash between two digits ("10,000", "9/11",
 * "24/7", a range "20–30", as "20-30" with a hyphen is one word); or a dollar sign between a
 * country's capitals and an amount ("US$42", "HK$10").
 */
function isJoiningMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x2e) return true;
  if (code === 0x2c || code === 0x2f || code === 0x2013) return isDigitCode(text.charCodeAt(index - 1)) && isDigitCode(text.charCodeAt(index + 1));
  return code === 0x24 && isCapitalCode(text.charCodeAt(index - 1)) && isDigitCode(text.charCodeAt(index + 1));
}

function isCapitalCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Calls `visit` with each word of the text, in order: a letter or digit, then letters,
 * digits, marks, apostrophes and hyphens, then any number of dotted parts, so that "e.g.",
 * "U.S." and "0.5" count as one word, and of parts joined to digits by a comma, a slash or an
 * en dash, so that "10,000", "6,5", "9/11", "24/7" and "20–30" are one word too, as is an amount
 * in a country's dollars ("US$42"). An editor's letters in brackets belong to their word ("define[d]", "[T]he"); a
 * note's number in brackets ("[12]", "[1, 3]"), a citation key ("[@Coppi_2018]") and a source
 * cited by author and year ("(Jones, 2019)") are no words. Each character is read once, by its code.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    const start = index;
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (!isLetterOrDigitCode(codePoint)) {
      if (codePoint === OPEN_PARENTHESIS) {
        const source = authorYearEnd(text, start);
        if (source > 0) index = source;
        continue;
      }
      if (codePoint !== OPEN_BRACKET) continue;
      const citation = citationEnd(text, start);
      if (citation > 0) {
        index = citation;
        continue;
      }
      const inserted = bracketedLettersEnd(text, start);
      if (inserted < 0 || !isLetterOrDigit(text, inserted)) continue;
      index = inserted;
    }
    index = wordEnd(text, index);
    // Most words are followed by neither bracket: one look at the next character says so.
    const next = text.charCodeAt(index);
    if (next === OPEN_BRACKET) {
      for (let inserted = bracketedLettersEnd(text, index); inserted > 0; inserted = bracketedLettersEnd(text, index)) index = wordEnd(text, inserted);
    } else if (next === CLOSE_BRACKET || next === 0x2c || next === 0x2d || next === 0x2013) {
      if (isNoteNumber(text, start, index)) continue;
    }
    visit(start, index);
  }
}

/** A citation in Pandoc's brackets (`[@Coppi_Exploring_2018]`, `[@gesda, p. 4]`, `[@a; @b]`, `[-@a]`). */
const CITATION = /\[-?@[^\s[\]]{1,200}(?:[;,][^[\]]{0,200})?\]/y;

/**
 * Where a citation key in brackets that starts at `index` ends, or -1: the reader sees a note's
 * mark or "(Coppi 2018)" in its place, no words of the sentence.
 */
function citationEnd(text: string, index: number): number {
  const next = text.charCodeAt(index + 1);
  if (next !== AT && !(next === 0x2d && text.charCodeAt(index + 2) === AT)) return -1;
  CITATION.lastIndex = index;
  return CITATION.test(text) ? CITATION.lastIndex : -1;
}

/** A date in brackets ("(March 2020)") is no citation. */
const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s';

/**
 * A source cited by author and year in brackets: `(Amnesty International, 2019)`, `(Smith et al.
 * 2020; Jones 2019)`, `(CoreLogic, Quarterly Rental Review, 2022)`, `(Urosario, 2021, p. 9)`. A
 * capitalised name or title (not a month), then the year, and at most a page.
 */
const AUTHOR_YEAR = new RegExp(
  `\\((?:(?!${MONTHS})\\p{Lu}[^();\\n]{0,400}?(?:,|\\bet al\\.?|(?<=\\p{L}))\\s(?:1[89]|20)\\d\\d[a-z]?(?:,\\s*pp?\\.\\s*\\d+(?:[-–]\\d+)?)?(?:;\\s*|(?=\\))))+\\)`,
  'uy',
);

/** Where a citation by author and year that starts at `index` ends, or -1: a reference, not words of the sentence. */
function authorYearEnd(text: string, index: number): number {
  const next = text.charCodeAt(index + 1);
  if (!(next >= 0x41 && next <= 0x5a) && next < 0x80) return -1;
  AUTHOR_YEAR.lastIndex = index;
  return AUTHOR_YEAR.test(text) ? AUTHOR_YEAR.lastIndex : -1;
}

const OPEN_PARENTHESIS = 0x28;
const AT = 0x40;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Most letters an editor puts in brackets inside a word ("[sic]" typed against it, "use[s]"). */
const MOST_BRACKETED_LETTERS = 4;

/** Where the word going on at `index` ends: letters, digits, marks, apostrophes and hyphens, then dotted or comma-joined parts. */
function wordEnd(text: string, index: number): number {
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    if (classOf(codePoint) !== CharacterClass.Word && !isWordPunctuation(codePoint)) break;
    index += codePoint > 0xffff ? 2 : 1;
  }
  while (isJoiningMark(text, index) && isLetterOrDigit(text, index + 1)) {
    index++;
    while (isLetterOrDigit(text, index)) index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  }
  return index;
}

/** The end of a few letters in brackets at `open` ("[d]"), or -1. */
function bracketedLettersEnd(text: string, open: number): number {
  if (text.charCodeAt(open) !== OPEN_BRACKET) return -1;
  let index = open + 1;
  while (index < text.length && index - open <= MOST_BRACKETED_LETTERS && isLetterCode(text.charCodeAt(index))) index++;
  return index > open + 1 && text.charCodeAt(index) === CLOSE_BRACKET ? index + 1 : -1;
}

function isLetterCode(code: number): boolean {
  return !isDigitCode(code) && isLetterOrDigitCode(code);
}

/** Whether the word is a number inside brackets that hold only numbers ("[12]", "[1, 3]", "[4–6]"): a note's mark. */
function isNoteNumber(text: string, start: number, end: number): boolean {
  if (!isDigitCode(text.charCodeAt(start))) return false;
  for (let i = start; i < end; i++) if (!isDigitCode(text.charCodeAt(i)) && !isNoteNumberPunctuation(text.charCodeAt(i))) return false;
  return text.charCodeAt(pastNoteNumbers(text, start, -1)) === OPEN_BRACKET && text.charCodeAt(pastNoteNumbers(text, end, 1)) === CLOSE_BRACKET;
}

/** Most characters of the other numbers in the same brackets, on either side ("[12, 14-16, 21]"). */
const MOST_NOTE_NUMBER_CHARACTERS = 20;

/** The first index from `from`, stepping by `step`, that is no digit or punctuation of a list of note numbers. */
function pastNoteNumbers(text: string, from: number, step: 1 | -1): number {
  let index = from;
  while (Math.abs(index - from) <= MOST_NOTE_NUMBER_CHARACTERS && (isDigitCode(text.charCodeAt(index)) || isNoteNumberPunctuation(text.charCodeAt(index)))) index += step;
  return index;
}

/** What a list of note numbers holds besides digits: commas, spaces, hyphens and dashes. */
function isNoteNumberPunctuation(code: number): boolean {
  return code === 0x2c || code === 0x20 || code === 0x2d || code === 0x2013;
}
