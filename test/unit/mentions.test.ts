import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { findInitiativeReferences } from '../../server/src/analyses/initiatives/initiativeReferences';
import { findSdgMentions } from '../../server/src/analyses/sdg/sdgMentions';

const brief = (body: string) => parseBrief(`---\ntitle: T\ninitiatives: [gesda]\n---\n${body}`);

describe('initiative references in the body', () => {
  it('finds bracketed, grouped and in-text citations with the span of the key', () => {
    const parsed = brief('GESDA [@gesda] works with [see @gspi, p. 3; @scitech-diplohub]. As @brain-city-berlin shows.\n');
    const references = findInitiativeReferences(parsed);
    assert.deepEqual(references.map((r) => [r.id, r.bracketed]), [['gesda', true], ['gspi', true], ['scitech-diplohub', true], ['brain-city-berlin', false]]);
    for (const reference of references) assert.equal(parsed.text.slice(reference.start, reference.end), reference.id);
  });

  it('ignores code, e-mail addresses, URLs and the front matter', () => {
    const parsed = brief('Write `[@gesda]` or mail team@example.org or see https://x.org/@gspi.\n\n```\n[@gspi]\n```\n');
    assert.deepEqual(findInitiativeReferences(parsed), []);
  });

  it('leaves trailing punctuation out of the key', () => {
    assert.deepEqual(findInitiativeReferences(brief('As @gesda. And @gspi: yes.\n')).map((r) => r.id), ['gesda', 'gspi']);
  });
});

describe('SDG mentions in the body', () => {
  it('finds goals, targets and indicators with the words that introduce them', () => {
    const parsed = brief('This serves SDG 11 and SDG13, target 11.5, Goal 6, indicator 11.6.2 and target 11.b. In 2030 nothing.\n');
    const mentions = findSdgMentions(parsed);
    assert.deepEqual(mentions.map((m) => [m.id, m.kind]), [['11', 'goal'], ['13', 'goal'], ['11.5', 'target'], ['6', 'goal'], ['11.6.2', 'indicator'], ['11.b', 'target']]);
    assert.equal(parsed.text.slice(mentions[2].start, mentions[2].end), 'target 11.5');
    assert.equal(parsed.text.slice(mentions[2].idSpan.start, mentions[2].idSpan.end), '11.5');
  });

  it('reads Spanish and French goal words, and leaves an id that ends a sentence whole', () => {
    assert.deepEqual(findSdgMentions(brief('El ODS 11. Les ODD 13 et la cible 13.1.\n')).map((m) => m.id), ['11', '13', '13.1']);
  });

  it('reads each id of an enumeration, and counts the goals it names', () => {
    const parsed = brief('SDGs 6, 11 and 12 now. Los ODS 3, 4 y 5. Targets 11.1, 11.2 and 11.5. Then SDG 1 – No poverty, SDG 4 (Education), SDG 8 and SDG 13. SDG 13, 2030.\n');
    const mentions = findSdgMentions(parsed);
    assert.deepEqual(
      mentions.map((m) => [m.id, m.kind, m.word, m.goalsListed]),
      [
        ['6', 'goal', 'SDGs', 3], ['11', 'goal', 'SDGs', 3], ['12', 'goal', 'SDGs', 3],
        ['3', 'goal', 'ODS', 3], ['4', 'goal', 'ODS', 3], ['5', 'goal', 'ODS', 3],
        ['11.1', 'target', 'Targets', 1], ['11.2', 'target', 'Targets', 1], ['11.5', 'target', 'Targets', 1],
        ['1', 'goal', 'SDG', 4], ['4', 'goal', 'SDG', 4], ['8', 'goal', 'SDG', 4], ['13', 'goal', 'SDG', 4],
        ['13', 'goal', 'SDG', 1],
      ],
    );
    // A continued id spans the id alone.
    assert.equal(parsed.text.slice(mentions[1].start, mentions[1].end), '11');
  });

  it('reads a count after one goal as a count, and never continues an enumeration past its line', () => {
    const ids = (body: string) => findSdgMentions(brief(body)).map((m) => m.id);
    assert.deepEqual(ids('Under SDG 13, 20 countries and SDG 5 and 10 women; SDG 7, 2.3 GW.\n'), ['13', '5', '7']);
    assert.deepEqual(ids('SDG 1, 3 and 5 here, and SDGs 3 and 19 there.\n'), ['1', '3', '5', '3', '19']);
    assert.deepEqual(ids('SDGs 13 and\n\n- 5 ministries joined.\n'), ['13']);
  });
});
