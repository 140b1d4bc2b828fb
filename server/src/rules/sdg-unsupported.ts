import { defineRule } from './defineRule';
import { briefSdgEvidence } from '../analyses/sdg/sdgEvidence';
import { describeSdg, readSdgTags } from '../analyses/sdg/sdgTags';

const NAMED_ELSEWHERE = 2;
const PHRASES_IN_PASSING = 2;

export default defineRule({
  id: 'sdg-unsupported',
  description: 'A tagged SDG goal should be supported by what the text says.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const evidence = briefSdgEvidence(brief, knowledge.sdg);
    // Without term lists for the language there is no evidence to weigh; sdg-suggest says so once.
    if (!evidence.scorer) return;
    // A tag is questioned only where paragraphs speak clearly of other goals: a brief that speaks clearly of nothing says too little to judge.
    const served = evidence.goals.filter((goal) => goal.paragraphs.length > 0);
    if (served.length === 0) return;
    const tags = readSdgTags(brief, knowledge.sdg);
    // The goals the text speaks of that the brief also claims come first: the author's own aim, and the likeliest to be right.
    const tagged = new Set(tags.flatMap((tag) => (tag.entry ? [tag.entry.goal] : [])));
    const namedFirst = [...served].sort((a, b) => Number(tagged.has(b.goal)) - Number(tagged.has(a.goal)));
    const reported = new Set<string>();
    for (const { entry, item } of tags) {
      // A goal the text names, even among many, is one the author chose to tag: the text says it.
      if (!entry || reported.has(entry.goal) || evidence.cited.has(entry.goal) || evidence.listed.has(entry.goal)) continue;
      reported.add(entry.goal);
      const goal = evidence.byGoal?.get(entry.goal);
      // A tag asks less of the text than a suggestion: one paragraph that speaks clearly of the goal,
      // the own language of one of its targets ("climate adaptation plan", 11.b), or two of its
      // phrases in passing show the brief touches it, and questioning it would be noise.
      if (goal && (goal.paragraphs.length > 0 || goal.terms.length >= PHRASES_IN_PASSING)) continue;
      if (evidence.targetPhrasesUsed.has(entry.goal)) continue;
      const found = goal?.terms.slice(0, 3).map((term) => `'${term.phrase}'`) ?? [];
      const elsewhere = namedFirst
        .filter((other) => other.goal !== entry.goal)
        .slice(0, NAMED_ELSEWHERE)
        .map((other) => describeSdg(other.goal, knowledge.sdg, evidence.lang));
      report({
        message:
          `The brief is tagged with ${describeSdg(entry.goal, knowledge.sdg, evidence.lang)}, but no paragraph speaks clearly of it` +
          `${found.length > 0 ? ` (only ${found.join(', ')} in passing)` : ''}, while it does speak of ${elsewhere.join(' and ')}. ` +
          'Say how the brief serves this goal, or remove the tag.',
        start: item.span.start,
        end: item.span.end,
        data: { goal: entry.goal, score: Number((goal?.confidence ?? 0).toFixed(3)), supported: served.map((other) => other.goal) },
      });
    }
  },
});
