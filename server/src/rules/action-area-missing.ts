import { defineRule } from './defineRule';
import { ACTION_AREAS_FIELD } from '../analyses/actionAreas/actionAreaTags';
import { readTagItems, tagFieldSpan } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'action-area-missing',
  description: 'A brief must be tagged with the action areas it contributes to.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    if (!brief.frontMatter?.data || readTagItems(brief, ACTION_AREAS_FIELD).length > 0) return;
    const ids = knowledge.actionAreas.map((area) => area.id);
    report({
      message: `The brief has no action-area tag. Add the areas it contributes to, for example \`action_areas: [${ids[0] ?? 'multistakeholderism'}]\`${ids.length > 1 ? ` (the areas are ${ids.join(', ')})` : ''}.`,
      ...tagFieldSpan(brief, ACTION_AREAS_FIELD),
    });
  },
});
