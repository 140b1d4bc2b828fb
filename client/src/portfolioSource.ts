import * as vscode from 'vscode';
import { PortfolioChangedNotification, PortfolioRequest } from '../../server/src/lsp/protocol';
import type { Portfolio } from '../../server/src/report/portfolio';
import type { ServerClient } from './serverClient';

/** The workspace's portfolio, asked of the server once and again after it says briefs changed. */
export class PortfolioSource implements vscode.Disposable {
  private current: Promise<Portfolio> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly server: ServerClient) {
    this.subscriptions = [
      server.onNotification(PortfolioChangedNotification, () => this.invalidate()),
      // A restarted server knows nothing of what this client holds: ask again.
      server.onDidStart(() => this.invalidate()),
    ];
  }

  get(): Promise<Portfolio> {
    if (!this.current) {
      const request = this.server.request<Portfolio>(PortfolioRequest, {});
      // A failed request is not kept, so the next view asks again.
      request.catch(() => this.current === request && (this.current = undefined));
      this.current = request;
    }
    return this.current;
  }

  private invalidate(): void {
    this.current = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }
}
