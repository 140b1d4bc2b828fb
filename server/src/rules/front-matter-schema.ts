import { defineRule } from './defineRule';
import { compileSchema, schemaProblems } from '../engine/dataFile';
import { fieldPair, nodeSpan } from '../engine/frontMatter';
import frontMatterSchema from './front-matter.schema.json';

const validate = compileSchema(frontMatterSchema);

export default defineRule({
  id: 'front-matter-schema',
  description: 'The brief\'s front matter fields must be of the right type, and the required ones present.',
  defaultSeverity: 'error',
  fixable: false,
  defaultOptions: {},
  check(brief, { config, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const offset = frontMatter.contentStart;

    if (!validate(frontMatter.data)) {
      for (const problem of schemaProblems(frontMatter.document, validate)) {
        report({ message: problem.message, start: offset + problem.start, end: offset + problem.end });
      }
    }
    for (const field of config.frontMatter.required) {
      if (frontMatter.data[field] === undefined || frontMatter.data[field] === null) {
        report({ message: `The front matter has no '${field}' field, which this project requires. Add '${field}:'.`, ...frontMatter.opening });
      }
    }
    const date = fieldPair(frontMatter, 'date')?.value;
    if (typeof frontMatter.data.date === 'string' && date && !isRealDate(frontMatter.data.date)) {
      const span = nodeSpan(frontMatter, date);
      report({ message: `'${frontMatter.data.date}' is not a real calendar date. Write the date as YYYY-MM-DD.`, ...span });
    }
  },
});

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return true; // the schema already reports the format
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
