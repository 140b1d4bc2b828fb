import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { isWordPunctuation } from './tokens';

/**
 * Markup that Markdown does not know and so leaves as text: JSX/MDX components whose
 * attributes hold expressions (`<Cite ids={['a', 'b']} />`, which CommonMark does not
 * take for HTML), JSX expressions such as `{' '}`, and `[[key:value]]` tags of wikis and
 * note-taking tools, and kramdown's attribute lists (`{: .note}`). None of it is prose.
 */

/** An attribute value: quoted, or a `{…}` expression with braces nested up to three deep. */
const ATTRIBUTE_VALUE = String.raw`(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}|[^\s"'=<>\x60{}]+)`;
const JSX_TAG = new RegExp(String.raw`<\/?[A-Za-z][\w.:-]*(?:\s+[\w:.@-]+(?:\s*=\s*${ATTRIBUTE_VALUE})?|\s*\{[^{}]*\})*\s*\/?>`, 'g');
/** A JSX expression that only holds a string or nothing, as formatters write between components. */
const JSX_EXPRESSION = /\{\s*(?:'[^']*'|"[^"]*"|`[^`]*`)?\s*\}/g;
const KEY_VALUE_TAG = /\[\[[\p{L}\p{N}_-]+::?[^\]\n]*\]\]/gu;
/** A kramdown attribute list, as Jekyll sites set a class or size on an image or a paragraph (`{: .align-center width="70%"}`). */
const ATTRIBUTE_LIST = /\{:[^{}\n]*\}/g;

/**
 * A character escaped with a backslash (`available.\* In`, `\[Clarification: ….\] So`) reads as the
 * character alone, moved to the backslash's place with a space after it, so offsets stay and a
 * full stop keeps its mark or bracket right after it.
 */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** The text with such markup blanked to spaces, keeping line breaks, and character references and escapes read as what they stand for. */
export function blankWrittenMarkup(text: string): string {
  let readable = text.includes('\\') ? text.replace(ESCAPED, '$1 ') : text;
  if (readable.includes('&')) readable = readable.replace(CHARACTER_REFERENCE, readReference);
  if (readable.includes('$')) readable = readable.replace(INLINE_MATH, asOneWord);
  if (!/[<{[]/.test(readable)) return readable;
  return readable
    .replace(JSX_TAG, (tag) => (isJsxTag(tag) ? blankKeepingLines(tag) : tag))
    .replace(JSX_EXPRESSION, blankKeepingLines)
    .replace(KEY_VALUE_TAG, blankKeepingLines)
    .replace(ATTRIBUTE_LIST, blankKeepingLines);
}

/**
 * Inline TeX math (`$R_0$`, `$R_0=R_a+R_p$`), which sites render with MathJax: a formula with a
 * sign of math in it (`_ ^ \ = + { }`) or a single letter. Money is not ("$5 and $10": no
 * formula is written with a space inside its dollar signs).
 */
const INLINE_MATH = /\$(?=[^\s$])([^$\n]{1,200}?)(?<=[^\s$])\$(?!\d)/g;
const MATH_SIGN = /[_^\\=+{}]|^\p{L}$/u;

/** A formula reads as one word, as its symbol would be: its first letter or digit, then spaces to its length. */
function asOneWord(formula: string, content: string): string {
  if (!MATH_SIGN.test(content)) return formula;
  const symbol = /[\p{L}\p{N}]/u.exec(content)?.[0] ?? ' ';
  return ` ${symbol}`.padEnd(formula.length, ' ');
}

const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/**
 * A character reference (`&nbsp;`, `&amp;`, `&#8212;`) as the character it stands for, then
 * spaces to its length, so that offsets stay: `300&nbsp;W/m²` is two words, not three. A
 * letter (`caf&eacute;`) stays written as it is, as spaces would cut its word in two; an
 * apostrophe or hyphen, which a word goes on across, fills the length itself
 * (`Shapiro&#39;s` is one word).
 */
function readReference(reference: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
  const character = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '') : decodeNamedCharacterReference(name!) || '';
  if (character.length !== 1 || /[\p{L}\p{N}]/u.test(character)) return reference;
  if (isWordPunctuation(character.charCodeAt(0))) return character.repeat(reference.length);
  return (/\s/.test(character) ? ' ' : character).padEnd(reference.length, ' ');
}

/**
 * A component (a capitalised name, `<Figure>`) or a tag with a `{…}` attribute. Any other
 * angle-bracketed text that reaches here is not HTML to CommonMark, and may be words a
 * reader sees, such as a template's `<insert date>`.
 */
function isJsxTag(tag: string): boolean {
  return /^<\/?\p{Lu}/u.test(tag) || tag.includes('{');
}

/** Spaces for every character of the text, keeping line breaks, so that offsets and lines still line up. */
export function blankKeepingLines(text: string): string {
  // Most text blanked holds no line break: spaces of its length, rather than a replacement per character.
  return /[\r\n]/.test(text) ? text.replace(/[^\r\n]/g, ' ') : ' '.repeat(text.length);
}
