import type { Html, Nodes } from 'mdast';
import type { ParsedBrief } from '../../engine/parseBrief';

/** The brief's HTML, blocks and inline, that has offsets, in document order: found in one walk of the tree for every rule that reads it. */
export function htmlNodesOf(brief: ParsedBrief): readonly Html[] {
  return brief.cache.get(htmlNodesOf, () => {
    const nodes: Html[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'html') {
        if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) nodes.push(node);
      } else if ('children' in node) node.children.forEach(visit);
    };
    visit(brief.tree);
    return nodes;
  });
}
