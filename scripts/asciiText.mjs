/**
 * The text with every character beyond ASCII written as a \u escape, which means the same in a
 * JavaScript string, a regular expression and JSON: Node holds ASCII text as one byte per
 * character, and reads and parses it faster.
 */
export function escapeBeyondAscii(text) {
  return text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
