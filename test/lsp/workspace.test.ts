import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefWorkspace, uriOf } from '../../server/src/lsp/workspace';
import { LSP_WORKSPACE } from '../helpers/lspClient';

const nothingOpen = { get: () => undefined, uris: () => [] };

async function briefsOf(workspace: BriefWorkspace) {
  const briefs = [];
  for await (const brief of workspace.briefs()) briefs.push(brief);
  return briefs;
}

/** Two workspace folders, each with its own config: the fixture workspace and a strict one. */
function twoFolders() {
  const root = mkdtempSync(join(tmpdir(), 'diplobrief-roots-'));
  const team = join(root, 'team-a');
  const strict = join(root, 'team-b');
  cpSync(LSP_WORKSPACE, team, { recursive: true });
  mkdirSync(join(strict, 'briefs'), { recursive: true });
  writeFileSync(join(strict, '.diplobrief.yaml'), 'root: true\nextends: strict\n');
  writeFileSync(join(strict, 'briefs', 'b.md'), '---\ntitle: B\ntype: policy-brief\n---\n# B\n');
  const workspace = new BriefWorkspace(nothingOpen);
  workspace.setFolders([team, strict]);
  return { workspace, team, strict };
}

describe('workspace index', () => {
  it('finds the briefs of every folder, each with its own folder\'s config', async () => {
    const { workspace, team, strict } = twoFolders();
    const briefs = await briefsOf(workspace);
    assert.deepEqual(briefs.map((brief) => brief.path!.slice(brief.path!.lastIndexOf('team-'))), ['team-a/briefs/heat.brief.md', 'team-a/briefs/water.brief.md', 'team-b/briefs/b.md']);
    assert.deepEqual(workspace.settingsFor(join(team, 'briefs', 'x.md')).config.rules['structure-length']?.options, { maxWords: 400 });
    assert.ok(workspace.settingsFor(join(strict, 'briefs', 'x.md')).config.frontMatter.required.includes('keywords'), 'the strict preset applies in the second folder');
  });

  it('tells what a change on disk affects', async () => {
    const { workspace, team } = twoFolders();
    workspace.settingsFor(join(team, 'briefs', 'heat.brief.md'));
    assert.equal(workspace.fileChanged(join(team, '.diplobrief.yaml'), 'changed'), 'settings');
    assert.equal(workspace.fileChanged(join(team, 'team', 'initiatives.yaml'), 'changed'), 'settings', 'a team data file the config names');
    assert.equal(workspace.fileChanged(join(team, 'other.yaml'), 'changed'), 'none');
    assert.equal(workspace.fileChanged(join(team, 'briefs', 'heat.brief.md'), 'changed'), 'brief');
  });

  it('sees new and deleted briefs once told about them', async () => {
    const { workspace, team } = twoFolders();
    assert.equal((await briefsOf(workspace)).length, 3);
    const added = join(team, 'briefs', 'new.brief.md');
    writeFileSync(added, '---\ntitle: N\ntype: policy-brief\n---\n# N\n');
    workspace.fileChanged(added, 'created');
    assert.ok((await briefsOf(workspace)).some((brief) => brief.uri === uriOf(added)));
    workspace.fileChanged(added, 'deleted');
    assert.equal((await briefsOf(workspace)).length, 3);
  });

  it('prefers the editor\'s text to the file on disk, and re-reads the file once it is closed', () => {
    let open: { text: string; version: number } | undefined = { text: '---\ntype: policy-brief\n---\n# Edited\n', version: 7 };
    const path = join(LSP_WORKSPACE, 'briefs', 'heat.brief.md');
    const workspace = new BriefWorkspace({ get: () => open, uris: () => (open ? [uriOf(path)] : []) });
    workspace.setFolders([LSP_WORKSPACE]);
    assert.equal(workspace.document(uriOf(path))!.brief.headings[0].title, 'Edited');
    assert.equal(workspace.document(uriOf(path))!.version, 7);
    open = undefined;
    assert.equal(workspace.document(uriOf(path))!.brief.headings[0].title, 'Cooling Barcelona with science diplomacy');
  });
});
