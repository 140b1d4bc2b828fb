import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivedFiles } from '../scripts/generate';

describe('generated files', () => {
  it('the rule registry, config schema and README rule table match the rule objects (run `npm run generate`)', async () => {
    for (const [path, content] of Object.entries(await derivedFiles())) {
      assert.equal(readFileSync(join(__dirname, '..', path), 'utf8'), content, `${path} is out of date: run npm run generate`);
    }
  });
});
