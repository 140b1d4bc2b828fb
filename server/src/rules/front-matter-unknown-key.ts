import { defineRule, textListOption } from './defineRule';
import { closestMatches } from '../engine/didYouMean';
import { nodeSpan } from '../engine/frontMatter';
import frontMatterSchema from './front-matter.schema.json';
import siteGeneratorKeys from './site-generator-keys.json';

const BRIEF_KEYS = Object.keys(frontMatterSchema.properties);

/** Keys other tools use for a brief field, and the field they mean. */
const SYNONYMS: Record<string, string> = {
  language: 'lang',
  locale: 'lang',
  author: 'authors',
  sdg: 'sdgs',
  goals: 'sdgs',
  'action-areas': 'action_areas',
  actionAreas: 'action_areas',
  abstract: 'summary',
  references: 'bibliography',
};

const SITE_KEYS = new Set(siteGeneratorKeys.keys.map((key) => key.toLowerCase()));

interface Options {
  /** Keys the team uses besides the brief's own and those of site generators. */
  allow: string[];
  /** Report every other key too, not only those that look like a misspelt brief field. */
  reportAll: boolean;
}

export default defineRule<Options>({
  id: 'front-matter-unknown-key',
  description: 'A front matter key that looks like a misspelt brief field ("autors", "language") names the field meant.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { allow: [], reportAll: false },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow: textListOption('Keys the team uses besides the brief fields and those of site generators; never reported.'),
      reportAll: { type: 'boolean', description: 'Report every other unknown key too, not only those close to a brief field.' },
    },
  },
  check(brief, { options, report }) {
    const frontMatter = brief.frontMatter;
    const contents = frontMatter?.document.contents;
    if (!frontMatter?.data || !contents || !('items' in contents)) return;
    const allowed = new Set(options.allow.map((key) => key.toLowerCase()));
    for (const pair of contents.items as { key: unknown }[]) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key !== 'string' || BRIEF_KEYS.includes(key) || allowed.has(key.toLowerCase())) continue;
      if (SITE_KEYS.has(key.toLowerCase())) continue;
      const meant = SYNONYMS[key] ?? likelyTypo(key);
      if (!meant && !options.reportAll) continue;
      const span = nodeSpan(frontMatter, pair.key as Parameters<typeof nodeSpan>[1]);
      report({
        message: meant ? `Unknown key '${key}'. Did you mean '${meant}'?` : `Unknown key '${key}': no brief field or site-generator key has this name. Add it to this rule's 'allow' option if the team uses it.`,
        ...span,
        data: { key, ...(meant && { meant }) },
      });
    }
  },
});

/** The brief field a key is one slip away from: one edit for short keys, two for longer ones. */
function likelyTypo(key: string): string | undefined {
  const [match] = closestMatches(key, BRIEF_KEYS, 1, key.length <= 4 ? 1 : 2);
  return match;
}
