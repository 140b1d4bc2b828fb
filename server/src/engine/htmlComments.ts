import type { Span } from './frontMatter';

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * The closed HTML comments of a text (`<!-- … -->`), in order. An opening that no `-->`
 * follows closes nothing, and neither does any opening after it, so the search stops there:
 * one pass over the text however many comments are left open, where `/<!--[\s\S]*?-->/g`
 * reads to the end once for each.
 */
export function htmlComments(text: string): Span[] {
  const found: Span[] = [];
  for (let start = text.indexOf(OPEN); start !== -1; ) {
    const close = text.indexOf(CLOSE, start + OPEN.length);
    if (close === -1) break;
    const end = close + CLOSE.length;
    found.push({ start, end });
    start = text.indexOf(OPEN, end);
  }
  return found;
}

/** What is written between a comment's marks. */
export const commentBody = (text: string, comment: Span): string => text.slice(comment.start + OPEN.length, comment.end - CLOSE.length);

/** The text with each closed comment blanked to spaces, so offsets and words around it stay as they were. */
export function blankHtmlComments(text: string): string {
  if (!text.includes(OPEN)) return text;
  let blanked = '';
  let copied = 0;
  for (const { start, end } of htmlComments(text)) {
    blanked += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return blanked + text.slice(copied);
}
