import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { WORKSPACE_DIR, type Corpus } from './corpus';
import { runOnce, type Run } from './cliBench';
import { summarise } from './measure';
import { target, type Row } from './results';

const CLI = join(__dirname, '..', 'bin', 'diplobrief.js');

/** What a CI re-run after a small pull request costs: ESLint's and Prettier's `--cache` figure. */
const CHANGED_SHARE = 0.01;

/**
 * `lint --cache` on a copy of the workspace: a cold run (no cache file), then a re-run after
 * 1% of the briefs changed (10 of 1,000), in turns. `briefs` takes the first N of the
 * workspace, for a smoke run; the figures in results.json are of all of them.
 */
export function benchCache(corpus: Corpus, runs: number, briefs = corpus.briefs.length): Row[] {
  const workspace = mkdtempSync(join(tmpdir(), 'diplobrief-bench-cache-'));
  try {
    cpSync(join(WORKSPACE_DIR, '.diplobrief.yaml'), join(workspace, '.diplobrief.yaml'));
    const files = corpus.briefs.slice(0, briefs).map((brief) => {
      const copy = join(workspace, relative(WORKSPACE_DIR, brief));
      cpSync(brief, copy);
      return copy;
    });
    const changed = Math.max(1, Math.round(files.length * CHANGED_SHARE));
    const lint = () => runOnce([CLI, 'lint', '.', '--cache'], workspace);
    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(join(workspace, '.diplobrief-cache'), { force: true });
      cold.push(lint());
      // Briefs spread over the workspace, a new sentence each round.
      for (let j = 0; j < changed; j++) appendFileSync(files[Math.floor((j * files.length) / changed)], `\nThe city reviewed this brief in round ${i}.\n`);
      warm.push(lint());
    }
    const median = (samples: Run[], key: keyof Run) => summarise(samples.map((run) => run[key])).median;
    const coldSeconds = median(cold, 'seconds');
    const warmSeconds = median(warm, 'seconds');
    const share = warmSeconds / coldSeconds;
    const section = 'CLI, 1,000 briefs' as const;
    return [
      { section, measure: `DiploBrief --cache, cold run (no cache), ${files.length} briefs, wall time`, value: coldSeconds, unit: 's' },
      { section, measure: `DiploBrief --cache, cold run (no cache), ${files.length} briefs, CPU time`, value: median(cold, 'cpuSeconds'), unit: 's' },
      {
        section,
        measure: `DiploBrief --cache re-run, ${changed} of ${files.length} briefs changed, wall time`,
        value: warmSeconds,
        unit: 's',
        target: target(`≤ 10% of the cold run (${(share * 100).toFixed(1)}%)`, share <= 0.1),
      },
      { section, measure: `DiploBrief --cache re-run, ${changed} of ${files.length} briefs changed, CPU time`, value: median(warm, 'cpuSeconds'), unit: 's' },
    ];
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
