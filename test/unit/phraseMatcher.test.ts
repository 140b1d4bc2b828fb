import { strict as assert } from 'node:assert';
import { PhraseMatcher } from '../../server/src/engine/phraseMatcher';

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

  it('reports UTF-16 offsets into the text', () => {
    const text = '🌍 science';
    const [match] = matcher.matchText(text);
    assert.equal(text.slice(match.start, match.end), 'science');
    assert.equal(match.start, 3);
  });
});
