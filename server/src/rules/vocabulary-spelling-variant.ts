import { defineRule } from './defineRule';
import { sentencesOf } from '../analyses/prose/sentences';
import { findSpellings, VARIETY_NAMES, type Variety } from '../analyses/vocabulary/spellings';
import { matchCase } from '../analyses/vocabulary/matchCase';

export default defineRule({
  id: 'vocabulary-spelling-variant',
  description: "A brief must use one spelling standard: the configured language, or else the brief's own majority.",
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { config, knowledge, report }) {
    const sentenceStarts = new Set(sentencesOf(brief).map((sentence) => sentence.start));
    // A capital inside a sentence marks a name ("United Nations Environment Programme"), which keeps its own spelling.
    const isName = (text: string) => /^\p{Lu}/u.test(text) && text !== text.toUpperCase();
    const words = findSpellings(brief, knowledge.vocabulary).filter((word) => !isName(word.text) || sentenceStarts.has(word.start));
    if (words.length === 0) return;

    const configured: Variety | undefined = config.language === 'en-GB' ? 'gb' : config.language === 'en-US' ? 'us' : undefined;
    const count = (variety: Variety) => words.filter((word) => word.variety === variety).length;
    const [gb, us] = [count('gb'), count('us')];
    const wanted: Variety = configured ?? (gb === us ? words[0].variety : gb > us ? 'gb' : 'us');
    const why = configured
      ? `this project writes ${VARIETY_NAMES[wanted]} English (${config.language})`
      : gb === us
        ? `this brief uses both equally and starts with ${VARIETY_NAMES[wanted]} spelling`
        : `this brief mostly uses ${VARIETY_NAMES[wanted]} spelling (${Math.max(gb, us)} to ${Math.min(gb, us)})`;

    for (const word of words) {
      if (word.variety === wanted) continue;
      const replacement = matchCase(word.text, word.pair[wanted]);
      report({
        message: `'${word.text}' is ${VARIETY_NAMES[word.variety]} spelling, but ${why}. Write '${replacement}'.`,
        start: word.start,
        end: word.end,
        suggestions: [{ title: `Replace with '${replacement}'`, edits: [{ start: word.start, end: word.end, newText: replacement }] }],
        data: { variety: word.variety, expected: wanted, replacement },
      });
    }
  },
});
