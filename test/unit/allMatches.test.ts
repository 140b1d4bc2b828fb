import { strict as assert } from 'node:assert';
import { allMatches } from '../../server/src/engine/allMatches';

describe('allMatches', () => {
  const same = (pattern: RegExp, text: string) => {
    const expected = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => [match.index, ...match]);
    assert.deepEqual(allMatches(pattern, text).map((match) => [match.index, ...match]), expected);
  };

  it('finds what matchAll finds, groups and places included, and can be run again', () => {
    const year = /\((\d{4})\)/g;
    same(year, 'Milly (2008) and Smith (2011), not (20x1).');
    same(year, 'Milly (2008) and Smith (2011), not (20x1).');
    same(year, 'no years');
  });

  it('steps past empty matches one character at a time, or one code point in unicode mode', () => {
    same(/[^\r\n]*(?:\r\n|\r|\n|$)/g, 'first line\r\nsecond\n\nlast');
    same(/x*/g, 'axxb');
    same(/\p{Ll}*/gu, 'a😀b😀');
  });

  it('starts from the text start, whatever a search before left the pattern at', () => {
    const word = /\w+/g;
    word.exec('skipped words here');
    same(word, 'one two');
  });
});
