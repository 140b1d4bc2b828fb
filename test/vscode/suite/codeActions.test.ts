import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, WATER_FINDINGS } from './workspace';
import { hasAll, hasNone, retryOnDiagnosticsChange, ruleOf, waitForDiagnostics } from './events';

/** The code actions of `kind` that VS Code gathers for the range, as the light bulb or a save would. */
function codeActions(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  return retryOnDiagnosticsChange(
    document,
    `Asking for ${kind.value} actions`,
    async () => (actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, range, kind.value)),
    () => (actions.length > 0 ? actions : undefined),
  );
}

/** What VS Code does when a user picks an action: apply its edit, then run its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code applied '${action.title}'`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('fixes in VS Code', () => {
  it('offers a suggestion as a quick fix, never preferred, and taking it removes the finding', async () => {
    const { document } = await openCopyOf('briefs/water.brief.md');
    const diagnostics = await waitForDiagnostics(document.uri, hasAll('initiative-untagged-reference'));
    const untagged = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'initiative-untagged-reference')!;

    const actions = await codeActions(document, untagged.range, vscode.CodeActionKind.QuickFix);
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred ?? false]),
      [
        ["Add 'bcn-urban-lab' to initiatives", false],
        ['Disable initiative-untagged-reference for this line', false],
        ['Disable initiative-untagged-reference for this file', false],
      ],
    );
    await apply(actions[0]);
    assert.match(document.getText(), /^initiatives: \[bcn-urban-lab\]$/m);
    await waitForDiagnostics(document.uri, hasNone('initiative-untagged-reference'));
  });

  it('applies the safe fixes of a brief with the source.fixAll.diplobrief action (fix on save), and no suggestion', async () => {
    const { document } = await openCopyOf('briefs/water.brief.md', (text) => text.replace('sdgs: [6]', 'sdgs: [SDG 6]'));
    await waitForDiagnostics(document.uri, hasAll('sdg-format', ...WATER_FINDINGS));
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const [fixAll, ...others] = await codeActions(document, whole, vscode.CodeActionKind.SourceFixAll.append('diplobrief'));
    assert.deepEqual([fixAll.title, others.length], ['Fix all DiploBrief problems', 0]);
    await apply(fixAll);
    const text = document.getText();
    assert.match(text, /^sdgs: \[6\]$/m);
    assert.doesNotMatch(text, /^initiatives:|## References/m, 'added tags and sections are suggestions');
    await waitForDiagnostics(document.uri, (diagnostics) => hasNone('sdg-format')(diagnostics) && hasAll(...WATER_FINDINGS)(diagnostics));
  });
});
