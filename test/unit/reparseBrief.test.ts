import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { reparseBrief } from '../../server/src/engine/reparseBrief';

const brief = '---\ntitle: T\n---\n\n# Title\n\nFirst paragraph.\n\nSecond paragraph, with a [link](https://example.org).\n\n- a list\n- of two\n\nLast paragraph.\n';

describe('reparseBrief', () => {
  it('reparses only the paragraph typed in: the blocks before it are kept, those after it moved', () => {
    const previous = parseBrief(brief);
    const text = brief.replace('Second paragraph', 'Second long paragraph');
    const next = reparseBrief(previous, text);
    assert.equal(next.tree.children[0], previous.tree.children[0], 'the heading before the edit is the same node');
    assert.deepEqual(next.tree, parseBrief(text).tree);
    assert.equal(next.frontMatter, previous.frontMatter, 'the front matter is not read again');
    assert.equal(previous.tree.children[3].position!.start.offset, brief.indexOf('- a list'), 'the previous tree is left as it was');
  });

  it('parses the whole text again when an edit changes the blocks around it', () => {
    const previous = parseBrief(brief);
    for (const text of [brief.replace('First paragraph.', 'First paragraph.\n\n```'), brief.replace('Last paragraph.', 'Last paragraph [x].\n\n[x]: https://example.org'), brief.replace('title: T', 'title: Tt')]) {
      const next = reparseBrief(previous, text);
      assert.notEqual(next.tree.children[0], previous.tree.children[0]);
      assert.deepEqual(next.tree, parseBrief(text).tree);
    }
  });

  it('counts a line break typed as \\r just before a \\n as one, as the parser does', () => {
    const previous = parseBrief(brief);
    // The edit ends the paragraph's text with \r, which joins the \n after it into one line break.
    const text = brief.replace('First paragraph.', 'First par\r');
    assert.deepEqual(reparseBrief(previous, text).tree, parseBrief(text).tree);
  });

  it('keeps a U+FEFF that opens a paragraph, which the block parsed alone would drop as a byte order mark', () => {
    const withMark = brief.replace('Last paragraph.', '\uFEFFLast paragraph.');
    const previous = parseBrief(withMark);
    const text = withMark.replace('Last paragraph.', 'Last paragraph!');
    assert.deepEqual(reparseBrief(previous, text).tree, parseBrief(text).tree);
  });
});
