/**
 * Every match of a global pattern in the text, as `text.matchAll(pattern)` gives them.
 * `matchAll` first copies the pattern, which costs more than searching a short passage;
 * the rules search each block of prose and each front matter value with the same
 * patterns, so the pattern itself is run here, from its start.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step past one character, as matchAll does.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
