import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentDiagnosticReport, Hover, Location, MarkupContent, Position, TextEdit, WorkspaceDiagnosticReport, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { useServer } from '../helpers/lspClient';

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const has = (rule: string) => (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === rule);
const lacks = (rule: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((d) => d.code === rule);

const longBrief = (words: number) =>
  `---\ntitle: Long\ntype: policy-brief\nauthors: [A]\ndate: 2025-01-01\nstatus: draft\n---\n\n# Long\n\n## Executive summary\n\n${'word '.repeat(words)}\n\n## Recommendations\n\n- Act.\n\n## References\n\n- None.\n`;

describe('language server over stdio (push diagnostics)', () => {
  const server = useServer({ perTest: true });

  it('lints every brief of the workspace on start, with rule codes, docs links and the fix in data', async () => {
    const { client } = server;
    const diagnostics = await client.diagnostics(client.uri('briefs/water.brief.md'), has('structure-required-sections'));
    const missing = diagnostics.find((d) => d.code === 'structure-required-sections')!;
    assert.equal(missing.source, 'diplobrief');
    assert.equal(missing.codeDescription?.href, 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/structure-required-sections.md');
    assert.match(String(missing.message), /References/);
    assert.equal((missing.data as { suggestions: { title: string }[] }).suggestions[0].title, "Add a 'References' section");
    assert.ok(lacks('structure-required-sections')(await client.diagnostics(client.uri('briefs/heat.brief.md'))));
  });

  it('re-lints an open brief as it is edited', async () => {
    const { client, root } = server;
    const uri = await client.open('briefs/heat.brief.md');
    await client.diagnostics(uri, lacks('front-matter-syntax'));
    const broken = readFileSync(join(root, 'briefs/heat.brief.md'), 'utf8').replace('status: draft', 'status: [draft');
    await client.change(uri, broken);
    const diagnostics = await client.diagnostics(uri, has('front-matter-syntax'));
    assert.ok(diagnostics.filter((d) => d.code === 'front-matter-syntax').every((d) => d.range.start.line < 12), 'the YAML error is reported in the front matter');
  });

  it('reports a broken config in the config file, and briefs keep its last good settings', async () => {
    const { client, root } = server;
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

  it('re-lints an open brief when its bibliography changes', async () => {
    const { client, root } = server;
    writeFileSync(join(root, 'briefs/refs.bib'), '@article{smith2020,\n  title = {Cities},\n}\n');
    const text = '---\ntitle: Cited\ntype: policy-brief\nbibliography: refs.bib\n---\n\n# Cited\n\nAs shown [@smith2020] and [@jones2021].\n';
    const uri = await client.open('briefs/cited.brief.md', text);
    const unknownKeys = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'initiative-unknown').map((d) => String(d.message).match(/'@([\w-]+)'/)?.[1]);
    assert.deepEqual(unknownKeys(await client.diagnostics(uri, has('initiative-unknown'))), ['jones2021']);

    writeFileSync(join(root, 'briefs/refs.bib'), '@article{smith2020,\n  title = {Cities},\n}\n@book{jones2021,\n  title = {Science},\n}\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('briefs/refs.bib'), type: 2 }] });
    assert.deepEqual(unknownKeys(await client.diagnostics(uri, lacks('initiative-unknown'))), []);
  });

  it('applies the editor settings over the config file', async () => {
    await server.restart({ settings: { rules: { 'structure-required-sections': 'off' } } });
    const { client } = server;
    const uri = await client.open('briefs/water.brief.md');
    await client.diagnostics(uri, lacks('structure-required-sections'));
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  const server = useServer({ pull: true });

  it('answers document pulls, and "unchanged" when the result id still holds', async () => {
    const { client } = server;
    const uri = await client.open('briefs/water.brief.md');
    const full = await client.request<DocumentDiagnosticReport & { items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(full.kind, 'full');
    assert.ok(rules(full.items).includes('structure-required-sections'));
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
    assert.equal(again.kind, 'unchanged');
  });

  it('answers workspace pulls with every brief, and not with other Markdown files', async () => {
    const { client } = server;
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byFile = new Map(report.items.map((item) => [item.uri.slice(item.uri.lastIndexOf('/') + 1), item]));
    assert.deepEqual([...byFile.keys()].sort(), ['heat.brief.md', 'water.brief.md']);
    const water = byFile.get('water.brief.md')!;
    assert.equal(water.kind, 'full');
    assert.ok(rules((water as { items: Diagnostic[] }).items).includes('structure-required-sections'));
  });
});

describe('language server over Node IPC, as VS Code starts it', () => {
  const server = useServer({ transport: 'ipc' });

  it('lints the workspace and answers requests', async () => {
    const diagnostics = await server.client.diagnostics(server.client.uri('briefs/water.brief.md'), has('structure-required-sections'));
    assert.equal(diagnostics.find((d) => d.code === 'structure-required-sections')!.source, 'diplobrief');
    const rulesList = await server.client.request<{ id: string }[]>('diplobrief/rules', {});
    assert.ok(rulesList.some((rule) => rule.id === 'structure-length'));
  });
});

describe('language features over stdio', () => {
  const server = useServer();

  /** The position `shift` characters into the first occurrence of `fragment`. */
  const positionOf = (text: string, fragment: string, shift = 0) => {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(fragment));
    return { line, character: lines[line].indexOf(fragment) + shift };
  };
  const textOf = (file: string) => readFileSync(join(server.root, file), 'utf8');
  const ask = <R>(method: string, uri: string, position: Position, extra: object = {}) => server.client.request<R>(method, { textDocument: { uri }, position, ...extra });

  it('completes SDG targets in the front matter and initiatives after [@', async () => {
    const text = textOf('briefs/heat.brief.md').replace('sdgs: [11, "11.5"]', 'sdgs: [11, 13.]').replace('Heat waves', 'Heat [@ waves');
    const uri = await server.client.open('briefs/heat.brief.md', text);
    const targets = await ask<CompletionList>('textDocument/completion', uri, positionOf(text, '13.]', 3));
    assert.ok(targets.items.some((item) => item.label === '13.1' && (item.textEdit as TextEdit).newText === '"13.1"'));
    const initiatives = await ask<CompletionList>('textDocument/completion', uri, positionOf(text, '[@ waves', 2), { context: { triggerKind: 2, triggerCharacter: '@' } });
    assert.ok(initiatives.items.some((item) => item.label === 'bcn-urban-lab' && item.detail === 'Barcelona Urban Science Lab · Barcelona, 2022'));
    await server.client.close(uri);
  });

  it('hovers SDG mentions and initiative references', async () => {
    const text = textOf('briefs/heat.brief.md');
    const uri = await server.client.open('briefs/heat.brief.md');
    const sdg = await ask<Hover>('textDocument/hover', uri, positionOf(text, 'target 11.5', 8));
    assert.match((sdg.contents as MarkupContent).value, /Target 11\.5\*\*: By 2030, significantly reduce the number of deaths/);
    const card = await ask<Hover>('textDocument/hover', uri, positionOf(text, '@scitech-diplohub', 3));
    assert.match((card.contents as MarkupContent).value, /\*\*SciTech DiploHub\*\* · Barcelona, Spain/);
    await server.client.close(uri);
  });

  it('completes, hovers, defines and finds a city network named in plain words', async () => {
    const text = textOf('briefs/heat.brief.md')
      .replace('Heat waves', 'Heat [@ waves')
      .replace('links the city with researchers abroad.', 'links the city with researchers abroad, as ICLEI does. Rotterdam works with 100 Resilient Cities.');
    const uri = await server.client.open('briefs/heat.brief.md', text);

    const completion = await ask<CompletionList>('textDocument/completion', uri, positionOf(text, '[@ waves', 2), { context: { triggerKind: 2, triggerCharacter: '@' } });
    const c40 = completion.items.find((item) => item.label === 'c40')!;
    assert.equal(c40.detail, 'C40 Cities Climate Leadership Group · network, 2005');
    assert.match(c40.filterText!, /C40 Cities Climate Leadership Group/);
    assert.equal(c40.documentation, undefined, 'the card comes when the item is shown');
    const resolved = await server.client.request<CompletionItem>('completionItem/resolve', c40);
    assert.match((resolved.documentation as MarkupContent).value, /City network or international body · founded 2005/);
    assert.ok(completion.items.find((item) => item.label === 'iclei')!.filterText!.includes('ICLEI'), 'an alias finds the entry');
    const ended = completion.items.find((item) => item.label === '100-resilient-cities')!;
    assert.deepEqual([ended.detail, ended.tags], ['100 Resilient Cities · network, 2013, ended 2019', [1]]);

    const iclei = await ask<Hover>('textDocument/hover', uri, positionOf(text, 'ICLEI does', 2));
    assert.match((iclei.contents as MarkupContent).value, /\*\*ICLEI – Local Governments for Sustainability\*\* · City network or international body · seat Bonn, Germany · founded 1990/);
    assert.deepEqual(iclei.range, { start: positionOf(text, 'ICLEI does'), end: positionOf(text, 'ICLEI does', 5) });
    const endedCard = await ask<Hover>('textDocument/hover', uri, positionOf(text, '100 Resilient Cities', 6));
    assert.match((endedCard.contents as MarkupContent).value, /\*\*Ended in 2019\*\*; its work continues as Resilient Cities Network \(`@resilient-cities-network`\)/);

    const definition = await ask<Location>('textDocument/definition', uri, positionOf(text, 'ICLEI does', 1));
    const content = await server.client.request<string>('diplobrief/builtinContent', { uri: definition.uri });
    assert.equal(content.split('\n')[definition.range.start.line], '  - id: iclei');
    const references = await ask<Location[]>('textDocument/references', uri, positionOf(text, 'ICLEI does', 1), { context: { includeDeclaration: false } });
    assert.deepEqual(references.map((reference) => reference.range.start), [positionOf(text, 'ICLEI does')]);
    const rename = await ask<WorkspaceEdit | null>('textDocument/prepareRename', uri, positionOf(text, 'ICLEI does', 1));
    assert.equal(rename, null, 'a name in plain words is not an id to rename');
    await server.client.close(uri);
  });

  it('applies a suggested quick fix, never marked preferred, and the result lints clean for that rule', async () => {
    const { client } = server;
    const uri = await client.open('briefs/water.brief.md');
    const diagnostics = await client.diagnostics(uri, has('structure-required-sections'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] } });
    const fix = actions.find((action) => action.title === "Add a 'References' section")!;
    assert.equal(fix.isPreferred, false);
    const text = textOf('briefs/water.brief.md');
    const edit = fix.edit!.changes![uri][0];
    const offset = text.split('\n').slice(0, edit.range.start.line).join('\n').length + 1 + edit.range.start.character;
    await client.change(uri, text.slice(0, offset) + edit.newText + text.slice(offset));
    await client.diagnostics(uri, lacks('structure-required-sections'));
    await client.close(uri);
  });

  it('goes to the team catalogue entry, and shows built-in entries read-only', async () => {
    const text = textOf('briefs/heat.brief.md');
    const uri = await server.client.open('briefs/heat.brief.md');
    const location = await ask<Location>('textDocument/definition', uri, positionOf(text, '[@bcn-urban-lab]', 4));
    assert.equal(location.uri, server.client.uri('team/initiatives.yaml'));
    assert.equal(location.range.start.line, 1);
    const view = await ask<Location>('textDocument/definition', uri, positionOf(text, '@scitech-diplohub', 2));
    assert.equal(view.uri, 'diplobrief-builtin:/built-in-initiatives.yaml');
    const content = await server.client.request<string>('diplobrief/builtinContent', { uri: view.uri });
    assert.equal(content.split('\n')[view.range.start.line], '  - id: scitech-diplohub');
    await server.client.close(uri);
  });

  it('renames a team initiative across the workspace', async () => {
    const uri = await server.client.open('briefs/water.brief.md');
    const edit = await ask<WorkspaceEdit>('textDocument/rename', uri, positionOf(textOf('briefs/water.brief.md'), 'bcn-urban-lab'), { newName: 'bcn-heat-lab' });
    const files = Object.keys(edit.changes!).map((changed) => changed.slice(server.client.uri('').length + 1));
    assert.deepEqual(files.sort(), ['briefs/heat.brief.md', 'briefs/water.brief.md', 'team/initiatives.yaml']);
    await server.client.close(uri);
  });
});
