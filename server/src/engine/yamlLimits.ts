import type { Document } from 'yaml';

/**
 * Guards for YAML written by people (front matter) or teams (config, data files): a
 * "billion laughs" alias bomb, or nesting deep enough to take the parser seconds or
 * overflow the stack, gets a clear problem instead of a hang or a crash.
 */

/** More aliases than this is a bomb, not a brief. */
const MAX_ALIAS_COUNT = 100;

/** No brief or config nests deeper; the yaml parser needs seconds for 100,000 levels, and a stack overflow for a few thousand. */
const MAX_DEPTH = 64;

export const TOO_DEEP = `It is nested more than ${MAX_DEPTH} levels deep; flatten it.`;
const TOO_DEEP_TO_READ = 'It is nested too deeply to read; flatten it.';

/**
 * The offset where the YAML first nests too deep, if it does: flow collections (`[`, `{`)
 * inside each other, or block collections indented ever deeper. Checked on the text
 * before parsing, so the answer never depends on how much stack the parser has left.
 */
export function excessiveNesting(source: string): number | undefined {
  return excessiveFlowNesting(source) ?? excessiveBlockNesting(source);
}

/** `[` and `{` inside each other: all the nesting JSON can have. */
export function excessiveFlowNesting(source: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source.charCodeAt(i);
    if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((char === 0x5d /* ] */ || char === 0x7d /* } */) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** Each line opens a level at its indentation, and one more for each `- ` that starts it; a less indented line closes the deeper ones. */
export function excessiveBlockNesting(source: string): number | undefined {
  const openColumns: number[] = [];
  for (const line of source.matchAll(/^( *)((?:- +)*)(?=[^\s#])/gm)) {
    const [, indent, dashes] = line;
    while (openColumns.length > 0 && openColumns[openColumns.length - 1] >= indent.length) openColumns.pop();
    openColumns.push(indent.length);
    for (const dash of dashes.matchAll(/- +/g)) openColumns.push(indent.length + dash.index + dash[0].length);
    if (openColumns.length > MAX_DEPTH) return line.index + indent.length;
  }
  return undefined;
}

/** Errors that hold at their own place whatever came before: a key given twice, a tag or key the parser cannot take. */
const STANDALONE_ERRORS = new Set(['DUPLICATE_KEY', 'KEY_OVER_1024_CHARS', 'NON_STRING_KEY', 'TAG_RESOLVE_FAILED']);

/**
 * The parser's errors worth showing: the first error in the structure and the standalone ones,
 * with every warning. After a quote left open or a bad indent the parser reads the rest out of
 * step, and the errors it reports next follow from the first (a quoted title run onto an
 * unindented line gave nine); after a stack overflow, only that one.
 */
export function reportableYamlErrors<T extends { message: string; code?: string; name?: string }>(errors: readonly T[]): T[] {
  const overflow = errors.find((error) => /call stack/i.test(error.message));
  if (overflow) return [overflow];
  let structural = 0;
  return errors.filter((error) => error.name === 'YAMLWarning' || STANDALONE_ERRORS.has(error.code ?? '') || structural++ === 0);
}

/** A parse error's first line; the parser's stack overflow on deep block nesting, said plainly. */
export function describeYamlError(error: { message: string }): string {
  return /call stack/i.test(error.message) ? TOO_DEEP_TO_READ : error.message.split('\n')[0];
}

/** The document's plain values, or the reason they cannot be had, in words a writer can act on. */
export function toPlainData(document: Document.Parsed): { data: unknown } | { problem: string } {
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (error instanceof RangeError) return { problem: TOO_DEEP_TO_READ };
    if (/alias count/i.test((error as Error).message)) {
      return { problem: `It repeats aliases (*name) more than ${MAX_ALIAS_COUNT} times, as a YAML bomb does; write the values out.` };
    }
    return { problem: (error as Error).message };
  }
}
