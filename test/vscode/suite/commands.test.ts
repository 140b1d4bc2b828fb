import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, WATER_FINDINGS } from './workspace';
import { hasAll, hasNone, waitForDiagnostics } from './events';

describe('commands in VS Code', () => {
  it('registers every command that package.json contributes', async () => {
    const contributed: { command: string }[] = vscode.extensions.getExtension('diplobrief.diplobrief')!.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.map(({ command }) => command).filter((command) => !registered.has(command)),
      [],
    );
  });

  it('applies the safe fixes of the active brief with Fix All, even while its diagnostics are still coming in', async () => {
    // Asked right after opening, as a user might: no waiting for the first diagnostics.
    const { document } = await openCopyOf('briefs/water.brief.md', (text) => text.replace('sdgs: [6]', 'sdgs: [SDG 6]'));
    await vscode.commands.executeCommand('diplobrief.fixAll');
    const text = document.getText();
    assert.match(text, /^sdgs: \[6\]$/m);
    assert.doesNotMatch(text, /^initiatives:|## References/m, 'added tags and sections are suggestions');
    await waitForDiagnostics(document.uri, (diagnostics) => hasNone('sdg-format')(diagnostics) && hasAll(...WATER_FINDINGS)(diagnostics));
  });
});
