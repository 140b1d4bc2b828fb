import { parse as parseToml } from 'smol-toml';
import { stringify } from 'yaml';

/** Front matter written otherwise than DiploBrief reads it (as another site generator's metadata lines, or in TOML), and the same in YAML. */

/**
 * The `Key: value` lines a file opens with, up to a blank line: the metadata of site generators
 * such as Pelican or MultiMarkdown (`Title: …`, `Date: …`), which Markdown shows as a paragraph of text.
 */
export const METADATA_LINES = /^(?:[A-Za-z][A-Za-z _-]{0,29}:[ \t]*\S[^\r\n]*(?:\r\n|\n|\r|$)){2,}(?=\s*(?:\r\n|\n|\r)|$)/;
const METADATA_LINE = /^([A-Za-z][A-Za-z _-]*?)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/** Those lines as YAML front matter: keys in lower case, an author (or several, by commas) in `authors`, each value quoted. */
export function yamlOfMetadataLines(metadata: string, newline: string): string {
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
export function yamlOfToml(toml: string, newline: string): string | undefined {
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
