import { defineRule } from './defineRule';
import { lineBreakOf } from '../engine/lineIndex';
import { textStart } from '../engine/byteOrderMark';
import { findTomlFrontMatter } from '../engine/tomlFrontMatter';
import { METADATA_LINES, yamlOfMetadataLines, yamlOfToml } from '../analyses/frontMatter/foreignFrontMatter';

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
    const newline = lineBreakOf(brief.text);
    const start = textStart(brief.text);
    const toml = findTomlFrontMatter(brief.text);
    if (toml) {
      const yaml = yamlOfToml(toml.source, newline);
      report({
        message: 'The front matter is written in TOML (between `+++` lines), which DiploBrief does not read. Write it in YAML between `---` lines; Hugo reads both.',
        start: toml.start,
        end: toml.end,
        ...(yaml && { suggestions: [{ title: 'Write the front matter in YAML', edits: [{ start: toml.start, end: toml.end, newText: yaml }] }] }),
      });
      return;
    }
    const metadata = METADATA_LINES.exec(brief.text.slice(start))?.[0];
    // Every such header gives a title; labels opening a paragraph ("Context: …") do not.
    if (metadata && /^title[ \t]*:/im.test(metadata)) {
      report({
        message: 'This brief has no front matter: its first lines are metadata in the form of another site generator (`Title: …`), which Markdown shows as text. Write them as YAML front matter between `---` lines.',
        start,
        end: start + metadata.trimEnd().length,
        suggestions: [{ title: 'Turn the metadata lines into front matter', edits: [{ start, end: start + metadata.length, newText: yamlOfMetadataLines(metadata, newline) }] }],
      });
      return;
    }
    const title = brief.headings.find((heading) => heading.depth === 1)?.title ?? 'Untitled brief';
    report({
      message: 'This brief has no front matter. Add a `---` block with its title, type, authors, date, status and SDG tags.',
      start,
      end: Math.max(start, brief.lines.lineEnd(0)),
      suggestions: [{ title: 'Add front matter', edits: [{ start, end: start, newText: skeleton(title, newline) }] }],
    });
  },
});
