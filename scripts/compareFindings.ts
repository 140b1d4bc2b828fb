/**
 * Findings of every rule on a wide corpus, saved or compared byte for byte, so that work
 * on speed can show it changed no finding, nor their order:
 *
 *   npx tsx scripts/compareFindings.ts --save /tmp/findings-before.jsonl
 *   npx tsx scripts/compareFindings.ts --compare /tmp/findings-before.jsonl
 *
 * The corpus: the benchmark's generated briefs (the single briefs and the 1,000 of its
 * workspace) with every rule on and with the defaults, and the real documents beside the
 * project (every UNDP page) with the defaults and the strict preset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../server/src/pipeline/defaults';
import { defaultConfig } from '../server/src/config/resolveConfig';
import { ensureCorpus, CORPUS_DIR } from '../bench/corpus';
import { allRulesConfig } from '../bench/engineBench';
import { lintCorpus, readCorpus, realTextsAvailable } from '../test/real-text/corpus';

const { values } = parseArgs({ options: { save: { type: 'string' }, compare: { type: 'string' } } });
if (!values.save === !values.compare) {
  console.error('Give --save FILE to record the findings, or --compare FILE to compare them with a record.');
  process.exit(2);
}

/** One line per document and configuration: its name, then its findings as JSON. */
function findingLines(): string[] {
  const lines: string[] = [];
  const corpus = ensureCorpus();
  const configs = { 'all-rules': allRulesConfig(), recommended: defaultConfig() };
  for (const path of [...corpus.single.values(), ...corpus.briefs]) {
    const text = readFileSync(path, 'utf8');
    for (const [name, config] of Object.entries(configs)) lines.push(`${relative(CORPUS_DIR, path)} ${name} ${JSON.stringify(lint(text, { path, config }))}`);
  }
  if (!realTextsAvailable()) {
    console.error('The real texts (../shared/data) are missing: only the generated briefs are compared.');
    return lines;
  }
  const documents = readCorpus({ allUndpPages: true });
  for (const preset of ['recommended', 'strict']) {
    const byFile = new Map<string, unknown[]>(documents.map((document) => [document.file, []]));
    for (const finding of lintCorpus(documents, { preset })) byFile.get(finding.file)!.push(finding.diagnostic);
    for (const [file, diagnostics] of byFile) lines.push(`${file} ${preset} ${JSON.stringify(diagnostics)}`);
  }
  return lines;
}

const lines = findingLines();
const findings = lines.reduce((sum, line) => sum + (line.match(/"rule":/g)?.length ?? 0), 0);
if (values.save) {
  writeFileSync(values.save, `${lines.join('\n')}\n`);
  console.log(`Saved ${findings} findings on ${lines.length} document runs to ${values.save}.`);
} else {
  const recorded = readFileSync(values.compare!, 'utf8').trimEnd().split('\n');
  const differing = lines.flatMap((line, i) => (line === recorded[i] ? [] : [line.slice(0, line.indexOf(' [')) || line.slice(0, 80)]));
  if (lines.length !== recorded.length) console.log(`The record has ${recorded.length} document runs, this run ${lines.length}.`);
  if (differing.length === 0 && lines.length === recorded.length) {
    console.log(`Identical: ${findings} findings on ${lines.length} document runs, in the same order.`);
  } else {
    console.log(`${differing.length} document runs differ, first: ${differing.slice(0, 10).join('; ')}.`);
    process.exitCode = 1;
  }
}
