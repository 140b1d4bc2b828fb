import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import type { Diagnostic, Severity } from '../../server/src/engine/types';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { readBriefFacts } from '../../server/src/report/briefFacts';
import { buildPortfolio, summariseLint, type PortfolioInput } from '../../server/src/report/portfolio';
import { contrastRatio, textColourOn } from '../../server/src/report/contrast';
import { goalCoverageLine } from '../../server/src/report/reportText';

function brief(frontMatter: string, body = '# A brief\n'): string {
  return `---\ntype: policy-brief\n${frontMatter}\n---\n\n${body}`;
}

function input(path: string, text: string, severities: Severity[] = []): PortfolioInput {
  const diagnostics = severities.map((severity): Diagnostic => ({ rule: 'r', severity, message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
  return { path, facts: readBriefFacts(parseBrief(text, path), BUILTIN_KNOWLEDGE, new Map()), lint: summariseLint(diagnostics), knowledge: BUILTIN_KNOWLEDGE };
}

const GENERATED_AT = '2026-01-01T00:00:00.000Z';

describe('portfolio facts of a brief', () => {
  it('counts a tagged target or indicator toward its goal, whatever way the goal is written', () => {
    const facts = readBriefFacts(parseBrief(brief('sdgs: ["11.5.1", Climate action, SDG 3, 18, "11.5.1"]')), BUILTIN_KNOWLEDGE, new Map());
    assert.deepEqual(facts.goals, ['3', '11', '13']);
    assert.deepEqual(facts.sdgs, ['11.5.1', '13', '3'], 'an id that is no SDG is left out, a repeated one counted once');
  });

  it('takes initiatives from the front matter and catalogued citations in the body', () => {
    const text = brief('initiatives: [gesda, our-own-lab]', '# T\n\nSee [@gspi; @smith2020], @scitech-diplohub and `[@fisd-bangalore]`.\n');
    assert.deepEqual(readBriefFacts(parseBrief(text), BUILTIN_KNOWLEDGE, new Map()).initiatives, ['gesda', 'our-own-lab', 'gspi', 'scitech-diplohub']);
  });

  it('falls back to the first heading for a title, and reads missing fields as null', () => {
    const facts = readBriefFacts(parseBrief(brief('city: "  "\nstatus: draft', '# Water for all\n')), BUILTIN_KNOWLEDGE, new Map());
    assert.equal(facts.title, 'Water for all');
    assert.equal(facts.city, null);
    assert.equal(facts.date, null);
    assert.equal(facts.status, 'draft');
  });
});

describe('buildPortfolio', () => {
  const portfolio = buildPortfolio(
    [
      input('b.md', brief('title: B\ncity: Geneva\nstatus: final\nsdgs: [6]\naction_areas: [citizen-science, open-labs]'), ['warning', 'hint', 'information']),
      input('a.md', brief('title: A\ncity: Kigali\nstatus: draft\nsdgs: [6, 7]'), ['error']),
      input('c.md', brief('title: C\ncity: Geneva\nstatus: proposal'), []),
      input('d.md', brief('title: D'), []),
    ],
    GENERATED_AT,
  );

  it('lists briefs by path with their lint summary, information and hints as info', () => {
    assert.deepEqual(
      portfolio.briefs.map((b) => [b.path, b.lint]),
      [
        ['a.md', { errors: 1, warnings: 0, info: 0 }],
        ['b.md', { errors: 0, warnings: 1, info: 2 }],
        ['c.md', { errors: 0, warnings: 0, info: 0 }],
        ['d.md', { errors: 0, warnings: 0, info: 0 }],
      ],
    );
    assert.deepEqual(portfolio.totals, { briefs: 4, goalsCovered: 2, goalsInTextOnly: 0, errors: 1, warnings: 1, info: 2, notReadyToPublish: 0 });
  });

  it('counts briefs per goal and names the goals no brief serves', () => {
    assert.equal(portfolio.goals.length, 17);
    assert.deepEqual(portfolio.goals.filter((goal) => goal.briefs > 0).map((goal) => [goal.id, goal.briefs]), [['6', 2], ['7', 1]]);
    assert.deepEqual(portfolio.uncoveredGoals, ['1', '2', '3', '4', '5', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17']);
  });

  it('lists every catalogued action area, then the unknown ones', () => {
    const areas = portfolio.actionAreas.map((area) => [area.id, area.known, area.briefs]);
    assert.deepEqual(areas.at(-1), ['open-labs', false, 1]);
    assert.deepEqual(areas.find(([id]) => id === 'citizen-science'), ['citizen-science', true, 1]);
    assert.equal(areas.length, BUILTIN_KNOWLEDGE.actionAreas.length + 1);
  });

  it('orders statuses by review stage and cities by count, with missing values last', () => {
    assert.deepEqual(portfolio.statuses, [
      { status: 'draft', briefs: 1 },
      { status: 'final', briefs: 1 },
      { status: 'proposal', briefs: 1 },
      { status: null, briefs: 1 },
    ]);
    assert.deepEqual(portfolio.cities, [
      { city: 'Geneva', briefs: 2 },
      { city: 'Kigali', briefs: 1 },
      { city: null, briefs: 1 },
    ]);
  });

  it('lists briefs that could not be read by path with the reason, and counts them nowhere else', () => {
    const refused = (path: string, rule: string, message: string) => ({ path, refused: { rule, severity: 'error' as const, message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } });
    const withUnread = buildPortfolio(
      [
        refused('z.md', 'file-too-large', 'This brief is 2.0 MB, over the 1.0 MB limit, so it was not linted.'),
        input('a.md', brief('title: A\nstatus: draft\nsdgs: [6]')),
        refused('b.md', 'file-binary', 'This file is binary (it contains NUL bytes), so it was not linted.'),
      ],
      GENERATED_AT,
    );
    assert.deepEqual(withUnread.notRead, [
      { path: 'b.md', rule: 'file-binary', reason: 'This file is binary (it contains NUL bytes), so it was not linted.' },
      { path: 'z.md', rule: 'file-too-large', reason: 'This brief is 2.0 MB, over the 1.0 MB limit, so it was not linted.' },
    ]);
    assert.deepEqual(withUnread.briefs.map((b) => b.path), ['a.md']);
    assert.deepEqual(withUnread.totals, { briefs: 1, goalsCovered: 1, goalsInTextOnly: 0, errors: 0, warnings: 0, info: 0, notReadyToPublish: 0 });
    assert.deepEqual(withUnread.statuses, [{ status: 'draft', briefs: 1 }]);
  });

  it('lists a brief with template text or personal data as not ready to publish, whatever the severity set for them', () => {
    const finding = (rule: string, severity: Severity): Diagnostic => ({ rule, severity, message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    const withFindings = (path: string, diagnostics: Diagnostic[]): PortfolioInput => ({ ...input(path, brief('title: T')), lint: summariseLint(diagnostics) });
    const ready = buildPortfolio(
      [
        withFindings('a.md', [finding('structure-template-text', 'error'), finding('personal-data', 'information'), finding('structure-template-text', 'error')]),
        withFindings('b.md', [finding('personal-data', 'warning'), finding('sdg-missing', 'warning')]),
        withFindings('c.md', [finding('structure-empty-section', 'warning')]),
      ],
      GENERATED_AT,
    );
    assert.deepEqual(ready.briefs.map((b) => [b.path, b.notReady]), [['a.md', ['template text', 'personal data']], ['b.md', ['personal data']], ['c.md', []]]);
    assert.equal(ready.totals.notReadyToPublish, 2);
    assert.deepEqual(ready.briefs[0].lint, { errors: 2, warnings: 0, info: 1 }, 'the lint summary keeps its counts only');
  });

  it('shows the goals the text of untagged briefs serves, so a folder of drafts does not read as serving nothing', () => {
    const body = '# Living with water\n\nSea level rise and king tides flood low-lying streets; the climate adaptation plan maps flood risk.\n\nHeat waves grow longer, and the heat action plan opens cooling centres against extreme heat.\n';
    const drafts = buildPortfolio([input('a.md', brief('title: A\nstatus: draft', body)), input('b.md', brief('title: B\nstatus: draft\nsdgs: [11]', body))], GENERATED_AT);
    assert.deepEqual(drafts.briefs.map((b) => [b.path, b.goals, b.untaggedGoals]), [['a.md', [], ['13']], ['b.md', ['11'], ['13']]]);
    assert.deepEqual(drafts.goals.find((goal) => goal.id === '13'), { id: '13', short: 'Climate action', title: drafts.goals[12].title, colour: drafts.goals[12].colour, briefs: 0, untaggedBriefs: 2 });
    assert.equal(goalCoverageLine(drafts), '2 briefs serving 1 of 17 SDGs by their tags; their text serves 1 more, untagged');
  });

  it('is empty but complete with no briefs', () => {
    const empty = buildPortfolio([], GENERATED_AT);
    assert.equal(empty.goals.length, 17);
    assert.equal(empty.uncoveredGoals.length, 17);
    assert.deepEqual(empty.briefs, []);
    assert.deepEqual(empty.notRead, []);
  });
});

describe('WCAG contrast', () => {
  it('computes the ratios of the WCAG definition', () => {
    assert.equal(contrastRatio('#000000', '#FFFFFF'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.ok(Math.abs(contrastRatio('#767676', '#FFFFFF') - 4.54) < 0.01);
  });

  it('picks text of at least 4.5:1 on every official SDG colour', () => {
    for (const goal of BUILTIN_KNOWLEDGE.sdg.goals()) {
      assert.ok(contrastRatio(goal.colour, textColourOn(goal.colour)) >= 4.5, `SDG ${goal.id} (${goal.colour})`);
    }
    assert.equal(textColourOn('#FCC30B'), '#000000');
    assert.equal(textColourOn('#19486A'), '#FFFFFF');
  });
});
