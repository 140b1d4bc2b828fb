import { strict as assert } from 'node:assert';
import { applyClientSettings, readClientSettings } from '../../server/src/lsp/settings';
import { defaultConfig } from '../../server/src/config/resolveConfig';

describe('editor settings over the config file', () => {
  it('reads what the client sent and ignores values of the wrong type', () => {
    assert.deepEqual(readClientSettings({ enable: 'yes', files: ['a/*.md', 3], language: 'fr', rules: [] }), { enable: true, files: ['a/*.md'], language: 'auto', rules: {} });
    assert.deepEqual(readClientSettings(null), { enable: true, files: [], language: 'auto', rules: {} });
  });

  it('lays rules, language and files over the config, files relative to the workspace folder', () => {
    const base = defaultConfig('/ws/briefs');
    const baseRules = structuredClone(base.rules);
    const { config, problems } = applyClientSettings(base, { enable: true, files: ['docs/**/*.md'], language: 'en-US', rules: { 'structure-length': ['error', { maxWords: 10 }] } }, '/ws');
    assert.deepEqual(problems, []);
    assert.equal(config.language, 'en-US');
    assert.deepEqual(config.files, ['docs/**/*.md']);
    assert.equal(config.baseDir, '/ws');
    assert.deepEqual(config.rules['structure-length'], { severity: 'error', options: { maxWords: 10 } });
    assert.deepEqual(base.rules, baseRules, 'the config itself is left as it was');
  });

  it('leaves settings that do not fit the schema out, and says why', () => {
    const base = defaultConfig();
    const { config, problems } = applyClientSettings(base, { enable: true, files: [], language: 'auto', rules: { 'structure-length': 'loud' } });
    assert.equal(config, base);
    assert.match(problems[0], /^The diplobrief\.\* settings were ignored: rules\.structure-length/);
  });
});
