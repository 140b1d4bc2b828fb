import { strict as assert } from 'node:assert';
import { PhraseMatcher, tokenize } from '../../server/src/engine/phraseMatcher';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    { phrase: 'science policy interface', value: 'spaced' },
    { phrase: 'science-policy interface', value: 'hyphenated' },
    { phrase: 'science', value: 'word' },
    { phrase: 'IO', value: 'acronym', caseSensitive: true },
    { phrase: 'sea level rise', value: 'slr' },
  ]);
  const found = (text: string) => matcher.matchText(text).map((m) => [m.text, m.value]);

  it('tells hyphenated and spaced forms apart, longest match first', () => {
    assert.deepEqual(found('The Science policy interface and the science-policy interface.'), [
      ['Science policy interface', 'spaced'],
      ['science-policy interface', 'hyphenated'],
    ]);
  });

  it('matches on word boundaries only', () => {
    assert.deepEqual(found('sciences, conscience, science.'), [['science', 'word']]);
  });

  it('honours case-sensitive entries', () => {
    assert.deepEqual(found('an IO, not io or Io'), [['IO', 'acronym']]);
  });

  it('lets a phrase run across a line break or blanked markup', () => {
    assert.deepEqual(found('sea  level\nrise'), [['sea  level\nrise', 'slr']]);
  });

  it('finds the phrases of a list compiled after the same tokens were matched by another list', () => {
    const text = 'An axolotl met a quokka wallaby.';
    const tokens = tokenize(text);
    assert.deepEqual(new PhraseMatcher([{ phrase: 'axolotl', value: 'first' }]).matchTokens(tokens, text).map((m) => m.text), ['axolotl']);
    const later = new PhraseMatcher([{ phrase: 'quokka wallaby', value: 'later' }]);
    assert.deepEqual(later.matchTokens(tokens, text).map((m) => [m.text, m.value]), [['quokka wallaby', 'later']]);
  });

  it('finds a phrase whose first word an earlier list has only inside its phrases', () => {
    const text = 'A red panda is a panda.';
    const tokens = tokenize(text);
    assert.deepEqual(new PhraseMatcher([{ phrase: 'red panda', value: 'earlier' }]).matchTokens(tokens, text).map((m) => m.text), ['red panda']);
    const later = new PhraseMatcher([{ phrase: 'panda', value: 'later' }]);
    assert.deepEqual(later.matchTokens(tokens, text).map((m) => m.start), [6, 17]);
  });

  it('keeps each phrase apart from the next, whatever their edges, and skips blank ones', () => {
    const list = new PhraseMatcher([
      { phrase: '  open data  ', value: 'trimmed' },
      { phrase: '', value: 'empty' },
      { phrase: ' \n ', value: 'blank' },
      { phrase: 'data', value: 'data' },
      { phrase: 'C40.', value: 'dotted' },
      { phrase: '(lab', value: 'bracketed' },
      { phrase: 'heat\nplan', value: 'two lines' },
      { phrase: 'open data', value: 'the same phrase again' },
    ]);
    const text = 'Open data, data; C40. (lab heat plan, open';
    assert.deepEqual(list.matchText(text).map((m) => [m.text, m.value]), [
      ['Open data', 'trimmed'],
      ['data', 'data'],
      ['C40.', 'dotted'],
      ['(lab', 'bracketed'],
      ['heat plan', 'two lines'],
    ]);
    assert.deepEqual(list.matchText('data (').map((m) => m.value), ['data'], 'no phrase is the end of one and the start of the next');
  });

  it('reports UTF-16 offsets into the text', () => {
    const text = '🌍 science';
    const [match] = matcher.matchText(text);
    assert.equal(text.slice(match.start, match.end), 'science');
    assert.equal(match.start, 3);
  });
});
