import { defineRule } from './defineRule';
import { readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { tagFieldSpan } from '../analyses/frontMatter/tagField';

export default defineRule<{ maxGoals: number }>({
  id: 'sdg-too-many',
  description: 'A brief is tagged with a few goals it is mainly about, not with every goal it touches.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { maxGoals: 5 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { maxGoals: { type: 'integer', minimum: 1, maximum: 17, description: 'Most distinct goals a brief may be tagged with (targets count towards their goal).' } },
  },
  check(brief, { knowledge, options, report }) {
    const goals = [...new Set(readSdgTags(brief, knowledge.sdg).flatMap((tag) => (tag.entry ? [tag.entry.goal] : [])))];
    if (goals.length <= options.maxGoals) return;
    goals.sort((a, b) => Number(a) - Number(b));
    report({
      message: `The brief is tagged with ${goals.length} goals (${goals.join(', ')}), more than the ${options.maxGoals} allowed. Keep the goals it is mainly about and remove the others.`,
      ...tagFieldSpan(brief, SDG_FIELD),
      data: { goals, maxGoals: options.maxGoals },
    });
  },
});
