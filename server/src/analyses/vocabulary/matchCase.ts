/**
 * The replacement written with the original's capitalisation, so a fix at the start of
 * a sentence or in a title-case heading reads as if the author had typed it:
 * "Science policy interface" → "Science-policy interface", "COLOR" → "COLOUR",
 * "Multi-Level Cooperation" → "Multilevel Cooperation". A replacement that carries
 * capitals of its own ("STI ecosystem") keeps them.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const words = original.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  if (words.length > 1 && words.every(startsUpper)) return replacement.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  if (words[0] !== undefined && startsUpper(words[0])) return replacement.replace(/\p{L}/u, (letter) => letter.toUpperCase());
  return replacement;
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
