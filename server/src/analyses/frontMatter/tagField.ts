import { fieldItems, fieldPair, nodeSpan, type FieldItem, type Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';

/** Where a finding about a whole tag field of a brief with front matter is shown: its key, else the opening `---`. */
export function tagFieldSpan(brief: ParsedBrief, key: string): Span {
  const frontMatter = brief.frontMatter!;
  const pair = fieldPair(frontMatter, key);
  return pair ? nodeSpan(frontMatter, pair.key) : frontMatter.opening;
}

/** The non-empty items of a tag field, or none when the front matter cannot be read. */
export function readTagItems(brief: ParsedBrief, key: string): FieldItem[] {
  if (!brief.frontMatter?.data) return [];
  return fieldItems(brief.frontMatter, key, brief.text).filter((item) => item.value !== null && item.source !== '');
}

/** Items that repeat an earlier item's key, each with the item it repeats. */
export function repeatedItems<T>(items: readonly T[], keyOf: (item: T) => string | undefined): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const repeats: { item: T; first: T }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first) repeats.push({ item, first });
    else seen.set(key, item);
  }
  return repeats;
}

/** The brief's language for texts quoted in messages: the primary subtag of `lang`, English by default. */
export function briefLanguage(brief: ParsedBrief): string {
  const lang = brief.frontMatter?.data?.lang;
  return typeof lang === 'string' && lang.trim() ? lang.trim().split(/[-_]/)[0].toLowerCase() : 'en';
}
