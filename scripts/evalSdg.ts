/**
 * Precision and recall of the SDG evidence scorer on the labelled paragraphs in
 * test/fixtures/sdg-eval: per goal in English, for the dev part (used for tuning) and
 * the held-out part (never used for tuning); in total for the other languages, whose
 * paragraphs are all held out. `--errors` lists the English dev mistakes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_KNOWLEDGE } from '../server/src/knowledge/loadKnowledge';
import { DEFAULT_SUGGEST_THRESHOLDS, isClearlyAbout, scorerFor } from '../server/src/analyses/sdg/sdgScorer';
import { SCORER_LANGUAGES } from '../server/src/analyses/sdg/termList';

interface Paragraph {
  text: string;
  goals: string[];
}

type Split = 'dev' | 'holdout';

const dir = join(__dirname, '..', 'test', 'fixtures', 'sdg-eval');
const GOALS = Array.from({ length: 17 }, (_, i) => String(i + 1));

type LabelFile = { goal?: number; language?: string } & Record<Split, { text: string; also?: number[]; goals?: number[] }[]>;

export function readLabelledParagraphs(split: Split, lang = 'en'): Paragraph[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as LabelFile)
    .filter((file) => (file.language ?? 'en') === lang)
    .flatMap((file) => {
      return (file[split] ?? []).map((item) => ({
        text: item.text,
        goals: (item.goals ?? [file.goal!, ...(item.also ?? [])]).map(String),
      }));
    });
}

export function predict(text: string, lang = 'en'): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return scorerFor(BUILTIN_KNOWLEDGE.sdg, lang)!
    .scoreText(text)
    .filter((evidence) => isClearlyAbout(evidence, words, DEFAULT_SUGGEST_THRESHOLDS))
    .map((evidence) => evidence.goal);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function evaluate(paragraphs: Paragraph[], lang = 'en') {
  const counts = new Map(GOALS.map((goal) => [goal, { tp: 0, fp: 0, fn: 0 } as Counts]));
  const errors: string[] = [];
  for (const paragraph of paragraphs) {
    const predicted = new Set(predict(paragraph.text, lang));
    const truth = new Set(paragraph.goals);
    for (const goal of GOALS) {
      const c = counts.get(goal)!;
      if (predicted.has(goal) && truth.has(goal)) c.tp++;
      else if (predicted.has(goal)) c.fp++;
      else if (truth.has(goal)) c.fn++;
    }
    const wrong = [...predicted].filter((g) => !truth.has(g));
    const missed = [...truth].filter((g) => !predicted.has(g));
    if (wrong.length || missed.length) errors.push(`labelled [${[...truth]}] predicted [${[...predicted]}]: ${paragraph.text.slice(0, 90)}…`);
  }
  return { counts, errors };
}

const ratio = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(2));

if (require.main === module) {
  const dev = evaluate(readLabelledParagraphs('dev'));
  const holdout = evaluate(readLabelledParagraphs('holdout'));
  const row = (label: string, d: Counts, h: Counts) =>
    `${label.padEnd(6)} ${ratio(d.tp, d.tp + d.fp).padStart(9)} ${ratio(d.tp, d.tp + d.fn).padStart(6)}   ${ratio(h.tp, h.tp + h.fp).padStart(9)} ${ratio(h.tp, h.tp + h.fn).padStart(6)}`;
  const sum = (counts: Map<string, Counts>) => [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`SDG scorer on ${readLabelledParagraphs('dev').length} dev and ${readLabelledParagraphs('holdout').length} held-out labelled paragraphs (thresholds ${JSON.stringify(DEFAULT_SUGGEST_THRESHOLDS)})\n`);
  console.log('goal   dev: precision recall   holdout: precision recall');
  for (const goal of GOALS) console.log(row(goal, dev.counts.get(goal)!, holdout.counts.get(goal)!));
  console.log(`${row('total', sum(dev.counts), sum(holdout.counts))}\n`);
  for (const lang of SCORER_LANGUAGES.filter((l) => l !== 'en')) {
    const paragraphs = readLabelledParagraphs('holdout', lang);
    const total = sum(evaluate(paragraphs, lang).counts);
    console.log(`${lang}: ${paragraphs.length} held-out paragraphs, precision ${ratio(total.tp, total.tp + total.fp)}, recall ${ratio(total.tp, total.tp + total.fn)}`);
  }
  if (process.argv.includes('--errors')) console.log(`\nDev mistakes:\n${dev.errors.join('\n')}`);
}
