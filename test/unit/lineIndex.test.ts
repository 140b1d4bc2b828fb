import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/engine/lineIndex';

describe('LineIndex', () => {
  it('treats \\n, \\r\\n and a lone \\r as line breaks', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
    assert.equal(index.lineEnd(1), 3);
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const text = 'x 🌍 GESDA';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('GESDA')), { line: 0, character: 5 });
  });

  it('never places a position inside a \\r\\n pair or past the text', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 0, character: 50 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 6);
  });
});

describe('LineIndex.rangeOf', () => {
  const index = new LineIndex('a🌍b');

  it('widens a range that would cut an emoji in half', () => {
    assert.deepEqual(index.rangeOf(2, 3), { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
    assert.deepEqual(index.rangeOf(0, 2), { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('keeps an empty range empty, before the emoji', () => {
    assert.deepEqual(index.rangeOf(2, 2), { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } });
  });
});
