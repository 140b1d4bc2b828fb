import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { readTextFileIfAny } from '../io/readTextFile';
import { splitBom } from '../engine/byteOrderMark';
import type { Settings } from '../config/settingsLoader';
import { SettingsLoader } from '../config/settingsLoader';
import { lintLoaded, loadBrief, type ReadLinkedFile } from '../pipeline/lintFile';
import type { Diagnostic } from '../engine/types';
import { problemsByFile, SettingsCache } from '../pipeline/settingsCache';
import { buildPortfolio, summariseLint, type PortfolioInput, type UnreadInput } from '../report/portfolio';
import { readBriefFacts } from '../report/briefFacts';
import { renderHtml } from '../report/renderHtml';
import { renderMarkdown } from '../report/renderMarkdown';
import { renderJson } from '../report/renderJson';
import { collectCommandFiles, UsageError } from './collectFiles';
import { openCache, type CacheFlags } from './cacheOption';
import { hashText, recordingReader, type CachedReport, type LinkedHashes, type LintCache } from './lintCache';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFlags extends CacheFlags {
  format?: string;
  out?: string;
  config?: string;
}

/** `diplobrief report`: the portfolio of the briefs found, written to stdout or `--out`. */
export async function reportCommand(patterns: string[], flags: ReportFlags, version: string): Promise<number> {
  const format = reportFormat(flags);
  if (flags.config && !existsSync(flags.config)) throw new UsageError(`Config file ${flags.config} does not exist.`);
  const cwd = process.cwd();
  const { files } = await collectCommandFiles(patterns, flags.config, cwd);

  const cache = openCache(flags, version);
  const loader = new SettingsLoader({ configFile: flags.config, baseDir: cwd });
  const settings = new SettingsCache(() => loader);
  const inputs: (PortfolioInput | UnreadInput)[] = [];
  let unreadable = 0;
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`diplobrief: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable++;
      cache?.cache.delete(file);
      continue;
    }
    const path = slashed(relative(cwd, file) || file);
    const fileSettings = settings.forFile(file);
    const read = cache ? readCached(cache.cache, file, content, fileSettings) : readBrief(file, content, fileSettings, readTextFileIfAny);
    // A brief that cannot be read is listed as such; nothing is said of other files.
    if ('refused' in read.report) inputs.push({ path, refused: read.report.refused });
    else if ('facts' in read.report) inputs.push({ path, facts: read.report.facts, lint: summariseLint(read.diagnostics), knowledge: fileSettings.knowledge });
  }
  cache?.save();
  const configProblems = problemsByFile(settings.all()).size > 0;
  if (configProblems) process.stderr.write("diplobrief: a config or data file has problems; run 'diplobrief lint' to see them.\n");

  const portfolio = buildPortfolio(inputs, generatedAt());
  const out = flags.out === undefined ? undefined : resolve(cwd, flags.out);
  // Links in the page must work from wherever the page is saved.
  const linkBase = out === undefined ? cwd : dirname(out);
  const rendered =
    format === 'json' ? renderJson(portfolio)
    : format === 'md' ? renderMarkdown(portfolio)
    : renderHtml(portfolio, { hrefFor: (brief) => slashed(relative(linkBase, resolve(cwd, brief.path))) });
  if (out === undefined) process.stdout.write(rendered);
  else writeFileSync(out, rendered);
  return unreadable > 0 ? 2 : 0;
}

interface ReadBrief {
  report: CachedReport;
  diagnostics: Diagnostic[];
}

/** What the report needs of one file: whether it is a brief, its facts and its findings. */
function readBrief(file: string, content: string, settings: Settings, readLinked: ReadLinkedFile): ReadBrief {
  const loaded = loadBrief(splitBom(content).text, file, settings, readLinked);
  if (!loaded.isBrief) return { report: { isBrief: false }, diagnostics: [] };
  if (loaded.refused) return { report: { refused: loaded.refused[0] }, diagnostics: loaded.refused };
  return { report: { facts: readBriefFacts(loaded.brief, loaded.settings.knowledge, loaded.linkedFiles) }, diagnostics: lintLoaded(loaded) };
}

/** The same from the cache while it holds (a `lint --cache` entry has the findings but not the facts), else read and recorded. */
function readCached(cache: LintCache, file: string, content: string, settings: Settings): ReadBrief {
  const contentHash = hashText(content);
  const inputs = cache.inputsOf(settings);
  const cached = cache.get(file, contentHash, inputs)?.results();
  if (cached?.report) return { report: cached.report, diagnostics: cached.diagnostics };
  const linked: LinkedHashes = {};
  const read = readBrief(file, content, settings, recordingReader(readTextFileIfAny, linked));
  cache.set(file, { content: contentHash, inputs, linked, ...read });
  return read;
}

/** `--format`, else what `--out`'s extension says, else Markdown (readable in a terminal). */
function reportFormat(flags: ReportFlags): ReportFormat {
  const fromOut = { '.html': 'html', '.htm': 'html', '.md': 'md', '.json': 'json' }[extname(flags.out ?? '').toLowerCase()] as ReportFormat | undefined;
  const format = flags.format ?? fromOut ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown report format '${format}'. Use one of: ${REPORT_FORMATS.join(', ')}.`);
  return format as ReportFormat;
}

/** Now, or the fixed time reproducible builds ask for with SOURCE_DATE_EPOCH (seconds). */
function generatedAt(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function slashed(path: string): string {
  return path.split(sep).join('/');
}
