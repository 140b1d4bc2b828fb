import { parse as parseToml } from 'smol-toml';
import { stringify } from 'yaml';
import { defineRule } from './defineRule';
import { lineBreakOf } from '../engine/lineIndex';
import { textStart } from '../engine/byteOrderMark';
import { findTomlFrontMatter } from '../engine/tomlFrontMatter';

/** What the fix writes: the fields it can fill in; the author adds the date and tags. */
function skeleton(title: string, newline: string): string {
  return ['---', `title: ${JSON.stringify(title)}`, 'type: policy-brief', 'authors: []', 'status: draft', '---', ''].join(newline);
}

/**
 * The `Key: value` lines a file opens with, up to a blank line: the metadata of site generators
 * such as Pelican or MultiMarkdown (`Title: …`, `Date: …`), which Markdown shows as a paragraph of text.
 */
const METADATA_LINES = /^(?:[A-Za-z][A-Za-z _-]{0,29}:[ \t]*\S[^\r\n]*(?:\r\n|\n|\r|$)){2,}(?=\s*(?:\r\n|\n|\r)|$)/;
const METADATA_LINE = /^([A-Za-z][A-Za-z _-]*?)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/** Those lines as YAML front matter: keys in lower case, an author (or several, by commas) in `authors`, each value quoted. */
function frontMatterOf(metadata: string, newline: string): string {
  const fields = metadata
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [, key, value] = METADATA_LINE.exec(line)!;
      const name = key.toLowerCase().replace(/[ _]+/g, '-');
      if (name === 'author' || name === 'authors') return `authors: [${value.split(/\s*[,;]\s*/).map((author) => JSON.stringify(author)).join(', ')}]`;
      return `${name}: ${JSON.stringify(value)}`;
    });
  return ['---', ...fields, 'type: policy-brief', '---', ''].join(newline);
}

/** TOML front matter as YAML, `type: policy-brief` added when it has no type; undefined when the TOML does not parse. */
function yamlOfToml(toml: string, newline: string): string | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseToml(toml);
  } catch {
    return undefined; // the author sees the TOML's mistake in Hugo; the message still says what to write
  }
  // Through JSON, a TOML date is written as the date it is (2025-03-12), not as an instant of that day.
  const plain = JSON.parse(JSON.stringify({ ...data, type: data.type ?? 'policy-brief' })) as Record<string, unknown>;
  return ['---', ...stringify(plain).trimEnd().split('\n'), '---'].join(newline);
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
        suggestions: [{ title: 'Turn the metadata lines into front matter', edits: [{ start, end: start + metadata.length, newText: frontMatterOf(metadata, newline) }] }],
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
