import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { sentencesOf } from '../../server/src/analyses/prose/sentences';
import { readingEase } from '../../server/src/analyses/prose/readability';

const sentences = (markdown: string) => {
  const brief = parseBrief(markdown);
  return sentencesOf(brief).map((s) => [brief.text.slice(s.start, s.end), s.words] as const);
};

describe('sentencesOf', () => {
  it('ends sentences at full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('Cities act. Do they? Yes!\n'), [
      ['Cities act.', 2],
      ['Do they?', 2],
      ['Yes!', 1],
    ]);
  });

  it('keeps abbreviations, initials, dotted abbreviations and decimals inside a sentence', () => {
    assert.deepEqual(sentences('Sea levels rose 0.5 m, e.g. in Miami, per Sweet et al. (2022) and the U.S. Army. P. Gluckman agrees.\n'), [
      ['Sea levels rose 0.5 m, e.g. in Miami, per Sweet et al. (2022) and the U.S. Army.', 17],
      ['P. Gluckman agrees.', 3],
    ]);
  });

  it('never runs across paragraphs, list items, headings or table cells', () => {
    const found = sentences('# A title\n\nA paragraph without a stop\n\n- one item\n- another item\n\n| a cell | another cell |\n| --- | --- |\n| x | y |\n');
    assert.deepEqual(found.map(([text]) => text), ['A title', 'A paragraph without a stop', 'one item', 'another item', 'a cell', 'another cell', 'x', 'y']);
  });

  it('does not count code or URLs as words', () => {
    assert.deepEqual(sentences('Run `npm run build --production now` on <https://example.org/a/b>.\n'), [['Run `npm run build --production now` on <https://example.org/a/b>.', 2]]);
  });
});

describe('readingEase', () => {
  it('computes Flesch reading ease from words, sentences and syllables', () => {
    const brief = parseBrief('The cat sat. The dog ran.\n');
    const score = readingEase(brief, sentencesOf(brief));
    assert.deepEqual([score.words, score.sentences, score.syllables], [6, 2, 6]);
    assert.equal(Math.round(score.ease * 100) / 100, Math.round((206.835 - 1.015 * 3 - 84.6) * 100) / 100);
  });
});
