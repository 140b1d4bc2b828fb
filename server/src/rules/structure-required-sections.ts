import { defineRule } from '../engine/rule';
import { findSection, titleSpan } from '../engine/prose';
import { RECOMMENDATION_TITLES, REFERENCE_TITLES, SUMMARY_TITLES } from '../knowledge/sectionTitles';

interface RequiredSection {
  /** The heading the fix and the message suggest. */
  name: string;
  /** Other headings that count as this section, in any shipped language. */
  aliases?: string[];
}

export default defineRule<{ sections: RequiredSection[] }>({
  id: 'structure-required-sections',
  description: 'A brief must have the sections reviewers look for: a summary, recommendations and references.',
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: {
    sections: [
      { name: SUMMARY_TITLES[0], aliases: SUMMARY_TITLES.slice(1) },
      { name: RECOMMENDATION_TITLES[0], aliases: RECOMMENDATION_TITLES.slice(1) },
      { name: REFERENCE_TITLES[0], aliases: REFERENCE_TITLES.slice(1) },
    ],
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sections: {
        type: 'array',
        description: 'Sections every brief needs; a heading matching the name or an alias counts.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: { name: { type: 'string', minLength: 1 }, aliases: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  },
  check(brief, { options, report }) {
    const at = titleSpan(brief);
    const newline = /\r\n/.test(brief.text) ? '\r\n' : '\n';
    const end = brief.text.length;
    const separator = brief.text.endsWith('\n') || brief.text.endsWith('\r') ? newline : newline + newline;
    for (const section of options.sections) {
      if (findSection(brief, [section.name, ...(section.aliases ?? [])])) continue;
      const alternatives = section.aliases?.length ? ` (or ${section.aliases.slice(0, 2).map((a) => `'${a}'`).join(', ')})` : '';
      report({
        message: `The brief has no '${section.name}' section. Add a '## ${section.name}' heading${alternatives}.`,
        ...at,
        fix: { title: `Add a '${section.name}' section`, edits: [{ start: end, end, newText: `${separator}## ${section.name}${newline}` }] },
      });
    }
  },
});
