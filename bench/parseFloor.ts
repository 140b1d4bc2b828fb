import { parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

/**
 * The least any brief linter must do: the YAML front matter parsed to a document and
 * the Markdown body to a CommonMark syntax tree with unified and remark-parse, nothing
 * else. Every figure of the benchmark is shown as a multiple of this. The engine's own
 * parse adds GFM tables, footnotes and strikethrough, which the ratios therefore include.
 */
const markdown = unified().use(remarkParse);

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseFloor(text: string): unknown {
  const match = FRONT_MATTER.exec(text);
  const yaml = match ? parseDocument(match[1]) : undefined;
  const tree = markdown.parse(match ? text.slice(match[0].length) : text);
  return [yaml, tree];
}
