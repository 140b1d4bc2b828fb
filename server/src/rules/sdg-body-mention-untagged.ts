import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import { covers, describeSdg, readSdgTags, SDG_FIELD, sdgYaml } from '../analyses/sdg/sdgTags';
import { findSdgCitations } from '../analyses/sdg/sdgCitations';
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
    for (const citation of findSdgCitations(brief)) {
      const entry = knowledge.sdg.get(citation.id);
      // A goal the work could be replicated in, or one of a long list the brief reports, is not one it serves.
      if (!entry || entry.retired || citation.elsewhere || citation.inLongList || reported.has(entry.id)) continue;
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
