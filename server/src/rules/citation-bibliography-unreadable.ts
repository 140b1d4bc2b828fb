import { relative, dirname } from 'node:path';
import { defineRule } from './defineRule';
import { bibliographyFiles } from '../analyses/initiatives/bibliography';
import { tagFieldSpan } from '../analyses/frontMatter/tagField';

export default defineRule({
  id: 'citation-bibliography-unreadable',
  description: "The `bibliography` file a brief names must exist and be readable, or none of its citation keys can be checked.",
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { linkedFiles, report }) {
    if (brief.path === undefined) return;
    const unreadable = bibliographyFiles(brief).filter((file) => !linkedFiles.has(file));
    if (unreadable.length === 0) return;
    const names = unreadable.map((file) => `'${relative(dirname(brief.path!), file)}'`).join(', ');
    report({
      message: `The bibliography ${names} cannot be read, so the brief's citation keys are not checked against it. Fix the path in \`bibliography\`, or add the file.`,
      ...tagFieldSpan(brief, 'bibliography'),
    });
  },
});
