import { strict as assert } from 'node:assert';
import { lintText } from '../../server/src/engine/lint';
import type { Rule } from '../../server/src/engine/rule';
import { defaultConfig } from '../../server/src/config/resolveConfig';

const fixingRule = (fixable: boolean): Rule<Record<string, never>, null> => ({
  id: 'test-rule',
  description: 'Reports the first character with a fix.',
  defaultSeverity: 'warning',
  fixable,
  defaultOptions: {},
  check(_brief, { report }) {
    report({ message: 'first', start: 0, end: 1, fix: { title: 'Replace', edits: [{ start: 0, end: 1, newText: 'x' }] } });
  },
});

const run = (rule: Rule<Record<string, never>, null>) => lintText('---\ntype: policy-brief\n---\nText\n', undefined, { config: defaultConfig(), knowledge: null, rules: [rule] });

describe('engine', () => {
  it('passes the fix of a rule declared fixable through', () => {
    const [finding] = run(fixingRule(true));
    assert.equal(finding.fix?.title, 'Replace');
  });

  it('turns a fix from a rule not declared fixable into an error finding, so the fixture tests fail', () => {
    const findings = run(fixingRule(false));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /not declared fixable/);
    assert.equal(findings[0].fix, undefined);
  });

  it('runs only the rules it is given, with any knowledge the host passes', () => {
    assert.deepEqual(lintText('---\ntype: policy-brief\n---\nText\n', undefined, { config: defaultConfig(), knowledge: null, rules: [] }), []);
  });
});
