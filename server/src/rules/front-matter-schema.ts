import { defineRule } from './defineRule';
import { compileSchema, schemaProblems } from '../engine/dataFile';
import { fieldPair, nodeSpan } from '../engine/frontMatter';
import type { Span } from '../engine/frontMatter';
import type { OffsetFix } from '../engine/rule';
import { readBriefDate, type BriefDate } from '../analyses/frontMatter/briefDate';
import frontMatterSchema from './front-matter.schema.json';

const validate = compileSchema(frontMatterSchema);

export default defineRule({
  id: 'front-matter-schema',
  description: 'The brief\'s front matter fields must be of the right type, and the required ones present.',
  defaultSeverity: 'error',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { config, report }) {
    const frontMatter = brief.frontMatter;
    if (!frontMatter?.data) return;
    const offset = frontMatter.contentStart;

    if (!validate(frontMatter.data)) {
      // The date's form gets its own finding below, with the dates it can be read as.
      validate.errors = validate.errors?.filter((error) => !(error.instancePath === '/date' && error.keyword === 'pattern'));
      for (const problem of schemaProblems(frontMatter.document, validate)) {
        const span = { start: offset + problem.start, end: offset + problem.end };
        const suggestions = problem.replacement === undefined ? undefined : [{ title: `Write '${problem.replacement}'`, edits: [{ ...span, newText: problem.replacement }] }];
        report({ message: problem.message, ...span, ...(suggestions && { suggestions }) });
      }
    }
    for (const field of config.frontMatter.required) {
      if (frontMatter.data[field] === undefined || frontMatter.data[field] === null) {
        report({ message: `The front matter has no '${field}' field, which this project requires. Add '${field}:'.`, ...frontMatter.opening });
      }
    }
    const date = readBriefDate(brief);
    const node = fieldPair(frontMatter, 'date')?.value;
    if (!date || date.iso || !node) return;
    const span = nodeSpan(frontMatter, node);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date.written)) {
      report({ message: `'${date.written}' is not a real calendar date. Write the date as YYYY-MM-DD.`, ...span });
      return;
    }
    report({ message: notInExpectedForm(date), ...span, suggestions: date.readings.map((reading) => rewrite(reading, date, span)), data: { readings: date.readings } });
  },
});

function notInExpectedForm(date: BriefDate): string {
  const problem = `The date '${date.written}' is not in the expected form YYYY-MM-DD, so the portfolio report cannot place the brief by date.`;
  const [first, second] = date.readings;
  if (second) return `${problem} Write it as ${first} if the month comes first, or ${second} if the day does.`;
  if (first) return `${problem} Write it as ${first}.`;
  return `${problem} Write the date as YYYY-MM-DD.`;
}

function rewrite(reading: string, date: BriefDate, span: Span): OffsetFix {
  const which = date.readings.length > 1 ? (reading === date.readings[0] ? ' (month first)' : ' (day first)') : '';
  return { title: `Write the date as ${reading}${which}`, edits: [{ ...span, newText: reading }] };
}
