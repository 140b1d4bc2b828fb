import { defineRule } from './defineRule';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Span } from '../engine/frontMatter';
import { findAcronyms, isFormula, nameCanSpell, timesWritten, type AcronymOccurrence } from '../analyses/vocabulary/acronyms';
import { sentencesOf } from '../analyses/prose/sentences';
import { isLeftAlone } from '../analyses/prose/leftAlone';
import { isLineOfNames } from '../analyses/prose/language';
import { blockAt, footnoteNotes } from '../analyses/prose/prose';

export default defineRule({
  id: 'vocabulary-acronym-unused',
  description: 'An acronym defined in the brief must be used again; otherwise the full name is enough.',
  defaultSeverity: 'information',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    const occurrences = findAcronyms(brief, knowledge.vocabulary);
    const counts = new Map<string, number>();
    for (const occurrence of occurrences) counts.set(occurrence.acronym, (counts.get(occurrence.acronym) ?? 0) + 1);
    const reported = new Set<string>();
    for (const occurrence of occurrences) {
      const { definition, acronym } = occurrence;
      if (!definition || occurrence.inHeading || counts.get(acronym) !== 1 || reported.has(acronym)) continue;
      // Only "Full Name (ACR)" and "ACR (Full Name)": a glossary lists, "the regulator (CRU)" names a body, an alias informs, a formula is no acronym.
      if (!definition.withoutAcronym || !(definition.expansion || definition.namedBefore) || definition.alias || isFormula(acronym)) continue;
      // Brackets whose name cannot spell the acronym name something else: dropping the acronym would lose it.
      if (definition.expansion && !nameCanSpell(definition.expansion, acronym)) continue;
      // A definition inside a quotation or a reference (an entry of the references, a footnote's note) is someone else's wording.
      if (isLeftAlone(brief, occurrence) || inFootnoteNote(brief, occurrence)) continue;
      // A partner list or an affiliation gives each body with the acronym it is known by, used again or not.
      if (onLineOfNames(brief, occurrence) || amongNamedBodies(brief, occurrence)) continue;
      // Capitals written again where they are not counted as an acronym ("GWP 100") are a use too; counted last, as it reads the most.
      if (timesWritten(brief, acronym) > 1) continue;
      reported.add(acronym);
      const name = definition.expansion ? `'${definition.expansion}'` : 'the full name';
      report({
        message: `'${acronym}' is defined but never used again. Write ${name} alone, without the acronym.`,
        start: occurrence.start,
        end: occurrence.end,
        suggestions: [{ title: `Remove the unused acronym '${acronym}'`, edits: [definition.withoutAcronym] }],
        tags: ['unnecessary'],
        data: { acronym },
      });
    }
  },
});

/** Whether the span is inside the note of a footnote (`[^R4]: The truth about the International Tax and Investment Center (ITIC). …`). */
function inFootnoteNote(brief: ParsedBrief, span: Span): boolean {
  return footnoteNotes(brief).some((note) => note.start <= span.start && span.end <= note.end);
}

function onLineOfNames(brief: ParsedBrief, span: Span): boolean {
  const block = blockAt(brief, span.start);
  return block !== undefined && isLineOfNames(brief.prose.slice(block.start, block.end));
}

/** Names given with their acronyms in one sentence that make it a list of bodies. */
const NAMED_BODIES = 3;

/**
 * A sentence that names partners, each with the acronym it is known by ("the Shack Dwellers
 * Federation of Namibia (SDFN), the Namibia Housing Action Group (NHAG) and the Namibia
 * University of Science and Technology (NUST)"): the acronyms say how each body is known,
 * used again or not.
 */
function amongNamedBodies(brief: ParsedBrief, occurrence: AcronymOccurrence): boolean {
  const sentence = sentencesOf(brief).find((s) => s.start <= occurrence.start && occurrence.end <= s.end);
  if (!sentence) return false;
  let acronyms = 0;
  for (const [, inBrackets] of brief.prose.slice(sentence.start, sentence.end).matchAll(ACRONYM_IN_BRACKETS)) if (CAPITALS.test(inBrackets)) acronyms++;
  return acronyms >= NAMED_BODIES;
}

/** Brackets that hold only a short form ("(NHAG)", "(UK-DFID)", "(AsDB)"), which two capitals or more make an acronym. */
const ACRONYM_IN_BRACKETS = /\(([\p{L}\p{N}&-]{2,12})\)/gu;
const CAPITALS = /\p{Lu}.*\p{Lu}/u;
