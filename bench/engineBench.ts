import { readFileSync } from 'node:fs';
import { lint } from '../server/src/pipeline/defaults';
import { defaultConfig } from '../server/src/config/resolveConfig';
import type { LintConfig } from '../server/src/engine/lintConfig';
import { BUILTIN_KNOWLEDGE } from '../server/src/knowledge/loadKnowledge';
import { RULES } from '../server/src/rules';
import { parseFloor } from './parseFloor';
import { parseBrief } from '../server/src/engine/parseBrief';
import { noteLoad, summarise, timeInTurns, timeMs } from './measure';
import type { Corpus } from './corpus';
import { target, type Row } from './results';

/** The engine may cost this many parse floors: parsing is shared, the rules are one pass more. */
const FLOOR_BUDGET = 1.8;
const HUNDRED_K_BUDGET_MS = 1_000;
/** Per-word cost at 100k words over that at 10k words; more means worse than linear. */
const LINEAR_SLACK = 1.5;
/** Weighing the text against the 17 goals may take at most this share of a lint. */
const SDG_SHARE_BUDGET = 0.1;
/** The rules that weigh the text's SDG evidence (the scorer runs once per brief, for whichever asks first). */
const SDG_EVIDENCE_RULES = ['sdg-suggest', 'sdg-unsupported'];

/** Every rule on, including any the default preset turns off, so no rule's cost is hidden. */
export function allRulesConfig(): LintConfig {
  const config = defaultConfig();
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    if (setting?.severity === 'off') config.rules[rule.id] = { ...setting, severity: rule.defaultSeverity };
  }
  return config;
}

export function benchEngine(corpus: Corpus, runs: number): Row[] {
  const config = allRulesConfig();
  const timeBrief = (words: number, count: number) => {
    const path = corpus.single.get(words)!;
    const text = readFileSync(path, 'utf8');
    return timeInTurns({ floor: () => parseFloor(text), engine: () => lint(text, { path, config, knowledge: BUILTIN_KNOWLEDGE }) }, count);
  };

  const rows: Row[] = [];
  for (const words of [1_500, 5_000]) {
    const { floor, engine } = timeBrief(words, runs);
    const label = `lint ${words.toLocaleString('en')}-word brief, warm`;
    rows.push({ section: 'Engine', measure: `${label}, median`, value: engine.median, unit: 'ms', floor: floor.median, target: target(`≤ ${FLOOR_BUDGET}× floor`, engine.median <= FLOOR_BUDGET * floor.median) });
    rows.push({ section: 'Engine', measure: `${label}, p95`, value: engine.p95, unit: 'ms', floor: floor.p95 });
  }

  const growth = new Map<number, { engine: number; floor: number }>();
  for (const words of [1_000, 10_000, 100_000]) {
    const { floor, engine } = timeBrief(words, words >= 100_000 ? Math.max(5, Math.ceil(runs / 10)) : runs);
    growth.set(words, { engine: engine.median, floor: floor.median });
  }
  const perWord = (words: number) => growth.get(words)!.engine / words;
  const linear = perWord(100_000) / perWord(10_000);
  for (const [words, { engine, floor }] of growth) {
    const row: Row = { section: 'Engine', measure: `lint ${words / 1_000}k-word brief, median`, value: engine, unit: 'ms', floor };
    if (words === 100_000) row.target = target(`≤ ${HUNDRED_K_BUDGET_MS} ms`, engine <= HUNDRED_K_BUDGET_MS);
    rows.push(row);
  }
  rows.push({
    section: 'Engine',
    measure: 'cost per word, 100k over 10k (1.0 = linear)',
    value: linear,
    unit: '×',
    target: target(`≤ ${LINEAR_SLACK}`, linear <= LINEAR_SLACK),
  });
  rows.push(benchHeadings(runs));
  rows.push(benchSdgShare(corpus.single.get(5_000)!, config, runs));
  return rows;
}

/**
 * What the SDG scorer adds to a lint: the same brief linted with and without the rules that
 * weigh SDG evidence, one right after the other (in both orders by turns), in one process.
 * The median of these paired differences holds better than a difference of two medians
 * when other work loads the machine.
 */
function benchSdgShare(path: string, config: LintConfig, runs: number): Row {
  const text = readFileSync(path, 'utf8');
  const withoutSdg: LintConfig = { ...config, rules: { ...config.rules } };
  for (const rule of SDG_EVIDENCE_RULES) withoutSdg.rules[rule] = { ...config.rules[rule], severity: 'off' };
  const full = () => lint(text, { path, config, knowledge: BUILTIN_KNOWLEDGE });
  const rest = () => lint(text, { path, config: withoutSdg, knowledge: BUILTIN_KNOWLEDGE });
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 5)); i++) {
    full();
    rest();
  }
  const fullTimes: number[] = [];
  const costs: number[] = [];
  // Three times the other rows' runs: a difference of two timings is noisier than either.
  for (let i = 0; i < 3 * runs; i++) {
    noteLoad();
    const restFirst = i % 2 === 1 ? timeMs(rest) : undefined;
    const fullTime = timeMs(full);
    const restTime = restFirst ?? timeMs(rest);
    fullTimes.push(fullTime);
    costs.push(fullTime - restTime);
  }
  const cost = Math.max(0, summarise(costs).median);
  const share = cost / summarise(fullTimes).median;
  return { section: 'Engine', measure: 'SDG scoring, share of a 5,000-word lint (lint with and without it), median', value: cost, unit: 'ms', target: target(`≤ ${SDG_SHARE_BUDGET * 100}% of the lint (${(share * 100).toFixed(1)}%)`, share <= SDG_SHARE_BUDGET) };
}

/** Sections are closed in one pass: 40,000 headings (389 KB, under the size limit) parse in about the floor's time. */
function benchHeadings(runs: number): Row {
  const text = `---\ntitle: Headings\n---\n${Array.from({ length: 40_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} H${i}\n`).join('')}`;
  const { floor, engine } = timeInTurns({ floor: () => parseFloor(text), engine: () => parseBrief(text) }, Math.max(3, Math.ceil(runs / 10)));
  return { section: 'Engine', measure: 'parse 40,000 headings, median', value: engine.median, unit: 'ms', floor: floor.median, target: target(`≤ ${FLOOR_BUDGET}× floor`, engine.median <= FLOOR_BUDGET * floor.median) };
}
