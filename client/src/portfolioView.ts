import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Portfolio } from '../../server/src/report/portfolio';
import { renderHtml } from '../../server/src/report/renderHtml';
import type { PortfolioSource } from './portfolioSource';

/** "DiploBrief: Show Portfolio": the CLI's HTML report of the workspace in a webview, kept up to date. */
export class PortfolioView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: Portfolio | undefined;
  /** Briefs changed while the panel was hidden; it is redrawn when it shows again. */
  private stale = false;
  /** The editor group that briefs opened from the portfolio go to. */
  private briefColumn: vscode.ViewColumn | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly source: PortfolioSource) {
    this.disposables = [
      source.onDidChange(() => {
        if (this.panel?.visible) void this.render();
        else this.stale = true;
      }),
      vscode.commands.registerCommand('diplobrief.showPortfolio', () => this.show()),
    ];
  }

  private async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel('diplobrief.portfolio', 'Brief Portfolio', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined));
    panel.onDidChangeViewState(() => panel.visible && this.stale && void this.render());
    panel.webview.onDidReceiveMessage((message: { type?: string; path?: string }) => message.type === 'open' && this.open(message.path));
    await this.render();
  }

  private async render(): Promise<void> {
    this.stale = false;
    const portfolio = await this.source.get();
    const panel = this.panel;
    if (!panel) return;
    this.shown = portfolio;
    const nonce = randomBytes(16).toString('base64');
    panel.webview.html = renderHtml(portfolio, { webview: { cspSource: panel.webview.cspSource, nonce } });
  }

  /** Opens a brief beside the portfolio, always in the same group, so the page keeps its width after the first. */
  private async open(path: string | undefined): Promise<void> {
    const listed = [...(this.shown?.briefs ?? []), ...(this.shown?.notRead ?? [])];
    const uri = listed.find((brief) => brief.path === path)?.uri;
    if (!uri) return;
    const groups = vscode.window.tabGroups.all.map((group) => group.viewColumn);
    const reuse = this.briefColumn !== undefined && this.briefColumn !== this.panel?.viewColumn && groups.includes(this.briefColumn);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: reuse ? this.briefColumn : vscode.ViewColumn.Beside });
    this.briefColumn = editor.viewColumn;
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
