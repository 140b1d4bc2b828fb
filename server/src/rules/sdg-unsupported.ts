import { defineRule } from './defineRule';
import { briefSdgEvidence } from '../analyses/sdg/sdgEvidence';
import { describeSdg, readSdgTags } from '../analyses/sdg/sdgTags';

export default defineRule<{ minScore: number }>({
  id: 'sdg-unsupported',
  description: 'A tagged SDG goal should be supported by what the text says.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: { minScore: 2 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { minScore: { type: 'number', minimum: 0, description: 'Least evidence score that supports a tagged goal.' } },
  },
  check(brief, { knowledge, options, report }) {
    const evidence = briefSdgEvidence(brief, knowledge.sdg);
    // Without term lists for the language there is no evidence to weigh; sdg-suggest says so once.
    if (!evidence.byGoal) return;
    const reported = new Set<string>();
    for (const { entry, item } of readSdgTags(brief, knowledge.sdg)) {
      if (!entry || reported.has(entry.goal) || evidence.cited.has(entry.goal)) continue;
      reported.add(entry.goal);
      const score = evidence.byGoal.get(entry.goal)?.score ?? 0;
      if (score >= options.minScore) continue;
      const found = evidence.byGoal.get(entry.goal)?.terms.map((term) => `'${term.phrase}'`) ?? [];
      report({
        message: `The brief is tagged with ${describeSdg(entry.goal, knowledge.sdg, evidence.lang)}, but the text says little about it${found.length > 0 ? ` (only ${found.join(', ')})` : ''}. Say how the brief serves this goal, or remove the tag.`,
        start: item.span.start,
        end: item.span.end,
        data: { goal: entry.goal, score: Number(score.toFixed(2)) },
      });
    }
  },
});
