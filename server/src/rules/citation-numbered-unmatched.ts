import { defineRule } from './defineRule';
import { numberedReferences } from '../analyses/prose/numberedReferences';

export default defineRule({
  id: 'citation-numbered-unmatched',
  description: 'Each numbered citation ([3]) must have its entry in the references, and each numbered entry must be cited.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { report }) {
    const { citations, entries } = numberedReferences(brief);
    // A brief that cites by number and lists by number is checked; without one of the two, "[2]" is something else (a label, a figure).
    if (citations.length === 0 || entries.length === 0) return;
    const listed = new Set(entries.map((entry) => entry.number));
    const cited = new Set(citations.map((citation) => citation.number));
    // "[5–6]" is one citation: its missing numbers are reported together.
    const missingByPlace = new Map<number, { end: number; numbers: number[] }>();
    for (const citation of citations) {
      if (listed.has(citation.number)) continue;
      const place = missingByPlace.get(citation.start) ?? { end: citation.end, numbers: [] };
      place.numbers.push(citation.number);
      missingByPlace.set(citation.start, place);
    }
    for (const [start, { end, numbers }] of missingByPlace) {
      const named = numbers.map((number) => `[${number}]`);
      const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
      report({
        message: `The text cites ${list}, but the references have no entry ${numbers.length === 1 ? numbers[0] : `for ${numbers.length === 2 ? 'either' : 'any'}`}. Add the ${numbers.length === 1 ? "entry" : "entries"}, or correct the ${numbers.length === 1 ? "number" : "numbers"}.`,
        start,
        end,
      });
    }
    const reported = new Set<number>();
    for (const entry of entries) {
      if (cited.has(entry.number) || reported.has(entry.number)) continue;
      reported.add(entry.number);
      report({
        message: `Entry ${entry.number} of the references is never cited in the text. Cite it where it supports the text, or remove it.`,
        start: entry.start,
        end: entry.end,
      });
    }
  },
});
