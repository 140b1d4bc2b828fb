import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/pipeline/defaults';

const brief = (body: string) => `---\ntitle: T\ntype: policy-brief\nauthors: [A]\ndate: 2025-01-01\nstatus: draft\n---\n# T\n${body}`;

describe('inline directives', () => {
  const rulesAt = (text: string) => lint(text).filter((d) => d.rule === 'structure-required-sections');

  it('disable and enable switch a rule off for the lines between them', () => {
    assert.equal(rulesAt(brief('')).length, 1);
    const text = brief('').replace('# T', '<!-- diplobrief-disable structure-required-sections -->\n# T');
    assert.equal(rulesAt(text).length, 0);
  });

  it('disable-next-line affects only the next line, and no rule name means every rule', () => {
    const text = brief('').replace('# T', '<!-- diplobrief-disable-next-line -->\n# T');
    assert.equal(rulesAt(text).length, 0);
    const twoBelow = brief('').replace('# T', '<!-- diplobrief-disable-next-line -->\n\n# T');
    assert.equal(rulesAt(twoBelow).length, 1);
  });
});
