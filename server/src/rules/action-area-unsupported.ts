import { defineRule } from './defineRule';
import { ACTION_AREAS_FIELD, actionAreaEvidence } from '../analyses/actionAreas/actionAreaTags';
import { knowledgeIndex } from '../knowledge/knowledgeIndex';
import { readTagItems } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'action-area-unsupported',
  description: 'A tagged action area should be touched on in the text.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const areas = knowledgeIndex(knowledge).actionAreas;
    const items = readTagItems(brief, ACTION_AREAS_FIELD);
    if (items.length === 0) return;
    const evidence = actionAreaEvidence(brief, knowledge);
    for (const item of items) {
      const area = areas.get(item.source);
      // Areas without keywords cannot be looked for; unknown ones are action-area-unknown's.
      if (!area || area.keywords.length === 0 || evidence.has(area.id)) continue;
      report({
        message: `Nothing in the text touches the action area '${area.name}' (no words such as ${area.keywords.slice(0, 3).map((k) => `'${k}'`).join(', ')}). Say how the brief contributes to it, or remove the tag.`,
        start: item.span.start,
        end: item.span.end,
        data: { area: area.id },
      });
    }
  },
});
