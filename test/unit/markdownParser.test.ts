import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../server/src/engine/markdownParser';

const ROOT = join(__dirname, '..', '..');
const markdownFiles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(ROOT, folder, file));

describe('parseMarkdown', () => {
  it('reads a text without tables exactly as the parser with tables does', () => {
    const withoutTables = [...markdownFiles('examples/briefs'), ...markdownFiles('test/fixtures')]
      .map((file) => readFileSync(file, 'utf8'))
      .filter((text) => !/\|[ \t]*:?-|-:?[ \t]*\|/.test(text));
    let compared = 0;
    for (const text of withoutTables) {
      // A table after the text makes the parser take its table extension; the text before it must not read differently.
      const tree = parseMarkdown(`${text}\n\n| a |\n| - |\n`);
      // An unclosed fence or HTML block at the end swallows the table: nothing to compare.
      if (tree.children.at(-1)?.type !== 'table') continue;
      assert.deepEqual(tree.children.slice(0, -1), parseMarkdown(text).children);
      compared++;
    }
    assert.ok(compared > 50, `only ${compared} texts without tables compared`);
  });
});
