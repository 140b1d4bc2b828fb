import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_KNOWLEDGE, loadKnowledge } from '../../server/src/knowledge/loadKnowledge';
import type { KnowledgeSources } from '../../server/src/engine/lintConfig';
import { readTextFile } from '../../server/src/io/readTextFile';
import { compileSchema } from '../../server/src/engine/dataFile';
import vocabulary from '../../server/src/knowledge/data/vocabulary.json';
import knownCapitals from '../../server/src/knowledge/data/known-capitals.json';
import initiatives from '../../server/src/knowledge/data/initiatives.json';
import actionAreas from '../../server/src/knowledge/data/action-areas.json';
import vocabularySchema from '../../server/src/knowledge/schemas/vocabulary.schema.json';
import initiativesSchema from '../../server/src/knowledge/schemas/initiatives.schema.json';
import actionAreasSchema from '../../server/src/knowledge/schemas/action-areas.schema.json';

function teamFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-knowledge-')), name);
  writeFileSync(path, content);
  return path;
}

const only = (part: Partial<KnowledgeSources>): KnowledgeSources => ({
  vocabulary: { files: [], replace: false },
  initiatives: { files: [], replace: false },
  actionAreas: { files: [], replace: false },
  ...part,
});

describe('built-in knowledge', () => {
  for (const [name, data, schema] of [
    ['vocabulary', vocabulary, vocabularySchema],
    ['known capitals', knownCapitals, vocabularySchema],
    ['initiatives', initiatives, initiativesSchema],
    ['action areas', actionAreas, actionAreasSchema],
  ] as const) {
    it(`the built-in ${name} file matches its schema`, () => {
      const validate = compileSchema(schema);
      assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
    });
  }

  it('has the official SDG goals, targets and indicators in en, es and fr', () => {
    const sdg = BUILTIN_KNOWLEDGE.sdg;
    assert.equal(sdg.goals().length, 17);
    assert.equal(sdg.get('11.a')?.kind, 'target');
    assert.equal(sdg.get('11.5.1')?.goal, '11');
    assert.match(sdg.get('11', 'es')!.text, /ciudades/i);
    assert.match(sdg.get('13', 'fr')!.text, /climatiques/i);
    assert.equal(sdg.get('11.8'), undefined);
    assert.equal(sdg.get('13.3.2')?.retired, true);
  });

  it('knows the five action areas and the city initiatives of the domain notes', () => {
    assert.deepEqual(BUILTIN_KNOWLEDGE.actionAreas.map((a) => a.id).sort(), ['citizen-science', 'global-commons', 'multilevel-cooperation', 'multistakeholderism', 'urban-experimentation']);
    for (const id of ['scitech-diplohub', 'gesda', 'gspi', 'gca-miami', 'kigali-innovation-city']) {
      assert.ok(BUILTIN_KNOWLEDGE.initiatives.some((i) => i.id === id), id);
    }
  });
});

describe('the built-in catalogue of initiatives and networks', () => {
  const SEEDS = ['scitech-diplohub', 'barcelona-alumni', 'fisd-bangalore', 'brain-city-berlin', 'berlin-partner-network', 'health-capital-helsinki', 'cdmx-spi-fellowship', 'gesda', 'gspi', 'geneva-2030-ecosystem', 'gca-miami', 'kigali-energy-efficiency-workshop', 'climate-chance-summit-africa', 'kigali-innovation-city', 'jrc-cities-science-initiative'];

  it('keeps the fifteen city initiatives first, as initiatives with their city', () => {
    const seeds = BUILTIN_KNOWLEDGE.initiatives.slice(0, SEEDS.length);
    assert.deepEqual(seeds.map((entry) => entry.id), SEEDS);
    assert.ok(seeds.every((entry) => entry.kind === undefined && entry.city && entry.country && entry.sdgs.length > 0));
  });

  it('knows the city networks and international bodies briefs name, each with a summary and a source', () => {
    const networks = BUILTIN_KNOWLEDGE.initiatives.filter((entry) => entry.kind === 'network');
    for (const id of ['c40', 'iclei', 'metropolis', 'uclg', 'eurocities', 'global-covenant-of-mayors', 'eu-covenant-of-mayors', 'eu-cities-mission', 'netzerocities', '100-resilient-cities', 'resilient-cities-network', 'global-parliament-of-mayors', 'sdsn', 'un-habitat', 'oecd-opsi']) {
      assert.ok(networks.some((entry) => entry.id === id), id);
    }
    assert.ok(networks.every((entry) => entry.summary && entry.source && Array.isArray(entry.sdgs)));
  });

  it('names a successor that is in the catalogue for every entry that ended', () => {
    const ended = BUILTIN_KNOWLEDGE.initiatives.filter((entry) => entry.ended !== undefined);
    assert.deepEqual(ended.map((entry) => [entry.id, entry.ended, entry.succeededBy]), [['100-resilient-cities', 2019, 'resilient-cities-network'], ['compact-of-mayors', 2016, 'global-covenant-of-mayors']]);
    for (const entry of ended) assert.ok(BUILTIN_KNOWLEDGE.initiatives.some((other) => other.id === entry.succeededBy), entry.id);
  });
});

describe('team knowledge files', () => {
  it('extends the built-in catalogue, and a team entry replaces a built-in one of the same id', () => {
    const file = teamFile('initiatives.yaml', 'initiatives:\n  - id: gesda\n    name: GESDA (team entry)\n    aliases: []\n    city: Geneva\n    country: Switzerland\n    summary: Team text.\n    sdgs: ["17"]\n  - id: lisbon-lab\n    name: Lisbon Urban Lab\n    aliases: []\n    city: Lisbon\n    country: Portugal\n    summary: A lab.\n    sdgs: ["11"]\n');
    const { knowledge, problems } = loadKnowledge(only({ initiatives: { files: [{ path: file }], replace: false } }), readTextFile);
    assert.deepEqual(problems, []);
    assert.equal(knowledge.initiatives.find((i) => i.id === 'gesda')?.name, 'GESDA (team entry)');
    assert.ok(knowledge.initiatives.some((i) => i.id === 'scitech-diplohub'));
    assert.deepEqual(knowledge.initiativeLocations.get('lisbon-lab'), { file, line: 8 });
  });

  it("adds a team's acronyms every reader knows and capitals that are not acronyms to the built-in lists, or replaces them", () => {
    const file = teamFile('vocabulary.yaml', 'allowedAcronyms: [KPI]\nnotAcronyms: [TBC]\n');
    const { knowledge, problems } = loadKnowledge(only({ vocabulary: { files: [{ path: file }], replace: false } }), readTextFile);
    assert.deepEqual(problems, []);
    for (const acronym of ['KPI', 'NATO', 'UNICEF']) assert.ok(knowledge.vocabulary.allowedAcronyms.includes(acronym), acronym);
    for (const word of ['TBC', 'MOST', 'CONTENTS']) assert.ok(knowledge.vocabulary.notAcronyms.includes(word), word);
    const replaced = loadKnowledge(only({ vocabulary: { files: [{ path: file }], replace: true } }), readTextFile).knowledge.vocabulary;
    assert.deepEqual([replaced.allowedAcronyms, replaced.notAcronyms], [['KPI'], ['TBC']]);
  });

  it('takes networks without a city or SDGs, and still asks an initiative for its city', () => {
    const file = teamFile('initiatives.yaml', 'initiatives:\n  - id: lab-network\n    kind: network\n    name: Urban Labs Network\n    aliases: [ULN]\n    summary: Labs together.\n    ended: 2022\n    succeededBy: c40\n  - id: lonely-lab\n    name: Lonely Lab\n    aliases: []\n    summary: A lab.\n    sdgs: []\n');
    const { knowledge, problems } = loadKnowledge(only({ initiatives: { files: [{ path: file }], replace: false } }), readTextFile);
    assert.deepEqual(problems.map((problem) => [problem.range.start.line, problem.message]), [
      [8, "'initiatives.1' is missing the required key 'city'."],
      [8, "'initiatives.1' is missing the required key 'country'."],
    ]);
    assert.equal(knowledge.initiatives.find((entry) => entry.id === 'lab-network'), undefined, 'a file with problems is skipped');
    const valid = teamFile('initiatives.yaml', 'initiatives:\n  - id: lab-network\n    kind: network\n    name: Urban Labs Network\n    aliases: [ULN]\n    summary: Labs together.\n');
    assert.deepEqual(loadKnowledge(only({ initiatives: { files: [{ path: valid }], replace: false } }), readTextFile).knowledge.initiatives.find((entry) => entry.id === 'lab-network')?.sdgs, []);
  });

  it('reports an ended entry whose successor is in no catalogue, at the entry', () => {
    const file = teamFile('initiatives.yaml', 'initiatives:\n  - id: lab-network\n    kind: network\n    name: Urban Labs Network\n    aliases: []\n    summary: Labs together.\n    ended: 2022\n    succeededBy: labs-alliance\n  - id: old-forum\n    kind: network\n    name: Old Forum\n    aliases: []\n    summary: A forum.\n    ended: 2015\n    succeededBy: c40\n');
    const { problems } = loadKnowledge(only({ initiatives: { files: [{ path: file }], replace: false } }), readTextFile);
    assert.deepEqual(problems.map((problem) => [problem.file, problem.range.start.line, problem.message]), [
      [file, 1, "'lab-network' is succeeded by 'labs-alliance', which is not in the catalogue. Write the id of the entry that carries on its work, or add that entry."],
    ]);
  });

  it('replaces the built-in data when asked to', () => {
    const file = teamFile('areas.yaml', 'actionAreas:\n  - id: open-data\n    name: Open data\n    summary: Publish data.\n    keywords: [open data]\n');
    const { knowledge } = loadKnowledge(only({ actionAreas: { files: [{ path: file }], replace: true } }), readTextFile);
    assert.deepEqual(knowledge.actionAreas.map((a) => a.id), ['open-data']);
  });

  it('reports a duplicate id and a schema error at their lines, and keeps the built-in data', () => {
    const file = teamFile('initiatives.yaml', 'initiatives:\n  - id: a-lab\n    name: A\n    aliases: []\n    city: X\n    country: Y\n    summary: S\n    sdgs: []\n  - id: a-lab\n    name: B\n    aliases: []\n    city: X\n    country: Y\n    summary: S\n    sdgs: []\n  - id: Bad Id\n');
    const { knowledge, problems } = loadKnowledge(only({ initiatives: { files: [{ path: file }], replace: false } }), readTextFile);
    assert.ok(problems.some((p) => p.range.start.line === 15), JSON.stringify(problems, null, 1));
    assert.ok(knowledge.initiatives.some((i) => i.id === 'gesda'), 'built-in data keeps working');
    const clean = teamFile('initiatives.yaml', 'initiatives:\n  - id: a-lab\n    name: A\n    aliases: []\n    city: X\n    country: Y\n    summary: S\n    sdgs: []\n  - id: a-lab\n    name: B\n    aliases: []\n    city: X\n    country: Y\n    summary: S\n    sdgs: []\n');
    const duplicate = loadKnowledge(only({ initiatives: { files: [{ path: clean }], replace: false } }), readTextFile).problems;
    assert.equal(duplicate.length, 1);
    assert.match(duplicate[0].message, /Duplicate id 'a-lab'/);
    assert.equal(duplicate[0].range.start.line, 8);
  });

  it('reads a JSON catalogue as JSON: its entries, where each id is written, a duplicate id and a schema error at their places', () => {
    const entry = (id: string, name: string) => ({ id, name, aliases: [], city: 'X', country: 'Y', summary: 'S', sdgs: [] });
    const text = JSON.stringify({ initiatives: [entry('a-lab', 'A'), entry('b-lab', 'B'), entry('a-lab', 'C')] }, null, 2);
    const file = teamFile('initiatives.json', text);
    const { knowledge, problems } = loadKnowledge(only({ initiatives: { files: [{ path: file }], replace: false } }), readTextFile);
    const lineOf = (needle: string, nth = 0) => text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i] : []))[nth];
    assert.deepEqual(problems.map((p) => [p.range.start.line, p.message]), [[lineOf('"id": "a-lab"', 1), "Duplicate id 'a-lab': an earlier entry in this file already uses it. Remove or rename one of them."]]);
    assert.equal(knowledge.initiativeLocations.get('b-lab')?.line, lineOf('"id": "b-lab"'));
    assert.ok(knowledge.initiatives.some((i) => i.id === 'b-lab'));

    const invalid = teamFile('initiatives.json', text.replace('"id": "b-lab"', '"id": "B Lab"'));
    const schema = loadKnowledge(only({ initiatives: { files: [{ path: invalid }], replace: false } }), readTextFile).problems;
    assert.ok(schema.some((p) => p.range.start.line === lineOf('"id": "b-lab"') && /not in the expected form/.test(p.message)), JSON.stringify(schema, null, 1));
  });

  it('places an unknown successor in a JSON catalogue, and an id a later catalogue file defines again at its place there', () => {
    const entry = (id: string, extra = {}) => ({ id, name: id, aliases: [], city: 'X', country: 'Y', summary: 'S', sdgs: [], ...extra });
    const first = JSON.stringify({ initiatives: [entry('a-lab'), entry('old-lab', { ended: 2020, succeededBy: 'gone-lab' }), entry('b-lab')] }, null, 2);
    const second = JSON.stringify({ initiatives: [entry('c-lab'), entry('b-lab')] }, null, 2);
    const files = [teamFile('initiatives.json', first), teamFile('more.json', second)];
    const { knowledge, problems } = loadKnowledge(only({ initiatives: { files: files.map((path) => ({ path })), replace: false } }), readTextFile);
    const lineOf = (text: string, id: string) => text.split('\n').findIndex((line) => line.includes(`"id": "${id}"`));
    assert.deepEqual(problems.map((p) => [p.file, p.range.start.line, p.message]), [
      [files[0], lineOf(first, 'old-lab'), "'old-lab' is succeeded by 'gone-lab', which is not in the catalogue. Write the id of the entry that carries on its work, or add that entry."],
    ]);
    assert.deepEqual(knowledge.initiativeLocations.get('a-lab'), { file: files[0], line: lineOf(first, 'a-lab') });
    assert.deepEqual(knowledge.initiativeLocations.get('b-lab'), { file: files[1], line: lineOf(second, 'b-lab') });
    assert.equal(knowledge.initiativeLocations.has('gesda'), false, 'a built-in entry has no place in a team file');
  });

  it('reports a vocabulary term that is empty, and a file that does not exist', () => {
    const file = teamFile('vocabulary.yaml', 'terms:\n  - term: ""\n    definition: Nothing.\n    avoid: []\n');
    const { knowledge, problems } = loadKnowledge(only({ vocabulary: { files: [{ path: file }, { path: '/nonexistent/vocabulary.yaml' }], replace: false } }), readTextFile);
    assert.equal(problems[0].range.start.line, 1);
    assert.match(problems[1].message, /does not exist/);
    assert.deepEqual(knowledge.vocabulary, BUILTIN_KNOWLEDGE.vocabulary, 'the built-in vocabulary keeps working');
  });

  it('a team file that is a YAML bomb, nested too deep, or binary: one problem each, built-ins kept', () => {
    const levels = 'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    const bomb = teamFile('vocabulary.yaml', ['a: &a [x, x, x, x, x, x, x, x, x]', ...levels, 'terms: []', ''].join('\n'));
    const deep = teamFile('vocabulary.yaml', `terms: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const binary = teamFile('vocabulary.yaml', '\u0000\u0001\u0002PNG');
    for (const path of [bomb, deep, binary]) {
      const { knowledge, problems } = loadKnowledge(only({ vocabulary: { files: [{ path }], replace: false } }), readTextFile);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].file, path);
      assert.deepEqual(knowledge.vocabulary, BUILTIN_KNOWLEDGE.vocabulary);
    }
  });
});
