import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/pipeline/defaults';
import { formatJson } from '../../server/src/cli/formatters/json';
import { formatSarif } from '../../server/src/cli/formatters/sarif';
import { RULES } from '../../server/src/rules';

const file = join(__dirname, '..', 'fixtures', 'rules', 'sdg-suggest', 'climate-untagged.md');
const results = [{ file, diagnostics: lint(readFileSync(file, 'utf8')).filter((d) => d.rule === 'sdg-suggest') }];

describe('SDG evidence in the CLI formats', () => {
  it('--format json gives the goal, target, score and evidence ranges, and the sentences behind them', () => {
    const [finding] = (JSON.parse(formatJson(results)) as { diagnostics: { data: Record<string, unknown>; related: { message: string }[] }[] }[])[0].diagnostics;
    assert.equal(finding.data.goal, '13');
    assert.equal(finding.data.target, '13.1');
    assert.ok((finding.data.score as number) > 0.5);
    const rise = (finding.data.evidence as { phrase: string; ranges: { start: { line: number } }[] }[]).find((e) => e.phrase === 'sea level rise')!;
    assert.equal(rise.ranges[0].start.line, 11);
    assert.match(finding.related[0].message, /^'sea level rise' speaks of SDG 13 here\.$/);
  });

  it('SARIF carries the same facts as properties, and the sentences as related locations', () => {
    const [result] = JSON.parse(formatSarif(results, RULES, '0.0.0')).runs[0].results;
    assert.equal(result.properties.goal, '13');
    assert.equal(result.properties.target, '13.1');
    assert.equal(result.relatedLocations[0].physicalLocation.region.startLine, 12);
  });
});
