import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { backMatter } from '../../server/src/analyses/prose/backMatter';
import { bodyBlocks } from '../../server/src/analyses/sdg/bodyProse';

const backMatterOf = (markdown: string) => {
  const brief = parseBrief(markdown);
  return backMatter(brief).map((span) => brief.text.slice(span.start, span.end).trim());
};

describe('backMatter', () => {
  it('holds the sections titled as credits, acknowledgements, authors, funding or legal terms, in every shipped language', () => {
    assert.deepEqual(backMatterOf('## Findings\n\nHeat kills.\n\n## Acknowledgements\n\nWe thank the city.\n\n## Agradecimientos\n\nGracias.\n'), [
      '## Acknowledgements\n\nWe thank the city.',
      '## Agradecimientos\n\nGracias.',
    ]);
    assert.deepEqual(backMatterOf('## Terms of use\n\nCC BY 4.0.\n\n## Method\n\nWe counted shelters.\n'), ['## Terms of use\n\nCC BY 4.0.']);
  });

  it('holds the content of a component labelled so, in any quotes, up to its closing tag or the next heading', () => {
    const text = [
      "<Endnote label='Credits' divider>\n\nAna wrote it.\n\n</Endnote>",
      '<Endnote label="Method">\n\nWe counted.\n\n</Endnote>',
      '<Box title="Funding">\n\nA grant paid for it.\n\n</Box>',
      '<Note label="Terms">\n\nCC BY 4.0.\n\n## Next\n\nMore argument.\n',
    ].join('\n\n');
    assert.deepEqual(backMatterOf(text), ['Ana wrote it.', 'A grant paid for it.', 'CC BY 4.0.']);
  });

  it('is left out of the SDG evidence, as the references are', () => {
    const brief = parseBrief("Cities adapt to floods.\n\n<Endnote label='Credits'>\n\nThe climate office funded the flood maps.\n\n</Endnote>\n");
    assert.deepEqual(bodyBlocks(brief).map((block) => brief.text.slice(block.start, block.end)), ['Cities adapt to floods.']);
  });
});
