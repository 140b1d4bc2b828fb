import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspTestClient } from '../test/helpers/lspClient';
import { LINT_DELAY_MS } from '../server/src/lsp/lintScheduler';
import { LintWorkspaceRequest } from '../server/src/lsp/protocol';
import { parseFloor } from './parseFloor';
import { noteLoad, summarise, timeInTurns } from './measure';
import { ensureLargeWorkspace, LARGE_WORKSPACE_BRIEFS, LARGE_WORKSPACE_DIR, WORKSPACE_DIR, type Corpus } from './corpus';
import { generateTeamCatalogue } from './teamCatalogue';
import { target, type Row } from './results';

const EDIT_BUDGET_MS = 50;
const REQUEST_BUDGET_MS = 10;
const RSS_BUDGET_MB = 150;
const LARGE_RSS_BUDGET_MB = 250;
const CATALOGUE_INITIATIVES = 10_000;
const CATALOGUE_COMPLETION_BUDGET_MS = 20;
const CATALOGUE_FIRST_DIAGNOSTICS_BUDGET_MS = 500;

const section = 'Language server' as const;

async function timeAsync(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Where in the text a request goes: the line and character of an offset. */
function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** One-character edits, completion and hover in the 5,000-word brief, open in an editor. */
async function benchEditing(corpus: Corpus, runs: number): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-lsp-'));
  cpSync(corpus.single.get(5_000)!, join(folder, 'brief.brief.md'));
  const original = readFileSync(join(folder, 'brief.brief.md'), 'utf8');
  const floor = timeInTurns({ floor: () => parseFloor(original) }, runs).floor;

  const starts: number[] = [];
  let client: LspTestClient | undefined;
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 10)); i++) {
    await client?.stop();
    const start = performance.now();
    client = await LspTestClient.start(folder);
    starts.push(performance.now() - start);
  }
  try {
    const uri = await client!.open('brief.brief.md', original);
    await client!.diagnostics(uri);

    // Typing in the middle of a paragraph: insert a letter, then take it out again.
    const at = original.indexOf('\n\n', Math.floor(original.length / 2)) - 1;
    const edits: number[] = [];
    for (let i = 0; i < runs; i++) {
      noteLoad();
      const text = i % 2 === 0 ? original.slice(0, at) + 's' + original.slice(at) : original;
      client!.forget(uri);
      edits.push((await timeAsync(async () => (await client!.change(uri, text), await client!.diagnostics(uri)))) - LINT_DELAY_MS);
    }
    const edit = summarise(edits);

    // Completion right after a half-typed citation; hover on a citation already there.
    const withCitation = `${original}\nSee also [@ge`;
    client!.forget(uri);
    await client!.change(uri, withCitation);
    // Timed once the brief is parsed and linted, as when the cursor rests after typing.
    await client!.diagnostics(uri);
    const textDocument = { uri };
    const requestRows: Row[] = [];
    const timeRequest = async (measure: string, method: string, position: { line: number; character: number }) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await timeAsync(() => client!.request(method, { textDocument, position })));
      const p95 = summarise(samples).p95;
      requestRows.push({ section, measure, value: p95, unit: 'ms', floor: floor.median, target: target(`≤ ${REQUEST_BUDGET_MS} ms`, p95 <= REQUEST_BUDGET_MS) });
    };
    const capabilities = client!.capabilities;
    if (capabilities?.completionProvider) await timeRequest('completion, p95', 'textDocument/completion', positionAt(withCitation, withCitation.length));
    if (capabilities?.hoverProvider) await timeRequest('hover, p95', 'textDocument/hover', positionAt(withCitation, withCitation.indexOf('[@') + 3));
    return [
      { section, measure: 'start to initialize result (activation), median', value: summarise(starts).median, unit: 'ms' },
      { section, measure: 'debounce after typing (excluded below)', value: LINT_DELAY_MS, unit: 'ms' },
      { section, measure: 'edit to diagnostics, 5,000 words, p50', value: edit.median, unit: 'ms', floor: floor.median },
      { section, measure: 'edit to diagnostics, 5,000 words, p95', value: edit.p95, unit: 'ms', floor: floor.median, target: target(`≤ ${EDIT_BUDGET_MS} ms`, edit.p95 <= EDIT_BUDGET_MS) },
      ...requestRows,
    ];
  } finally {
    await client!.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A team catalogue of 10,000 initiatives (3 MB of JSON) beside a 1,500-word brief: the
 * time from opening the brief in a server just started to its first findings, and
 * completion after `[@`, with nothing typed yet and with a few letters typed.
 */
async function benchTeamCatalogue(corpus: Corpus, runs: number): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), 'diplobrief-bench-catalogue-'));
  mkdirSync(join(folder, 'team'));
  const catalogue = generateTeamCatalogue(CATALOGUE_INITIATIVES, 20_250_701);
  writeFileSync(join(folder, 'team', 'initiatives.json'), catalogue);
  writeFileSync(join(folder, '.diplobrief.yaml'), 'root: true\ninitiatives: team/initiatives.json\n');
  const original = readFileSync(corpus.single.get(1_500)!, 'utf8');
  const firstDiagnostics: number[] = [];
  let client: LspTestClient | undefined;
  try {
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 10)); i++) {
      await client?.stop();
      client = await LspTestClient.start(folder);
      const start = performance.now();
      const uri = await client.open('brief.brief.md', original);
      await client.diagnostics(uri);
      firstDiagnostics.push(performance.now() - start);
    }
    const uri = client!.uri('brief.brief.md');
    const completionRows: Row[] = [];
    for (const [typed, label] of [['', 'after `[@`'], ['kig', 'after `[@kig`']] as const) {
      const text = `${original}\nSee also [@${typed}`;
      client!.forget(uri);
      await client!.change(uri, text);
      await client!.diagnostics(uri);
      const position = positionAt(text, text.length);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await timeAsync(() => client!.request('textDocument/completion', { textDocument: { uri }, position })));
      const p95 = summarise(samples).p95;
      completionRows.push({ section, measure: `completion ${label}, 10,000-initiative catalogue, p95`, value: p95, unit: 'ms', target: target(`≤ ${CATALOGUE_COMPLETION_BUDGET_MS} ms`, p95 <= CATALOGUE_COMPLETION_BUDGET_MS) });
    }
    const first = summarise(firstDiagnostics).median;
    return [
      { section, measure: `open to first diagnostics, 10,000-initiative catalogue (${(catalogue.length / 1e6).toFixed(1)} MB), median`, value: first, unit: 'ms', target: target(`≤ ${CATALOGUE_FIRST_DIAGNOSTICS_BUDGET_MS} ms`, first <= CATALOGUE_FIRST_DIAGNOSTICS_BUDGET_MS) },
      ...completionRows,
    ];
  } finally {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Resident memory of the server, now and at its peak, from the kernel. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)![1]);
  return { rssMb: kilobytes('VmRSS') / 1024, peakMb: kilobytes('VmHWM') / 1024 };
}

/**
 * The server's memory once it has settled: the pass over the workspace ends with its
 * worker thread shutting down, which returns that thread's heap a moment after the
 * last findings are sent. Sampled every 100 ms until it stops falling (5 s at most).
 */
async function settledMemoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  let last = memoryOf(pid);
  for (let waited = 0; waited < 5_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = memoryOf(pid);
    if (waited >= 400 && now.rssMb >= last.rssMb - 1) return now;
    last = now;
  }
  return last;
}

/** The pushed findings for a brief, however long the server takes to come to it. */
async function diagnosticsEventually(client: LspTestClient, uri: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await client.diagnostics(uri);
      return;
    } catch (error) {
      // The helper gives up after a few seconds; a workspace pass on a busy machine takes longer to begin.
      if (performance.now() > deadline) throw error;
    }
  }
}

/** The server with a workspace open, until it has pushed the findings of every brief: the time, and its memory then and once settled. */
async function openWorkspace(dir: string, briefs: readonly string[]) {
  const start = performance.now();
  const client = await LspTestClient.start(dir);
  // The server lints the workspace on start and pushes each brief's findings, in order.
  const deadline = start + 30 * 60_000;
  for (const brief of briefs) await diagnosticsEventually(client, client.uri(brief.slice(dir.length + 1)), deadline);
  const seconds = (performance.now() - start) / 1000;
  const atLastFindings = memoryOf(client.pid);
  return { client, seconds, atLastFindings, settled: await settledMemoryOf(client.pid) };
}

/** The server with the 1,000-brief workspace open, after it has linted every brief. */
async function benchWorkspace(corpus: Corpus): Promise<Row[]> {
  const { client, seconds, atLastFindings, settled } = await openWorkspace(WORKSPACE_DIR, corpus.briefs);
  try {
    const relint = (await timeAsync(() => client.request(LintWorkspaceRequest, {}))) / 1000;
    const afterCommand = await settledMemoryOf(client.pid);
    return [
      { section, measure: 'lint the 1,000-brief workspace on start, wall time', value: seconds, unit: 's' },
      { section, measure: 'server RSS as the last findings arrive', value: atLastFindings.rssMb, unit: 'MB' },
      { section, measure: 'server RSS after linting 1,000 briefs, settled', value: settled.rssMb, unit: 'MB', target: target(`≤ ${RSS_BUDGET_MB} MB`, settled.rssMb <= RSS_BUDGET_MB) },
      { section, measure: 'Lint Workspace command (re-reads all), wall time', value: relint, unit: 's' },
      { section, measure: 'server RSS after the command, settled', value: afterCommand.rssMb, unit: 'MB' },
      { section, measure: 'server peak RSS, after the command', value: afterCommand.peakMb, unit: 'MB' },
    ];
  } finally {
    await client.stop();
  }
}

/** The server with the 10,000-brief workspace open, after it has linted every brief. */
export async function benchLargeWorkspace(): Promise<Row[]> {
  const { briefs } = ensureLargeWorkspace();
  const { client, seconds, atLastFindings, settled } = await openWorkspace(LARGE_WORKSPACE_DIR, briefs);
  await client.stop();
  const label = LARGE_WORKSPACE_BRIEFS.toLocaleString('en');
  return [
    { section, measure: `lint the ${label}-brief workspace on start, wall time`, value: seconds, unit: 's' },
    { section, measure: `server RSS as the last findings of ${label} briefs arrive`, value: atLastFindings.rssMb, unit: 'MB', target: target(`≤ ${LARGE_RSS_BUDGET_MB} MB`, atLastFindings.rssMb <= LARGE_RSS_BUDGET_MB) },
    { section, measure: `server RSS after linting ${label} briefs, settled`, value: settled.rssMb, unit: 'MB', target: target(`≤ ${LARGE_RSS_BUDGET_MB} MB`, settled.rssMb <= LARGE_RSS_BUDGET_MB) },
    { section, measure: `server peak RSS, ${label} briefs`, value: settled.peakMb, unit: 'MB' },
  ];
}

export async function benchLanguageServer(corpus: Corpus, runs: number): Promise<Row[]> {
  return [...(await benchEditing(corpus, runs)), ...(await benchTeamCatalogue(corpus, runs)), ...(await benchWorkspace(corpus)), ...(await benchLargeWorkspace())];
}
