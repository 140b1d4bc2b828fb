import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/rules';
import { lintSource } from '../server/src/pipeline/lintFile';
import { readTextFileIfAny } from '../server/src/io/readTextFile';
import { fixUntilStable } from '../server/src/engine/applyFixes';
import { SettingsLoader } from '../server/src/config/settingsLoader';
import type { Diagnostic } from '../server/src/engine/types';
import { ruleFixtures, type RuleFixture } from './helpers/fixtures';

const describeFinding = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;

function lintFixture(ruleId: string, fixture: RuleFixture, text = fixture.text): Diagnostic[] {
  const settings = new SettingsLoader({ configFile: fixture.configPath }).forFile(fixture.path);
  // Through the pipeline every host uses, so a brief's bibliography is read as in the CLI.
  return lintSource(text, fixture.path, settings, readTextFileIfAny).filter((d) => d.rule === ruleId);
}

describe('rules, on their fixture briefs', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const fixtures = ruleFixtures(rule.id);

      it('has a docs page and fixtures that show it firing and staying quiet', () => {
        assert.ok(existsSync(join(__dirname, '..', 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md is missing`);
        assert.ok(fixtures.some((f) => f.expected.length > 0), 'no fixture where the rule reports');
        assert.ok(fixtures.some((f) => f.expected.length === 0), 'no fixture where the rule stays quiet');
      });

      for (const fixture of fixtures) {
        it(`${fixture.name}: reports what ${fixture.name}.expected.yaml says`, () => {
          const actual = lintFixture(rule.id, fixture);
          assert.deepEqual(JSON.parse(JSON.stringify(actual)), actual, 'a finding changes through JSON, as the LSP and --format json send it');
          assert.equal(actual.length, fixture.expected.length, `expected ${fixture.expected.length} findings, got:\n${actual.map(describeFinding).join('\n')}`);
          fixture.expected.forEach((expected, index) => {
            const found = actual[index];
            assert.deepEqual(
              [found.range.start.line + 1, found.range.start.character + 1],
              [expected.line, expected.column],
              `finding ${index + 1}: ${describeFinding(found)}`,
            );
            assert.ok(found.message.includes(expected.message), `'${found.message}' does not contain '${expected.message}'`);
          });
        });

        if (fixture.fixed !== undefined) {
          it(`${fixture.name}: --fix gives ${fixture.name}.fixed.md, which has nothing left to fix`, () => {
            assert.ok(rule.fixable, `${rule.id} is not declared fixable`);
            const result = fixUntilStable(fixture.text, (text) => lintFixture(rule.id, fixture, text));
            assert.equal(result.text, fixture.fixed);
            assert.deepEqual(lintFixture(rule.id, fixture, result.text).filter((d) => d.fix).map(describeFinding), []);
          });
        }

        if (fixture.suggested !== undefined) {
          it(`${fixture.name}: --fix leaves its suggestions alone; taking the first of each gives ${fixture.name}.suggested.md`, () => {
            assert.ok(rule.hasSuggestions, `${rule.id} is not declared to have suggestions`);
            if (!rule.fixable) assert.equal(fixUntilStable(fixture.text, (text) => lintFixture(rule.id, fixture, text)).text, fixture.text);
            const firstSuggestions = (text: string) => lintFixture(rule.id, fixture, text).map((d) => ({ ...d, fix: d.suggestions?.[0] }));
            const result = fixUntilStable(fixture.text, firstSuggestions);
            assert.equal(result.text, fixture.suggested);
          });
        }
      }
    });
  }
});
