import { defineRule } from './defineRule';
import { findSection, footnoteNotes, normalisedTitles, normaliseTitle, titleSpan } from '../analyses/prose/prose';
import { appendMarkdown } from '../analyses/prose/appendMarkdown';
import { RECOMMENDATION_TITLES, RECOMMENDATION_WORDS, REFERENCE_TITLES, REFERENCE_WORDS, SUMMARY_TITLES, SUMMARY_WORDS } from '../knowledge/sectionTitles';
import type { Nodes } from 'mdast';
import type { ParsedBrief } from '../engine/parseBrief';

interface RequiredSection {
  /** The heading the fix and the message suggest. */
  name: string;
  /** Other headings that count as this section, in any shipped language. */
  aliases?: string[];
  /** Words or phrases that make any heading holding them this section ("sources" in "Official Sources"). */
  keywords?: string[];
}

export default defineRule<{ sections: RequiredSection[] }>({
  id: 'structure-required-sections',
  description: 'A brief must have the sections reviewers look for: a summary, recommendations and references.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {
    sections: [
      { name: SUMMARY_TITLES[0], aliases: SUMMARY_TITLES.slice(1), keywords: SUMMARY_WORDS },
      { name: RECOMMENDATION_TITLES[0], aliases: RECOMMENDATION_TITLES.slice(1), keywords: RECOMMENDATION_WORDS },
      { name: REFERENCE_TITLES[0], aliases: REFERENCE_TITLES.slice(1), keywords: REFERENCE_WORDS },
    ],
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sections: {
        type: 'array',
        description: 'Sections every brief needs; a heading matching the name or an alias, or holding one of the keywords, counts.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { type: 'string', minLength: 1 },
            aliases: { type: 'array', items: { type: 'string' } },
            keywords: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Words or phrases that make any heading holding them count ('sources' for 'Official Sources')." },
          },
        },
      },
    },
  },
  check(brief, { options, report }) {
    // An empty file is a brief just started: front-matter-missing says how to begin it.
    if (brief.text.trim() === '') return;
    const missing = options.sections.filter((section) => !findSection(brief, [section.name, ...(section.aliases ?? [])]) && !hasHeadingWith(brief, section.keywords ?? []));
    if (missing.length === 0) return;
    const edit = appendMarkdown(brief, headings(missing));
    report({
      message: message(missing),
      ...titleSpan(brief),
      ...(edit && { suggestions: [{ title: missing.length === 1 ? `Add a '${missing[0].name}' section` : 'Add the missing sections', edits: [edit] }] }),
      data: { missing: missing.map((section) => section.name) },
    });
  },
});

/**
 * True when a heading holds one of the words or phrases, as whole words. The brief's own title,
 * a first-level heading before any prose, names no section ("# To learn more about night buses").
 * The notes of footnotes (`[^1]: …`) are shown under a "Footnotes" heading of their own, as
 * GitHub and most sites render them.
 */
function hasHeadingWith(brief: ParsedBrief, keywords: readonly string[]): boolean {
  const wanted = keywords.map((keyword) => ` ${normaliseTitle(keyword)} `);
  const firstProse = brief.blocks.find((block) => block.kind !== 'heading')?.start ?? brief.text.length;
  const firstLevel = brief.headings.findIndex((heading) => heading.depth === 1);
  const titleIndex = firstLevel >= 0 && brief.headings[firstLevel].start < firstProse ? firstLevel : -1;
  const titles = normalisedTitles(brief).filter((_, i) => i !== titleIndex);
  // A line in bold is a heading when it ends in a colon or is a section's name itself; otherwise it names an item ("**Redistribute resources**").
  for (const label of boldLabels(brief)) {
    const normalised = normaliseTitle(label);
    if (ENDS_IN_COLON.test(label) || wanted.includes(` ${normalised} `)) titles.push(normalised);
  }
  if (footnoteNotes(brief).length > 0) titles.push('footnotes');
  return titles.some((normalised) => wanted.some((keyword) => ` ${normalised} `.includes(keyword)));
}

const ENDS_IN_COLON = /:[\s*_]*$/;
/** Most words of a line in bold that stands as a heading: more is a sentence in bold. */
const MOST_LABEL_WORDS = 12;

/**
 * Paragraphs that are one line in bold (`**Weitere Informationen:**`, `**_More resources can be
 * found below:_**`, `**Zusammenfassung**`): maybe headings in all but their markup, as documents
 * pasted from a word processor set them, or the titles of a list's items.
 */
function boldLabels(brief: ParsedBrief): string[] {
  const labels: string[] = [];
  for (const node of brief.tree.children) {
    if (node.type !== 'paragraph') continue;
    // The colon may follow the bold (`**References**:`).
    const [first, after] = node.children;
    if (node.children.length > 2 || (after && !(after.type === 'text' && after.value.trim() === ':'))) continue;
    let inner: Nodes = first;
    if (inner.type === 'emphasis' && inner.children.length === 1) inner = inner.children[0];
    if (inner.type !== 'strong') continue;
    // Its text as written: normalising the title drops the marks.
    const label = brief.text.slice(inner.position?.start.offset ?? 0, (after ?? inner).position?.end.offset ?? 0);
    if (!label.includes('\n') && label.split(/\s+/).length <= MOST_LABEL_WORDS) labels.push(label);
  }
  return labels;
}

/** One heading per missing section, a blank line between them. */
function headings(missing: RequiredSection[]): string[] {
  return missing.flatMap((section, i) => (i === 0 ? [`## ${section.name}`] : ['', `## ${section.name}`]));
}

function message(missing: RequiredSection[]): string {
  if (missing.length === 1) {
    const [section] = missing;
    const alternatives = section.aliases?.length ? ` (or ${section.aliases.slice(0, 2).map((a) => `'${a}'`).join(', ')})` : '';
    return `The brief has no '${section.name}' section. Add a '## ${section.name}' heading${alternatives}.`;
  }
  const names = missing.map((section) => `'${section.name}'`);
  return `The brief has no ${names.slice(0, -1).join(', ')} or ${names.at(-1)} section. Add a heading for each: ${missing.map((s) => `'## ${s.name}'`).join(', ')}.`;
}
