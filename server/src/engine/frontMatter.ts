import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { loneCrAsLf } from './lineIndex';
import { describeYamlError, excessiveNesting, reportableYamlErrors, toPlainData, TOO_DEEP } from './yamlLimits';

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

/** The YAML block between `---` fences at the top of a brief; offsets are into the whole text. */
export interface FrontMatter {
  /** Where the opening `---` begins: 0, or 1 after a byte order mark. */
  start: number;
  /** The opening `---`, where findings about the front matter as a whole are shown. */
  opening: Span;
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  document: Document.Parsed;
  /** Plain values, or undefined when the YAML is not a mapping or could not be read. */
  data: Record<string, unknown> | undefined;
  problems: YamlProblem[];
}

/** A span in the brief's text, as start and end offsets. */
export interface Span {
  start: number;
  end: number;
}

const OPENING_FENCE = /^(\uFEFF)?---[ \t]*(\r\n|\r|\n)/;
const CLOSING_FENCE = /(^|\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g;

/** Where the front matter's fences put it, before its YAML is read. */
export type FrontMatterBounds = Pick<FrontMatter, 'start' | 'end' | 'contentStart' | 'contentEnd' | 'closed'>;

export function findFrontMatter(text: string): FrontMatterBounds | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING_FENCE.lastIndex = contentStart - opening[2].length;
  const closing = CLOSING_FENCE.exec(text);
  return {
    start: opening[1]?.length ?? 0,
    end: closing ? closing.index + closing[0].length : text.length,
    contentStart,
    contentEnd: closing ? closing.index + closing[1].length : text.length,
    closed: closing !== null,
  };
}

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const bounds = findFrontMatter(text);
  if (!bounds) return undefined;
  const { start, end, contentStart, contentEnd, closed } = bounds;
  const source = text.slice(contentStart, contentEnd);

  const tooDeep = excessiveNesting(source);
  const document = parseDocument(tooDeep === undefined ? loneCrAsLf(source) : '', { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  const problems: YamlProblem[] = reportableYamlErrors([...document.errors, ...document.warnings]).map((error) => ({
    message: describeYamlError(error),
    start: contentStart + error.pos[0],
    end: Math.min(text.length, contentStart + Math.max(error.pos[1], error.pos[0] + 1)),
  }));
  if (tooDeep !== undefined) problems.push({ message: TOO_DEEP, start: contentStart + tooDeep, end: contentStart + tooDeep + 1 });
  if (!closed) {
    problems.push({ message: 'The front matter has no closing `---` line.', start, end: start + 3 });
  }
  return {
    start,
    opening: { start, end: start + 3 },
    end,
    contentStart,
    contentEnd,
    closed,
    document,
    data: readData(document, contentStart, problems),
    problems,
  };
}

function readData(document: Document.Parsed, offset: number, problems: YamlProblem[]): Record<string, unknown> | undefined {
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const read = toPlainData(document);
  if ('data' in read) return read.data as Record<string, unknown>;
  const span = document.contents.range;
  problems.push({ message: read.problem, start: offset + span[0], end: offset + span[1] });
  return undefined;
}

/** The key/value pair of a top-level field, when the front matter is a mapping. */
export function fieldPair(frontMatter: FrontMatter, key: string): Pair<Node, Node | null> | undefined {
  const contents = frontMatter.document.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair<Node, Node | null> | undefined;
}

export function fieldNames(frontMatter: FrontMatter): { name: string; span: Span }[] {
  const contents = frontMatter.document.contents;
  if (!isMap(contents)) return [];
  return contents.items.flatMap((pair) =>
    isScalar(pair.key) && pair.key.range ? [{ name: String(pair.key.value), span: nodeSpan(frontMatter, pair.key) }] : [],
  );
}

/** Where a YAML node stands in the brief's text. */
export function nodeSpan(frontMatter: FrontMatter, node: Node): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { start: frontMatter.contentStart + start, end: frontMatter.contentStart + valueEnd };
}

/** One item of a field that holds a list (or a single scalar), with its source text as typed. */
export interface FieldItem {
  value: unknown;
  /** The scalar exactly as written, quotes removed: `11.10` stays "11.10" although YAML reads 11.1. */
  source: string;
  quoted: boolean;
  span: Span;
  node: Node;
}

export function fieldItems(frontMatter: FrontMatter, key: string, text: string): FieldItem[] {
  const value = fieldPair(frontMatter, key)?.value;
  if (!value) return [];
  const nodes = isSeq(value) ? (value.items as Node[]) : [value];
  return nodes.flatMap((node) => {
    if (!isScalar(node) || !node.range) return [];
    const span = nodeSpan(frontMatter, node);
    const raw = text.slice(span.start, span.end);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return [{ value: node.value, source: quoted ? String(node.value) : raw.trim(), quoted, span, node }];
  });
}
