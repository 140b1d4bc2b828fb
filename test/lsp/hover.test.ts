import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { provideHover } from '../../server/src/lsp/features/hover';
import { briefText, openAt } from '../helpers/briefDocuments';

function hover(marked: string): string | undefined {
  const { document, position } = openAt(marked);
  return (provideHover(document, position)?.contents as MarkupContent | undefined)?.value;
}

describe('hover', () => {
  it('shows the official text and goal colour of an SDG tag', () => {
    const text = hover(briefText('Text.\n', 'sdgs: [1|1, "11.5"]\n'))!;
    assert.match(text, /Sustainable cities and communities/);
    assert.match(text, /background-color:#FD9D24/);
    assert.match(hover(briefText('Text.\n', 'sdgs: [11, "11.|5"]\n'))!, /Target 11\.5\*\*: By 2030, significantly reduce the number of deaths/);
  });

  it('explains SDG mentions in the text, in the brief\'s language', () => {
    assert.match(hover(briefText('Heat threatens SDG target 1|1.5 most.\n'))!, /Target 11\.5/);
    assert.match(hover(briefText('As Goal |6 of the SDGs says.\n'))!, /Goal 6\*\*: Ensure availability and sustainable management of water/);
    assert.match(hover(briefText('El ODS 1|1 dice.\n', 'lang: es\n'))!, /Ciudades y comunidades sostenibles/);
  });

  it('shows an initiative card for references and tags', () => {
    const card = hover(briefText('As [@scitech-dip|lohub] shows.\n'))!;
    assert.match(card, /\*\*SciTech DiploHub\*\* · Barcelona, Spain · since 2018/);
    assert.match(card, /https:\/\/www\.scitechdiplohub\.org\//);
    assert.match(card, /built-in catalogue/);
    assert.match(hover(briefText('Text.\n', 'initiatives: [bcn-urb|an-lab]\n'))!, /Barcelona Urban Science Lab.*\n\nA city living lab[\s\S]*team catalogue/);
  });

  it('shows a network card on its name in plain words, with the successor of an ended one', () => {
    assert.match(hover(briefText('Lisbon works with Metro|polis on housing.\n'))!, /\*\*Metropolis\*\* · City network or international body · seat Barcelona, Spain · founded 1985/);
    const ended = hover(briefText('Quito joined 10|0RC early.\n'))!;
    assert.match(ended, /\*\*100 Resilient Cities\*\* · City network or international body · seat New York, United States · 2013–2019/);
    assert.match(ended, /\*\*Ended in 2019\*\*; its work continues as Resilient Cities Network \(`@resilient-cities-network`\)/);
    assert.equal(hover(briefText('A metro|polis of ten million.\n')), undefined, 'a common noun is not the association');
  });

  it('describes action areas and front matter keys', () => {
    assert.match(hover(briefText('Text.\n', 'action_areas: [citizen-sci|ence]\n'))!, /A citizen-science nexus/);
    assert.match(hover(briefText('Text.\n').replace('status: draft', 'sta|tus: draft'))!, /One of: `draft`, `review`, `final`/);
  });

  it('defines vocabulary terms and acronyms', () => {
    assert.match(hover(briefText('Cities practise science dipl|omacy today.\n'))!, /\*\*science diplomacy\*\*: The use of scientific collaboration/);
    assert.match(hover(briefText('Invest in S|TI now.\n'))!, /\*\*STI\*\*: Science, Technology and Innovation/);
  });

  it('stays silent on unknown ids and ordinary words', () => {
    assert.equal(hover(briefText('As [@no-such-thi|ng] shows.\n')), undefined);
    assert.equal(hover(briefText('Ordinary wo|rds.\n')), undefined);
    assert.equal(hover(briefText('A target 2.|5 per cent cut.\n')), undefined);
  });
});
