import { strict as assert } from 'node:assert';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import { compileSchema } from '../../server/src/engine/dataFile';
import { scorerFor } from '../../server/src/analyses/sdg/sdgScorer';
import { buildTermList } from '../../server/src/analyses/sdg/termList';
import en from '../../server/src/knowledge/data/sdg-terms/sdg-terms.en.json';
import es from '../../server/src/knowledge/data/sdg-terms/sdg-terms.es.json';
import fr from '../../server/src/knowledge/data/sdg-terms/sdg-terms.fr.json';
import de from '../../server/src/knowledge/data/sdg-terms/sdg-terms.de.json';
import termsSchema from '../../server/src/knowledge/schemas/sdg-terms.schema.json';
import modelSchema from '../../server/src/knowledge/schemas/sdg-model.schema.json';
import model from '../../server/src/knowledge/data/sdg-model/sdg-model.json';
import modelEn from '../../server/src/knowledge/data/sdg-model/sdg-model.en.json';
import modelEs from '../../server/src/knowledge/data/sdg-model/sdg-model.es.json';
import modelFr from '../../server/src/knowledge/data/sdg-model/sdg-model.fr.json';
import { predict, readLabelledParagraphs } from '../../scripts/evalSdg';

const scorer = scorerFor(BUILTIN_KNOWLEDGE.sdg, 'en')!;
const goalsOf = (text: string) => scorer.scoreText(text).map((evidence) => evidence.goal);
const evidenceFor = (text: string, goal: string) => scorer.scoreText(text).find((evidence) => evidence.goal === goal);

describe('SDG evidence scorer', () => {
  it('every term list matches its schema', () => {
    const validate = compileSchema(termsSchema);
    for (const terms of [en, es, fr, de]) assert.ok(validate(terms), `${terms.language}: ${JSON.stringify(validate.errors, null, 2)}`);
  });

  it('ships trained models that match their schema, under 2 MB each', () => {
    const validate = compileSchema(modelSchema);
    for (const file of [model, modelEn, modelEs, modelFr]) {
      assert.ok(validate(file), `${file.language}: ${JSON.stringify(validate.errors, null, 2)}`);
      assert.ok(JSON.stringify(file).length < 2_000_000);
    }
  });

  it('draws specific terms from the official texts, leaving stop words and shared words out', () => {
    const list = buildTermList('en', BUILTIN_KNOWLEDGE.sdg)!;
    const weights = (phrase: string) => list.find((term) => term.phrase === phrase)?.weights;
    assert.ok(weights('desertification')?.['15'], 'a word of target 15.3 only');
    assert.equal(weights('ensure'), undefined, 'a stop word');
    assert.equal(weights('sustainable'), undefined, 'a stop word used by many goals');
  });

  it("leaves out the official texts' general words, which one goal alone happens to use, and reads their accents as prose writes them", () => {
    const french = buildTermList('fr', BUILTIN_KNOWLEDGE.sdg)!;
    const weights = (phrase: string) => french.find((term) => term.phrase === phrase)?.weights;
    assert.equal(weights('ensemble')?.['13'], undefined, "'mobiliser ensemble' in target 13.a says nothing of the climate");
    assert.ok(weights('changements climatiques')?.['13'], 'a pair of the official texts');
    const spanish = buildTermList('es', BUILTIN_KNOWLEDGE.sdg)!;
    assert.equal(spanish.find((term) => term.phrase === 'porcentaje'), undefined, "'porcentaje' (6.3.1) says nothing of water, whatever the model learned of it");
    const english = buildTermList('en', BUILTIN_KNOWLEDGE.sdg)!;
    assert.equal(english.find((term) => term.phrase === 'credit')?.weights['9'], undefined, "a shopkeeper's line of credit is no industry");
    assert.ok(weights('désalinisation'.normalize('NFC'))?.['6'], 'a word of target 6.a, in composed characters');
    for (const lang of ['fr', 'es']) {
      const decomposed = buildTermList(lang, BUILTIN_KNOWLEDGE.sdg)!.filter((term) => term.phrase !== term.phrase.normalize('NFC'));
      assert.deepEqual(decomposed.map((term) => term.phrase), [], `${lang}: terms no prose would match`);
    }
  });

  it('matches plural, singular and hyphenated forms of a phrase as one piece of evidence', () => {
    const evidence = evidenceFor('Sea-level rise, sea level rise and heat wave after heat waves.', '13')!;
    assert.deepEqual(
      evidence.terms.map((t) => [t.phrase, t.occurrences.length]),
      [['sea level rise', 2], ['heat waves', 2]],
    );
  });

  it('counts a phrase by the paragraphs it occurs in, not by its repetitions', () => {
    const repeated = evidenceFor('Climate change, climate change, climate change, climate change.\n\nThe budget.\n\nThe plan.', '13')!.score;
    const spread = evidenceFor('Climate change.\n\nClimate change.\n\nClimate change.', '13')!.score;
    const varied = evidenceFor('Climate change, sea level rise, heat waves, net zero.', '13')!.score;
    assert.ok(spread > repeated, `${spread} should exceed ${repeated}`);
    assert.ok(varied > repeated, `${varied} should exceed ${repeated}`);
  });

  it('ignores phrases that only look like evidence', () => {
    assert.deepEqual(goalsOf('The political climate and a climate of trust shaped the innovation ecosystem at UN-Habitat.'), []);
    // A grid's "wind droughts" are weeks of little wind, and "patient capital" is long-term finance.
    assert.equal(evidenceFor('Wind droughts last for days, and the market needs patient capital and investors patient enough to wait.', '13'), undefined);
    assert.equal(evidenceFor('Wind droughts last for days, and the market needs patient capital and investors patient enough to wait.', '3'), undefined);
    assert.ok(evidenceFor('Droughts last for months in the north.', '13') || evidenceFor('Droughts last for months in the north.', '2'));
  });

  it('reads a word in the sense its neighbours give it', () => {
    // An experiment's treatment group, a task ("its job is to"), a room's CO2 and a budget's death spiral are no health, work or climate.
    const senses = 'Its job is to deliver platforms. The treatment group received cash and the treatment effect was small. Get a CO2 meter: indoor CO2 makes a room stuffy. Fares fell into a death spiral.';
    assert.deepEqual(goalsOf(senses), []);
    // A plant that makes power, treats water or recycles is no crop.
    for (const [text, goal] of [['coal power plants', '7'], ['wastewater treatment plants', '6'], ['a recycling plant', '12'], ['a manufacturing plant', '9']]) {
      assert.deepEqual(goalsOf(`The region has ${text}.`), [goal], text);
    }
    assert.deepEqual(goalsOf('The region has a nuclear plant.'), []);
    // Aid is no AIDS: international aid and a tool that aids say nothing of health; AIDS in capitals, first aid and legal aid do.
    assert.deepEqual(goalsOf('International aid flows fell, and the tool aids decisions.'), []);
    assert.deepEqual(goalsOf('The clinics test for HIV and treat AIDS.').slice(0, 1), ['3']);
    assert.deepEqual(goalsOf('Every school gets first aid kits.').includes('3'), true);
    assert.deepEqual(goalsOf('Women get free legal aid.').includes('16'), true);
    assert.ok(evidenceFor('Farmers need seeds and plants that resist drought.', '2'));
  });

  it('matches acronyms in capitals only', () => {
    assert.ok(evidenceFor('The SLR projections are grim.', '13'));
    assert.equal(evidenceFor('The slr projections are grim.', '13'), undefined);
  });

  it('finds the paragraphs that speak clearly of a goal, strongest first', () => {
    const text = 'Sea level rise and flood risk call for climate adaptation.\n\nThe steering group meets in May.\n\nHeat waves and GHG emissions rise.';
    const evidence = evidenceFor(text, '13')!;
    assert.deepEqual(evidence.paragraphs.map((p) => text.slice(p.start, p.end).split(' ')[0]), ['Sea', 'Heat']);
    assert.ok(scorer.isClearlyAbout(evidence));
  });

  it("knows the field's words for climate, cities and energy", () => {
    for (const [phrase, goal] of [['climate neutrality', '13'], ['climate-neutral', '13'], ['GHG', '13'], ['carbon removal', '13'], ['urban heat island', '13'], ['sponge city', '13'], ['green roofs', '13'], ['photovoltaic', '7'], ['stormwater', '6']]) {
      assert.ok(evidenceFor(`The city plans ${phrase}.`, goal), `${phrase} for ${goal}`);
    }
  });

  it('never counts a general word alone', () => {
    assert.deepEqual(goalsOf('More support is needed to foster positive aspects of the spaces the accounts help to create.'), []);
  });

  it('shows a goal in a short text by two phrases, or one said three times, not by one word said twice', () => {
    const clearly = (text: string) => scorer.scoreText(text).filter((evidence) => scorer.isClearlyAbout(evidence)).map((evidence) => evidence.goal);
    const twice = 'The lab set up a team for public innovation, but the officials did not share a vision of what innovation in the ministry would need or how they would work.';
    assert.ok(!clearly(twice).includes('9'), 'innovation twice');
    const thrice = 'The cooperative hires women from the market. Women run its two shops and women sit on its board, which meets every month to plan the next season of sales.';
    assert.ok(clearly(thrice).includes('5'), 'women three times');
  });

  it('has no term lists for languages it cannot read yet (Portuguese)', () => {
    assert.equal(scorerFor(BUILTIN_KNOWLEDGE.sdg, 'pt'), undefined);
    assert.ok(scorerFor(BUILTIN_KNOWLEDGE.sdg, 'de'));
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
      assert.ok(correct / predicted >= 0.92, `${split}: precision ${(correct / predicted).toFixed(2)}`);
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
