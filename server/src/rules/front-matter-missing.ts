import { defineRule } from './defineRule';
import { lineBreakOf } from '../engine/lineIndex';
import { textStart } from '../engine/byteOrderMark';

/** What the fix writes: the fields it can fill in; the author adds the date and tags. */
function skeleton(title: string, newline: string): string {
  return ['---', `title: ${JSON.stringify(title)}`, 'type: policy-brief', 'authors: []', 'status: draft', '---', ''].join(newline);
}

export default defineRule({
  id: 'front-matter-missing',
  description: 'A brief must start with YAML front matter between `---` lines.',
  defaultSeverity: 'error',
  fixable: false,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, { report }) {
    if (brief.frontMatter) return;
    const title = brief.headings.find((heading) => heading.depth === 1)?.title ?? 'Untitled brief';
    const newline = lineBreakOf(brief.text);
    const start = textStart(brief.text);
    report({
      message: 'This brief has no front matter. Add a `---` block with its title, type, authors, date, status and SDG tags.',
      start,
      end: Math.max(start, brief.lines.lineEnd(0)),
      suggestions: [{ title: 'Add front matter', edits: [{ start, end: start, newText: skeleton(title, newline) }] }],
    });
  },
});
