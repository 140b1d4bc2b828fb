import { defineRule } from './defineRule';
import { bodySentences } from '../analyses/prose/readability';

export default defineRule<{ maxWords: number }>({
  id: 'readability-sentence-length',
  description: 'Sentences must stay short enough to read in one go.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { maxWords: 35 },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxWords: { type: 'integer', minimum: 1, description: 'Most words in one sentence.' },
    },
  },
  check(brief, { options, report }) {
    for (const sentence of bodySentences(brief)) {
      // A quotation longer than the limit by itself is not the author's to split, only to cut.
      if (sentence.words <= options.maxWords || sentence.quotedWords > options.maxWords) continue;
      report({
        message: `This sentence has ${sentence.words} words, over the limit of ${options.maxWords}. Split it into shorter sentences.`,
        start: sentence.start,
        end: sentence.end,
        data: { words: sentence.words, limit: options.maxWords },
      });
    }
  },
});
