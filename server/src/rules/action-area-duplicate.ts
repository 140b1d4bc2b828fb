import { defineRule } from './defineRule';
import { removeListItem } from '../analyses/frontMatter/frontMatterEdits';
import { ACTION_AREAS_FIELD } from '../analyses/actionAreas/actionAreaTags';
import { readTagItems, repeatedItems } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'action-area-duplicate',
  description: 'Each action area is tagged once.',
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: {},
  check(brief, { report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter) return;
    for (const { item, first } of repeatedItems(readTagItems(brief, ACTION_AREAS_FIELD), (tag) => tag.source)) {
      report({
        message: `The action area '${item.source}' is already tagged on line ${brief.lines.positionAt(first.span.start).line + 1}. Remove this duplicate.`,
        start: item.span.start,
        end: item.span.end,
        fix: { title: `Remove the duplicate '${item.source}'`, edits: [removeListItem(brief.text, frontMatter, ACTION_AREAS_FIELD, item)] },
        tags: ['unnecessary'],
      });
    }
  },
});
