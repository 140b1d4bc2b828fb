import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { workspaceUri } from './workspace';
import { hasAll, hasNone, waitForDiagnostics } from './events';

describe('configuration in VS Code', () => {
  const water = () => workspaceUri('briefs/water.brief.md');

  it('re-lints the briefs when .diplobrief.yaml is edited and saved', async () => {
    await waitForDiagnostics(water(), hasAll('structure-required-sections'));
    const config = await vscode.workspace.openTextDocument(workspaceUri('.diplobrief.yaml'));
    const original = config.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(config.uri, config.positionAt(original.length), '  structure-required-sections: off\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await config.save();
    await waitForDiagnostics(water(), hasNone('structure-required-sections'));

    const restore = new vscode.WorkspaceEdit();
    restore.replace(config.uri, new vscode.Range(config.positionAt(0), config.positionAt(config.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(restore));
    await config.save();
    await waitForDiagnostics(water(), hasAll('structure-required-sections'));
  });

  it('lays the diplobrief.rules setting over .diplobrief.yaml', async () => {
    await waitForDiagnostics(water(), hasAll('sdg-body-mention-untagged'));
    const settings = vscode.workspace.getConfiguration('diplobrief');
    await settings.update('rules', { 'sdg-body-mention-untagged': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(water(), hasNone('sdg-body-mention-untagged'));
    await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(water(), hasAll('sdg-body-mention-untagged'));
  });
});
