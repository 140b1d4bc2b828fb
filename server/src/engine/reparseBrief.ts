import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from './markdownParser';
import { assembleBrief, parseBrief, type ParsedBrief } from './parseBrief';
import { findFrontMatter } from './frontMatter';
import { textStart } from './byteOrderMark';

/**
 * A link reference or footnote definition (`[id]: url`, `[^1]: note`) anywhere: then the
 * way one paragraph parses depends on another, and an edit is parsed in the whole brief.
 */
const DEFINITION = /\[[^\]]*\]:/;
const LINE_BREAK = /\r\n|\r|\n/g;
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/;

/** Block kinds whose text parses the same alone as in the brief, once blank lines stand around them. */
const REPARSABLE = new Set<Nodes['type']>(['paragraph', 'heading']);

/**
 * The brief after an edit, parsed again only where it changed when it can be: an edit
 * inside one paragraph or heading, with blank lines around it, reparses that block alone
 * and moves the blocks after it; any other edit parses the whole text. Either way the
 * result equals `parseBrief(text, path)` (a property test holds it to that).
 */
export function reparseBrief(previous: ParsedBrief, text: string, path?: string): ParsedBrief {
  return reparseEditedBlock(previous, text, path) ?? parseBrief(text, path);
}

function reparseEditedBlock(previous: ParsedBrief, text: string, path: string | undefined): ParsedBrief | undefined {
  const old = previous.text;
  if (textStart(old) > 0 || textStart(text) > 0 || DEFINITION.test(old) || DEFINITION.test(text)) return undefined;

  // The edit: what lies between the longest common start and the longest common end.
  const shorter = Math.min(old.length, text.length);
  let start = 0;
  while (start < shorter && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let fromEnd = 0;
  while (fromEnd < shorter - start && old.charCodeAt(old.length - 1 - fromEnd) === text.charCodeAt(text.length - 1 - fromEnd)) fromEnd++;
  const oldEditEnd = old.length - fromEnd;
  const delta = text.length - old.length;

  // The front matter stays as it was, fences and all.
  const frontMatterEnd = previous.frontMatter?.end ?? 0;
  if (start <= frontMatterEnd || (findFrontMatter(text)?.end ?? 0) !== frontMatterEnd) return undefined;

  const children = previous.tree.children;
  const index = children.findIndex((child) => offsetOf(child.position?.start) < start && oldEditEnd <= offsetOf(child.position?.end));
  const block = children[index];
  if (!block || !REPARSABLE.has(block.type)) return undefined;
  const blockStart = offsetOf(block.position!.start);
  const blockEnd = offsetOf(block.position!.end);
  // Blank lines around the block: it neither continues the block before nor runs into the one after.
  const before = index > 0 ? old.slice(offsetOf(children[index - 1].position?.end), blockStart) : old.slice(frontMatterEnd, blockStart);
  const after = index < children.length - 1 ? old.slice(blockEnd, offsetOf(children[index + 1].position?.start)) : '';
  if ((index > 0 && !BLANK_LINE.test(before)) || (index < children.length - 1 && !BLANK_LINE.test(after))) return undefined;

  const slice = text.slice(blockStart, blockEnd + delta);
  // Parsed alone, a block that opens with U+FEFF would lose it as a text's byte order mark.
  if (textStart(slice) > 0) return undefined;
  const [reparsed, ...more] = parseMarkdown(slice).children;
  if (!reparsed || more.length > 0 || reparsed.type !== block.type) return undefined;
  const { line, column } = block.position!.start;
  placeAt(reparsed, blockStart, line - 1, column - 1);

  // Counted up to the next block, past the unchanged blank lines: a \r typed at the block's end joins their first \n into one break.
  const nextStart = index < children.length - 1 ? offsetOf(children[index + 1].position?.start) : old.length;
  const lineDelta = lineBreaks(text.slice(blockStart, nextStart + delta)) - lineBreaks(old.slice(blockStart, nextStart));
  const tree: Root = {
    ...previous.tree,
    children: [...children.slice(0, index), reparsed, ...children.slice(index + 1).map((child) => movedCopy(child, delta, lineDelta))],
    position: previous.tree.position && {
      start: previous.tree.position.start,
      end: { line: previous.tree.position.end.line + lineDelta, column: endColumn(text), offset: text.length },
    },
  };
  return assembleBrief(text, path, previous.frontMatter, tree);
}

function offsetOf(point: Point | undefined): number {
  return point?.offset ?? Number.NaN;
}

function lineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** The column just past the end of the text, as the Markdown parser counts it. */
function endColumn(text: string): number {
  let lastLineStart = 0;
  for (const match of text.matchAll(LINE_BREAK)) lastLineStart = match.index + match[0].length;
  return text.length - lastLineStart + 1;
}

/** Moves a block parsed alone to where it stands in the brief: every offset and line, and the columns of its first line. */
function placeAt(node: Nodes, offset: number, lines: number, firstLineColumns: number): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (point.line === 1) point.column += firstLineColumns;
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  }
  if ('children' in node) for (const child of node.children) placeAt(child, offset, lines, firstLineColumns);
}

/** A copy of a block after the edit, moved by it; the previous brief's tree stays as it was. */
function movedCopy<T extends Nodes>(node: T, offset: number, lines: number): T {
  const move = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset });
  const copy = { ...node, ...(node.position && { position: { start: move(node.position.start), end: move(node.position.end) } }) };
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((child: RootContent | Nodes) => movedCopy(child, offset, lines));
  return copy;
}
