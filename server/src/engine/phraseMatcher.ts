import type { ParsedBrief } from './parseBrief';

/**
 * One compiled matcher for many literal phrases (vocabulary terms, acronyms, SDG
 * keywords, initiative names). Phrases are matched on word boundaries, in one pass
 * over the text's tokens, so a long list costs no more than a short one and no team
 * file can make matching slow: there are no user regexes.
 */

export interface Token {
  /** A word, or the separator between two words. */
  kind: 'word' | 'separator';
  /** Lower-cased word, or the separator's normal form: ' ' for spacing, '-' for dashes. */
  key: string;
  start: number;
  end: number;
}

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
  children: Map<string, TrieNode<T>>;
  entries: PhraseEntry<T>[];
}

/** A word, a run of spacing, or one other character: groups 1 and 2 tell which. */
const TOKEN = /([\p{L}\p{N}\p{M}]+)|(\s+)|[^\p{L}\p{N}\p{M}\s]/gu;
const DASHES = /^[-‐‑‒–]$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [value, word, spacing] = match;
    const key = word !== undefined ? word.toLowerCase() : spacing !== undefined ? ' ' : DASHES.test(value) ? '-' : value;
    tokens.push({ kind: word !== undefined ? 'word' : 'separator', key, start: match.index, end: match.index + value.length });
  }
  return tokens;
}

/** The brief's prose tokens, computed once per parse and shared by every rule. */
export function tokensOf(brief: ParsedBrief): Token[] {
  return brief.cache.get(tokensOf, () => tokenize(brief.prose));
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { children: new Map(), entries: [] };

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      const keys = tokenize(entry.phrase.trim()).map((token) => token.key);
      if (keys.length === 0) continue;
      let node = this.root;
      for (const key of keys) {
        let child = node.children.get(key);
        if (!child) {
          child = { children: new Map(), entries: [] };
          node.children.set(key, child);
        }
        node = child;
      }
      node.entries.push(entry);
    }
  }

  /** Leftmost-longest, non-overlapping matches in token order. */
  matchTokens(tokens: readonly Token[], source: string): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'word' && !this.root.children.has(tokens[i].key)) continue;
      const found = this.longestAt(tokens, i, source);
      if (!found) continue;
      matches.push(found.match);
      i = found.lastToken;
    }
    return matches;
  }

  matchText(text: string): PhraseMatch<T>[] {
    return this.matchTokens(tokenize(text), text);
  }

  private longestAt(tokens: readonly Token[], first: number, source: string) {
    let node: TrieNode<T> | undefined = this.root;
    let best: { match: PhraseMatch<T>; lastToken: number } | undefined;
    for (let i = first; i < tokens.length && node; i++) {
      node = node.children.get(tokens[i].key);
      if (!node || node.entries.length === 0) continue;
      const start = tokens[first].start;
      const end = tokens[i].end;
      const text = source.slice(start, end);
      const entry = node.entries.find((e) => !e.caseSensitive || asCompared(text) === asCompared(e.phrase));
      if (entry) best = { match: { start, end, text, value: entry.value }, lastToken: i };
    }
    return best;
  }
}

/** Letters as written; spacing and dashes as the tokens read them ("ICLEI – Local" is "ICLEI - Local"). */
function asCompared(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[-‐‑‒–]/g, '-');
}
