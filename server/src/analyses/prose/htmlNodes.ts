import type { Html, Link, Nodes } from 'mdast';
import type { ParsedBrief } from '../../engine/parseBrief';
import { forEachWord } from '../../engine/tokens';

interface MarkupNodes {
  html: Html[];
  links: Link[];
}

/** The brief's HTML and links that have offsets, in document order: found in one walk of the tree for every rule that reads either. */
function markupNodesOf(brief: ParsedBrief): MarkupNodes {
  return brief.cache.get(markupNodesOf, () => {
    const found: MarkupNodes = { html: [], links: [] };
    const hasOffsets = (node: Nodes) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined;
    const visit = (node: Nodes) => {
      if (node.type === 'html') {
        if (hasOffsets(node)) found.html.push(node);
        return;
      }
      if (node.type === 'link' && hasOffsets(node)) found.links.push(node);
      if ('children' in node) node.children.forEach(visit);
    };
    visit(brief.tree);
    return found;
  });
}

/** The brief's HTML, blocks and inline, that has offsets, in document order. */
export function htmlNodesOf(brief: ParsedBrief): readonly Html[] {
  return markupNodesOf(brief).html;
}

/** The brief's links that have offsets, in document order. */
export function linkNodesOf(brief: ParsedBrief): readonly Link[] {
  return markupNodesOf(brief).links;
}

/** Where HTML a reader never sees as running text opens: comments, scripts, styles and tables (cells are labels and figures). */
const UNREAD_OPENING = /<!--|<(script|style|table)\b/gi;
const TAG = /<[^<>]{0,1000}>/g;

/** The HTML without what a reader does not read as running text, found in one pass: an element left open hides the rest. */
function readableHtml(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let from = 0;
  UNREAD_OPENING.lastIndex = 0;
  for (let opening = UNREAD_OPENING.exec(html); opening; opening = UNREAD_OPENING.exec(html)) {
    kept.push(html.slice(from, opening.index));
    const closing = opening[1] ? `</${opening[1].toLowerCase()}` : '-->';
    const closed = lower.indexOf(closing, opening.index + opening[0].length);
    if (closed < 0) return kept.join(' ');
    from = closed + closing.length;
    UNREAD_OPENING.lastIndex = from;
  }
  kept.push(html.slice(from));
  return kept.join(' ');
}

/**
 * Words of running text the brief writes in HTML (`<p>…</p>` blocks pasted from a web page),
 * which the prose rules do not read: a figure of the whole brief taken without them is one of scraps.
 */
export function wordsInHtml(brief: ParsedBrief): number {
  return brief.cache.get(wordsInHtml, () => {
    let words = 0;
    for (const node of htmlNodesOf(brief)) {
      if (!node.value.includes('>')) continue;
      forEachWord(readableHtml(node.value).replace(TAG, ' '), () => words++);
    }
    return words;
  });
}
