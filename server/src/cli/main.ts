import { existsSync, readFileSync } from 'node:fs';
import packageJson from '../../../package.json';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES } from '../rules';
import { offeredEdits } from '../rules/ruleDocs';
import { scriptRefusal } from '../engine/dataFile';
import { collectCommandFiles, UsageError } from './collectFiles';
import { streamLint } from './parallelLint';
import { cachedLint, type BlockResult } from './cachedLint';
import { openCache } from './cacheOption';
import { pathsFrom } from './shownPaths';
import { reportCommand } from './reportCommand';
import type { FileResult } from './lintFiles';
import { StylishWriter } from './formatters/stylish';
import type { StylishBlock } from './formatters/stylishBlock';
import { JsonWriter } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatGithub } from './formatters/github';

const VERSION = packageJson.version;

const HELP = `Usage: diplobrief <command> [options]

Commands:
  lint [paths or globs...]   Lint briefs (default: the configured files under this folder)
  rules                      List every rule with its default severity
  explain RULE               Print a rule's documentation
  report [paths or globs...] Portfolio of the briefs: SDG and action-area coverage, initiatives, lint summary

Options for lint:
  --format stylish|json|sarif|github   Output format (default: stylish)
  --fix                Apply fixes and write the files
  --max-warnings N     Exit 1 when there are more than N warnings
  --config FILE        Use this config file instead of looking for .diplobrief.yaml
  --quiet              Report errors only
  --cache              Lint only files that changed since the last --cache run, or whose
                       config, team data, bibliography or DiploBrief version changed
  --cache-location PATH  Cache file, or folder for it (default: .diplobrief-cache)
  --concurrency N|auto Threads that lint (default: auto, one per two cores, since each
                       keeps another core busy collecting its garbage)
  -h, --help           Show this help
  -v, --version        Show the version

Options for report:
  --format html|md|json   Output format (default: from --out's extension, else md)
  --out FILE              Write the report to FILE instead of standard output
  --config FILE           As for lint
  --cache, --cache-location PATH   As for lint: briefs unchanged since the last run are not read again

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage or configuration error.
report exits 0 whatever the briefs hold, 2 when a file cannot be read.`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      config: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) return print(HELP, 0);
  if (values.version) return print(VERSION, 0);
  const [command = 'lint', ...rest] = positionals;
  switch (command) {
    case 'lint':
      return lintCommand(rest, values);
    case 'rules':
      return print(RULES.map((rule) => `${rule.id.padEnd(34)} ${rule.defaultSeverity.padEnd(12)} ${offeredEdits(rule).padEnd(16)}${rule.description}`).join('\n'), 0);
    case 'explain':
      return explain(rest[0]);
    case 'report':
      return reportCommand(rest, values, VERSION);
    default:
      throw new UsageError(`Unknown command '${command}'. Run 'diplobrief --help' for the commands.`);
  }
}

interface LintFlags {
  format?: string;
  fix?: boolean;
  'max-warnings'?: string;
  config?: string;
  quiet?: boolean;
  cache?: boolean;
  'cache-location'?: string;
  concurrency?: string;
}

async function lintCommand(patterns: string[], flags: LintFlags): Promise<number> {
  const format = (flags.format ?? 'stylish') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format '${format}'. Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = flags['max-warnings'] === undefined ? undefined : Number(flags['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings takes a whole number.');
  const threads = flags.concurrency === undefined || flags.concurrency === 'auto' ? undefined : Number(flags.concurrency);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new UsageError('--concurrency takes a whole number of threads (1 or more) or auto.');
  if (flags.config && !existsSync(flags.config)) throw new UsageError(`Config file ${flags.config} does not exist.`);
  const script = flags.config && scriptRefusal(flags.config);
  if (script) throw new UsageError(script);

  const cwd = process.cwd();
  const { files, named } = await collectCommandFiles(patterns, flags.config, cwd);
  const cache = openCache(flags, VERSION);
  const options = { fix: flags.fix, configFile: flags.config, baseDir: cwd, named };
  const output = outputFor(format);
  const listed = new Set(files);
  const shown = pathsFrom(cwd);
  let unreadable = 0;
  let configProblems = false;
  let errors = 0;
  let warnings = 0;
  // Each file's findings are written as they come, so a large workspace's are never all held at once.
  const report = (results: Iterable<FileResult | BlockResult>) => {
    for (const result of results) {
      if ('block' in result) {
        // A cached file's findings, counted and written as its block: a file in the cache has no config problem or error.
        errors += result.block.counts.error;
        warnings += result.block.counts.warning;
        output.addBlock!(shown(result.file), result.block);
        continue;
      }
      if (result.error) {
        unreadable++;
        process.stderr.write(`diplobrief: ${result.error}\n`);
      }
      if (!listed.has(result.file) && result.diagnostics.some((d) => d.severity === 'error')) configProblems = true;
      const diagnostics = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
      for (const d of diagnostics) {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
      output.add({ ...result, diagnostics, file: shown(result.file) });
    }
  };
  if (cache) {
    // Blocks show every finding, unpainted.
    report(await cachedLint(files, options, cache.cache, threads, output.addBlock !== undefined && !flags.quiet));
    cache.save();
  } else {
    await streamLint(files, options, report, threads);
  }
  output.end();

  // A broken config or data file is the team's setup failing, not the briefs: exit 2, as usage errors do.
  if (configProblems) process.stderr.write('diplobrief: a config or data file has errors (shown above); fix them, then lint again. Built-in defaults were used where it failed.\n');
  if (unreadable > 0 || configProblems) return 2;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

interface Output {
  add(result: FileResult): void;
  /** Set for plain (unpainted) stylish output, which writes a cached block as it is. */
  addBlock?(file: string, block: StylishBlock): void;
  end(): void;
}

/** Where results go: stylish and JSON output are written as they come, SARIF and GitHub's once all are in. */
function outputFor(format: (typeof FORMATS)[number]): Output {
  const stdout = chunkedStdout();
  const output = formatterFor(format, stdout.write);
  return {
    add: (result) => output.add(result),
    ...(output.addBlock && { addBlock: (file: string, block: StylishBlock) => output.addBlock!(file, block) }),
    end: () => (output.end(), stdout.flush()),
  };
}

function formatterFor(format: (typeof FORMATS)[number], write: (text: string | Uint8Array) => void): Output {
  switch (format) {
    case 'json':
      return new JsonWriter(write);
    case 'stylish': {
      const useColour = process.stdout.isTTY === true && !process.env.NO_COLOR;
      const writer = new StylishWriter(useColour, write);
      const output = { add: (result: FileResult) => writer.add(result), end: () => writer.end() };
      return useColour ? output : { ...output, addBlock: (file, block) => writer.addUnpainted(file, block) };
    }
    default: {
      const results: FileResult[] = [];
      const render = format === 'sarif' ? () => formatSarif(results, RULES, VERSION) : () => formatGithub(results);
      return { add: (result) => results.push(result), end: () => write(`${render()}\n`) };
    }
  }
}

const CHUNK = 64 * 1024;

/** Output to a terminal shows each file's findings as they come; elsewhere it goes in chunks, not in a system call per file. */
function chunkedStdout(): { write(text: string | Uint8Array): void; flush(): void } {
  let pending: (string | Uint8Array)[] = [];
  let length = 0;
  const flush = () => {
    // Text as one string; with a cached block's bytes among it, as bytes.
    const bytes = pending.some((text) => typeof text !== 'string');
    if (pending.length > 0) process.stdout.write(bytes ? Buffer.concat(pending.map((text) => (typeof text === 'string' ? Buffer.from(text) : text))) : pending.join(''));
    pending = [];
    length = 0;
  };
  const chunk = process.stdout.isTTY ? 0 : CHUNK;
  return {
    write(text) {
      pending.push(text);
      length += text.length;
      if (length >= chunk) flush();
    },
    flush,
  };
}

function explain(ruleId: string | undefined): number {
  if (!ruleId) throw new UsageError('Name a rule: diplobrief explain RULE. Run `diplobrief rules` for the list.');
  if (!RULES.some((rule) => rule.id === ruleId)) throw new UsageError(`Unknown rule '${ruleId}'. Run 'diplobrief rules' for the list.`);
  return print(readFileSync(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`), 'utf8'), 0);
}

function print(text: string, code: number): number {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return code;
}

export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => exitWhenWritten(code),
    (error: Error) => {
      const expected = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`diplobrief: ${expected ? error.message : (error.stack ?? error.message)}\n`);
      exitWhenWritten(2);
    },
  );
}

/**
 * Exits once all that was written to stdout and stderr is out: an exit at the end of the event
 * loop tears the heap down first, which took 15 to 20 ms of a re-run with the cache.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}
