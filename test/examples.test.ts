import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';
import { SettingsLoader } from '../server/src/config/settingsLoader';

const EXAMPLES = join(__dirname, '..', 'examples', 'briefs');
const PROSE_RULES = /^(vocabulary|readability|recommendations)-/;

function findings(file: string) {
  const path = join(EXAMPLES, file);
  const { config, knowledge } = new SettingsLoader().forFile(path);
  return lint(readFileSync(path, 'utf8'), { path, config, knowledge }).map((d) => `${d.range.start.line + 1} ${d.rule}`);
}

/** The findings examples/briefs/README.md lists as intended; any other is a false positive. */
describe('example briefs', () => {
  it('the Barcelona model brief has no finding at all', () => {
    assert.deepEqual(findings('barcelona-science-diplomacy-strategy.brief.md'), []);
  });

  it('the others show exactly their intended vocabulary and readability problems', () => {
    const prose = (file: string) => findings(file).filter((f) => PROSE_RULES.test(f.split(' ')[1]));
    assert.deepEqual(prose('geneva-science-policy-interface.brief.md'), [
      '50 vocabulary-preferred-term',
      '51 vocabulary-acronym-undefined',
      '74 vocabulary-spelling-variant',
      '77 vocabulary-spelling-variant',
      '91 vocabulary-acronym-unused',
      '100 vocabulary-preferred-term',
    ]);
    assert.deepEqual(prose('miami-sea-level-rise-adaptation.brief.md'), ['37 vocabulary-acronym-undefined', '77 readability-sentence-length', '110 vocabulary-preferred-term']);
    assert.deepEqual(prose('kigali-green-building-cooperation.brief.md'), ['87 vocabulary-term-consistency', '112 recommendations-actionable', '113 recommendations-actionable']);
  });
});
