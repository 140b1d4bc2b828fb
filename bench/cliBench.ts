import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteLoad, summarise } from './measure';
import { WORKSPACE_DIR, type Corpus } from './corpus';
import { target, type Row } from './results';

const ROOT = join(__dirname, '..');
/** A team's CI job: DiploBrief's wall and CPU time as multiples of markdownlint-cli2's on the same briefs, and its peak memory. */
const WALL_BUDGET = 0.8;
const CPU_BUDGET = 1.0;
const MEMORY_BUDGET_MIB = 250;
const bin = (path: string) => join(ROOT, 'node_modules', path);

interface Tool {
  name: string;
  args: (corpus: Corpus) => string[];
}

/** Each command lints (or, for the floor, parses) every brief of the workspace, from its root. */
export const FLOOR_CLI = join(ROOT, 'dist', 'bench', 'floorCli.js');
const TOOLS: Tool[] = [
  { name: 'parse floor', args: (corpus) => [FLOOR_CLI, ...corpus.briefs] },
  { name: 'DiploBrief', args: () => [join(ROOT, 'bin', 'diplobrief.js'), 'lint', '.'] },
  { name: 'markdownlint-cli2', args: () => [bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'] },
  {
    name: 'remark-cli',
    args: () => [bin('remark-cli/cli.js'), '.', '--ext', 'md', '--no-config', '--use', 'remark-frontmatter', '--use', 'remark-preset-lint-recommended'],
  },
];

export interface Run {
  seconds: number;
  /** User and system CPU time: what the run costs, whatever else the machine is doing. */
  cpuSeconds: number;
  peakMb: number;
}

/** Wall time, CPU time and peak resident memory of one command run in `cwd`, from GNU time. */
export function runOnce(args: string[], cwd = WORKSPACE_DIR): Run {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-bench-'));
  const report = join(dir, 'time.txt');
  noteLoad();
  try {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    // Findings make the linters exit 1; anything else means the run did not lint.
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 2_000)}`);
    const [seconds, user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds, cpuSeconds: user + system, peakMb: kilobytes / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchCli(corpus: Corpus, runs: number): Row[] {
  const samples = new Map<string, Run[]>(TOOLS.map((tool) => [tool.name, []]));
  // Tools take turns, so load from other processes falls on each of them alike.
  for (let i = 0; i < runs; i++) for (const tool of TOOLS) samples.get(tool.name)!.push(runOnce(tool.args(corpus)));
  const median = (name: string, key: keyof Run) => summarise(samples.get(name)!.map((run) => run[key])).median;

  const floorSeconds = median('parse floor', 'seconds');
  const floorMb = median('parse floor', 'peakMb');
  const section = 'CLI, 1,000 briefs' as const;
  const rows: Row[] = [{ section, measure: 'parse floor (one thread), wall time', value: floorSeconds, unit: 's' }];
  for (const tool of TOOLS.slice(1)) {
    const seconds = median(tool.name, 'seconds');
    const row: Row = { section, measure: `${tool.name}, wall time`, value: seconds, unit: 's', floor: floorSeconds };
    if (tool.name === 'DiploBrief') {
      const ratio = seconds / median('markdownlint-cli2', 'seconds');
      row.target = target(`≤ ${WALL_BUDGET}× markdownlint-cli2 (${ratio.toFixed(2)}×)`, ratio <= WALL_BUDGET);
    }
    rows.push(row);
  }
  const floorCpu = median('parse floor', 'cpuSeconds');
  rows.push({ section, measure: 'parse floor, CPU time', value: floorCpu, unit: 's' });
  const mdlCpu = median('markdownlint-cli2', 'cpuSeconds');
  for (const tool of TOOLS.slice(1)) {
    const cpu = median(tool.name, 'cpuSeconds');
    const row: Row = { section, measure: `${tool.name}, CPU time`, value: cpu, unit: 's', floor: floorCpu };
    if (tool.name === 'DiploBrief') row.target = target(`≤ ${CPU_BUDGET}× markdownlint-cli2 (${(cpu / mdlCpu).toFixed(2)}×)`, cpu <= CPU_BUDGET * mdlCpu);
    rows.push(row);
  }
  for (const tool of TOOLS.slice(1)) {
    const peakMb = median(tool.name, 'peakMb');
    const row: Row = { section, measure: `${tool.name}, peak memory`, value: peakMb, unit: 'MB', floor: floorMb };
    if (tool.name === 'DiploBrief') row.target = target(`≤ ${MEMORY_BUDGET_MIB} MiB`, peakMb <= MEMORY_BUDGET_MIB);
    rows.push(row);
  }
  return rows;
}
