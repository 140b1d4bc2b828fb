/**
 * `npm run eval:real`: DiploBrief's findings on the real documents beside the project,
 * per rule and per 1,000 words, with the verdicts of test/real-text/judged.jsonl.
 *
 *   --split tune|held-out   only that half of the documents
 *   --preset strict         lint with a preset other than the built-in recommended one
 *   --all-undp              every UNDP page, not only those with judged findings
 *   --wrong                 list the findings judged wrong (and debatable) that still appear
 *   --unjudged FILE         write the findings no one has judged yet, as judged.jsonl lines to fill in
 *   --update-open           mark in judged.jsonl which findings judged wrong are still reported (the
 *                           test that keeps wrong findings from coming back reads these marks)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { figuresByRule, lintCorpus, precision, readCorpus, realTextsAvailable, recordOpen, strictPrecision, type Finding, type Split } from '../test/real-text/corpus';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    preset: { type: 'string' },
    'all-undp': { type: 'boolean', default: false },
    wrong: { type: 'boolean', default: false },
    unjudged: { type: 'string' },
    'update-open': { type: 'boolean', default: false },
  },
});

if (!realTextsAvailable()) {
  console.error('eval:real needs ../shared/data/real-texts and ../shared/data/sdg-labelled beside the project.');
  process.exit(2);
}

const documents = readCorpus({ allUndpPages: values['all-undp'] }).filter((d) => !values.split || d.split === (values.split as Split));
const findings = lintCorpus(documents, { preset: values.preset });
const words = documents.reduce((sum, d) => sum + d.words, 0);

const percent = (value: number | undefined) => (value === undefined ? '' : `${Math.round(value * 100)}%`);
const rows = figuresByRule(findings).map((f) => [f.rule, f.findings, ((f.findings * 1000) / words).toFixed(2), f.right, f.wrong, f.debatable, f.unjudged, percent(precision(f)), percent(strictPrecision(f))]);
const total = figuresByRule(findings.map((f) => ({ ...f, rule: 'all rules' })))[0];
if (total) rows.push([total.rule, total.findings, ((total.findings * 1000) / words).toFixed(2), total.right, total.wrong, total.debatable, total.unjudged, percent(precision(total)), percent(strictPrecision(total))]);

console.log(`${documents.length} documents, ${words.toLocaleString('en')} words${values.split ? ` (${values.split})` : ''}, preset ${values.preset ?? 'recommended'}\n`);
console.log('| rule | findings | per 1,000 words | right | wrong | debatable | unjudged | precision | strict |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\nprecision: right / (right + wrong); strict: right / every judged finding.');

if (values.wrong) {
  console.log('\nJudged wrong or debatable, still found:');
  for (const f of findings.filter((f) => f.judged && f.judged.verdict !== 'right')) {
    console.log(`  ${f.judged!.verdict.padEnd(9)} ${f.file}:${f.line} ${f.rule} «${f.excerpt}» ${f.judged!.pattern ? `[${f.judged!.pattern}] ` : ''}${f.judged!.why}`);
  }
}

if (values.unjudged) {
  const toJudge = (f: Finding) => JSON.stringify({ file: f.file, split: f.split, line: f.line, rule: f.rule, message: f.message, excerpt: f.excerpt, verdict: '', why: '', pattern: '' });
  const unjudged = findings.filter((f) => !f.judged);
  writeFileSync(values.unjudged, unjudged.map(toJudge).join('\n') + (unjudged.length ? '\n' : ''));
  console.log(`\n${unjudged.length} unjudged findings written to ${values.unjudged}.`);
}

if (values['update-open']) {
  if (values.split || values.preset) throw new Error('--update-open needs the whole corpus with the built-in preset.');
  const { opened, closed } = recordOpen(findings);
  console.log(`\njudged.jsonl: ${opened} wrong findings marked open, ${closed} marked fixed.`);
}
