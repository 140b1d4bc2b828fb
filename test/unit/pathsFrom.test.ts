import { strict as assert } from 'node:assert';
import { relative } from 'node:path';
import { pathsFrom } from '../../server/src/cli/shownPaths';

describe('pathsFrom', () => {
  it('shows each file as relative(cwd, file) does, or the file itself where that is empty', () => {
    const files = ['/work/briefs/a.brief.md', '/work/briefs/deep/b.md', '/work/x/../briefs/c.md', '/work/./d.md', '/work//e.md', '/elsewhere/f.md', '/work', '/work/', '/workshop/g.md', '/'];
    for (const cwd of ['/work', '/work/', '/']) {
      const shown = pathsFrom(cwd);
      for (const file of files) assert.equal(shown(file), relative(cwd, file) || file, `${cwd} ${file}`);
    }
  });
});
