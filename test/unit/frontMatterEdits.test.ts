import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { fieldItems, parseFrontMatter } from '../../server/src/engine/frontMatter';
import { addListItem, removeListItem, replaceListItem } from '../../server/src/analyses/frontMatter/frontMatterEdits';
import type { OffsetEdit } from '../../server/src/engine/rule';

const apply = (text: string, edit: OffsetEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
const add = (text: string, item: string) => apply(text, addListItem(text, parseFrontMatter(text)!, 'sdgs', item));
const remove = (text: string, index: number) => {
  const frontMatter = parseFrontMatter(text)!;
  return apply(text, removeListItem(text, frontMatter, 'sdgs', fieldItems(frontMatter, 'sdgs', text)[index]));
};
const sdgsOf = (text: string) => parse(text.split('---')[1]).sdgs;

describe('front matter list edits', () => {
  it('adds to a flow list, an empty flow list, a block list and a scalar', () => {
    assert.equal(add('---\nsdgs: [11, 13] # main\n---\n', '"11.5"'), '---\nsdgs: [11, 13, "11.5"] # main\n---\n');
    assert.equal(add('---\nsdgs: []\n---\n', '13'), '---\nsdgs: [13]\n---\n');
    assert.equal(add('---\nsdgs:\n    - 11\n    - 13 # adaptation\ntitle: T\n---\n', '17'), '---\nsdgs:\n    - 11\n    - 13 # adaptation\n    - 17\ntitle: T\n---\n');
    assert.equal(add('---\nsdgs: 11\n---\n', '13'), '---\nsdgs: [11, 13]\n---\n');
  });

  it('adds the key when it is missing or empty, keeping CRLF line breaks', () => {
    assert.equal(add('---\r\ntitle: T\r\n---\r\nBody', '13'), '---\r\ntitle: T\r\nsdgs: [13]\r\n---\r\nBody');
    assert.equal(add('---\nsdgs:\ntitle: T\n---\n', '13'), '---\nsdgs: [13]\ntitle: T\n---\n');
    assert.equal(add('---\n---\n', '13'), '---\nsdgs: [13]\n---\n');
  });

  it('removes an item with its separator or its line, and keeps the YAML valid', () => {
    assert.equal(remove('---\nsdgs: [11, 13, 17]\n---\n', 1), '---\nsdgs: [11, 17]\n---\n');
    assert.equal(remove('---\nsdgs: [11, 13]\n---\n', 0), '---\nsdgs: [13]\n---\n');
    assert.equal(remove('---\nsdgs: [11]\n---\n', 0), '---\nsdgs: []\n---\n');
    assert.equal(remove('---\nsdgs:\n  - 11\n  - 13\nx: 1\n---\n', 1), '---\nsdgs:\n  - 11\nx: 1\n---\n');
    assert.deepEqual(sdgsOf(remove('---\nsdgs:\n  - 11\nx: 1\n---\n', 0)), []);
  });

  it('replaces one item and nothing else', () => {
    const text = '---\nsdgs: [SDG11, 13]\n---\n';
    const [item] = fieldItems(parseFrontMatter(text)!, 'sdgs', text);
    assert.equal(apply(text, replaceListItem(item, '11')), '---\nsdgs: [11, 13]\n---\n');
  });

  it('always leaves a list that YAML reads with the new item last', () => {
    for (const list of [' [11]', ' [ 11 , 13 ]', '\n  - 11', '\n- 11\n- 13', ' 11', '', ' []', ' [\n  11,\n  13\n]']) {
      const text = `---\ntitle: T\nsdgs:${list}\nstatus: draft\n---\n`;
      const after = sdgsOf(add(text, '"6.1"'));
      assert.equal(after.at(-1), '6.1', `${JSON.stringify(list)} became ${JSON.stringify(after)}`);
    }
  });

  it('keeps the line breaks of a brief with CR-only line ends', () => {
    assert.equal(add('---\rsdgs:\r  - 11\rtitle: T\r---\r', '13'), '---\rsdgs:\r  - 11\r  - 13\rtitle: T\r---\r');
  });
});
