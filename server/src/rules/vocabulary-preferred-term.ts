import { defineRule } from './defineRule';
import { findTerms } from '../analyses/vocabulary/termMatcher';
import { matchCase } from '../analyses/vocabulary/matchCase';
import { findAcronyms, type AcronymOccurrence } from '../analyses/vocabulary/acronyms';
import type { Span } from '../engine/frontMatter';
import type { ParsedBrief } from '../engine/parseBrief';
import { blockAt } from '../analyses/prose/prose';

export default defineRule({
  id: 'vocabulary-preferred-term',
  description: 'Science-diplomacy terms must be written in their preferred form, not a discouraged variant.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    // Found only for a brief with a variant: most have none.
    let names: Span[] | undefined;
    for (const match of findTerms(brief, knowledge.vocabulary)) {
      if (match.variant === undefined) continue;
      // A body's or framework's own name, given with its acronym, keeps its spelling ("Evidence-Informed Policy Making (EIPM) Framework").
      names ??= namesWithAcronyms(findAcronyms(brief, knowledge.vocabulary));
      if (names.some((name) => name.start <= match.start && match.end <= name.end && /^\p{Lu}/u.test(match.text))) continue;
      if (isInLongerName(brief, match)) continue;
      const { term } = match;
      const preferred = match.plural ? `${term.term}s` : term.term;
      const replacement = term.caseSensitive ? preferred : matchCase(match.text, preferred);
      const reason = term.reason ? ` ${withFullStop(term.reason)}` : '';
      report({
        message: `Write '${replacement}' instead of '${match.text}'.${reason} '${term.term}': ${withFullStop(term.definition)}`,
        start: match.start,
        end: match.end,
        suggestions: [{ title: `Replace with '${replacement}'`, edits: [{ start: match.start, end: match.end, newText: replacement }] }],
        data: { term: term.term, variant: match.variant, definition: term.definition, ...(term.source && { source: term.source }) },
      });
    }
  },
});

function withFullStop(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Every word of the term capitalised ("Evidence-Based Policymaking"). */
const TITLE_CASE = /^\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*)*$/u;
/** A capitalised word after a space: the next word of a name. */
const CAPITALISED_NEXT = /^[^\S\r\n]+\p{Lu}/u;

/**
 * A capitalised term inside a longer capitalised name, outside headings (which capitalise
 * every word): a law's, a body's or a report's name keeps its spelling ("The Foundations for
 * Evidence-Based Policymaking Act of 2018").
 */
function isInLongerName(brief: ParsedBrief, match: Span & { text: string }): boolean {
  if (!TITLE_CASE.test(match.text) || blockAt(brief, match.start)?.kind === 'heading') return false;
  return CAPITALISED_NEXT.test(brief.prose.slice(match.end, match.end + 4));
}

/** The capitalised names the brief gives with their acronyms ("Namibia Housing Action Group (NHAG)"). */
function namesWithAcronyms(occurrences: readonly AcronymOccurrence[]): Span[] {
  return occurrences.flatMap(({ definition }) => (definition?.form === 'name-first' && definition.expansion && /^\p{Lu}/u.test(definition.expansion) ? [definition] : []));
}
