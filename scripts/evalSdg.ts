/**
 * Precision and recall of DiploBrief's SDG suggestions (`npm run eval:sdg`):
 *
 * 1. On the held-out half of the UNDP Accelerator Labs pages
 *    (../shared/data/sdg-labelled/undp-dev.jsonl; see scripts/sdg/devData.ts for the split),
 *    measured as a user runs it: each page linted as a brief with `sdgs: []`, its
 *    sdg-suggest suggestions and the goals sdg-body-mention-untagged finds cited counted
 *    against the authors' tags; brief-level micro precision and recall for English pages of
 *    600+ words, for all lengths, per goal and per language. Beside it, a TF-IDF + logistic
 *    regression baseline trained on the tune half (scripts/sdg/tfidfBaseline.ts) at several
 *    thresholds. `--no-pages` skips this part (it needs ../shared).
 *    sdg-unsupported on the same pages, each linted with its authors' tags plus one goal they
 *    left out: how many of the authors' tags it questions, and how many of the added ones.
 * 2. On the labelled paragraphs of test/fixtures/sdg-eval: per goal in English, for the dev
 *    part (used for training) and the held-out part (never used); in total for the other
 *    languages, whose paragraphs are all held out. `--errors` lists the English dev mistakes.
 * 3. On paragraphs of real writing labelled by two readers (scripts/sdg/realParagraphs.ts):
 *    the goals both found count, a goal only one found counts neither way; by the split of
 *    the page or document they come from, and by language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_KNOWLEDGE } from '../server/src/knowledge/loadKnowledge';
import { scorerFor } from '../server/src/analyses/sdg/sdgScorer';
import { SCORER_LANGUAGES } from '../server/src/analyses/sdg/termList';
import { lint } from '../server/src/pipeline/defaults';
import { addCounts, asUntaggedBrief, emptyCounts, fmt, GOALS, precision, readDevPages, recall, type Counts as PageCounts, type DevPage } from './sdg/devData';
import { TfidfBaseline } from './sdg/tfidfBaseline';
import { readRealParagraphs, type LabelledRealParagraph } from './sdg/realParagraphs';

interface Paragraph {
  text: string;
  goals: string[];
}

type Split = 'dev' | 'holdout';

const dir = join(__dirname, '..', 'test', 'fixtures', 'sdg-eval');

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
  const scorer = scorerFor(BUILTIN_KNOWLEDGE.sdg, lang)!;
  return scorer
    .scoreText(text)
    .filter((evidence) => scorer.isClearlyAbout(evidence))
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

/** The goals a user is shown for an untagged page: suggested ones and cited ones. */
export function goalsShownFor(page: DevPage): string[] {
  const goals = new Set<string>();
  for (const finding of lint(asUntaggedBrief(page))) {
    if (finding.rule === 'sdg-suggest' && typeof finding.data?.goal === 'string') goals.add(finding.data.goal);
    if (finding.rule === 'sdg-body-mention-untagged' && typeof finding.data?.id === 'string') goals.add(finding.data.id.split('.')[0]);
  }
  return [...goals];
}

/** The goals sdg-unsupported questions on a page tagged with `goals`. */
function questionedGoals(page: DevPage, goals: string[]): Set<string> {
  const brief = asUntaggedBrief(page).replace('sdgs: []', `sdgs: [${goals.join(', ')}]`);
  return new Set(lint(brief).filter((finding) => finding.rule === 'sdg-unsupported').map((finding) => String(finding.data?.goal)));
}

function evaluateQuestionedTags(pages: DevPage[]) {
  let authors = 0;
  let authorsQuestioned = 0;
  let addedQuestioned = 0;
  const tagged = pages.filter((page) => page.goals.length > 0 && SCORER_LANGUAGES.includes(page.lang));
  tagged.forEach((page, index) => {
    // A goal the authors left out, picked by the page's place in the list: an added tag that is most likely wrong.
    const left = GOALS.filter((goal) => !page.goals.includes(goal));
    const added = left[(index * 7) % left.length];
    const questioned = questionedGoals(page, [...page.goals, added]);
    authors += page.goals.length;
    authorsQuestioned += page.goals.filter((goal) => questioned.has(goal)).length;
    if (questioned.has(added)) addedQuestioned++;
  });
  console.log(`sdg-unsupported on ${tagged.length} held-out pages with their authors' tags and one goal they left out:`);
  console.log(`  authors' tags questioned ${authorsQuestioned} of ${authors} (${fmt(authorsQuestioned / authors)}); added goals questioned ${addedQuestioned} of ${tagged.length} (${fmt(addedQuestioned / tagged.length)})\n`);
}

function evaluatePages() {
  const pages = readDevPages();
  const heldOut = pages.filter((page) => page.split === 'held-out');
  const long = (page: DevPage) => page.lang === 'en' && page.words >= 600;
  const shown = new Map(heldOut.map((page) => [page.id, goalsShownFor(page)]));
  const total = (subset: DevPage[], predicted: (page: DevPage) => string[]) => {
    const counts = emptyCounts();
    for (const page of subset) addCounts(counts, predicted(page), page.goals);
    return counts;
  };
  const line = (label: string, counts: PageCounts, n: number) => `${label.padEnd(34)} ${String(n).padStart(5)}   precision ${fmt(precision(counts))}   recall ${fmt(recall(counts))}`;
  const ours = (page: DevPage) => shown.get(page.id)!;
  console.log(`DiploBrief on the held-out half of the UNDP pages (lint with sdgs: [], suggestions and cited goals)\n`);
  console.log(line('English, 600+ words', total(heldOut.filter(long), ours), heldOut.filter(long).length));
  console.log(line('English, all lengths', total(heldOut.filter((p) => p.lang === 'en'), ours), heldOut.filter((p) => p.lang === 'en').length));
  for (const lang of ['es', 'fr']) console.log(line(`${lang}, all lengths`, total(heldOut.filter((p) => p.lang === lang), ours), heldOut.filter((p) => p.lang === lang).length));
  console.log(line('all pages', total(heldOut, ours), heldOut.length));
  console.log(`share of English 600+ pages with any goal shown: ${fmt(heldOut.filter(long).filter((p) => ours(p).length > 0).length / heldOut.filter(long).length)}`);
  console.log('\ngoal   English 600+: precision recall');
  for (const goal of GOALS) {
    const counts = emptyCounts();
    for (const page of heldOut.filter(long)) addCounts(counts, ours(page).filter((g) => g === goal), page.goals.filter((g) => g === goal));
    console.log(`${goal.padEnd(6)} ${ratio(counts.tp, counts.tp + counts.fp).padStart(22)} ${ratio(counts.tp, counts.tp + counts.fn).padStart(6)}`);
  }
  const baseline = new TfidfBaseline(pages.filter((page) => page.split === 'tune'));
  const probabilities = new Map(heldOut.map((page) => [page.id, baseline.probabilities(page.text)]));
  console.log('\nTF-IDF + one-vs-rest logistic regression, trained on the tune half, English 600+ / all pages:');
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const predicted = (page: DevPage) => [...probabilities.get(page.id)!].filter(([, p]) => p >= threshold).map(([goal]) => goal);
    const english = total(heldOut.filter(long), predicted);
    const all = total(heldOut, predicted);
    console.log(`  threshold ${threshold.toFixed(2)}: ${fmt(precision(english))} / ${fmt(recall(english))}   all pages ${fmt(precision(all))} / ${fmt(recall(all))}`);
  }
  console.log('');
  evaluateQuestionedTags(heldOut);
}

/** The scorer on real paragraphs: the goals both readers found, a goal one reader found counted neither way. */
function evaluateRealParagraphs(): void {
  const paragraphs = readRealParagraphs();
  if (paragraphs.length === 0) return;
  const count = (group: LabelledRealParagraph[]) => {
    const counts = emptyCounts();
    for (const paragraph of group) {
      const predicted = predict(paragraph.text, paragraph.lang).filter((goal) => !paragraph.debatable.includes(goal));
      addCounts(counts, predicted, paragraph.goals);
    }
    return `${String(group.length).padStart(4)}   precision ${fmt(precision(counts))}   recall ${fmt(recall(counts))}`;
  };
  console.log(`\nSDG scorer on ${paragraphs.length} paragraphs of real writing, labelled by two readers\n`);
  for (const split of ['tune', 'held-out'] as const) {
    console.log(`${`English, ${split}`.padEnd(20)} ${count(paragraphs.filter((p) => p.lang === 'en' && p.split === split))}`);
  }
  for (const lang of ['es', 'fr']) console.log(`${lang.padEnd(20)} ${count(paragraphs.filter((p) => p.lang === lang))}`);
}

if (require.main === module) {
  if (!process.argv.includes('--no-pages')) evaluatePages();
  const dev = evaluate(readLabelledParagraphs('dev'));
  const holdout = evaluate(readLabelledParagraphs('holdout'));
  const row = (label: string, d: Counts, h: Counts) =>
    `${label.padEnd(6)} ${ratio(d.tp, d.tp + d.fp).padStart(9)} ${ratio(d.tp, d.tp + d.fn).padStart(6)}   ${ratio(h.tp, h.tp + h.fp).padStart(9)} ${ratio(h.tp, h.tp + h.fn).padStart(6)}`;
  const sum = (counts: Map<string, Counts>) => [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`SDG scorer on ${readLabelledParagraphs('dev').length} dev and ${readLabelledParagraphs('holdout').length} held-out labelled paragraphs\n`);
  console.log('goal   dev: precision recall   holdout: precision recall');
  for (const goal of GOALS) console.log(row(goal, dev.counts.get(goal)!, holdout.counts.get(goal)!));
  console.log(`${row('total', sum(dev.counts), sum(holdout.counts))}\n`);
  for (const lang of SCORER_LANGUAGES.filter((l) => l !== 'en')) {
    const paragraphs = readLabelledParagraphs('holdout', lang);
    const total = sum(evaluate(paragraphs, lang).counts);
    console.log(`${lang}: ${paragraphs.length} held-out paragraphs, precision ${ratio(total.tp, total.tp + total.fp)}, recall ${ratio(total.tp, total.tp + total.fn)}`);
  }
  evaluateRealParagraphs();
  if (process.argv.includes('--errors')) console.log(`\nDev mistakes:\n${dev.errors.join('\n')}`);
}
