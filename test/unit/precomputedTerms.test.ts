import { strict as assert } from 'node:assert';
import { buildTermList } from '../../server/src/analyses/sdg/termList';
import { SdgCatalogue } from '../../server/src/knowledge/sdgCatalogue';

describe('the term lists the build precomputes', () => {
  it('are the lists buildTermList builds, as JSON in ASCII', async () => {
    const { precomputedTermsModule } = await import('../../scripts/precomputeTerms.mjs');
    const module = { exports: {} as { PRECOMPUTED_TERMS: ReadonlyMap<string, string> } };
    new Function('exports', await precomputedTermsModule())(module.exports);
    assert.deepEqual([...module.exports.PRECOMPUTED_TERMS.keys()], ['en']);
    for (const [lang, json] of module.exports.PRECOMPUTED_TERMS) {
      assert.doesNotMatch(json, /[^\x00-\x7f]/);
      assert.deepStrictEqual(JSON.parse(json), buildTermList(lang, new SdgCatalogue()));
    }
  });
});
