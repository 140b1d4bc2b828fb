import { defineRule } from './defineRule';
import { readSdgTags, SDG_FIELD } from '../analyses/sdg/sdgTags';
import { tagFieldSpan } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'sdg-missing',
  description: 'A brief must be tagged with the SDG goals it serves.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    if (!brief.frontMatter?.data) return;
    if (readSdgTags(brief, knowledge.sdg).length > 0) return;
    report({
      message: 'The brief has no SDG tag. Add the goals it serves to the front matter, for example `sdgs: [11, 13]`.',
      ...tagFieldSpan(brief, SDG_FIELD),
    });
  },
});
