import { isScalar, isSeq, type Node } from 'yaml';
import { fieldPair, nodeSpan, type FieldItem, type FrontMatter } from '../../engine/frontMatter';
import type { OffsetEdit } from '../../engine/rule';
import { lineBreakOf } from '../../engine/lineIndex';

/**
 * Edits of a list field in the front matter (`sdgs`, `action_areas`, `initiatives`),
 * shared by every tagging fix. Each edit touches only the list it changes, keeps the
 * list's style (flow `[a, b]` or block `- a`) and the file's line breaks, so a fix
 * never rewrites text outside its range.
 */

/** The edit that adds `itemYaml` (already YAML: `13`, `"11.5"`, `gesda`) at the end of the field's list. */
export function addListItem(text: string, frontMatter: FrontMatter, key: string, itemYaml: string): OffsetEdit {
  const newline = lineBreakOf(text);
  const pair = fieldPair(frontMatter, key);
  if (!pair) {
    return { start: frontMatter.contentEnd, end: frontMatter.contentEnd, newText: `${key}: [${itemYaml}]${newline}` };
  }
  const value = pair.value;
  if (isSeq(value) && value.flow) {
    const span = nodeSpan(frontMatter, value);
    const closing = text.lastIndexOf(']', span.end - 1);
    const last = value.items.at(-1) as Node | undefined;
    if (!last?.range) return { start: closing, end: closing, newText: itemYaml };
    const lastEnd = nodeSpan(frontMatter, last).end;
    return { start: lastEnd, end: lastEnd, newText: `, ${itemYaml}` };
  }
  if (isSeq(value) && value.items.length > 0) {
    const last = value.items.at(-1) as Node;
    const lastStart = nodeSpan(frontMatter, last).start;
    const lineStart = lineStartOf(text, lastStart);
    const before = text.slice(lineStart, lastStart);
    const indent = /^[ \t]*-[ \t]*$/.test(before) ? before : '- ';
    // A nested block list or mapping ends at the start of the next line, after its line break.
    const lastText = text.slice(lastStart, nodeSpan(frontMatter, last).end).trimEnd();
    const lineEnd = lineEndOf(text, lastStart + lastText.length);
    return { start: lineEnd, end: lineEnd, newText: `${newline}${indent}${itemYaml}` };
  }
  if (isScalar(value) && value.value !== null && value.range) {
    const span = nodeSpan(frontMatter, value);
    return { start: span.start, end: span.end, newText: `[${text.slice(span.start, span.end)}, ${itemYaml}]` };
  }
  // `key:` with nothing after it: the value goes right after the colon.
  const keyEnd = nodeSpan(frontMatter, pair.key).end;
  const colon = text.indexOf(':', keyEnd);
  return { start: colon + 1, end: colon + 1, newText: ` [${itemYaml}]` };
}

/** The edit that writes `itemYaml` in place of one item. */
export function replaceListItem(item: FieldItem, itemYaml: string): OffsetEdit {
  return { start: item.span.start, end: item.span.end, newText: itemYaml };
}

/** The edit that removes one item, with its separator (`, `) or its whole `- item` line. */
export function removeListItem(text: string, frontMatter: FrontMatter, key: string, item: FieldItem): OffsetEdit {
  const value = fieldPair(frontMatter, key)?.value;
  if (!isSeq(value)) return { start: item.span.start, end: item.span.end, newText: '' };
  const spans = (value.items as Node[]).map((node) => nodeSpan(frontMatter, node));
  const index = spans.findIndex((span) => span.start === item.span.start);
  if (value.flow) {
    if (spans.length === 1) return { start: item.span.start, end: item.span.end, newText: '' };
    // Take the separator before the item, or after it for the first item.
    return index > 0 ? { start: spans[index - 1].end, end: item.span.end, newText: '' } : { start: item.span.start, end: spans[1].start, newText: '' };
  }
  const lineStart = lineStartOf(text, item.span.start);
  const lineEnd = lineEndOf(text, item.span.end);
  const nextLine = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0);
  if (spans.length === 1 && isScalar(value.items[0])) {
    // The last item of a block list: `key: []` keeps the field and stays valid YAML.
    const colon = text.indexOf(':', nodeSpan(frontMatter, fieldPair(frontMatter, key)!.key).end);
    return { start: colon + 1, end: lineEnd, newText: ' []' };
  }
  return { start: lineStart, end: nextLine, newText: '' };
}

function lineStartOf(text: string, offset: number): number {
  const before = text.slice(0, offset);
  return Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const match = /\r|\n/.exec(text.slice(offset));
  return match ? offset + match.index : text.length;
}
