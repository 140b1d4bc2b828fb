import { defineRule } from './defineRule';
import { initiativeUse } from '../analyses/initiatives/initiativeUse';
import { knowledgeIndex } from '../knowledge/knowledgeIndex';

export default defineRule({
  id: 'initiative-unreferenced-tag',
  description: 'An initiative listed in `initiatives` should be referenced or named in the text.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, linkedFiles, report }) {
    const catalogue = knowledgeIndex(knowledge).initiatives;
    const use = initiativeUse(brief, knowledge, linkedFiles);
    const named = new Set(use.mentions.map((mention) => mention.value.id));
    for (const item of use.tags) {
      const initiative = catalogue.get(item.source);
      if (!initiative || use.referenced.has(initiative.id) || named.has(initiative.id)) continue;
      report({
        message: `The brief lists ${initiative.name} in \`initiatives\` but never mentions it. Cite it where the text relies on it ([@${initiative.id}]), or remove the tag.`,
        start: item.span.start,
        end: item.span.end,
        data: { id: initiative.id },
      });
    }
  },
});
