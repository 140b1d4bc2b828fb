/**
 * How prose is split for the passes over it: tokens (for phrase matching) and words (for
 * counting). Both read characters by a table of classes made once, in this one module, so
 * that the loops over every character call nothing elsewhere.
 */

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

/** Words (runs of letters, digits and marks), runs of spacing, and each other character, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // No text has more tokens than characters.
  const keys = new KeyNumbers(text.length);
  let index = 0;
  while (index < text.length) {
    const start = index;
    let codePoint = text.codePointAt(index)!;
    const kind = classOf(codePoint);
    index += codePoint > 0xffff ? 2 : 1;
    if (kind === CharacterClass.Other) {
      const value = text.slice(start, index);
      tokens.push({ kind: 'separator', key: keys.add(DASHES.has(value) ? '-' : value), start, end: index });
      continue;
    }
    while (index < text.length && classOf((codePoint = text.codePointAt(index)!)) === kind) index += codePoint > 0xffff ? 2 : 1;
    if (kind === CharacterClass.Word) tokens.push({ kind: 'word', key: keys.add(text.slice(start, index).toLowerCase()), start, end: index });
    else tokens.push({ kind: 'separator', key: keys.addSpacing(), start, end: index });
  }
  numberedKeysOf.set(tokens, keys.done());
  return tokens;
}

/** Each token's key as a number, and the distinct keys by number: what is found of a key holds for every token of it. */
export interface NumberedKeys {
  ids: Readonly<Uint32Array>;
  keys: readonly string[];
  idOf: ReadonlyMap<string, number>;
}

/** Numbered as a token list is made (a brief's tokens are kept for its lint), and dropped with it. */
const numberedKeysOf = new WeakMap<readonly Token[], NumberedKeys>();

export function numberedKeys(tokens: readonly Token[]): NumberedKeys {
  let numbered = numberedKeysOf.get(tokens);
  if (!numbered) {
    const keys = new KeyNumbers(tokens.length);
    for (const token of tokens) keys.add(token.key);
    numberedKeysOf.set(tokens, (numbered = keys.done()));
  }
  return numbered;
}

/** The keys of a token list in order, each numbered at its first use; a repeated key is given as first seen, one string for all its tokens. */
class KeyNumbers implements NumberedKeys {
  /** Room for as many tokens as there may be, cut to those there are by `done`: a typed array, which is not garbage collected piecemeal as it grows. */
  ids: Uint32Array;
  private count = 0;
  readonly keys: string[] = [];
  readonly idOf = new Map<string, number>();
  private spacingId: number | undefined;

  constructor(mostTokens: number) {
    this.ids = new Uint32Array(mostTokens);
  }

  /** Spacing, about every other token, is numbered without a look-up. */
  addSpacing(): string {
    if (this.spacingId === undefined) {
      this.add(' ');
      this.spacingId = this.ids[this.count - 1];
    } else this.ids[this.count++] = this.spacingId;
    return ' ';
  }

  done(): NumberedKeys {
    this.ids = this.ids.subarray(0, this.count);
    return this;
  }

  add(key: string): string {
    let id = this.idOf.get(key);
    if (id === undefined) {
      id = this.keys.push(key) - 1;
      this.idOf.set(key, id);
    }
    this.ids[this.count++] = id;
    return this.keys[id];
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_PUNCTUATION = new Set(["'", '’', '-']);

/** Whether each character of the Basic Multilingual Plane is a letter or digit, which alone start a word or a dotted part: 0 not yet known, 2 no, 3 yes. */
const letterOrDigitCodes = new Uint8Array(0x10000);

function isLetterOrDigit(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const codePoint = text.codePointAt(index)!;
  if (codePoint > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  return (letterOrDigitCodes[codePoint] ||= LETTER_OR_DIGIT.test(String.fromCharCode(codePoint)) ? 3 : 2) === 3;
}

/**
 * Calls `visit` with each word of the text, in order: a letter or digit, then letters,
 * digits, marks, apostrophes and hyphens, then any number of dotted parts, so that "e.g.",
 * "U.S." and "0.5" count as one word.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    if (!isLetterOrDigit(text, index)) {
      index += text.codePointAt(index)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    index += text.codePointAt(index)! > 0xffff ? 2 : 1;
    while (index < text.length) {
      const codePoint = text.codePointAt(index)!;
      if (classOf(codePoint) !== CharacterClass.Word && !WORD_PUNCTUATION.has(text[index])) break;
      index += codePoint > 0xffff ? 2 : 1;
    }
    while (text[index] === '.' && isLetterOrDigit(text, index + 1)) {
      index++;
      while (isLetterOrDigit(text, index)) index += text.codePointAt(index)! > 0xffff ? 2 : 1;
    }
    visit(start, index);
  }
}
