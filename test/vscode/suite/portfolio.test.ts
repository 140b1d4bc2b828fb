import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitForTab } from './events';

describe('portfolio in VS Code', () => {
  it('shows the portfolio of the workspace in a webview, once however often it is asked for', async () => {
    const isPortfolio = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('diplobrief.portfolio');
    await vscode.commands.executeCommand('diplobrief.showPortfolio');
    const tab = await waitForTab(isPortfolio, 'the portfolio');
    assert.equal(tab.label, 'Brief Portfolio');
    await vscode.commands.executeCommand('diplobrief.showPortfolio');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(isPortfolio);
    assert.equal(tabs.length, 1);
    await vscode.window.tabGroups.close(tabs);
  });

  it('contributes the Briefs view to the explorer', async () => {
    // Focusing a view that no extension contributes fails.
    await vscode.commands.executeCommand('diplobrief.briefs.focus');
  });
});
