import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import { covers, describeSdg, goalOfId, readSdgTags, SDG_FIELD, sdgYaml } from '../analyses/sdg/sdgTags';
import { findSdgCitations, type SdgCitation } from '../analyses/sdg/sdgCitations';
import { sentencesOf } from '../analyses/prose/sentences';
import type { ParsedBrief } from '../engine/parseBrief';
import { briefLanguage } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'sdg-body-mention-untagged',
  description: 'An SDG goal, target or indicator the text cites must be tagged in the front matter.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const tagged = readSdgTags(brief, knowledge.sdg).flatMap((tag) => (tag.entry ? [tag.entry.id] : []));
    const reported = new Set<string>();
    const citations = findSdgCitations(brief);
    const listed = inListsOfGoals(brief, citations);
    for (const citation of citations) {
      const entry = knowledge.sdg.get(citation.id);
      if (!entry || entry.retired || reported.has(entry.id) || listed.has(citation)) continue;
      // A goal whose target is tagged is sdg-target-goal-mismatch's to report.
      if (tagged.some((id) => covers(id, entry.id))) continue;
      reported.add(entry.id);
      const cited = describeSdg(entry.id, knowledge.sdg, briefLanguage(brief));
      report({
        message: `The text cites ${cited}, but the front matter does not tag it. Add ${sdgYaml(entry.id)} to \`sdgs\`.`,
        start: citation.start,
        end: citation.end,
        suggestions: [{ title: `Tag ${entry.kind} ${entry.id}`, edits: [addListItem(brief.text, frontMatter, SDG_FIELD, sdgYaml(entry.id))] }],
        data: { id: entry.id },
      });
    }
  },
});

/** Fewest goals one sentence cites for it to list the agenda's goals rather than name those the brief serves. */
const LIST_OF_GOALS = 3;

/**
 * Citations in a sentence that cites three goals or more: a government's priorities or a
 * review's scope ("SDG 1, 3, 5, 6 and 7"), context rather than what the brief serves.
 */
function inListsOfGoals(brief: ParsedBrief, citations: readonly SdgCitation[]): ReadonlySet<SdgCitation> {
  const listed = new Set<SdgCitation>();
  const sentences = sentencesOf(brief);
  let sentence = 0;
  let group: SdgCitation[] = [];
  const close = () => {
    if (new Set(group.map((citation) => goalOfId(citation.id))).size >= LIST_OF_GOALS) group.forEach((citation) => listed.add(citation));
    group = [];
  };
  for (const citation of citations) {
    const before = sentence;
    while (sentence < sentences.length && sentences[sentence].end <= citation.start) sentence++;
    if (sentence !== before) close();
    group.push(citation);
  }
  close();
  return listed;
}
