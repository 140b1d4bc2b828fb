import { defineRule } from './defineRule';
import { budgetedWordCount, countWords, findSection, titleSpan } from '../analyses/prose/prose';
import { SUMMARY_TITLES } from '../knowledge/sectionTitles';

export default defineRule<{ maxWords: number; summaryMaxWords: number }>({
  id: 'structure-length',
  description: 'A brief and its summary must stay within their word budgets.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { maxWords: 3000, summaryMaxWords: 300 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxWords: { type: 'integer', minimum: 1, description: 'Most words in the brief, references excluded.' },
      summaryMaxWords: { type: 'integer', minimum: 1, description: 'Most words in the executive summary or key messages.' },
    },
  },
  check(brief, { options, report }) {
    const total = budgetedWordCount(brief);
    if (total > options.maxWords) {
      report({
        message: `The brief has ${total} words, over its budget of ${options.maxWords} (references excluded). Cut ${total - options.maxWords} words.`,
        ...titleSpan(brief),
        data: { words: total, budget: options.maxWords },
      });
    }
    const summary = findSection(brief, SUMMARY_TITLES);
    if (!summary) return;
    const summaryWords = countWords(brief, { start: summary.end, end: summary.sectionEnd });
    if (summaryWords > options.summaryMaxWords) {
      report({
        message: `The '${summary.title}' section has ${summaryWords} words, over its budget of ${options.summaryMaxWords}. Cut ${summaryWords - options.summaryMaxWords} words.`,
        start: summary.start,
        end: summary.end,
        data: { words: summaryWords, budget: options.summaryMaxWords },
      });
    }
  },
});
