import { defineRule } from './defineRule';
import { removeListItem } from '../analyses/frontMatter/frontMatterEdits';
import { readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { repeatedItems } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'sdg-duplicate',
  description: 'Each SDG goal, target or indicator is tagged once.',
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter) return;
    for (const { item, first } of repeatedItems(readSdgTags(brief, knowledge.sdg), (tag) => tag.id)) {
      const line = brief.lines.positionAt(first.item.span.start).line + 1;
      report({
        message: `SDG ${item.id} is already tagged on line ${line}. Remove this duplicate.`,
        start: item.item.span.start,
        end: item.item.span.end,
        fix: { title: `Remove the duplicate ${item.id}`, edits: [removeListItem(brief.text, frontMatter, SDG_FIELD, item.item)] },
        tags: ['unnecessary'],
      });
    }
  },
});
