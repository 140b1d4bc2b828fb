import type { Html, Link, Nodes } from 'mdast';
import type { ParsedBrief } from '../../engine/parseBrief';

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
