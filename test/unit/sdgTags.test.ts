import { strict as assert } from 'node:assert';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { describeSdg, neighbouringIds, readSdgId } from '../../server/src/analyses/sdg/sdgTags';
import { findSdgCitations } from '../../server/src/analyses/sdg/sdgCitations';
import { bibliographyKeys } from '../../server/src/analyses/initiatives/bibliography';

const sdg = BUILTIN_KNOWLEDGE.sdg;

describe('SDG tags', () => {
  it('reads the id an author meant from the usual ways of writing it', () => {
    const read = (written: string) => readSdgId(written, sdg);
    assert.deepEqual(['SDG11', 'Goal 11', 'sdg-11', 'SDG 11', '11', '011', 'Sustainable cities and communities', 'Ciudades y comunidades sostenibles'].map(read), Array(8).fill('11'));
    assert.deepEqual(['11.5', 'SDG 11.5', 'target 11.5', '11.B', '11.5.1'].map(read), ['11.5', '11.5', '11.5', '11.b', '11.5.1']);
    assert.equal(read('climate'), undefined);
  });

  it('names the official ids next to an unknown one, in the UN order', () => {
    assert.deepEqual(neighbouringIds('11.8', sdg), ['11.7', '11.a']);
    assert.deepEqual(neighbouringIds('11.d', sdg), ['11.c']);
    assert.deepEqual(neighbouringIds('11.5.9', sdg), ['11.5.3']);
    assert.deepEqual(neighbouringIds('18', sdg), []);
  });

  it('quotes the official text in the brief language', () => {
    assert.equal(describeSdg('13', sdg, 'en'), 'SDG 13 (Climate action)');
    assert.match(describeSdg('11.7', sdg, 'es'), /^target 11\.7 \(".*proporcionar acceso universal/);
  });

  it('counts "Goal 6" and "target 11.5" only where the paragraph speaks of the SDGs', () => {
    const ids = (body: string) => findSdgCitations(parseBrief(`---\ntitle: T\n---\n${body}\n`)).map((c) => c.id);
    assert.deepEqual(ids('SDG 13 matters. Goal 6 too.'), ['13', '6']);
    assert.deepEqual(ids('Goal 6 of our plan, target 2.5 next.'), []);
    assert.deepEqual(ids('Under the 2030 Agenda, Goal 6 and target 6.1 apply; our goal 2 does not, nor a target 2.5 per cent rise.'), ['6', '6.1']);
  });
});

describe('bibliography keys', () => {
  it('is unreadable, not empty, when the brief has no path to resolve the file against', () => {
    assert.deepEqual(bibliographyKeys(parseBrief('---\nbibliography: refs.bib\n---\n'), new Map()).readable, false);
    assert.deepEqual(bibliographyKeys(parseBrief('---\ntitle: T\n---\n'), new Map()), { keys: new Set(), readable: true });
  });
});
