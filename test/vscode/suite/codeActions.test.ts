import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, WATER_FINDINGS } from './workspace';
import { hasAll, hasNone, retryOnDiagnosticsChange, ruleOf, waitForDiagnostics } from './events';

describe('fixes in VS Code', () => {
  it('offers and applies the quick fix of a diagnostic, as the light bulb does, and the diagnostic goes away', async () => {
    const editor = await openCopyOf('briefs/water.brief.md');
    const { document } = editor;
    const diagnostics = await waitForDiagnostics(document.uri, hasAll('initiative-untagged-reference'));
    const untagged = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'initiative-untagged-reference')!;

    let actions: vscode.CodeAction[] = [];
    await retryOnDiagnosticsChange(
      document,
      'Listing the quick fixes',
      async () => (actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, untagged.range, vscode.CodeActionKind.QuickFix.value)),
      () => (actions.length > 0 ? actions : undefined),
    );
    assert.deepEqual(
      actions.map((action) => action.title),
      ["Add 'bcn-urban-lab' to initiatives", 'Disable initiative-untagged-reference for this line'],
    );

    editor.selection = new vscode.Selection(untagged.range.start, untagged.range.end);
    await retryOnDiagnosticsChange(
      document,
      'Applying the preferred quick fix',
      () => vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, preferred: true, apply: 'first' }),
      () => /^initiatives: \[bcn-urban-lab\]$/m.test(document.getText()) || undefined,
    );
    await waitForDiagnostics(document.uri, hasNone('initiative-untagged-reference'));
  });

  it('fixes every fixable problem of a brief with the Fix All command', async () => {
    const { document } = await openCopyOf('briefs/water.brief.md');
    await waitForDiagnostics(document.uri, hasAll(...WATER_FINDINGS));
    const text = await retryOnDiagnosticsChange(
      document,
      'DiploBrief: Fix All',
      () => vscode.commands.executeCommand('diplobrief.fixAll'),
      () => (document.getText().includes('## References') ? document.getText() : undefined),
    );
    assert.match(text, /^sdgs: \[6, 13\]$/m);
    assert.match(text, /^initiatives: \[bcn-urban-lab\]$/m);
    assert.match(text, /\n## References\n$/);
    await waitForDiagnostics(document.uri, hasNone(...WATER_FINDINGS));
  });
});
