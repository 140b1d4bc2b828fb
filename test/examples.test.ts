import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/pipeline/defaults';
import { applyFixes, fixUntilStable } from '../server/src/engine/applyFixes';
import { SettingsLoader } from '../server/src/config/settingsLoader';

const EXAMPLES = join(__dirname, '..', 'examples', 'briefs');
const PROSE_RULES = /^(vocabulary|readability|recommendations)-/;
const TAGGING_RULES = /^(sdg|action-area|initiative)-/;

const loader = new SettingsLoader();

function lintExample(file: string, text = readFileSync(join(EXAMPLES, file), 'utf8')) {
  const path = join(EXAMPLES, file);
  const { config, knowledge } = loader.forFile(path);
  return lint(text, { path, config, knowledge });
}

function findings(file: string) {
  return lintExample(file).map((d) => `${d.range.start.line + 1} ${d.rule}`);
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

  it('the others show exactly their intended tagging problems', () => {
    const tagging = (file: string) => findings(file).filter((f) => TAGGING_RULES.test(f.split(' ')[1]));
    assert.deepEqual(tagging('miami-sea-level-rise-adaptation.brief.md'), ['13 sdg-suggest', '13 sdg-format', '13 sdg-unknown', '16 action-area-unknown']);
    assert.deepEqual(tagging('geneva-science-policy-interface.brief.md'), ['59 initiative-mention-unreferenced', '92 sdg-body-mention-untagged']);
    assert.deepEqual(tagging('kigali-green-building-cooperation.brief.md'), ['12 sdg-suggest', '12 sdg-suggest', '85 initiative-unknown']);
  });

  for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.brief.md'))) {
    it(`${file}: --fix converges, and a second --fix changes nothing`, () => {
      const once = fixUntilStable(readFileSync(join(EXAMPLES, file), 'utf8'), (text) => lintExample(file, text));
      const twice = fixUntilStable(once.text, (text) => lintExample(file, text));
      assert.equal(twice.text, once.text);
      assert.equal(applyFixes(once.text, lintExample(file, once.text)).applied, 0);
    });
  }
});
