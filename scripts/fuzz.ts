/**
 * The long run of the engine's property tests: `npm run fuzz -- --runs 20000 --seed 7`
 * (or FUZZ_RUNS=20000). Deep nesting and long lines go far beyond what `npm test` tries.
 * A failing text is written to .cache/fuzz/ so it can become a fixture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { buildMutated, DEEP, loadSeeds, type MutatedBrief } from '../test/property/briefCases';
import { applyTypedEdit, mutatedBriefProperty, randomTextProperty, typingProperty, type TypedEdit } from '../test/property/lintProperties';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const runs = Number(values.runs ?? process.env.FUZZ_RUNS ?? 5000);
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: --runs takes a positive whole number and --seed a whole number.');
  process.exit(2);
}

const seeds = loadSeeds();
const failuresDir = join(__dirname, '..', '.cache', 'fuzz');
let failed = 0;

function run<T>(name: string, property: fc.IProperty<T>, textOf: (example: T) => string): void {
  const start = performance.now();
  const details = fc.check(property, { numRuns: runs, seed });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${name}: ${details.numRuns} cases in ${seconds.toFixed(1)} s, ${details.failed ? 'FAILED' : 'all passed'} (seed ${details.seed})`);
  if (!details.failed || !details.counterexample) return;
  failed++;
  mkdirSync(failuresDir, { recursive: true });
  const file = join(failuresDir, `${name}-${details.seed}.md`);
  writeFileSync(file, textOf(details.counterexample));
  console.log(`  ${String(details.errorInstance).split('\n')[0]}\n  smallest failing text: ${file}\n  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
}

console.log(`fuzz: ${seeds.length} seed briefs, ${runs} mutated and ${runs} random texts, ${runs} typing sessions, seed ${seed}`);
run('mutated-briefs', mutatedBriefProperty(seeds, DEEP), ([brief]: [MutatedBrief]) => buildMutated(seeds, brief));
run('random-text', randomTextProperty(seeds), ([text]: [string, boolean]) => text);
run('typing', typingProperty(seeds), ([seed, edits]: [number, TypedEdit[]]) => edits.reduce(applyTypedEdit, seeds[seed].text));
process.exitCode = failed > 0 ? 1 : 0;
