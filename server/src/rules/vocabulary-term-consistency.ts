import { defineRule } from './defineRule';
import { findCompoundVariants, isComparable, type CompoundForm, type CompoundOccurrence } from '../analyses/vocabulary/compoundVariants';
import { findTerms } from '../analyses/vocabulary/termMatcher';
import { firstIndexPast } from '../engine/sortedSearch';

const FORM_NAMES: Record<CompoundForm, string> = { hyphenated: 'hyphenated', closed: 'as one word', spaced: 'as separate words' };
const SEPARATORS: Record<CompoundForm, string> = { hyphenated: '-', closed: '', spaced: ' ' };

/** What the rule's findings carry: the form the brief uses most, and the form named in the message. */
export interface TermConsistencyData {
  preferred: string;
  form: string;
}

export default defineRule<{ openCompounds: boolean }, TermConsistencyData>({
  id: 'vocabulary-term-consistency',
  description: 'A compound must be written one way throughout a brief: hyphenated, closed or spaced.',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: { openCompounds: false },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      openCompounds: {
        type: 'boolean',
        description:
          "Also compare an open compound's spaced and hyphenated forms (third party / third-party), which needs grammar the rule can only guess (91% judged precision on real text, 80% on held-out documents; the strict preset turns it on). Off: only forms written as one word are compared with the others.",
      },
    },
  },
  // A team that always writes the compound one way records that form as a term.
  vocabularyEntry: (data) => ({ term: data.preferred }),
  check(brief, { knowledge, options, report }) {
    // Vocabulary terms have a preferred form, which vocabulary-preferred-term already enforces.
    const terms = findTerms(brief, knowledge.vocabulary);
    // Terms come in document order and apart, so the first that ends after the occurrence's start is the only one to check.
    const inTerm = (o: CompoundOccurrence) => {
      const term = terms[firstIndexPast(terms, (item) => item.end > o.start)];
      return term !== undefined && term.start < o.end;
    };

    for (const group of findCompoundVariants(brief).values()) {
      const occurrences = group.filter((o) => !inTerm(o));
      // A closed form does not show where its words meet; an open one does.
      const { parts } = occurrences.find((o) => o.form !== 'closed') ?? {};
      if (!parts) continue;
      for (const o of occurrences) {
        const peers = occurrences.filter((other) => isComparable(o, other) && (options.openCompounds || o.form === other.form || o.form === 'closed' || other.form === 'closed'));
        const counts = new Map<CompoundForm, number>();
        for (const peer of peers) counts.set(peer.form, (counts.get(peer.form) ?? 0) + 1);
        // The form used most wins; on a tie, the one the brief uses first.
        const wanted = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
        // Before a noun a hyphen is always right ("risk-assessment process"): the rule adds one there, never removes it.
        if (o.form === wanted || (o.position === 'modifier' && o.form === 'hyphenated' && wanted === 'spaced')) continue;
        const preferred = asTerm(peers.find((peer) => peer.form === wanted)!.text);
        const replacement = rewritten(o, parts, wanted);
        const times = counts.get(wanted) === 1 ? 'once' : `${counts.get(wanted)} times`;
        // Said when the open forms in the other position were left out of the count.
        const where = peers.length < occurrences.length ? (o.position === 'modifier' ? ' before a noun' : ' as a noun') : '';
        report({
          message: `'${o.text}' is written ${FORM_NAMES[wanted]} ('${preferred}')${where} ${times} elsewhere in this brief. Write '${replacement}' here too, or change the others.`,
          start: o.start,
          end: o.end,
          suggestions: [{ title: `Replace with '${replacement}'`, edits: [{ start: o.start, end: o.end, newText: replacement }] }],
          data: { preferred, form: wanted },
        });
      }
    }
  },
});

/**
 * The occurrence in another form, with its own letters: only the joints change, so
 * capitals ("EV-ready" → "EV ready") and the plural ("Startups" → "Start-ups") stay.
 */
function rewritten(o: CompoundOccurrence, parts: readonly string[], form: CompoundForm): string {
  let words: string[];
  if (o.form === 'closed') {
    words = [];
    let at = 0;
    for (const part of parts.slice(0, -1)) {
      words.push(o.text.slice(at, at + part.length));
      at += part.length;
    }
    words.push(o.text.slice(at));
  } else {
    words = o.text.split(/[\s‐‑-]+/);
  }
  return words.join(SEPARATORS[form]);
}

/** The form as a vocabulary term: lower-cased, unless it holds an acronym ("EV-ready"). */
function asTerm(text: string): string {
  return /\p{Lu}{2}/u.test(text) ? text : text.toLowerCase();
}
