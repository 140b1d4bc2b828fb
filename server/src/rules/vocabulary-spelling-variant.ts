import { defineRule } from './defineRule';
import { sentenceStarts } from '../analyses/prose/sentences';
import { titleSpan } from '../analyses/prose/prose';
import { findSpellings, FORM_NAMES, STANDARDS, type SpellingChoice, type SpellingMatch, type Variety } from '../analyses/vocabulary/spellings';
import { matchCase } from '../analyses/vocabulary/matchCase';
import { SPELLING_STANDARDS } from '../engine/lintConfig';

/** A brief's majority decides only when it is clear: at least this many words to one, and at least MIN_MAJORITY words. */
const CLEAR_MARGIN = 2;
const MIN_MAJORITY = 3;

const CHOICES: readonly SpellingChoice[] = ['suffix', 'variety'];

/**
 * Words British English spells as US English does when they are verbs, so that either
 * standard writes them so: "to license" (the noun is a licence), "owners could program their
 * chargers" (as a computer is programmed). A verb here is the word after "to" or a modal.
 */
const BRITISH_VERBS = new Set(['license', 'program']);
const BEFORE_A_VERB = /\b(?:to|can|cannot|could|will|would|shall|should|may|might|must)\s+$/i;

function isVerbOfBothStandards(text: string, word: SpellingMatch): boolean {
  return BRITISH_VERBS.has(word.text.toLowerCase()) && BEFORE_A_VERB.test(text.slice(Math.max(0, word.start - 12), word.start));
}

export default defineRule({
  id: 'vocabulary-spelling-variant',
  description: "A brief must use one spelling standard: the configured language, or else the brief's own clear majority.",
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { config, knowledge, report }) {
    // A capital inside a sentence marks a name ("United Nations Environment Programme"), which keeps its own spelling.
    const isName = (text: string) => /^\p{Lu}/u.test(text) && text !== text.toUpperCase();
    const words = findSpellings(brief, knowledge.vocabulary).filter((word) => (!isName(word.text) || sentenceStarts(brief).has(word.start)) && !isVerbOfBothStandards(brief.text, word));
    const standard = config.language && STANDARDS[config.language];
    const nearTies: string[] = [];

    // -ise/-ize and British/US are decided apart: Oxford and UN spelling mix them. But only
    // British English writes -ise, so where British and US words are mixed, -ise words count
    // as British ("favour", "recognised" and "decentralised" make "program" the odd word out).
    const britishIse = words.filter((word) => word.choice === 'suffix' && word.variety === 'gb').length;
    for (const choice of CHOICES) {
      const chosen = words.filter((word) => word.choice === choice);
      const us = chosen.filter((word) => word.variety === 'us').length;
      const british = chosen.length - us;
      const gb = british + (choice === 'variety' && british > 0 && us > 0 ? britishIse : 0);
      let wanted: Variety;
      let why: string;
      if (standard) {
        wanted = standard[choice];
        why = `this project writes ${standard.name} (${config.language})`;
      } else {
        if (gb === 0 || us === 0) continue;
        const [most, least] = [Math.max(gb, us), Math.min(gb, us)];
        if (most < CLEAR_MARGIN * least || most < MIN_MAJORITY) {
          nearTies.push(`${FORM_NAMES[choice].gb} and ${FORM_NAMES[choice].us} (${gb} to ${us})`);
          continue;
        }
        wanted = gb > us ? 'gb' : 'us';
        why = `this brief mostly uses ${FORM_NAMES[choice][wanted]} (${most} to ${least})`;
      }
      for (const word of chosen) if (word.variety !== wanted) reportWord(word, wanted, why);
    }

    if (nearTies.length > 0) {
      report({
        message: `This brief mixes ${nearTies.join(', and ')} without a clear majority, so no word is flagged. Pick a standard with \`language:\` in .diplobrief.yaml (${SPELLING_STANDARDS.join(', ')}) to have the other words flagged.`,
        ...titleSpan(brief),
        maxSeverity: 'information',
      });
    }

    function reportWord(word: SpellingMatch, wanted: Variety, why: string) {
      const replacement = matchCase(word.text, word.pair[wanted]);
      report({
        message: `'${word.text}' is ${FORM_NAMES[word.choice][word.variety]}, but ${why}. Write '${replacement}'.`,
        start: word.start,
        end: word.end,
        suggestions: [{ title: `Replace with '${replacement}'`, edits: [{ start: word.start, end: word.end, newText: replacement }] }],
        data: { variety: word.variety, expected: wanted, replacement },
      });
    }
  },
});
