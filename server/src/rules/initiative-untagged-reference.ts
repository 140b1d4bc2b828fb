import { defineRule } from './defineRule';
import { addListItem } from '../analyses/frontMatter/frontMatterEdits';
import { INITIATIVES_FIELD, initiativeUse } from '../analyses/initiatives/initiativeUse';

export default defineRule({
  id: 'initiative-untagged-reference',
  description: 'An initiative the text references with `[@id]` must be listed in the front matter `initiatives`.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, linkedFiles, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const use = initiativeUse(brief, knowledge, linkedFiles);
    const reported = new Set<string>();
    for (const reference of use.references) {
      const initiative = reference.initiative;
      if (!initiative || use.tagged.has(initiative.id) || reported.has(initiative.id)) continue;
      reported.add(initiative.id);
      report({
        message: `The text references ${initiative.name} ('${initiative.id}'), but \`initiatives\` does not list it. Add '${initiative.id}' to \`initiatives\`.`,
        start: reference.start,
        end: reference.end,
        suggestions: [{ title: `Add '${initiative.id}' to initiatives`, edits: [addListItem(brief.text, frontMatter, INITIATIVES_FIELD, initiative.id)] }],
        data: { id: initiative.id },
      });
    }
  },
});
