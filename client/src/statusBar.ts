import * as vscode from 'vscode';
import type { ServerClient } from './serverClient';
import { BriefStatusRequest, type BriefStatus, type BriefStatusParams } from '../../server/src/lsp/protocol';
import { describeLint } from '../../server/src/report/reportText';
import { problemCounts, problemIcons } from './problemCounts';

/** Typing asks the server for the word count again once the keys pause this long. */
const TYPING_PAUSE_MS = 300;

/**
 * Word count against the budget, and the DiploBrief problems by severity, for the brief in
 * the active editor (saved or untitled). It follows the active editor at once; an answer
 * that comes back after the user moved on to another editor is dropped.
 */
export class BriefStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('diplobrief.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The word count of the document shown, once the server has answered for it. */
  private shown: { uri: string; status: BriefStatus } | undefined;
  /** Counts up with every question, so only the answer to the latest is shown. */
  private asked = 0;

  constructor(private readonly client: ServerClient) {
    this.item.name = 'DiploBrief';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.refreshSoon()),
      // Problem counts are VS Code's own: shown as soon as they change, without asking the server.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (this.shown && this.shown.uri === active && event.uris.some((uri) => uri.toString() === active)) this.show(this.shown.status);
      }),
      client.onDidStart(() => void this.refresh()),
    );
    void this.refresh();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), TYPING_PAUSE_MS);
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const question = ++this.asked;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown' || !this.client.isRunning) return this.hide();
    const uri = document.uri.toString();
    // Another document's figures are never left showing while the server is asked.
    if (this.shown?.uri !== uri) this.hide();
    let status: BriefStatus;
    try {
      status = await this.client.request<BriefStatus>(BriefStatusRequest, { uri } satisfies BriefStatusParams);
    } catch {
      status = { isBrief: false, words: 0, budget: 0 };
    }
    if (question !== this.asked) return;
    if (!status.isBrief) return this.hide();
    this.shown = { uri, status };
    this.show(status);
  }

  private show(status: BriefStatus): void {
    const lint = problemCounts(vscode.Uri.parse(this.shown!.uri));
    this.item.text = `$(book) ${status.words.toLocaleString('en')}/${status.budget.toLocaleString('en')} words  ${problemIcons(lint)}`;
    this.item.tooltip = `${status.words} words of a ${status.budget}-word budget (references excluded); ${describeLint(lint)}. Click for the Problems panel.`;
    this.item.accessibilityInformation = { label: `${status.words} of ${status.budget} words; ${describeLint(lint)}`, role: 'button' };
    this.item.backgroundColor = status.words > status.budget ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  private hide(): void {
    this.shown = undefined;
    this.item.hide();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
