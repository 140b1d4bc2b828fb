import { strict as assert } from 'node:assert';
import { isBriefText } from '../../server/src/engine/isBrief';
import { defaultConfig, withOverrides } from '../../server/src/config/resolveConfig';

const config = defaultConfig('/team');
const isBriefAt = (path: string, text = '# Notes\n', chosen = config) => isBriefText(text, path, chosen);

describe('which Markdown files are briefs', () => {
  it('takes the files the `files` globs match', () => {
    assert.ok(isBriefAt('/team/briefs/water.md'));
    assert.ok(isBriefAt('/team/notes/water.brief.md'));
    assert.ok(!isBriefAt('/team/notes/water.md'));
  });

  it('leaves out README, index, CONTRIBUTING, CHANGELOG and template files, whatever their case', () => {
    for (const name of ['README.md', 'readme.md', 'index.md', '_index.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'brief-template.md', 'templates/water.md']) {
      assert.ok(!isBriefAt(`/team/briefs/${name}`), name);
    }
  });

  it('takes any of them whose front matter says `type: policy-brief`', () => {
    assert.ok(isBriefAt('/team/briefs/README.md', '---\ntitle: A brief\ntype: policy-brief\n---\n# A brief\n'));
  });

  it('reads `notBriefs` from the config, where an empty list makes every matched file a brief', () => {
    const { config: everyFile } = withOverrides(config, { notBriefs: [] });
    assert.ok(isBriefAt('/team/briefs/README.md', '# Notes\n', everyFile));
    const { config: drafts } = withOverrides(config, { notBriefs: ['briefs/drafts/**'] });
    assert.ok(!isBriefAt('/team/briefs/drafts/water.md', '# Notes\n', drafts));
    assert.ok(isBriefAt('/team/briefs/README.md', '# Notes\n', drafts), 'the list replaces the default one');
  });
});
