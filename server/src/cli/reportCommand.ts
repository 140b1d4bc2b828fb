import { existsSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { readTextFile, readTextFileIfAny } from '../io/readTextFile';
import { SettingsLoader } from '../config/settingsLoader';
import { lintLoaded, loadBrief } from '../pipeline/lintFile';
import { problemsByFile, SettingsCache } from '../pipeline/settingsCache';
import { buildPortfolio, summariseLint, type PortfolioInput, type UnreadInput } from '../report/portfolio';
import { readBriefFacts } from '../report/briefFacts';
import { renderHtml } from '../report/renderHtml';
import { renderMarkdown } from '../report/renderMarkdown';
import { renderJson } from '../report/renderJson';
import { collectCommandFiles, UsageError } from './collectFiles';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFlags {
  format?: string;
  out?: string;
  config?: string;
}

/** `diplobrief report`: the portfolio of the briefs found, written to stdout or `--out`. */
export async function reportCommand(patterns: string[], flags: ReportFlags): Promise<number> {
  const format = reportFormat(flags);
  if (flags.config && !existsSync(flags.config)) throw new UsageError(`Config file ${flags.config} does not exist.`);
  const cwd = process.cwd();
  const { files } = await collectCommandFiles(patterns, flags.config, cwd);

  const loader = new SettingsLoader({ configFile: flags.config, baseDir: cwd });
  const settings = new SettingsCache(() => loader);
  const inputs: (PortfolioInput | UnreadInput)[] = [];
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      process.stderr.write(`diplobrief: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable++;
      continue;
    }
    const path = slashed(relative(cwd, file) || file);
    const loaded = loadBrief(text, file, settings.forFile(file), readTextFileIfAny);
    if (!loaded.isBrief) continue;
    // A brief that cannot be read is listed as such; nothing is said of other files.
    if (loaded.refused) inputs.push({ path, refused: loaded.refused[0] });
    else inputs.push({ path, facts: readBriefFacts(loaded.brief, loaded.settings.knowledge, loaded.linkedFiles), lint: summariseLint(lintLoaded(loaded)), knowledge: loaded.settings.knowledge });
  }
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
