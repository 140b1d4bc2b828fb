import { strict as assert } from 'node:assert';
import { lintCorpus, readCorpus, realTextsAvailable, type Finding, type RealDocument } from './corpus';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { readBriefFacts } from '../../server/src/report/briefFacts';

describe('networks and dates on real documents', function () {
  this.timeout(120_000);
  let documents: RealDocument[];
  let findings: Finding[];

  before(function () {
    if (!realTextsAvailable()) this.skip();
    documents = readCorpus();
    findings = lintCorpus(documents);
  });

  it('finds the networks a model policy lists among its resources, and asks for no reference to them', () => {
    const policy = documents.find((document) => document.file === 'real-texts/ocrp/urban-forest-management-model.md')!;
    const brief = parseBrief(policy.text.replace(/^type:.*$/m, 'type: policy-brief'), policy.file);
    assert.deepEqual(readBriefFacts(brief, BUILTIN_KNOWLEDGE, new Map()).initiatives, ['c40', 'iclei'], 'named in the text; a link to c40.org is not a mention');
    assert.deepEqual(findings.filter((finding) => finding.rule === 'initiative-mention-unreferenced' || finding.rule === 'initiative-ended').map((finding) => `${finding.file}:${finding.line}`), []);
  });

  it('reports each date written month-day-year, its month-first reading offered first', () => {
    const dates = findings.filter((finding) => finding.rule === 'front-matter-schema' && finding.diagnostic.data?.readings);
    assert.equal(dates.length, 44);
    for (const finding of dates) {
      const [month, day, year] = /'(\d+)-(\d+)-(\d{4})'/.exec(finding.message)!.slice(1);
      assert.equal((finding.diagnostic.data!.readings as string[])[0], `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, finding.file);
    }
  });
});
