/**
 * `npm run bench`: times the engine, the CLI, the language server and the extension
 * bundles against the parse floor and peer linters on a generated corpus, prints one
 * table, writes bench/results.json and the README's Performance table.
 *
 *   --quick            fewer runs, for a look while working
 *   --only engine,cli  run only these parts (extension, engine, cli, cache, scale, lsp)
 *   --briefs N         the cache part on the first N briefs only, for a smoke run
 * Either prints the table only: results.json and the README keep the last full run.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { ensureCorpus } from './corpus';
import { notedLoads, noteLoad } from './measure';
import { benchEngine } from './engineBench';
import { benchCli, FLOOR_CLI } from './cliBench';
import { benchCache } from './cacheBench';
import { benchScale } from './scaleBench';
import { benchLanguageServer } from './lspBench';
import { benchExtension } from './extensionBench';
import { describeMachine, describeRun, renderTable, updateReadme } from './report';
import type { Row } from './results';

const ROOT = join(__dirname, '..');
const PARTS = ['extension', 'engine', 'cli', 'cache', 'scale', 'lsp'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, briefs: { type: 'string' } } });
  const parts = values.only ? values.only.split(',') : PARTS;
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`Unknown part ${unknown.join(', ')}; use ${PARTS.join(', ')}.`);
  const runs = values.quick ? { engine: 10, cli: 1, cache: 1, scale: 1, lsp: 20 } : { engine: 60, cli: 5, cache: 5, scale: 3, lsp: 100 };
  const briefs = values.briefs === undefined ? undefined : Number(values.briefs);
  if (briefs !== undefined && !(Number.isInteger(briefs) && briefs > 0)) throw new Error('--briefs takes a whole number above 0.');

  // What ships: the production bundles, and the floor as a command beside them.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
  await build({ entryPoints: [join(__dirname, 'floorCli.ts')], outfile: FLOOR_CLI, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const corpus = ensureCorpus();

  noteLoad();
  const rows: Row[] = [];
  const step = async (part: (typeof PARTS)[number], measure: () => Row[] | Promise<Row[]>) => {
    if (!parts.includes(part)) return;
    process.stderr.write(`bench: ${part}…\n`);
    rows.push(...(await measure()));
  };
  await step('extension', benchExtension);
  await step('engine', () => benchEngine(corpus, runs.engine));
  await step('cli', () => benchCli(corpus, runs.cli));
  await step('cache', () => benchCache(corpus, runs.cache, briefs));
  await step('scale', () => benchScale(corpus, runs.scale));
  await step('lsp', () => benchLanguageServer(corpus, runs.lsp));
  noteLoad();
  const machine = describeMachine(notedLoads());

  const table = renderTable(rows);
  process.stdout.write(`${describeRun(machine)}\n\n${table}\n`);
  // Only a full run replaces the published figures.
  if (values.quick || values.only || values.briefs) return;
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ machine, corpus: { briefs: corpus.briefs.length, words: corpus.words }, rows }, null, 2) + '\n');
  updateReadme(join(ROOT, 'README.md'), table, machine);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
