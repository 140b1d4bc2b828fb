import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupBriefs } from '../../client/src/briefGroups';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { buildPortfolio } from '../../server/src/report/portfolio';
import { readBriefFacts } from '../../server/src/report/briefFacts';

const brief = (path: string, frontMatter: string, body = '') => {
  const text = `---\ntype: policy-brief\n${frontMatter}\n---\n\n# ${path}\n\n${body}`;
  return { path, facts: readBriefFacts(parseBrief(text, path), BUILTIN_KNOWLEDGE, new Map()), lint: { errors: 0, warnings: 0, info: 0 }, knowledge: BUILTIN_KNOWLEDGE };
};

const portfolio = buildPortfolio(
  [
    brief('heat.md', 'city: Barcelona\nstatus: final\ndate: 2024-07-01\nsdgs: [11, "13.1"]\naction_areas: [urban-experimentation]'),
    brief('water.md', 'city: Geneva\nstatus: draft\ndate: 07-01-2025\nsdgs: [6, 11]\naction_areas: [open-labs]'),
    brief('notes.md', 'status: draft'),
  ],
  '2026-01-01T00:00:00.000Z',
);

/** Drafts with no tags yet, one of which speaks of climate adaptation throughout. */
const drafts = buildPortfolio(
  [
    brief('coast.md', 'status: draft', readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'sdg-suggest', 'climate-untagged.md'), 'utf8').split('---\n')[2]),
    brief('notes.md', 'status: draft'),
  ],
  '2026-01-01T00:00:00.000Z',
);

const summary = (grouping: Parameters<typeof groupBriefs>[1]) =>
  groupBriefs(portfolio, grouping).map((group) => [group.label, group.briefs.map((b) => b.path)]);

describe('grouping briefs for the Briefs view', () => {
  it('by SDG: the goals that have briefs, in order, then the briefs with no SDG tag', () => {
    assert.deepEqual(summary('sdg'), [
      ['6 Clean water and sanitation', ['water.md']],
      ['11 Sustainable cities and communities', ['heat.md', 'water.md']],
      ['13 Climate action', ['heat.md']], // a target counts toward its goal
      ['No SDG tag', ['notes.md']],
    ]);
  });

  it('by SDG, also the briefs whose text serves a goal that their tags leave out', () => {
    const climate = groupBriefs(drafts, 'sdg').find((group) => group.key === '13')!;
    assert.deepEqual([climate.briefs, climate.untagged!.map((b) => b.path)], [[], ['coast.md']]);
    assert.deepEqual(groupBriefs(portfolio, 'sdg').flatMap((group) => group.untagged ?? []), [], 'briefs with no text serve no goal');
  });

  it('by action area, city and status, with briefs lacking a value under their own group', () => {
    const areas = summary('actionArea');
    assert.deepEqual(areas.find(([label]) => label === 'Science-policy collaboration through urban experimentation'), ['Science-policy collaboration through urban experimentation', ['heat.md']]);
    assert.deepEqual(areas.slice(-2), [['open-labs (not in the catalogue)', ['water.md']], ['No action area', ['notes.md']]]);
    assert.deepEqual(summary('city'), [['Barcelona', ['heat.md']], ['Geneva', ['water.md']], ['No city given', ['notes.md']]]);
    assert.deepEqual(summary('status'), [['draft', ['notes.md', 'water.md']], ['final', ['heat.md']]]);
  });

  it('by year, from dates written YYYY-MM-DD only', () => {
    assert.deepEqual(summary('year'), [['2024', ['heat.md']], ['No date as YYYY-MM-DD', ['notes.md', 'water.md']]]);
  });
});
