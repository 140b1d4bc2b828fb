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

/** What a reader never sees as running text in HTML: comments, scripts, styles and tables (cells are labels and figures). */
const UNREAD_HTML = /<!--[\s\S]*?-->|<(script|style|table)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[^>]*>/g;

/**
 * Words of running text the brief writes in HTML (`<p>…</p>` blocks pasted from a web page),
 * which the prose rules do not read: a figure of the whole brief taken without them is one of scraps.
 */
export function wordsInHtml(brief: ParsedBrief): number {
  return brief.cache.get(wordsInHtml, () => {
    let words = 0;
    for (const node of htmlNodesOf(brief)) {
      if (!node.value.includes('>')) continue;
      forEachWord(node.value.replace(UNREAD_HTML, ' ').replace(TAG, ' '), () => words++);
    }
    return words;
  });
}
