import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { blankHtmlComments, commentBody, htmlComments } from '../../server/src/engine/htmlComments';

describe('htmlComments', () => {
  const asRegexFinds = (text: string) => [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, body: match[1] }));
  const found = (text: string) => htmlComments(text).map((comment) => ({ ...comment, body: commentBody(text, comment) }));

  it('finds the comments a lazy regular expression finds, bodies included', () => {
    for (const text of ['a <!-- one --> b <!--two-->', '<!---->', '<!-->x-->', '<!-- a <!-- b --> c -->', 'no comment', '<!-- open\n<!-- closed -->'])
      assert.deepEqual(found(text), asRegexFinds(text), text);
    fc.assert(fc.property(fc.stringMatching(/^(?:<!--|-->|-|<|!|x|\n)*$/), (text) => assert.deepEqual(found(text), asRegexFinds(text))));
  });

  it('stops at the first comment left open: no opening after it closes either', () => {
    const text = `<!-- kept -->${'\n<!-- open ABC'.repeat(3)}`;
    assert.deepEqual(htmlComments(text), [{ start: 0, end: 13 }]);
  });

  it('blanks comments to spaces, keeping the length and the text around them', () => {
    assert.equal(blankHtmlComments('The <!-- draft --> ABC <!-- open'), `The ${' '.repeat(14)} ABC <!-- open`);
    assert.equal(blankHtmlComments('no comment here'), 'no comment here');
  });
});
