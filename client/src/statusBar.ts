import * as vscode from 'vscode';
import type { ServerClient } from './serverClient';
import { BriefStatusRequest, type BriefStatus, type BriefStatusParams } from '../../server/src/lsp/protocol';

const REFRESH_DELAY_MS = 300;

/** Word count against the budget, and the number of DiploBrief problems, for the brief in the active editor. */
export class BriefStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('diplobrief.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: ServerClient) {
    this.item.name = 'DiploBrief';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
    this.refreshSoon();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown' || !this.client.isRunning) return this.item.hide();
    let status: BriefStatus;
    try {
      status = await this.client.request<BriefStatus>(BriefStatusRequest, { uri: document.uri.toString() } satisfies BriefStatusParams);
    } catch {
      return this.item.hide();
    }
    if (!status.isBrief) return this.item.hide();
    const problems = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'diplobrief').length;
    const over = status.words > status.budget;
    this.item.text = `$(book) ${status.words.toLocaleString()}/${status.budget.toLocaleString()} words  $(warning) ${problems}`;
    this.item.tooltip = `${status.words} words of a ${status.budget}-word budget (references excluded); ${problems} DiploBrief problem${problems === 1 ? '' : 's'}. Click for the Problems panel.`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
