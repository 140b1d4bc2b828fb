import { strict as assert } from 'node:assert';
import { appendMarkdown } from '../../server/src/analyses/prose/appendMarkdown';
import { parseBrief } from '../../server/src/engine/parseBrief';

/** Whether `## Added` becomes a real heading when written at the end of the text. */
function becomesHeading(text: string): boolean {
  const edit = appendMarkdown(parseBrief(text), ['## Added'])!;
  const after = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  return parseBrief(after).headings.some((h) => h.title === 'Added');
}

describe('appendMarkdown', () => {
  const swallowing = {
    'an unclosed front matter': '---\ntype: policy-brief\n',
    'an unclosed ``` fence': '# T\n\n```\ncode\n',
    'an unclosed ~~~ fence closed by backticks': '# T\n\n~~~~\ncode\n```\n',
    'a fence closed by a shorter fence': '# T\n\n````\ncode\n```',
    'an unclosed HTML comment': '# T\n\n<!-- draft\n\nmore',
    'an unclosed <script> block': '# T\n\n<script>\nx = 1\n\n',
  };
  for (const [what, text] of Object.entries(swallowing)) {
    it(`offers no edit when the text ends inside ${what}`, () => {
      assert.equal(appendMarkdown(parseBrief(text), ['## Added']), undefined);
    });
  }

  const open = {
    'a paragraph without a final line break': '# T\n\nText',
    'a closed fence': '# T\n\n```\ncode\n```\n',
    'a closed comment': '# T\n\n<!-- diplobrief-enable -->',
    'an HTML block that a blank line ends': '# T\n\n<div>\n',
    'a list': '# T\n\n- a\n- b\n',
    'a blockquote with an open fence': '# T\n\n> ```\n> code',
    'a table': '| a |\n| - |\n| b |\n',
    'CRLF line breaks': '# T\r\n\r\nText\r\n',
    'lone CR line breaks': '# T\r\rText\r',
    'an empty text': '',
  };
  for (const [what, text] of Object.entries(open)) {
    it(`adds a real heading after ${what}`, () => {
      assert.ok(becomesHeading(text));
    });
  }

  it('writes the text\'s own line breaks', () => {
    assert.equal(appendMarkdown(parseBrief('# T\r\rText\r'), ['## A', '## B'])!.newText, '\r## A\r## B\r');
    assert.equal(appendMarkdown(parseBrief('# T\r\n\r\nText'), ['## A'])!.newText, '\r\n\r\n## A\r\n');
  });
});
