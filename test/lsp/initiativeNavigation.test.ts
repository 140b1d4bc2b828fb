import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { provideDefinition } from '../../server/src/lsp/features/definition';
import { provideHover } from '../../server/src/lsp/features/hover';
import { provideReferences } from '../../server/src/lsp/features/references';
import { prepareRename, provideRename } from '../../server/src/lsp/features/rename';
import { builtinContent, BUILTIN_INITIATIVES_URI } from '../../server/src/lsp/features/builtinEntries';
import { briefText, cursor, openBrief } from '../helpers/briefDocuments';
import { LSP_WORKSPACE } from '../helpers/lspClient';

const readText = (path: string) => readFileSync(path, 'utf8');

function at(marked: string, root?: string) {
  const { text, position } = cursor(marked);
  return { ...openBrief(text, undefined, root), position };
}

describe('initiatives: definition, references and rename', () => {
  it('goes to a team initiative\'s entry in the team catalogue', () => {
    const { document, position } = at(briefText('As [@bcn-urb|an-lab] shows.\n'));
    const location = provideDefinition(document, position) as Location;
    assert.equal(location.uri, `file://${join(LSP_WORKSPACE, 'team', 'initiatives.yaml')}`);
    assert.equal(location.range.start.line, 1);
  });

  it('goes to a built-in initiative in the read-only view of the built-in catalogue', () => {
    const { document, position } = at(briefText('Text.\n', 'initiatives: [ges|da]\n'));
    const location = provideDefinition(document, position) as Location;
    assert.equal(location.uri, BUILTIN_INITIATIVES_URI);
    const line = builtinContent(BUILTIN_INITIATIVES_URI)!.split('\n')[location.range.start.line];
    assert.equal(line.slice(location.range.start.character, location.range.end.character), 'gesda');
  });

  it('finds every brief citing an initiative, in front matter and text', async () => {
    const { workspace, document, position } = at(briefText('As [@bcn-urb|an-lab] shows.\n'));
    const locations = await provideReferences(document, position, { includeDeclaration: true }, workspace.briefs());
    const files = locations.map((location) => `${location.uri.slice(location.uri.lastIndexOf('/') + 1)}:${location.range.start.line}`);
    assert.deepEqual(files, ['initiatives.yaml:1', 'heat.brief.md:9', 'heat.brief.md:16', 'water.brief.md:13', 'open.brief.md:10']);
  });

  it('renames a team initiative in every brief and in the catalogue', async () => {
    const { workspace, document, position } = at(briefText('As [@bcn-urb|an-lab] shows.\n'));
    assert.deepEqual(prepareRename(document, position), { range: { start: { line: 10, character: 5 }, end: { line: 10, character: 18 } }, placeholder: 'bcn-urban-lab' });
    const edit = (await provideRename(document, position, 'bcn-climate-lab', workspace.briefs(), readText)) as WorkspaceEdit;
    const changed = Object.entries(edit.changes!).map(([uri, edits]) => [uri.slice(uri.lastIndexOf('/') + 1), edits.length]);
    assert.deepEqual(changed, [['heat.brief.md', 2], ['water.brief.md', 1], ['open.brief.md', 1], ['initiatives.yaml', 1]]);
    const catalogueEdit = Object.entries(edit.changes!).find(([uri]) => uri.endsWith('initiatives.yaml'))![1][0] as TextEdit;
    assert.deepEqual(catalogueEdit.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 21 } });
  });

  it('refuses to rename a built-in initiative or to use a name that is not a citation key', async () => {
    const builtin = at(briefText('As [@ges|da] shows.\n'));
    assert.match((prepareRename(builtin.document, builtin.position) as { error: string }).error, /built-in initiative/);
    const team = at(briefText('As [@bcn-urb|an-lab] shows.\n'));
    assert.match(((await provideRename(team.document, team.position, 'has space', [], readText)) as { error: string }).error, /cannot be a citation key/);
  });
});

describe('initiatives in a team catalogue written as JSON, whose places are found only when asked for', () => {
  const entry = (id: string, name: string) => ({ id, name, aliases: [], city: 'Lisbon', country: 'Portugal', summary: `The ${name}.`, sdgs: ['11'] });
  const catalogue = JSON.stringify({ initiatives: Array.from({ length: 50 }, (_, i) => entry(`lab-${i}`, `Lab number ${i}`)) }, null, 1);
  const line = catalogue.split('\n').findIndex((text) => text.includes('"id": "lab-42"'));
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'diplobrief-json-catalogue-'));
    mkdirSync(join(root, 'team'));
    mkdirSync(join(root, 'briefs'));
    writeFileSync(join(root, '.diplobrief.yaml'), 'root: true\ninitiatives: team/initiatives.json\n');
    writeFileSync(join(root, 'team', 'initiatives.json'), catalogue);
  });

  it("goes to the entry's id", () => {
    const { document, position } = at(briefText('As [@lab-4|2] shows.\n'), root);
    const location = provideDefinition(document, position) as Location;
    assert.equal(location.uri, `file://${join(root, 'team', 'initiatives.json')}`);
    assert.equal(location.range.start.line, line);
  });

  it('names the team file on the hover card', () => {
    const { document, position } = at(briefText('As [@lab-4|2] shows.\n'), root);
    assert.match((provideHover(document, position)!.contents as MarkupContent).value, /Lab number 42[\s\S]*team catalogue \(initiatives\.json\)/);
  });

  it('renames the id in the catalogue where it is written', async () => {
    const { workspace, document, position } = at(briefText('As [@lab-4|2] shows.\n'), root);
    const edit = (await provideRename(document, position, 'lab-forty-two', workspace.briefs(), readText)) as WorkspaceEdit;
    const catalogueEdit = Object.entries(edit.changes!).find(([uri]) => uri.endsWith('initiatives.json'))![1][0] as TextEdit;
    const character = catalogue.split('\n')[line].indexOf('lab-42');
    assert.deepEqual(catalogueEdit.range, { start: { line, character }, end: { line, character: character + 'lab-42'.length } });
  });
});
