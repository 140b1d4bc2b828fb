/**
 * U+FEFF at the very start of a file is a byte order mark: editors hide it, and VS Code
 * leaves it out of the document text, so positions there count from the character after
 * it. Anywhere else it is an ordinary (zero-width) character.
 */
const BOM = '\uFEFF';

/** Where the text proper begins: 1 after a byte order mark, else 0. */
export function textStart(text: string): number {
  return text.startsWith(BOM) ? BOM.length : 0;
}

/**
 * A file's content as an editor holds it, and the mark to write back in front of it, so
 * positions match the editor's and a fixed file keeps its mark.
 */
export function splitBom(content: string): { text: string; bom: string } {
  const start = textStart(content);
  return { text: content.slice(start), bom: content.slice(0, start) };
}
