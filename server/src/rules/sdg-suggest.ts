import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import type { ParsedBrief } from '../engine/parseBrief';
import type { GoalEvidence } from '../analyses/sdg/sdgScorer';
import { SCORER_LANGUAGES } from '../analyses/sdg/termList';
import { briefSdgEvidence, evidenceData, evidenceSentences, supportedGoals } from '../analyses/sdg/sdgEvidence';
import { describeSdg, readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { tagFieldSpan } from '../analyses/frontMatter/tagField';

interface Options {
  /** Least confidence for a suggestion; empty means the trained model's threshold. */
  minConfidence?: number;
  /** Most goals suggested for one brief, strongest first. */
  maxSuggestions: number;
}

const EVIDENCE_IN_MESSAGE = 4;

export default defineRule<Options>({
  id: 'sdg-suggest',
  description: 'When the text clearly serves an untagged SDG goal, suggest the tag with the evidence.',
  defaultSeverity: 'information',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: { maxSuggestions: 2 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minConfidence: { type: 'number', minimum: 0, maximum: 1, description: "Least confidence (0 to 1) for a suggestion; by default the trained model's threshold. Raise it for fewer, surer suggestions." },
      maxSuggestions: { type: 'integer', minimum: 0, description: 'Most goals suggested for one brief.' },
    },
  },
  check(brief, { knowledge, options, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const evidence = briefSdgEvidence(brief, knowledge.sdg);
    if (!evidence.scorer) {
      report({
        message: `SDG suggestions are not available for briefs in '${evidence.lang}' yet: the evidence term lists exist for ${SCORER_LANGUAGES.join(', ')} only, so sdg-suggest and sdg-unsupported skip this brief.`,
        ...tagFieldSpan(brief, 'lang'),
        data: { language: evidence.lang, supported: SCORER_LANGUAGES },
      });
      return;
    }
    const tagged = new Set(readSdgTags(brief, knowledge.sdg).flatMap((tag) => (tag.entry ? [tag.entry.goal] : [])));
    const suggestions = supportedGoals(evidence, options.minConfidence)
      // A goal the text cites outright is sdg-body-mention-untagged's to report.
      .filter((goal) => !tagged.has(goal.goal) && !evidence.cited.has(goal.goal))
      .slice(0, options.maxSuggestions);
    for (const goal of suggestions) {
      const target = evidence.targets.get(goal.goal);
      const name = describeSdg(goal.goal, knowledge.sdg, evidence.lang);
      // Where the text speaks a target's own language, the suggestion names it.
      const inParticular = target ? `, ${describeSdg(target.id, knowledge.sdg, evidence.lang)} in particular (${target.phrases.slice(0, 3).map((p) => `'${p}'`).join(', ')})` : '';
      report({
        message: `The text clearly serves ${name}${inParticular}: ${describeEvidence(brief, goal)}. Add ${goal.goal} to \`sdgs\` if the brief serves this goal.`,
        ...tagFieldSpan(brief, SDG_FIELD),
        suggestions: [{ title: `Tag goal ${goal.goal}`, edits: [addListItem(brief.text, frontMatter, SDG_FIELD, goal.goal)] }],
        data: evidenceData(brief, goal, target),
        related: evidenceSentences(brief, goal),
      });
    }
  },
});

/** "in 3 paragraphs, with 'sea level rise' (lines 12, 30), 'flooding' (line 20) and 3 more phrases". */
function describeEvidence(brief: ParsedBrief, goal: GoalEvidence): string {
  const shown = goal.terms.slice(0, EVIDENCE_IN_MESSAGE).map((term) => {
    const lines = [...new Set(term.occurrences.map((o) => brief.lines.positionAt(o.start).line + 1))];
    return `'${term.phrase}' (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''})`;
  });
  const more = goal.terms.length - shown.length;
  const phrases = more > 0 ? `${shown.join(', ')} and ${more} more phrase${more > 1 ? 's' : ''}` : shown.join(', ');
  const paragraphs = goal.paragraphs.length;
  // Phrases spread through the text can show a goal that no single paragraph dwells on.
  if (paragraphs === 0) return `no single paragraph dwells on it, but its phrases run through the text: ${phrases}`;
  return `${paragraphs} paragraph${paragraphs > 1 ? 's' : ''} speak${paragraphs > 1 ? '' : 's'} of it, with ${phrases}`;
}
