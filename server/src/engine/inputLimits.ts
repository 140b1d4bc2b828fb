import type { Diagnostic } from './types';
import { parseFrontMatter } from './frontMatter';
import { isBrief } from './isBrief';
import { parseBrief, type ParsedBrief } from './parseBrief';
import type { LintConfig } from '../config/lintConfig';

/** Git's test: a NUL among the first 8,000 characters means the file is not text. */
const BINARY_PROBE = 8000;

/**
 * A line quoting 100 levels deep: the Markdown parser takes seconds over a few thousand
 * levels and then overflows its stack, and no brief quotes that deep.
 */
const DEEP_QUOTE = /^(?:[ \t]*>){100}/m;

/** Enough of a huge file to read its front matter and tell whether it is a brief. */
const HEAD = 64 * 1024;

export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_PROBE).includes('\0');
}

/**
 * Texts the rules never see: binary content, briefs over the configured size, whose
 * parse would stall an editor for seconds, and quotes nested past what the parser
 * survives. Each gets one diagnostic that says why; a huge file that is not a brief is
 * left alone like any other. Undefined means "lint it".
 */
function refuseInput(text: string, path: string | undefined, config: LintConfig): Diagnostic[] | undefined {
  if (looksBinary(text)) {
    return [atStart('file-binary', 'This file is binary (it contains NUL bytes), so it was not linted. Save the brief as UTF-8 text.')];
  }
  const size = Buffer.byteLength(text, 'utf8');
  if (size <= config.maxFileSize) return DEEP_QUOTE.test(text) ? [unparsable(new RangeError('quotes nested 100 deep'))] : undefined;
  const head = text.slice(0, HEAD);
  if (!isBrief({ text: head, path, frontMatter: parseFrontMatter(head) }, config)) return [];
  return [
    atStart(
      'file-too-large',
      `This brief is ${megabytes(size)}, over the ${megabytes(config.maxFileSize)} limit, so it was not linted. Split it, or raise 'maxFileSize' in .diplobrief.yaml.`,
    ),
  ];
}

/**
 * The brief parsed, or what stands for it when it must not or cannot be: one diagnostic,
 * or none for a huge file that is not a brief. Every host parses through here.
 */
export function parseWithinLimits(text: string, path: string | undefined, config: LintConfig): { brief: ParsedBrief } | { refused: Diagnostic[] } {
  const refused = refuseInput(text, path, config);
  if (refused) return { refused };
  try {
    return { brief: parseBrief(text, path) };
  } catch (error) {
    return { refused: [unparsable(error as Error)] };
  }
}

/** The one diagnostic for a text the Markdown parser gave up on, or would (a RangeError: its stack overflowed). */
function unparsable(error: Error): Diagnostic {
  const message =
    error instanceof RangeError
      ? 'This brief is nested too deeply to parse (quotes, lists or HTML inside each other thousands of times), so it was not linted. Flatten its deepest part.'
      : `This brief could not be parsed (${error.message}), so it was not linted. Please report this with the brief attached.`;
  return atStart('file-unparsable', message);
}

function atStart(rule: string, message: string): Diagnostic {
  return { rule, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
