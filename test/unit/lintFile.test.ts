import { strict as assert } from 'node:assert';
import { loadBrief } from '../../server/src/pipeline/lintFile';
import { defaultConfig } from '../../server/src/config/resolveConfig';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';

const settings = { config: defaultConfig(), knowledge: BUILTIN_KNOWLEDGE, problems: [] };
const langOf = (lang: string) => loadBrief(`---\ntype: policy-brief\nlang: ${lang}\n---\n# T\n`, undefined, settings, () => undefined).lang;

describe('loading a brief', () => {
  it('reads the language of `lang` the same way whether written es-MX, es_MX or ES', () => {
    assert.equal(langOf('es_MX'), 'es');
    assert.equal(langOf('es-MX'), 'es');
    assert.equal(langOf('ES'), 'es');
    assert.equal(langOf('"  "'), 'en');
  });

  it('reads the bibliography files the brief names, relative to the brief, and only those', () => {
    const asked: string[] = [];
    const loaded = loadBrief('---\ntype: policy-brief\nbibliography: [refs.bib, more.json]\n---\n# T\n', '/team/briefs/a.md', settings, (path) => {
      asked.push(path);
      return path.endsWith('.bib') ? '@book{k,}' : undefined;
    });
    assert.deepEqual(asked, ['/team/briefs/refs.bib', '/team/briefs/more.json']);
    assert.deepEqual([...loaded.linkedFiles.keys()], ['/team/briefs/refs.bib']);
  });
});
