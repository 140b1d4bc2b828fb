import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { copyWorkspace, LspTestClient } from '../helpers/lspClient';

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const has = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === rule);
const lacks = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((d) => d.code === rule);

const longBrief = (words: number) =>
  `---\ntitle: Long\ntype: policy-brief\nauthors: [A]\ndate: 2025-01-01\nstatus: draft\n---\n\n# Long\n\n## Executive summary\n\n${'word '.repeat(words)}\n\n## Recommendations\n\n- Act.\n\n## References\n\n- None.\n`;

describe('language server over stdio (push diagnostics)', () => {
  let client: LspTestClient;
  let root: string;

  beforeEach(async () => {
    root = copyWorkspace();
    client = await LspTestClient.start(root);
  });

  afterEach(async () => {
    await client.stop();
    assert.equal(client.stderr, '', 'the server wrote to stderr');
  });

  it('lints every brief of the workspace on start, with rule codes, docs links and the fix in data', async () => {
    const diagnostics = await client.diagnostics(client.uri('briefs/water.brief.md'), has('structure-required-sections'));
    const missing = diagnostics.find((d) => d.code === 'structure-required-sections')!;
    assert.equal(missing.source, 'diplobrief');
    assert.equal(missing.codeDescription?.href, 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/structure-required-sections.md');
    assert.match(String(missing.message), /References/);
    assert.equal((missing.data as { fix: { title: string } }).fix.title, "Add a 'References' section");
    assert.deepEqual(rules(await client.diagnostics(client.uri('briefs/heat.brief.md'))), []);
  });

  it('re-lints an open brief as it is edited', async () => {
    const uri = await client.open('briefs/heat.brief.md');
    await client.diagnostics(uri, (d) => d.length === 0);
    const broken = readFileSync(join(root, 'briefs/heat.brief.md'), 'utf8').replace('status: draft', 'status: [draft');
    await client.change(uri, broken);
    const diagnostics = await client.diagnostics(uri, has('front-matter-syntax'));
    assert.ok(diagnostics.every((d) => d.range.start.line < 12), 'the YAML error is reported in the front matter');
  });

  it('reports a broken config in the config file, and briefs keep its last good settings', async () => {
    const uri = await client.open('briefs/long.brief.md', longBrief(450));
    const before = await client.diagnostics(uri, has('structure-length'));
    assert.match(String(before.find((d) => d.code === 'structure-length')!.message), /budget of 400/);

    const configPath = join(root, '.diplobrief.yaml');
    writeFileSync(configPath, readFileSync(configPath, 'utf8') + 'colour: blue\n');
    client.forget(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.diplobrief.yaml'), type: 2 }] });

    const configProblems = await client.diagnostics(client.uri('.diplobrief.yaml'), (d) => d.length > 0);
    assert.equal(configProblems[0].code, 'config-invalid');
    assert.match(String(configProblems[0].message), /Unknown key 'colour'/);
    assert.equal(configProblems[0].range.start.line, 5);
    const after = await client.diagnostics(uri);
    assert.match(String(after.find((d) => d.code === 'structure-length')!.message), /budget of 400/);
  });

  it('applies the editor settings over the config file', async () => {
    await client.stop();
    client = await LspTestClient.start(root, { settings: { rules: { 'structure-required-sections': 'off' } } });
    const uri = await client.open('briefs/water.brief.md');
    assert.deepEqual(rules(await client.diagnostics(uri, lacks('structure-required-sections'))), []);
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start(copyWorkspace(), { pull: true });
  });

  after(async () => {
    await client.stop();
    assert.equal(client.stderr, '', 'the server wrote to stderr');
  });

  it('answers document pulls, and "unchanged" when the result id still holds', async () => {
    const uri = await client.open('briefs/water.brief.md');
    const full = await client.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(full.kind, 'full');
    assert.deepEqual(rules(full.items), ['structure-required-sections']);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
    assert.equal(again.kind, 'unchanged');
  });

  it('answers workspace pulls with every brief, and not with other Markdown files', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byFile = new Map(report.items.map((item) => [item.uri.slice(item.uri.lastIndexOf('/') + 1), item]));
    assert.deepEqual([...byFile.keys()].sort(), ['heat.brief.md', 'water.brief.md']);
    const water = byFile.get('water.brief.md')!;
    assert.equal(water.kind, 'full');
    assert.deepEqual(rules((water as { items: Diagnostic[] }).items), ['structure-required-sections']);
  });
});
