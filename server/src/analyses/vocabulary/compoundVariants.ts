import { tokensOf, type Token } from '../../engine/phraseMatcher';
import { isUnbrokenProse } from '../prose/prose';
import type { ParsedBrief } from '../../engine/parseBrief';

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
  /** True when written in the plural ("start-ups"), which a replacement keeps. */
  plural: boolean;
  /**
   * 'modifier' when a content word follows ("saltwater intrusion", "long-term plan"),
   * else 'noun' ("salt water into", "in the long term."): the two positions may be
   * written differently, so a spaced form is only compared within its position.
   */
  position: 'modifier' | 'noun';
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
const HYPHEN = /^[-‐‑]$/;
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
  // Tested once per token: the loops below look at each word up to six times.
  const isLetters = tokens.map((token) => token.kind === 'word' && LETTERS.test(token.key));
  const hyphenated = hyphenatedCompounds(tokens, prose);
  const partsOf = new Map(hyphenated.map((o) => [o.key, o.parts]));
  // Every single word is a possible closed form; occurrences are built only for the few that have another form.
  const closedAt = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isLetters[i] || isHyphenPart(tokens, prose, i)) continue;
    const key = singular(tokens[i].key);
    const same = closedAt.get(key);
    if (same) same.push(i);
    else closedAt.set(key, [i]);
  }
  const closedCache = new Map<string, CompoundOccurrence[]>();
  const closed = (key: string) => {
    let occurrences = closedCache.get(key);
    if (!occurrences) {
      occurrences = (closedAt.get(key) ?? []).map((i) => compound(tokens, prose, i, i, 'closed'));
      closedCache.set(key, occurrences);
    }
    return occurrences;
  };
  const spaced = spacedPhrases(tokens, isLetters, prose, (key) => closedAt.has(key) || partsOf.has(key), ({ key, parts }) => {
    if (closedAt.has(key) && parts.every((part) => !FUNCTION_WORDS.has(part) && part.length > 2)) return true;
    return partsOf.get(key)?.join(' ') === parts.join(' ');
  });

  const groups = new Map<string, CompoundOccurrence[]>();
  const add = (occurrence: CompoundOccurrence) => {
    const group = groups.get(occurrence.key);
    if (group) group.push(occurrence);
    else groups.set(occurrence.key, [occurrence]);
  };
  hyphenated.forEach(add);
  for (const occurrence of spaced) {
    const written = [...hyphenated.filter((o) => o.key === occurrence.key), ...closed(occurrence.key)];
    if (written.some((o) => o.position === occurrence.position)) add(occurrence);
  }
  for (const key of [...groups.keys()]) closed(key).forEach(add);

  for (const [key, occurrences] of groups) {
    const unbroken = occurrences.filter((occurrence) => isUnbrokenProse(brief, occurrence)).sort((a, b) => a.start - b.start);
    if (new Set(unbroken.map((o) => o.form)).size < 2) groups.delete(key);
    else groups.set(key, unbroken);
  }
  return groups;
}

/**
 * The compound in one of its shapes, lower-cased, in the singular or the plural. The
 * parts come from a hyphenated or spaced occurrence: a closed one does not show where
 * its words meet.
 */
export function compoundText(parts: readonly string[], form: CompoundForm, plural: boolean): string {
  return parts.join(form === 'hyphenated' ? '-' : form === 'spaced' ? ' ' : '') + (plural ? 's' : '');
}

function compound(tokens: readonly Token[], prose: string, first: number, last: number, form: CompoundForm): CompoundOccurrence {
  const words = tokens.slice(first, last + 1).filter((token) => token.kind === 'word').map((token) => token.key);
  const plural = isPlural(words.join(''));
  const parts = plural ? [...words.slice(0, -1), words[words.length - 1].slice(0, -1)] : words;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const next = nextKey(tokens, last + 1);
  const position = next !== undefined && /^[\p{L}\p{N}]/u.test(next) && !FUNCTION_WORDS.has(next) ? 'modifier' : 'noun';
  return { start, end, text: prose.slice(start, end), form, key: parts.join(''), parts, plural, position };
}

/** A plural in -s ("start-ups"); "process" and short words such as "is" are not. */
function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}

function singular(key: string): string {
  return isPlural(key) ? key.slice(0, -1) : key;
}

function hyphenatedCompounds(tokens: readonly Token[], prose: string): CompoundOccurrence[] {
  const found: CompoundOccurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    let last = i;
    while (isHyphen(tokens[last + 1], prose) && tokens[last + 2]?.kind === 'word') last += 2;
    if (last === i) continue;
    const occurrence = compound(tokens, prose, i, last, 'hyphenated');
    if (occurrence.parts.every((part) => LETTERS.test(part))) found.push(occurrence);
    i = last;
  }
  return found;
}

/** Two or three words apart by spaces whose letters make a compound the brief also writes closed or hyphenated. */
function spacedPhrases(
  tokens: readonly Token[],
  isLetters: readonly boolean[],
  prose: string,
  isWrittenOtherwise: (key: string) => boolean,
  isVariant: (occurrence: CompoundOccurrence) => boolean,
): CompoundOccurrence[] {
  const found: CompoundOccurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || isHyphenPart(tokens, prose, i)) continue;
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

/** The letters of the words from `first` to `last`, when they are all words of letters apart by single spaces. */
function spacedKey(tokens: readonly Token[], isLetters: readonly boolean[], first: number, last: number): string | undefined {
  if (last >= tokens.length) return undefined;
  for (let j = first; j <= last; j += 2) if (!isLetters[j] || (j < last && tokens[j + 1].key !== ' ')) return undefined;
  let key = '';
  for (let j = first; j <= last; j += 2) key += tokens[j].key;
  return key;
}

function isHyphen(token: Token | undefined, prose: string): boolean {
  return token !== undefined && token.key === '-' && HYPHEN.test(prose.slice(token.start, token.end));
}

/** True when the word at `index` is joined to a neighbour by a hyphen. */
function isHyphenPart(tokens: readonly Token[], prose: string, index: number): boolean {
  return isHyphen(tokens[index - 1], prose) || isHyphen(tokens[index + 1], prose);
}

function nextKey(tokens: readonly Token[], from: number): string | undefined {
  for (let i = from; i < tokens.length; i++) if (tokens[i].key !== ' ') return tokens[i].key;
  return undefined;
}
