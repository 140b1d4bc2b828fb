import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parseMarkdown } from '../../server/src/engine/markdownParser';

/** remark-parse with GFM tables as the extension ships them, tried at the start of every block. */
const withEveryTable = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()]);

/** Lines that make tables, break them, or hold them inside lists and quotes, in any order and with any line ending. */
const LINES = ['| a | b |', 'a | b', '| - | :-: |', '--- | ---', '|-|', '| c |', 'c', 'Paragraph text | with a pipe', '', '> | a |', '> | - |', '>', '- | a |', '  | - |', '  | b |', '1. x', '   | - |', '```', '    | code |', '---', 'Heading', '===', '\\| d |', '| e \\| f |', '<div>', '</div>', '  | - | - |', '\t| - |'];

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

  it('reads tables exactly as GFM does when it tries a table at every block', () => {
    const text = fc.tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r'));
    fc.assert(
      fc.property(text, ([lines, ending]) => {
        // A delimiter-row mark switches the table construct on; the strike marks of LINES are none.
        const markdown = `${lines.join(ending)}${ending}| z |${ending}| - |${ending}`;
        assert.deepEqual(parseMarkdown(markdown), withEveryTable.parse(markdown));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});
