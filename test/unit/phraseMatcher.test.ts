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

  it('reports UTF-16 offsets into the text', () => {
    const text = '🌍 science';
    const [match] = matcher.matchText(text);
    assert.equal(text.slice(match.start, match.end), 'science');
    assert.equal(match.start, 3);
  });
});
