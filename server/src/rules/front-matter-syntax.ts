import { defineRule } from './defineRule';

export default defineRule({
  id: 'front-matter-syntax',
  description: 'The front matter must be valid YAML.',
  defaultSeverity: 'error',
  fixable: false,
  defaultOptions: {},
  check(brief, { report }) {
    for (const problem of brief.frontMatter?.problems ?? []) {
      report({
        message: `The front matter is not valid YAML: ${problem.message.replace(/\.?$/, '.')} Fix the YAML; the rest of the brief is still checked.`,
        start: problem.start,
        end: problem.end,
      });
    }
  },
});
