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
 *   --write-precision FILE  write the page of judged precision (docs/precision.md): every document,
 *                           the held-out and the tune half with the built-in preset, and every document with strict
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lintCorpus, readCorpus, realTextsAvailable, recordOpen, type Finding, type RealDocument, type Split } from '../test/real-text/corpus';
import { precisionPage, precisionTable } from '../test/real-text/precisionPage';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    preset: { type: 'string' },
    'all-undp': { type: 'boolean', default: false },
    wrong: { type: 'boolean', default: false },
    unjudged: { type: 'string' },
    'update-open': { type: 'boolean', default: false },
    'write-precision': { type: 'string' },
  },
});

if (!realTextsAvailable()) {
  console.error('eval:real needs ../shared/data/real-texts and ../shared/data/sdg-labelled beside the project.');
  process.exit(2);
}

if (values['write-precision']) {
  if (values.split || values.preset || values['all-undp']) throw new Error('--write-precision measures the whole corpus with each preset itself.');
  const corpus = readCorpus();
  const recommended = lintCorpus(corpus);
  const half = (split: Split) => ({ documents: corpus.filter((d) => d.split === split), findings: recommended.filter((f) => f.split === split) });
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const page = precisionPage({
    commit,
    date: new Date().toISOString().slice(0, 10),
    all: { documents: corpus, findings: recommended },
    heldOut: half('held-out'),
    tune: half('tune'),
    strict: { documents: corpus, findings: lintCorpus(corpus, { preset: 'strict' }) },
  });
  writeFileSync(values['write-precision'], page);
  console.log(`${values['write-precision']} written: ${corpus.length} documents, measured at ${commit}.`);
  process.exit(0);
}

const documents: RealDocument[] = readCorpus({ allUndpPages: values['all-undp'] }).filter((d) => !values.split || d.split === (values.split as Split));
const findings = lintCorpus(documents, { preset: values.preset });
const words = documents.reduce((sum, d) => sum + d.words, 0);

console.log(`${documents.length} documents, ${words.toLocaleString('en')} words${values.split ? ` (${values.split})` : ''}, preset ${values.preset ?? 'recommended'}\n`);
console.log(precisionTable({ documents, findings }));
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
