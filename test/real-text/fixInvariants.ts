/**
 * What `--fix` must never do to a real document: lower-case an acronym, write a word the
 * document did not have, edit a quotation, link or code, or remove words from the body.
 * Each check returns the broken promises, so a test can show all of them at once.
 */
import { findFrontMatter } from '../../server/src/engine/frontMatter';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const ACRONYM = /\b\p{Lu}{2,}\b/gu;
/** SDG ids a fix may write into tags: 13, 11.5, 11.b, 11.5.1. */
const SDG_ID = /^\d+(\.[\da-z]+){0,2}$/;

/** Quoted runs, links and code as they stand: none of them may change. */
const PROTECTED = [/"[^"\n]{1,300}"/g, /“[^”\n]{1,300}”/g, /\[[^\]\n]*\]\([^)\n]*\)/g, /`[^`\n]+`/g, /^```[\s\S]*?^```/gm];

function counts(items: Iterable<string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function missingFrom(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...before].filter(([item, n]) => (after.get(item) ?? 0) < n).map(([item]) => item);
}

const frontMatterOf = (text: string) => text.slice(0, findFrontMatter(text)?.end ?? 0);
const bodyOf = (text: string) => text.slice(findFrontMatter(text)?.end ?? 0);

export function fixDamage(before: string, after: string): string[] {
  if (before === after) return [];
  const problems: string[] = [];
  // A tag fix may drop the 'SDG' of 'SDG 13' in the front matter; nowhere else may capitals go.
  const acronyms = (text: string) => [...(frontMatterOf(text).match(ACRONYM) ?? []).filter((acronym) => acronym !== 'SDG'), ...(bodyOf(text).match(ACRONYM) ?? [])];
  const lowered = missingFrom(counts(acronyms(before)), counts(acronyms(after)));
  if (lowered.length > 0) problems.push(`acronyms lost or lower-cased: ${lowered.slice(0, 5).join(', ')}`);

  const known = new Set(before.match(WORD) ?? []);
  const invented = [...new Set(after.match(WORD) ?? [])].filter((word) => !known.has(word) && !SDG_ID.test(word));
  if (invented.length > 0) problems.push(`words the document did not have: ${invented.slice(0, 5).join(', ')}`);

  for (const pattern of PROTECTED) {
    const changed = missingFrom(counts(before.match(pattern) ?? []), counts(after.match(pattern) ?? []));
    if (changed.length > 0) problems.push(`quotations, links or code changed: ${changed.slice(0, 3).join(' | ')}`);
  }

  const removed = missingFrom(counts(bodyOf(before).match(WORD) ?? []), counts(bodyOf(after).match(WORD) ?? []));
  if (removed.length > 0) problems.push(`words removed from the body: ${removed.slice(0, 5).join(', ')}`);
  return problems;
}
