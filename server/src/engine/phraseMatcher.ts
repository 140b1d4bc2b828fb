import type { ParsedBrief } from './parseBrief';
import { tokenize, type Token, type Tokens } from './tokens';

export { tokenize, type Token, type Tokens };

/**
 * One compiled matcher for many literal phrases (vocabulary terms, acronyms, SDG
 * keywords, initiative names). Phrases are matched on word boundaries, in one pass
 * over the text's tokens, so a long list costs no more than a short one and no team
 * file can make matching slow: there are no user regexes.
 */

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match the letters' case exactly (for acronyms such as IO that are also words). */
  caseSensitive?: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The text as written in the brief. */
  text: string;
  value: T;
}

interface TrieNode<T> {
  /** The next words of the phrases, by their number in `phraseKeys`; none where only phrases end, as at most nodes of a long list of names. */
  children: Map<number, TrieNode<T>> | undefined;
  /** The child after spacing, the key between any two words of a phrase, kept apart so that it needs no look-up. */
  afterSpacing: TrieNode<T> | undefined;
  /**
   * The first of the phrases that end here, which link to the others in the order they were
   * listed; none for most nodes, which are only on the way to longer phrases.
   */
  ending: CompiledEntry<T> | undefined;
}

/** A node with every field from the start: nodes of one shape keep the walk's reads of them fast, however many lists there are. */
function trieNode<T>(): TrieNode<T> {
  return { children: undefined, afterSpacing: undefined, ending: undefined };
}

/**
 * A phrase as the walk reads it: its value, not the entry, and the next phrase that ends at the
 * same node. A lint reads the tries cold, after the parse has filled the CPU's memory caches with
 * other data, and each object fewer on the way to a match is one slow read fewer.
 */
interface CompiledEntry<T> {
  value: T;
  /** For a case-sensitive phrase, the phrase as a text is compared with it; computed once. */
  compared: string | undefined;
  next: CompiledEntry<T> | undefined;
}

/** The brief's prose tokens, computed once per parse and shared by every rule. */
export function tokensOf(brief: ParsedBrief): Tokens {
  return brief.cache.get(tokensOf, () => tokenize(brief.prose));
}

/**
 * Every key of every compiled phrase, numbered once for all matchers. A text's distinct keys
 * are looked up here once, and each matcher then finds its phrases' first words by number, in
 * an array: several matchers read the same brief, and each looking up every key was most of
 * their cost. It grows only with the phrase lists, never with the texts matched.
 */
const phraseKeys = new Map<string, number>();
/** Spacing, the key between any two words of a phrase, numbered first. */
const SPACING_KEY = phraseKeyNumber(' ');
/** Whether each phrase key, by its number, is the first key of a phrase of any matcher. */
const beginsAPhrase: boolean[] = [];
/** How many phrase keys begin a phrase: what a text's phrase starts were found with. */
let firstKeys = 0;

function phraseKeyNumber(key: string): number {
  let number = phraseKeys.get(key);
  if (number === undefined) phraseKeys.set(key, (number = phraseKeys.size));
  return number;
}

function noteFirstKey(number: number): void {
  if (beginsAPhrase[number]) return;
  beginsAPhrase[number] = true;
  firstKeys++;
}

/** What every matcher reads of one token list, found once for all of them. */
interface PhraseKeysOfText {
  /** For each distinct key of the text, its number in `phraseKeys`, or -1 for a key of no phrase. */
  numbers: Int32Array;
  /**
   * The tokens, in order, whose key begins a phrase of some matcher: one pass over the words
   * serves every phrase list, and each list visits only these (about one in seven of a brief's tokens).
   */
  phraseStarts: number[];
  /** How many phrase keys, and first keys, there were: a matcher compiled later may know more of the text's keys. */
  known: number;
  knownFirstKeys: number;
}

const phraseKeysOfText = new WeakMap<Tokens, PhraseKeysOfText>();

function phraseKeysOf(tokens: Tokens): PhraseKeysOfText {
  let found = phraseKeysOfText.get(tokens);
  if (found?.known !== phraseKeys.size || found.knownFirstKeys !== firstKeys) {
    const numbers = new Int32Array(tokens.keys.length);
    const startsPhrase = new Uint8Array(tokens.keys.length);
    for (let id = 0; id < numbers.length; id++) {
      const number = phraseKeys.get(tokens.keys[id]) ?? -1;
      numbers[id] = number;
      if (number >= 0 && beginsAPhrase[number]) startsPhrase[id] = 1;
    }
    const ids = tokens.ids;
    const phraseStarts: number[] = [];
    for (let i = 0; i < ids.length; i++) if (startsPhrase[ids[i]] === 1) phraseStarts.push(i);
    found = { numbers, phraseStarts, known: phraseKeys.size, knownFirstKeys: firstKeys };
    phraseKeysOfText.set(tokens, found);
  }
  return found;
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = trieNode();
  /** The trie node of each phrase key that begins a phrase, by the key's number; a dense array read once per phrase start. */
  private readonly firstNodes: (TrieNode<T> | undefined)[];

  constructor(entries: Iterable<PhraseEntry<T>>) {
    const phrases: { entry: PhraseEntry<T>; text: string }[] = [];
    for (const entry of entries) {
      const text = entry.phrase.trim();
      if (text !== '') phrases.push({ entry, text });
    }
    // The phrases are read as one text, a line each: a line break is a token of its own between
    // two trimmed phrases, and a catalogue's thousands of names then make one token list, whose
    // distinct keys are numbered once, rather than a list each.
    const tokens = tokenize(phrases.map((phrase) => phrase.text).join('\n'));
    const numbers = tokens.keys.map(phraseKeyNumber);
    let token = 0;
    let end = -1;
    for (const { entry, text } of phrases) {
      end += text.length + 1;
      let node = this.root;
      for (; token < tokens.length && tokens.start(token) < end; token++) {
        const number = numbers[tokens.ids[token]];
        let child = node.children?.get(number);
        if (!child) {
          child = trieNode();
          (node.children ??= new Map()).set(number, child);
          if (number === SPACING_KEY) node.afterSpacing = child;
        }
        node = child;
      }
      token++; // the line break
      const compiled: CompiledEntry<T> = { value: entry.value, compared: entry.caseSensitive ? asCompared(entry.phrase) : undefined, next: undefined };
      if (!node.ending) node.ending = compiled;
      else {
        let last = node.ending;
        while (last.next) last = last.next;
        last.next = compiled;
      }
    }
    let length = 0;
    const firstWords = this.root.children ?? new Map<number, TrieNode<T>>();
    for (const number of firstWords.keys()) length = Math.max(length, number + 1);
    this.firstNodes = new Array<TrieNode<T> | undefined>(length).fill(undefined);
    for (const [number, node] of firstWords) {
      this.firstNodes[number] = node;
      noteFirstKey(number);
    }
  }

  /** Leftmost-longest, non-overlapping matches in token order. */
  matchTokens(tokens: Tokens, source: string): PhraseMatch<T>[] {
    const ids = tokens.ids;
    const { numbers: phraseKeyOf, phraseStarts } = phraseKeysOf(tokens);
    const matches: PhraseMatch<T>[] = [];
    // The first token that is not inside a match already.
    let free = 0;
    for (const i of phraseStarts) {
      if (i < free) continue;
      // A phrase start's key is a phrase key (never -1), though maybe one that begins only other lists' phrases.
      const first = this.firstNodes[phraseKeyOf[ids[i]]];
      if (first === undefined) continue;
      const found = this.longestAt(tokens, ids, phraseKeyOf, i, source, first);
      if (!found) continue;
      matches.push(found.match);
      free = found.lastToken + 1;
    }
    return matches;
  }

  matchText(text: string): PhraseMatch<T>[] {
    return this.matchTokens(tokenize(text), text);
  }

  /** The longest phrase that starts at token `first`, whose key leads to `firstNode`. */
  private longestAt(tokens: Tokens, ids: Readonly<Uint32Array>, phraseKeyOf: Int32Array, first: number, source: string, firstNode: TrieNode<T>) {
    let node: TrieNode<T> | undefined = firstNode;
    let bestEntry: CompiledEntry<T> | undefined;
    let lastToken = first;
    // The walk reads the tokens' key numbers only; where a token starts is read once a phrase ends.
    for (let i = first; i < tokens.length && node; i++) {
      if (i > first) {
        const key = phraseKeyOf[ids[i]];
        node = key === SPACING_KEY ? node.afterSpacing : node.children?.get(key);
      }
      for (let entry = node?.ending; entry !== undefined; entry = entry.next) {
        if (entry.compared !== undefined && !isWrittenAs(tokens, first, i, source, entry.compared)) continue;
        bestEntry = entry;
        lastToken = i;
        break;
      }
    }
    if (!bestEntry) return undefined;
    const start = tokens.start(first);
    const end = tokens.end(lastToken);
    return { match: { start, end, text: source.slice(start, end), value: bestEntry.value }, lastToken };
  }
}

/**
 * True when the tokens from `first` to `last` are written as the phrase (in its compared
 * form), letter case included. Most are one word, which has no spacing or dash to read
 * alike, and are compared in place; only longer text is cut out and normalised.
 */
function isWrittenAs(tokens: Tokens, first: number, last: number, source: string, compared: string): boolean {
  const start = tokens.start(first);
  const end = tokens.end(last);
  if (end - start === compared.length && source.startsWith(compared, start)) return true;
  if (first === last && tokens.isWord(first)) return false;
  return asCompared(source.slice(start, end)) === compared;
}

/** Letters as written; spacing and dashes as the tokens read them ("ICLEI – Local" is "ICLEI - Local"). */
function asCompared(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[-‐‑‒–]/g, '-');
}
