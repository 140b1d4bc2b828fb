import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

describe('commands in VS Code', () => {
  it('registers every command that package.json contributes', async () => {
    const contributed: { command: string }[] = vscode.extensions.getExtension('diplobrief.diplobrief')!.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.map(({ command }) => command).filter((command) => !registered.has(command)),
      [],
    );
  });

  it('starts a new brief from the skeleton snippet', async () => {
    await vscode.commands.executeCommand('diplobrief.newBrief');
    const document = vscode.window.activeTextEditor!.document;
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^---\ntitle: .*\ntype: policy-brief\n/);
    assert.match(document.getText(), /## Recommendations/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
