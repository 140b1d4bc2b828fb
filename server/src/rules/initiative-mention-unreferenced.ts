import type { Nodes } from 'mdast';
import { defineRule } from './defineRule';
import type { ParsedBrief } from '../engine/parseBrief';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import { INITIATIVES_FIELD, initiativeUse } from '../analyses/initiatives/initiativeUse';
import { isNetwork, type Initiative } from '../knowledge/knowledge';

export default defineRule<{ networks: boolean }>({
  id: 'initiative-mention-unreferenced',
  description: 'An initiative of the catalogue named in plain words must be referenced (`[@id]`) and tagged.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: { networks: false },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      networks: { type: 'boolean', description: 'Also ask for a reference to each city network or international body named in plain words (C40, ICLEI, UN-Habitat).' },
    },
  },
  check(brief, { knowledge, linkedFiles, options, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const use = initiativeUse(brief, knowledge, linkedFiles);
    const reported = new Set<string>();
    for (const mention of use.mentions) {
      const initiative = mention.value;
      // Briefs name networks in passing far more often than they rely on them.
      if (isNetwork(initiative) && !options.networks) continue;
      if (use.referenced.has(initiative.id) || use.tagged.has(initiative.id) || reported.has(initiative.id)) continue;
      reported.add(initiative.id);
      report({
        message: `${naming(mention.text, initiative)}, but the brief neither references nor tags it. Cite it as [@${initiative.id}] and add '${initiative.id}' to \`initiatives\`.`,
        start: mention.start,
        end: mention.end,
        suggestions: [{
          title: `Cite [@${initiative.id}] and tag it`,
          edits: [
            addListItem(brief.text, frontMatter, INITIATIVES_FIELD, initiative.id),
            { start: citationPoint(brief, mention.end), end: citationPoint(brief, mention.end), newText: ` [@${initiative.id}]` },
          ],
        }],
        data: { id: initiative.id },
      });
    }
  },
});

// What may stand between a name and its citation: a possessive, or the acronym in brackets.
const POSSESSIVE = /^['’]s(?![\p{L}])/u;
const BRACKETED_ACRONYM = /^ ?\([\p{Lu}\p{N}-]{2,12}\)/u;

/** Where the citation goes: after "GESDA's" or "Anticipator (GESDA)", and outside a link's text. */
function citationPoint(brief: ParsedBrief, mentionEnd: number): number {
  const after = brief.text.slice(mentionEnd, mentionEnd + 16);
  let point = mentionEnd + (POSSESSIVE.exec(after)?.[0].length ?? BRACKETED_ACRONYM.exec(after)?.[0].length ?? 0);
  const visit = (node: Nodes) => {
    const { start, end } = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
    if (start > point || end < point) return;
    if (node.type === 'link' || node.type === 'linkReference') point = Math.max(point, end);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(brief.tree);
  return point;
}

function naming(written: string, entry: Initiative): string {
  const mention = written.replace(/\s+/g, ' ');
  const what = `the catalogue ${isNetwork(entry) ? 'network' : 'initiative'} ${entry.name}`;
  return mention.toLowerCase() === entry.name.toLowerCase() ? `The text names ${what}` : `'${mention}' is ${what}`;
}
