import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import { describeSdg, readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { briefLanguage } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'sdg-target-goal-mismatch',
  description: "A tagged target or indicator needs its goal tagged too.",
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter) return;
    const tags = readSdgTags(brief, knowledge.sdg);
    const taggedGoals = new Set(tags.flatMap((tag) => (tag.entry?.kind === 'goal' ? [tag.entry.id] : [])));
    const reported = new Set<string>();
    for (const { entry, item } of tags) {
      if (!entry || entry.kind === 'goal' || taggedGoals.has(entry.goal) || reported.has(entry.goal)) continue;
      reported.add(entry.goal);
      const goal = describeSdg(entry.goal, knowledge.sdg, briefLanguage(brief));
      report({
        message: `${entry.kind === 'target' ? 'Target' : 'Indicator'} ${entry.id} belongs to ${goal}, which is not tagged. Add ${entry.goal} to \`sdgs\`.`,
        start: item.span.start,
        end: item.span.end,
        fix: { title: `Add goal ${entry.goal}`, edits: [addListItem(brief.text, frontMatter, SDG_FIELD, entry.goal)] },
        data: { goal: entry.goal },
      });
    }
  },
});
