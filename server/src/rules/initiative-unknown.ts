import { defineRule } from './defineRule';
import { replacementOffer } from '../analyses/frontMatter/replacementOffer';
import { replaceListItem } from '../analyses/frontMatter/frontMatterEdits';
import type { OffsetEdit } from '../engine/rule';
import type { Span } from '../engine/frontMatter';
import { initiativeSuggestions, initiativeUse } from '../analyses/initiatives/initiativeUse';
import { knowledgeIndex } from '../knowledge/knowledgeIndex';
import { INITIATIVE_ID } from '../knowledge/initiativeId';

export default defineRule({
  id: 'initiative-unknown',
  description: 'Initiative tags and `[@id]` references must name initiatives of the catalogue (bibliography keys, and keys no initiative id could be, excepted).',
  defaultSeverity: 'warning',
  fixable: true,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, linkedFiles, report }) {
    const catalogue = knowledgeIndex(knowledge).initiatives;
    const use = initiativeUse(brief, knowledge, linkedFiles);
    const unknown = (suggestions: string[], span: Span, problem: string, replace: (id: string) => OffsetEdit) => {
      const hint =
        suggestions.length > 0
          ? ` Did you mean ${suggestions.map((id) => `'${id}' (${catalogue.get(id)!.name})`).join(' or ')}?`
          : " Check the id, or add the initiative to the team's initiatives file.";
      report({
        message: `${problem}${hint}`,
        ...span,
        ...replacementOffer(suggestions, replace),
        data: { suggestions },
      });
    };
    for (const item of use.tags) {
      if (catalogue.has(item.source)) continue;
      unknown(initiativeSuggestions(item.source, knowledge), item.span, `'${item.source}' in \`initiatives\` is not in the initiatives catalogue.`, (id) => replaceListItem(item, id));
    }
    // With an unreadable bibliography any unknown key may be one of its citations.
    if (use.bibliographyUnreadable) return;
    const bibliography = brief.frontMatter?.data?.bibliography;
    for (const reference of use.references) {
      if (reference.initiative || reference.bibliographic) continue;
      const suggestions = initiativeSuggestions(reference.id, knowledge);
      // A key no initiative's id could be (`[@kapoor_societal_2024]`, `[@Smith2020]`), and close to none, is a citation of a paper.
      if (!INITIATIVE_ID.test(reference.id) && suggestions.length === 0) continue;
      const problem = bibliography
        ? `'@${reference.id}' is neither an initiative of the catalogue nor a key of the bibliography.`
        : `'@${reference.id}' is not in the initiatives catalogue, and the brief names no \`bibliography\` file for other citations.`;
      unknown(suggestions, reference, problem, (id) => ({ start: reference.start, end: reference.end, newText: id }));
    }
  },
});
