import type { Diagnostic } from './types';
import { isBriefText } from './isBrief';
import { findFrontMatter } from './frontMatter';
import { parseBrief, type ParsedBrief } from './parseBrief';
import { reparseBrief } from './reparseBrief';
import type { LintConfig } from './lintConfig';
import { textStart } from './byteOrderMark';
import { LineIndex } from './lineIndex';

/** Git's test: a NUL among the first 8,000 characters means the file is not text. */
const BINARY_PROBE = 8000;

/**
 * A line that opens 100 containers (quotes and list items, in any mix): the Markdown
 * parser takes seconds over a few thousand levels and then overflows its stack, and no
 * brief nests that deep.
 */
const DEEP_CONTAINERS = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])[ \t])){100}/m;

/**
 * Brackets (links and images in each other's text) open at once in one paragraph: the
 * parser's time grows with the cube of the depth (2,000 images in each other's alt text
 * take 14 s), and no brief nests a link in a link.
 */
const MAX_BRACKET_DEPTH = 100;
const BLANK_LINE = /[ \t]*(?:\r?\n|$)/y;

/** The offset where brackets first nest too deep within a paragraph, if they do. */
function excessiveBrackets(markdown: string): number | undefined {
  // Brackets cannot open deeper than there are brackets: most briefs have a few dozen, and are not read character by character.
  if (!occursMoreThan(markdown, '[', MAX_BRACKET_DEPTH)) return undefined;
  let depth = 0;
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i];
    if (char === '\\') i++;
    else if (char === '[' && ++depth > MAX_BRACKET_DEPTH) return i;
    else if (char === ']' && depth > 0) depth--;
    // A blank line ends the paragraph, and with it every open bracket.
    else if (char === '\n') {
      BLANK_LINE.lastIndex = i + 1;
      if (BLANK_LINE.test(markdown)) depth = 0;
    }
  }
  return undefined;
}

/** Whether a character occurs more than `count` times; `indexOf` skips the text between them. */
function occursMoreThan(text: string, character: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found <= count; found++) {
    at = text.indexOf(character, at + 1);
    if (at < 0) return false;
  }
  return true;
}

export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_PROBE).includes('\0');
}

/**
 * Texts the rules never see: binary content, briefs over the configured size, whose
 * parse would stall an editor for seconds, and quotes nested past what the parser
 * survives. A brief gets one diagnostic that says why; any other file is left alone,
 * readable or not. Undefined means "lint it".
 */
function refuseInput(text: string, path: string | undefined, config: LintConfig): Diagnostic[] | undefined {
  const problem = inputProblem(text, config);
  if (problem === undefined) return undefined;
  return isBriefText(text, path, config) ? [problem] : [];
}

function inputProblem(text: string, config: LintConfig): Diagnostic | undefined {
  if (looksBinary(text)) {
    return atStart(text, 'file-binary', 'This file is binary (it contains NUL bytes), so it was not linted. Save the brief as UTF-8 text.');
  }
  const size = Buffer.byteLength(text, 'utf8');
  if (size > config.maxFileSize) {
    return atStart(
      text,
      'file-too-large',
      `This brief is ${megabytes(size)}, over the ${megabytes(config.maxFileSize)} limit, so it was not linted. Split it, or raise 'maxFileSize' in .diplobrief.yaml.`,
    );
  }
  // The front matter is YAML, where `- - -` nests sequences; its depth is yamlLimits' to judge.
  const markdownStart = findFrontMatter(text)?.end ?? 0;
  const markdown = text.slice(markdownStart);
  if (DEEP_CONTAINERS.test(markdown)) return unparsable(text, new RangeError('containers nested 100 deep'));
  const deepBracket = excessiveBrackets(markdown);
  if (deepBracket === undefined) return undefined;
  return {
    ...atStart(text, 'file-unparsable', `Links or images are nested in each other more than ${MAX_BRACKET_DEPTH} deep here, too deep to parse in good time, so this brief was not linted. Flatten them.`),
    range: new LineIndex(text).rangeOf(markdownStart + deepBracket, markdownStart + deepBracket + 1),
  };
}

/**
 * The brief parsed, or what stands for it when it must not or cannot be: one diagnostic,
 * or none for a huge file that is not a brief. Every host parses through here; an editor
 * passes the `previous` version of the text, so an edit reparses only what it changed.
 */
export function parseWithinLimits(text: string, path: string | undefined, config: LintConfig, previous?: ParsedBrief): { brief: ParsedBrief } | { refused: Diagnostic[] } {
  const refused = refuseInput(text, path, config);
  if (refused) return { refused };
  try {
    return { brief: previous ? reparseBrief(previous, text, path) : parseBrief(text, path) };
  } catch (error) {
    return { refused: isBriefText(text, path, config) ? [unparsable(text, error as Error)] : [] };
  }
}

/** The one diagnostic for a text the Markdown parser gave up on, or would (a RangeError: its stack overflowed). */
function unparsable(text: string, error: Error): Diagnostic {
  const message =
    error instanceof RangeError
      ? 'This brief is nested too deeply to parse (quotes, lists or HTML inside each other a hundred times or more), so it was not linted. Flatten its deepest part.'
      : `This brief could not be parsed (${error.message}), so it was not linted. Please report this with the brief attached.`;
  return atStart(text, 'file-unparsable', message);
}

/** An empty range where the text begins, after any byte order mark. */
function atStart(text: string, rule: string, message: string): Diagnostic {
  const start = { line: 0, character: textStart(text) };
  return { rule, severity: 'error', message, range: { start, end: start } };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
