import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import type { ParsedBrief } from '../engine/parseBrief';
import { DEFAULT_SUGGEST_THRESHOLDS, isClearlyAbout, type GoalEvidence, type SuggestThresholds } from '../analyses/sdg/sdgScorer';
import { SCORER_LANGUAGES } from '../analyses/sdg/termList';
import { briefSdgEvidence } from '../analyses/sdg/sdgEvidence';
import { describeSdg, readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { tagFieldSpan } from '../analyses/frontMatter/tagField';

interface Options extends SuggestThresholds {
  /** Most goals suggested for one brief, strongest first. */
  maxSuggestions: number;
}

const EVIDENCE_IN_MESSAGE = 4;

export default defineRule<Options>({
  id: 'sdg-suggest',
  description: 'When the text is clearly about an untagged SDG goal, suggest the tag with the evidence.',
  defaultSeverity: 'information',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: { ...DEFAULT_SUGGEST_THRESHOLDS, maxSuggestions: 3 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minScore: { type: 'number', minimum: 0, description: 'Least evidence score for a suggestion, whatever the length of the brief.' },
      minTerms: { type: 'integer', minimum: 1, description: 'Least number of distinct phrases for a suggestion.' },
      scorePer100Words: { type: 'number', minimum: 0, description: 'Evidence score needed per 100 words, so that a long brief must speak of a goal more than in passing.' },
      maxSuggestions: { type: 'integer', minimum: 0, description: 'Most goals suggested for one brief.' },
    },
  },
  check(brief, { knowledge, options, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const evidence = briefSdgEvidence(brief, knowledge.sdg);
    if (!evidence.byGoal) {
      report({
        message: `SDG suggestions are not available for briefs in '${evidence.lang}' yet: the evidence term lists exist for ${SCORER_LANGUAGES.join(', ')} only, so sdg-suggest and sdg-unsupported skip this brief.`,
        ...tagFieldSpan(brief, 'lang'),
        data: { language: evidence.lang, supported: SCORER_LANGUAGES },
      });
      return;
    }
    const tagged = new Set(readSdgTags(brief, knowledge.sdg).flatMap((tag) => (tag.entry ? [tag.entry.goal] : [])));
    const suggestions = [...evidence.byGoal.values()]
      // A goal the text cites outright is sdg-body-mention-untagged's to report.
      .filter((goal) => !tagged.has(goal.goal) && !evidence.cited.has(goal.goal) && isClearlyAbout(goal, evidence.words, options))
      .slice(0, options.maxSuggestions);
    for (const goal of suggestions) {
      const name = describeSdg(goal.goal, knowledge.sdg, evidence.lang);
      report({
        message: `The text is clearly about ${name}: ${describeEvidence(brief, goal)}. Add ${goal.goal} to \`sdgs\` if the brief serves this goal.`,
        ...tagFieldSpan(brief, SDG_FIELD),
        suggestions: [{ title: `Tag goal ${goal.goal}`, edits: [addListItem(brief.text, frontMatter, SDG_FIELD, goal.goal)] }],
        data: {
          goal: goal.goal,
          score: Number(goal.score.toFixed(2)),
          evidence: goal.terms.map((term) => ({
            phrase: term.phrase,
            weight: term.weight,
            ranges: term.occurrences.map((occurrence) => brief.lines.rangeOf(occurrence.start, occurrence.end)),
          })),
        },
      });
    }
  },
});

/** "'sea level rise' (lines 12, 30), 'flooding' (line 20) and 3 more phrases". */
function describeEvidence(brief: ParsedBrief, goal: GoalEvidence): string {
  const shown = goal.terms.slice(0, EVIDENCE_IN_MESSAGE).map((term) => {
    const lines = [...new Set(term.occurrences.map((o) => brief.lines.positionAt(o.start).line + 1))];
    return `'${term.phrase}' (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
  });
  const more = goal.terms.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more phrase${more > 1 ? 's' : ''}` : shown.join(', ');
}
