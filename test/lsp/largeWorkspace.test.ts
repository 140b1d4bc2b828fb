import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Location, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { copyWorkspace, LspTestClient } from '../helpers/lspClient';
import { LintWorkspaceRequest, PortfolioRequest, type LintWorkspaceResult } from '../../server/src/lsp/protocol';
import type { Portfolio } from '../../server/src/report/portfolio';

/** Enough briefs that the server reads those on disk in its worker thread. */
const COPIES = 60;

const copies = Array.from({ length: COPIES }, (_, i) => `briefs/many/heat-${String(i).padStart(2, '0')}.brief.md`);
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();

/** The fixture workspace with many copies of its heat brief, given a finding each, and a brief that cannot be read. */
function largeWorkspace(): string {
  const root = copyWorkspace();
  const heat = readFileSync(join(root, 'briefs', 'heat.brief.md'), 'utf8').replace('Heat waves threaten', 'Heat waves, the IPCC warns, threaten');
  assert.ok(heat.includes('IPCC'), 'the heat brief still opens its summary with heat waves');
  writeFileSync(join(root, 'briefs', 'heat.brief.md'), heat);
  mkdirSync(join(root, 'briefs', 'many'));
  for (const copy of copies) writeFileSync(join(root, copy), heat);
  writeFileSync(join(root, 'briefs', 'many', 'scan.brief.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0xfe, 0]));
  return root;
}

function useLargeServer(options: { pull?: boolean } = {}) {
  const state = { client: undefined as unknown as LspTestClient };
  before(async () => {
    state.client = await LspTestClient.start(largeWorkspace(), options);
  });
  after(async () => {
    await state.client.stop();
    if (state.client.stderr !== '') throw new Error(`the server wrote to stderr:\n${state.client.stderr}`);
  });
  return state;
}

describe('a workspace of many briefs', () => {
  const server = useLargeServer();

  it('pushes the findings of every brief on disk, the same as for the brief they copy', async () => {
    const { client } = server;
    const original = codes(await client.diagnostics(client.uri('briefs/heat.brief.md')));
    assert.ok(original.length > 0);
    for (const copy of copies) assert.deepEqual(codes(await client.diagnostics(client.uri(copy))), original, copy);
  });

  it('finds references to an initiative in every closed brief', async () => {
    const { client } = server;
    const uri = await client.open('briefs/water.brief.md');
    const text = readFileSync(join(client.root, 'briefs/water.brief.md'), 'utf8');
    const lines = text.slice(0, text.indexOf('bcn-urban-lab')).split('\n');
    const position = { line: lines.length - 1, character: lines.at(-1)!.length + 1 };
    const locations = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    const citing = (file: string) => locations.filter((location) => location.uri === client.uri(file));
    for (const copy of copies) assert.deepEqual(citing(copy).map((location) => location.range.start.line), [9, 16], copy);
    await client.close(uri);
  });

  it('counts every brief in the portfolio and in the Lint Workspace result', async () => {
    const { client } = server;
    const portfolio = await client.request<Portfolio>(PortfolioRequest, {});
    assert.equal(portfolio.totals.briefs, COPIES + 2);
    assert.equal(portfolio.initiatives.find((initiative) => initiative.id === 'bcn-urban-lab')!.briefs, COPIES + 2);
    assert.deepEqual(portfolio.notRead.map((brief) => [brief.path, brief.rule]), [['briefs/many/scan.brief.md', 'file-binary']]);
    const result = await client.request<LintWorkspaceResult>(LintWorkspaceRequest, {});
    assert.equal(result.briefs, COPIES + 3, 'the brief not read too');
    assert.equal(result.warnings, portfolio.totals.warnings);
    assert.equal(result.info, portfolio.totals.info, 'infos counted as the portfolio counts them');
    assert.equal(result.errors, portfolio.totals.errors + 1, "the binary brief's error");
  });

  it('lints every brief again with new editor settings', async () => {
    const { client } = server;
    const rule = (await client.diagnostics(client.uri(copies[0])))[0].code;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { diplobrief: { rules: { [String(rule)]: 'off' } } } });
    // Waits, for each brief, until its findings come without the rule.
    for (const copy of copies) await client.diagnostics(client.uri(copy), (diagnostics) => !diagnostics.some((d) => d.code === rule));
  });
});

describe('a workspace of many briefs, pulled', () => {
  const server = useLargeServer({ pull: true });

  it('reports every brief on disk', async () => {
    const report = await server.client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const reported = new Set(report.items.map((item) => item.uri));
    for (const copy of copies) assert.ok(reported.has(server.client.uri(copy)), copy);
  });
});
