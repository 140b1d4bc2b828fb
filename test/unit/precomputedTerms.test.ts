import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildTermList } from '../../server/src/analyses/sdg/termList';
import { SdgCatalogue } from '../../server/src/knowledge/sdgCatalogue';

const ROOT = join(__dirname, '..', '..');

describe('the term lists the build precomputes', () => {
  it('are the lists buildTermList builds, as JSON in ASCII', async () => {
    const { precomputedTermsModule } = await import('../../scripts/precomputeTerms.mjs');
    const cwd = process.cwd();
    process.chdir(ROOT);
    const module = { exports: {} as { PRECOMPUTED_TERMS: ReadonlyMap<string, string> } };
    try {
      new Function('exports', await precomputedTermsModule())(module.exports);
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual([...module.exports.PRECOMPUTED_TERMS.keys()], ['en']);
    for (const [lang, json] of module.exports.PRECOMPUTED_TERMS) {
      assert.doesNotMatch(json, /[^\x00-\x7f]/);
      assert.deepStrictEqual(JSON.parse(json), buildTermList(lang, new SdgCatalogue()));
    }
  });
});
