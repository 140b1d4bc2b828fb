import { strict as assert } from 'node:assert';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { compileSchema } from '../../server/src/engine/dataFile';
import { DEFAULT_SUGGEST_THRESHOLDS, isClearlyAbout, scorerFor } from '../../server/src/analyses/sdg/sdgScorer';
import { buildTermList } from '../../server/src/analyses/sdg/termList';
import en from '../../server/src/knowledge/data/sdg-terms/sdg-terms.en.json';
import es from '../../server/src/knowledge/data/sdg-terms/sdg-terms.es.json';
import fr from '../../server/src/knowledge/data/sdg-terms/sdg-terms.fr.json';
import termsSchema from '../../server/src/knowledge/schemas/sdg-terms.schema.json';
import { predict, readLabelledParagraphs } from '../../scripts/evalSdg';

const scorer = scorerFor(BUILTIN_KNOWLEDGE.sdg, 'en')!;
const goalsOf = (text: string) => scorer.scoreText(text).map((evidence) => evidence.goal);
const evidenceFor = (text: string, goal: string) => scorer.scoreText(text).find((evidence) => evidence.goal === goal);

describe('SDG evidence scorer', () => {
  it('every term list matches its schema', () => {
    const validate = compileSchema(termsSchema);
    for (const terms of [en, es, fr]) assert.ok(validate(terms), `${terms.language}: ${JSON.stringify(validate.errors, null, 2)}`);
  });

  it('draws specific terms from the official texts, leaving stop words and shared words out', () => {
    const list = buildTermList('en', BUILTIN_KNOWLEDGE.sdg)!;
    const weights = (phrase: string) => list.find((term) => term.phrase === phrase)?.weights;
    assert.ok(weights('desertification')?.['15'], 'a word of target 15.3 only');
    assert.equal(weights('ensure'), undefined, 'a stop word');
    assert.equal(weights('sustainable'), undefined, 'a stop word used by many goals');
  });

  it('matches plural, singular and hyphenated forms of a phrase as one piece of evidence', () => {
    const evidence = evidenceFor('Sea-level rise, sea level rise and heat wave after heat waves.', '13')!;
    assert.deepEqual(
      evidence.terms.map((t) => [t.phrase, t.occurrences.length]),
      [['sea level rise', 2], ['heat waves', 2]],
    );
  });

  it('lets repetitions add less than new phrases', () => {
    const repeated = evidenceFor('Climate change, climate change, climate change, climate change.', '13')!.score;
    const varied = evidenceFor('Climate change, sea level rise, heat waves, net zero.', '13')!.score;
    assert.ok(varied > repeated, `${varied} should exceed ${repeated}`);
  });

  it('ignores phrases that only look like evidence', () => {
    assert.deepEqual(goalsOf('The political climate and a climate of trust shaped the innovation ecosystem at UN-Habitat.'), []);
  });

  it('matches acronyms in capitals only', () => {
    assert.ok(evidenceFor('The SLR projections are grim.', '13'));
    assert.equal(evidenceFor('The slr projections are grim.', '13'), undefined);
  });

  it('asks more evidence of a long text than of a paragraph', () => {
    const evidence = evidenceFor('Sea level rise and flood risk call for climate adaptation.', '13')!;
    assert.ok(isClearlyAbout(evidence, 60, DEFAULT_SUGGEST_THRESHOLDS));
    assert.ok(!isClearlyAbout(evidence, 2000, DEFAULT_SUGGEST_THRESHOLDS));
  });

  it('has no term lists for languages it cannot read yet (German)', () => {
    assert.equal(scorerFor(BUILTIN_KNOWLEDGE.sdg, 'de'), undefined);
    assert.ok(scorerFor(BUILTIN_KNOWLEDGE.sdg, 'fr'));
  });

  it('keeps precision on the labelled paragraphs, held-out part included', () => {
    for (const split of ['dev', 'holdout'] as const) {
      let correct = 0;
      let predicted = 0;
      for (const paragraph of readLabelledParagraphs(split)) {
        for (const goal of predict(paragraph.text)) {
          predicted++;
          if (paragraph.goals.includes(goal)) correct++;
        }
      }
      assert.ok(correct / predicted >= 0.95, `${split}: precision ${(correct / predicted).toFixed(2)}`);
    }
  });

  it('reads Spanish and French briefs with their own term lists and plurals', () => {
    const spanish = scorerFor(BUILTIN_KNOWLEDGE.sdg, 'es')!.scoreText('Las olas de calor y la subida del nivel del mar exigen adaptación.');
    assert.equal(spanish[0].goal, '13');
    const french = scorerFor(BUILTIN_KNOWLEDGE.sdg, 'fr')!.scoreText('La surpêche et la pollution marine menacent les océans et les pêcheurs.');
    assert.equal(french[0].goal, '14');
  });

  it('suggests nothing for the hard negatives', () => {
    for (const split of ['dev', 'holdout'] as const) {
      for (const paragraph of readLabelledParagraphs(split).filter((p) => p.goals.length === 0)) {
        assert.deepEqual(predict(paragraph.text), [], paragraph.text);
      }
    }
  });
});
