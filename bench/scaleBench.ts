import { join } from 'node:path';
import { LARGE_WORKSPACE_DIR, WORKSPACE_DIR, ensureLargeWorkspace, type Corpus } from './corpus';
import { runOnce, type Run } from './cliBench';
import { summarise } from './measure';
import { target, type Row } from './results';

const CLI = join(__dirname, '..', 'bin', 'diplobrief.js');

/** How much more a brief may cost in a workspace ten times as large. */
const MAX_COST_PER_BRIEF_RATIO = 1.2;

/**
 * `diplobrief lint .` on the 10,000-brief workspace and on the 1,000-brief one, in turns:
 * what a brief costs in the large workspace over what it costs in the small one.
 */
export function benchScale(corpus: Corpus, runs: number): Row[] {
  const largeBriefs = ensureLargeWorkspace().briefs.length;
  const small: Run[] = [];
  const big: Run[] = [];
  for (let i = 0; i < runs; i++) {
    small.push(runOnce([CLI, 'lint', '.'], WORKSPACE_DIR));
    big.push(runOnce([CLI, 'lint', '.'], LARGE_WORKSPACE_DIR));
  }
  const median = (samples: Run[], key: keyof Run) => summarise(samples.map((run) => run[key])).median;
  const perBrief = (key: keyof Run) => median(big, key) / largeBriefs / (median(small, key) / corpus.briefs.length);
  const section = 'CLI, 10,000 briefs' as const;
  const costRow = (key: 'seconds' | 'cpuSeconds', what: string): Row => {
    const ratio = perBrief(key);
    return { section, measure: `cost per brief, 10,000 over 1,000 briefs, ${what}`, value: ratio, unit: '×', target: target(`≤ ${MAX_COST_PER_BRIEF_RATIO}`, ratio <= MAX_COST_PER_BRIEF_RATIO) };
  };
  return [
    { section, measure: `DiploBrief, ${largeBriefs.toLocaleString('en')} briefs, wall time`, value: median(big, 'seconds'), unit: 's' },
    { section, measure: `DiploBrief, ${largeBriefs.toLocaleString('en')} briefs, CPU time`, value: median(big, 'cpuSeconds'), unit: 's' },
    { section, measure: `DiploBrief, ${largeBriefs.toLocaleString('en')} briefs, peak memory`, value: median(big, 'peakMb'), unit: 'MB' },
    costRow('seconds', 'wall time'),
    costRow('cpuSeconds', 'CPU time'),
  ];
}
