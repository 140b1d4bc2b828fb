import { strict as assert } from 'node:assert';
import { figuresByRule, lintCorpus, precision, readCorpus, readJudged, realTextsAvailable, sameJudgement, type Finding } from './corpus';
import { FEWEST_JUDGED, OVERALL_BAR, RULE_BAR } from './precisionPage';

describe('findings on real documents, as a reviewer judged them', function () {
  this.timeout(120_000);
  let findings: Finding[];

  before(function () {
    if (!realTextsAvailable()) this.skip();
    findings = lintCorpus(readCorpus());
  });

  it('no finding judged wrong comes back (npm run eval:real -- --update-open records the ones still open)', () => {
    const cameBack = findings.filter((f) => f.judged?.verdict === 'wrong' && !f.judged.open);
    assert.deepEqual(cameBack.map((f) => `${f.file}:${f.line} ${f.rule} «${f.excerpt}»: ${f.judged!.why}`), []);
  });

  it('findings marked open are still reported (after a fix, npm run eval:real -- --update-open marks them fixed)', () => {
    const reported = findings.flatMap((f) => (f.judged ? [f.judged] : []));
    const gone = readJudged().filter((j) => j.open && !reported.some((r) => sameJudgement(r, j)));
    assert.deepEqual(gone.map((j) => `${j.file}:${j.line} ${j.rule} «${j.excerpt}»`), []);
  });

  it(`every rule on by default keeps a judged precision of ${RULE_BAR * 100}%, and all rules together ${OVERALL_BAR * 100}%`, () => {
    const figures = figuresByRule(findings);
    const measured = figures.filter((f) => f.right + f.wrong >= FEWEST_JUDGED);
    const below = measured.filter((f) => precision(f)! < RULE_BAR).map((f) => `${f.rule}: ${Math.round(precision(f)! * 100)}% (${f.right} right, ${f.wrong} wrong)`);
    assert.deepEqual(below, []);
    const right = figures.reduce((sum, f) => sum + f.right, 0);
    const wrong = figures.reduce((sum, f) => sum + f.wrong, 0);
    assert.ok(right / (right + wrong) >= OVERALL_BAR, `all rules: ${Math.round((right / (right + wrong)) * 100)}% (${right} right, ${wrong} wrong)`);
  });
});
