import { defineRule, textListOption } from './defineRule';
import { sentenceStarts } from '../analyses/prose/sentences';
import { allowedAcronyms, findAcronyms, type AcronymOccurrence } from '../analyses/vocabulary/acronyms';
import { isLeftAlone } from '../analyses/prose/leftAlone';
import { blockAt } from '../analyses/prose/prose';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Span } from '../engine/frontMatter';

/** What the rule's findings carry: the acronym, and the written-out name a fix inserts. */
export interface AcronymUndefinedData {
  acronym: string;
  expansion?: string;
}

export default defineRule<{ allowed?: string[]; unknownAcronyms?: boolean }, AcronymUndefinedData>({
  id: 'vocabulary-acronym-undefined',
  description: 'An acronym must be defined at its first use, as "Full Name (ACR)" or "ACR (Full Name)".',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  // A team that always uses the acronym undefined settles it in its vocabulary.
  vocabularyEntry: (data) => ({ acronym: data.acronym }),
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allowed: textListOption("Acronyms that never need a definition; replaces the vocabulary's allowedAcronyms (UN, EU, …)."),
      unknownAcronyms: {
        type: 'boolean',
        description: "Also report capitals whose full name neither the vocabulary nor the brief gives. On real text names and shouted words look like them and a reviewer keeps about half of these findings, so only the strict preset turns this on.",
      },
    },
  },
  check(brief, { options, knowledge, report }) {
    const allowed = options.allowed ? new Set(options.allowed) : allowedAcronyms(knowledge.vocabulary);
    const byAcronym = new Map<string, AcronymOccurrence[]>();
    for (const occurrence of findAcronyms(brief, knowledge.vocabulary)) {
      // Titles and headings name topics; the text under them is where a reader meets the acronym.
      if (occurrence.inHeading || allowed.has(occurrence.acronym)) continue;
      // A definition counts wherever it is written; a use in a quotation, a reference or another language is not the author's to define.
      if (!occurrence.definition && isLeftAlone(brief, occurrence)) continue;
      const occurrences = byAcronym.get(occurrence.acronym);
      if (occurrences) occurrences.push(occurrence);
      else byAcronym.set(occurrence.acronym, [occurrence]);
    }
    for (const [acronym, occurrences] of byAcronym) {
      const [first] = occurrences;
      // A link to what it names explains it where the reader first meets it; a glossary table or list defines its acronyms for the whole brief, wherever it stands.
      if (first.definition || first.linkedSite || occurrences.some((o) => o.definition?.form === 'glossary')) continue;
      const laterDefinition = occurrences.find((o) => o.definition);
      // "**UL Certification:** devices certified by UL (Underwriters Laboratories)": the label names what its item then defines.
      if (laterDefinition && inLabelOfItsDefinition(brief, first, laterDefinition)) continue;
      const name = first.known?.expansion ?? laterDefinition?.definition?.expansion;
      const where = laterDefinition ? `is used before its definition on line ${brief.lines.positionAt(laterDefinition.start).line + 1}` : 'is not defined';
      if (name === undefined) {
        if (!options.unknownAcronyms) continue;
        report({
          message: `'${acronym}' ${where}. Write its full name followed by '(${first.text})' here; if every reader knows it, list it under 'allowedAcronyms' in the team vocabulary.`,
          start: first.start,
          end: first.end,
          data: { acronym },
        });
        continue;
      }
      const definition = `${sentenceStarts(brief).has(first.start) ? upperFirst(name) : name}${first.plural && !name.endsWith('s') ? 's' : ''} (${first.text})`;
      report({
        message: `'${acronym}' ${where}. Write '${definition}' at its first use.`,
        start: first.start,
        end: first.end,
        suggestions: [{ title: `Define '${acronym}' here`, edits: [{ start: first.start, end: first.end, newText: definition }] }],
        data: { acronym, expansion: name },
      });
    }
  },
});

/** A bold lead-in at the start of a paragraph or list item, ending in a colon: `**UL Certification:**` or `**Mandatory EPDs**:`. */
const LEAD_IN_LABEL = /^(\*\*|__)([^*_\n]+?)\1/;

/** Whether `use` stands in the bold lead-in of the block that defines it right after. */
function inLabelOfItsDefinition(brief: ParsedBrief, use: Span, definition: Span): boolean {
  const block = blockAt(brief, use.start);
  if (!block || definition.end > block.end) return false;
  const label = LEAD_IN_LABEL.exec(brief.text.slice(block.start, block.end));
  if (!label) return false;
  const labelEnd = block.start + label[0].length;
  const endsInColon = label[2].trimEnd().endsWith(':') || brief.text[labelEnd] === ':';
  return endsInColon && use.end <= labelEnd && definition.start >= labelEnd;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
