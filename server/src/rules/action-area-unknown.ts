import { defineRule } from './defineRule';
import { replacementOffer } from '../analyses/frontMatter/replacementOffer';
import { closestMatches } from '../engine/didYouMean';
import { replaceListItem } from '../analyses/frontMatter/frontMatterEdits';
import { ACTION_AREAS_FIELD } from '../analyses/actionAreas/actionAreaTags';
import { knowledgeIndex } from '../knowledge/knowledgeIndex';
import { readTagItems } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'action-area-unknown',
  description: "Action-area tags must be ids of the project's action areas.",
  defaultSeverity: 'error',
  fixable: true,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const areas = knowledgeIndex(knowledge).actionAreas;
    for (const item of readTagItems(brief, ACTION_AREAS_FIELD)) {
      if (areas.has(item.source)) continue;
      const suggestions = suggest(item.source, knowledge.actionAreas);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((id) => `'${id}'`).join(' or ')}?` : ` The areas are ${[...areas.keys()].join(', ')}.`;
      report({
        message: `'${item.source}' is not an action area.${hint}`,
        start: item.span.start,
        end: item.span.end,
        ...replacementOffer(suggestions, (id) => replaceListItem(item, id)),
        data: { suggestions },
      });
    }
  },
});

/** Ids close to what was written, matched against ids and names ("citizen science" → citizen-science). */
function suggest(written: string, areas: { id: string; name: string }[]): string[] {
  const byName = new Map(areas.flatMap((area) => [[area.id, area.id], [area.name.toLowerCase(), area.id], [area.id.replace(/-/g, ' '), area.id]]));
  const normalised = written.toLowerCase().replace(/[_\s]+/g, ' ').trim();
  const exact = byName.get(normalised) ?? byName.get(normalised.replace(/ /g, '-'));
  if (exact) return [exact];
  return [...new Set(closestMatches(normalised, byName.keys()).map((name) => byName.get(name)!))];
}
