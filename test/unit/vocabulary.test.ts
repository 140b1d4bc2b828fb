import { readTextFile } from '../../server/src/io/readTextFile';
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { BUILTIN_KNOWLEDGE, loadKnowledge } from '../../server/src/knowledge/loadKnowledge';
import { matchCase } from '../../server/src/analyses/vocabulary/matchCase';
import { findAcronyms } from '../../server/src/analyses/vocabulary/acronyms';
import { findTerms, termMatcher } from '../../server/src/analyses/vocabulary/termMatcher';
import { choiceOf } from '../../server/src/analyses/vocabulary/spellings';
import { lint } from '../../server/src/pipeline/defaults';
import { defaultConfig, withOverrides } from '../../server/src/config/resolveConfig';

const vocabulary = BUILTIN_KNOWLEDGE.vocabulary;

describe('built-in vocabulary', () => {
  it('covers every term and acronym of the science-diplomacy domain notes, each with a definition', () => {
    const terms = [
      'science diplomacy', 'science in diplomacy', 'diplomacy for science', 'science for diplomacy', 'national interests', 'cross-border needs',
      'global challenges', 'global commons', 'science-policy interface', 'science-policy nexus', 'STI ecosystem', 'triple helix', 'quadruple helix',
      'multistakeholderism', 'multilevel cooperation', 'city-to-city cooperation', 'city networking', 'place-branding', 'talent attraction',
      'evidence-informed policymaking', 'SDG localisation', 'urban living lab', 'government by experiment', 'citizen science',
      'global urban science', 'urban sustainability', 'urban resilience', 'climate adaptation', 'climate mitigation', 'sea level rise',
    ];
    const acronyms = [
      'STI', 'SDG', 'MDG', 'IPCC', 'IPBES', 'JRC', 'IO', 'SLR', 'STEM', 'OECD', 'UN-Habitat', 'ICLEI', 'C40', 'SDSN', 'OPSI', 'GESDA', 'GSPI', 'GCA', 'FISD', 'HCH',
    ];
    for (const term of terms) assert.ok(vocabulary.terms.find((t) => t.term === term)?.definition, `term '${term}'`);
    for (const acronym of acronyms) assert.ok(vocabulary.acronyms.find((a) => a.acronym === acronym)?.expansion, `acronym '${acronym}'`);
    for (const [gb, us] of [['localise', 'localize'], ['programme', 'program'], ['organisation', 'organization']]) {
      assert.ok(vocabulary.spellings.some((pair) => pair.gb === gb && pair.us === us), `${gb}/${us}`);
    }
  });
});

describe('the team vocabulary example in the docs', () => {
  it('is a valid vocabulary file that extends the built-in one', () => {
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'vocabulary-preferred-term.md'), 'utf8');
    const example = /```yaml\n(# team\/vocabulary\.yaml\n[\s\S]*?)```/.exec(docs)![1];
    const path = join(mkdtempSync(join(tmpdir(), 'diplobrief-vocabulary-')), 'vocabulary.yaml');
    writeFileSync(path, example);
    const { knowledge, problems } = loadKnowledge({ vocabulary: { files: [{ path }], replace: false }, initiatives: { files: [], replace: false }, actionAreas: { files: [], replace: false } }, readTextFile);
    assert.deepEqual(problems, []);
    assert.ok(knowledge.vocabulary.terms.some((term) => term.term === 'urban living lab' && term.avoid.includes('living laboratory')));
    assert.ok(knowledge.vocabulary.terms.some((term) => term.term === 'science diplomacy'));
  });
});

describe('matchCase', () => {
  it("writes the replacement with the original's capitals", () => {
    assert.equal(matchCase('science policy interface', 'science-policy interface'), 'science-policy interface');
    assert.equal(matchCase('Science policy interface', 'science-policy interface'), 'Science-policy interface');
    assert.equal(matchCase('Science Policy Interface', 'science-policy interface'), 'Science-Policy Interface');
    assert.equal(matchCase('COLOR', 'colour'), 'COLOUR');
    assert.equal(matchCase('sti-ecosystem', 'STI ecosystem'), 'STI ecosystem');
  });
});

describe('termMatcher', () => {
  it('is compiled once per vocabulary', () => {
    assert.equal(termMatcher(vocabulary), termMatcher(vocabulary));
  });

  it('finds preferred terms, variants and their plurals, but not across code', () => {
    const brief = parseBrief('Two science policy interfaces and one science-policy nexus, not `science` policy interface.\n');
    assert.deepEqual(
      findTerms(brief, vocabulary).map((m) => [m.text, m.term.term, m.variant ?? null, m.plural]),
      [
        ['science policy interfaces', 'science-policy interface', 'science policy interface', true],
        ['science-policy nexus', 'science-policy nexus', null, false],
      ],
    );
  });
});

describe('findAcronyms', () => {
  const acronyms = (markdown: string) => findAcronyms(parseBrief(markdown), vocabulary);

  it('reads both forms of definition, with the full name as written', () => {
    const found = acronyms('The Forum for Indian Science Diplomacy (FISD) and IPCC (Intergovernmental Panel on Climate Change) met the Sustainable Development Goals (SDGs) team.\n');
    assert.deepEqual(
      found.map((o) => [o.acronym, o.plural, o.definition?.form, o.definition?.expansion]),
      [
        ['FISD', false, 'name-first', 'Forum for Indian Science Diplomacy'],
        ['IPCC', false, 'acronym-first', 'Intergovernmental Panel on Climate Change'],
        ['SDG', true, 'name-first', 'Sustainable Development Goals'],
      ],
    );
  });

  it('knows multi-word acronyms, skips Roman numerals, and tells a citation from a definition', () => {
    const found = acronyms('UN-Habitat and Chapter IV of the IPCC (2022) report, and the City Observatory (CORL).\n');
    assert.deepEqual(
      found.map((o) => [o.text, Boolean(o.known), Boolean(o.definition)]),
      [
        ['UN-Habitat', true, false],
        ['IPCC', true, false],
        ['CORL', false, true],
      ],
    );
  });

  it('ignores acronyms in code, URLs, comments and front matter', () => {
    assert.deepEqual(acronyms('---\nkeywords: [STI]\n---\n\nSee `STI` at <https://example.org/STI>. <!-- STI -->\n'), []);
  });
});

describe('spelling standards', () => {
  it('tells -ise/-ize pairs from the pairs British and US spelling otherwise split', () => {
    assert.equal(choiceOf({ gb: 'organisation', us: 'organization' }), 'suffix');
    assert.equal(choiceOf({ gb: 'prioritising', us: 'prioritizing' }), 'suffix');
    // Oxford spelling keeps -yse, as British spelling does.
    assert.equal(choiceOf({ gb: 'analyse', us: 'analyze' }), 'variety');
    assert.equal(choiceOf({ gb: 'programme', us: 'program' }), 'variety');
    assert.equal(choiceOf({ gb: 'licence', us: 'license' }), 'variety');
  });

  it('shows a near tie as one information finding, whatever the rule is set to', () => {
    const config = withOverrides(defaultConfig(), { rules: { 'vocabulary-spelling-variant': 'error' } }).config;
    const text = '---\ntype: policy-brief\n---\n\n# Colours\n\nThe colour of the center and the colour of the neighborhood differ.\n';
    const findings = lint(text, { path: 'a.md', config }).filter((d) => d.rule === 'vocabulary-spelling-variant');
    assert.deepEqual(findings.map((d) => d.severity), ['information']);
  });
});
