import * as vscode from 'vscode';
import { CodeActionRequest, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';

/**
 * The DiploBrief language server, run by vscode-languageclient over Node IPC: it syncs
 * documents, maps every LSP feature to VS Code and restarts the server after a crash.
 * The rest of the client talks to the server only through this class.
 */
export class ServerClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time the server is (re)started, so views can ask again for what it knows. */
  readonly onDidStart = this.started.event;
  private readonly stateSubscription: vscode.Disposable;
  /** The "DiploBrief" channel of the Output panel: the server's log, and its protocol trace when `diplobrief.trace.server` asks for it. */
  readonly output = vscode.window.createOutputChannel('DiploBrief', { log: true });

  constructor(serverModule: string) {
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: 'markdown', scheme: 'file' },
        { language: 'markdown', scheme: 'untitled' },
      ],
      // Hovers colour SDG goals with an HTML span; nothing in them runs commands.
      markdown: { isTrusted: false, supportHtml: true },
      initializationOptions: { settings: vscode.workspace.getConfiguration('diplobrief') },
      synchronize: { configurationSection: 'diplobrief' },
      // Made here, not on the client's first message, so the channel is listed from the start.
      outputChannel: this.output,
      traceOutputChannel: this.output,
      errorHandler: this.restartAfterCrash(),
    };
    // The id 'diplobrief' makes the client honour the `diplobrief.trace.server` setting.
    this.client = new LanguageClient('diplobrief', 'DiploBrief', serverOptions, clientOptions);
    this.stateSubscription = this.client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) return;
      const server = this.client.initializeResult?.serverInfo;
      this.output.info(`The DiploBrief language server ${server?.version ?? ''} is running; set diplobrief.trace.server to see its messages here.`);
      this.started.fire();
    });
  }

  /**
   * A message sent to a server that has just died (an edit typed at that moment) fails before
   * the client sees the server exit, and the default handler shut the client down on that
   * error, leaving no server at all. The error is let pass; the exit that follows restarts the
   * server, within the default limit of crashes.
   */
  private restartAfterCrash(): ErrorHandler {
    let crashes: ErrorHandler | undefined;
    return {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => (crashes ??= this.client.createDefaultErrorHandler()).closed(),
    };
  }

  get isRunning(): boolean {
    return this.client.isRunning();
  }

  start(): Promise<void> {
    return this.client.start();
  }

  restart(): Promise<void> {
    return this.client.restart();
  }

  stop(): Promise<void> {
    return this.client.stop();
  }

  request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    return this.client.sendRequest<R>(method, params, token);
  }

  /**
   * The server's fix-all edit of `document`, asked of the server itself: VS Code drops the
   * code-action requests of a file whose diagnostics change meanwhile, which they often
   * do just after an edit.
   */
  async fixAllEdit(document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
    const toServer = this.client.code2ProtocolConverter;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = await this.client.sendRequest(CodeActionRequest.type, {
      textDocument: toServer.asTextDocumentIdentifier(document),
      range: toServer.asRange(whole),
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
    const fixAll = actions?.find((action) => 'kind' in action && action.kind === FIX_ALL_KIND);
    return fixAll && 'edit' in fixAll ? this.client.protocol2CodeConverter.asWorkspaceEdit(fixAll.edit) : undefined;
  }

  /** The handler stays registered across server restarts. */
  onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable {
    return this.client.onNotification(method, handler);
  }

  dispose(): void {
    this.output.dispose();
    this.stateSubscription.dispose();
    this.started.dispose();
    void this.client.dispose();
  }
}
