import { defineRule } from './defineRule';
import { findTerms } from '../analyses/vocabulary/termMatcher';
import { matchCase } from '../analyses/vocabulary/matchCase';

export default defineRule({
  id: 'vocabulary-preferred-term',
  description: 'Science-diplomacy terms must be written in their preferred form, not a discouraged variant.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    for (const match of findTerms(brief, knowledge.vocabulary)) {
      if (match.variant === undefined) continue;
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

