import { defineRule } from './defineRule';
import { compoundText, findCompoundVariants, type CompoundForm, type CompoundOccurrence } from '../analyses/vocabulary/compoundVariants';
import { findTerms } from '../analyses/vocabulary/termMatcher';
import { matchCase } from '../analyses/vocabulary/matchCase';

const FORM_NAMES: Record<CompoundForm, string> = { hyphenated: 'hyphenated', closed: 'as one word', spaced: 'as separate words' };

/** What the rule's findings carry: the form the brief uses most, and the form named in the message. */
export interface TermConsistencyData {
  preferred: string;
  form: string;
}

export default defineRule<Record<string, never>, TermConsistencyData>({
  id: 'vocabulary-term-consistency',
  description: 'A compound must be written one way throughout a brief: hyphenated, closed or spaced.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  // A team that always writes the compound one way records that form as a term.
  vocabularyEntry: (data) => ({ term: data.preferred }),
  check(brief, { knowledge, report }) {
    // Vocabulary terms have a preferred form, which vocabulary-preferred-term already enforces.
    const terms = findTerms(brief, knowledge.vocabulary);
    const inTerm = (o: CompoundOccurrence) => terms.some((term) => term.start < o.end && o.start < term.end);

    for (const group of findCompoundVariants(brief).values()) {
      const occurrences = group.filter((o) => !inTerm(o));
      const counts = new Map<CompoundForm, number>();
      for (const o of occurrences) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The form used most wins; on a tie, the one the brief uses first.
      const wanted = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
      const { parts } = occurrences.find((o) => o.form !== 'closed')!;
      const preferred = compoundText(parts, wanted, false);
      for (const o of occurrences) {
        if (o.form === wanted) continue;
        const replacement = matchCase(o.text, compoundText(parts, wanted, o.plural));
        const times = counts.get(wanted) === 1 ? 'once' : `${counts.get(wanted)} times`;
        report({
          message: `'${o.text}' is written ${FORM_NAMES[wanted]} ('${preferred}') ${times} elsewhere in this brief. Write '${replacement}' here too, or change the others.`,
          start: o.start,
          end: o.end,
          suggestions: [{ title: `Replace with '${replacement}'`, edits: [{ start: o.start, end: o.end, newText: replacement }] }],
          data: { preferred, form: wanted },
        });
      }
    }
  },
});
