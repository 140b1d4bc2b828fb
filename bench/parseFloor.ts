import { parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

/**
 * The least any brief linter must do: the YAML front matter parsed to a document and
 * the Markdown body to a syntax tree, with the parser the engine uses. Every figure
 * of the benchmark is shown as a multiple of this.
 */
const markdown = unified().use(remarkParse).use(remarkGfm);

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseFloor(text: string): unknown {
  const match = FRONT_MATTER.exec(text);
  const yaml = match ? parseDocument(match[1]) : undefined;
  const tree = markdown.parse(match ? text.slice(match[0].length) : text);
  return [yaml, tree];
}
