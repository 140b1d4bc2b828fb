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

  it('reads YAML comments in the front matter: for their line, or, with disable, for the whole brief', () => {
    const schema = (text: string) => lint(text).filter((d) => d.rule === 'front-matter-schema');
    const wrong = brief('').replace('status: draft', 'status: drafty');
    assert.equal(schema(wrong).length, 1);
    assert.equal(schema(wrong.replace('status: drafty', 'status: drafty # diplobrief-disable-line front-matter-schema')).length, 0);
    assert.equal(schema(wrong.replace('---\ntitle', '---\n# diplobrief-disable front-matter-schema\ntitle')).length, 0);
    assert.equal(schema(wrong.replace('title: T', "title: 'T # diplobrief-disable front-matter-schema'")).length, 1, 'not inside a quoted value');
    assert.equal(schema(wrong.replace('status: drafty', "status: drafty # Miami's # diplobrief-disable-line front-matter-schema")).length, 0, 'an apostrophe opens no quote');
  });
});
