import { fork, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, Trace, type MessageConnection } from 'vscode-jsonrpc/node';
import type * as lsp from 'vscode-languageserver-protocol';
import { asUri, ProtocolDiagnostic } from './convert';

/** Restarts after crashes, but not forever: a server that keeps crashing stays down. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export const DOCUMENT_SELECTOR: vscode.DocumentFilter[] = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

function showMessage(params: lsp.ShowMessageParams & { actions?: lsp.MessageActionItem[] }): Thenable<string | undefined> {
  const show = params.type === 1 ? vscode.window.showErrorMessage : params.type === 2 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  return show(params.message, ...(params.actions ?? []).map((action) => action.title));
}

/** What the client tells the server it can do: the parts of LSP this extension implements. */
const CAPABILITIES: lsp.ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: false },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    completion: { completionItem: { documentationFormat: ['markdown'], labelDetailsSupport: true } },
    hover: { contentFormat: ['markdown'] },
    codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    documentLink: { tooltipSupport: true },
  },
};

/**
 * The DiploBrief language server as a child process over Node IPC: started, initialised,
 * restarted when it crashes or on request. Owns the connection and the diagnostics view.
 */
export class ServerClient implements vscode.Disposable {
  private process: ChildProcess | undefined;
  private connection: MessageConnection | undefined;
  private ready: Promise<lsp.ServerCapabilities> | undefined;
  private stopping = false;
  private crashes: number[] = [];
  private readonly watchers = new Map<string, vscode.Disposable[]>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('diplobrief');
  readonly output = vscode.window.createOutputChannel('DiploBrief');
  private readonly started = new vscode.EventEmitter<MessageConnection>();
  /** Fires with each new connection, after `initialized`, so features can sync documents. */
  readonly onDidStart = this.started.event;

  constructor(private readonly serverModule: string) {}

  start(): Promise<lsp.ServerCapabilities> {
    this.stopping = false;
    this.ready = this.launch();
    return this.ready;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  get isRunning(): boolean {
    return this.connection !== undefined;
  }

  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    await this.ready;
    if (!this.connection) throw new Error('The DiploBrief server is not running.');
    return this.connection.sendRequest<R>(method, params, token);
  }

  notify(method: string, params: unknown): void {
    void this.connection?.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const connection = this.connection;
    const child = this.process;
    this.connection = undefined;
    this.process = undefined;
    this.clearWatchers();
    if (!connection || !child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      this.diagnostics.clear();
    }
  }

  dispose(): void {
    void this.stop();
    this.diagnostics.dispose();
    this.output.dispose();
    this.started.dispose();
  }

  private async launch(): Promise<lsp.ServerCapabilities> {
    const child = fork(this.serverModule, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    child.stderr?.on('data', (chunk: Buffer) => this.output.append(chunk.toString()));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    this.process = child;
    this.connection = connection;
    child.once('exit', (code) => this.exited(child, code));
    this.handleServerMessages(connection);
    connection.listen();
    await this.applyTrace(connection);

    const result = await connection.sendRequest<lsp.InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      rootUri: vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? null,
      workspaceFolders: this.workspaceFolders(),
      capabilities: CAPABILITIES,
      initializationOptions: { settings: vscode.workspace.getConfiguration('diplobrief') },
    } satisfies lsp.InitializeParams);
    await connection.sendNotification('initialized', {});
    this.started.fire(connection);
    return result.capabilities;
  }

  private exited(child: ChildProcess, code: number | null): void {
    if (child !== this.process) return;
    this.connection?.dispose();
    this.connection = undefined;
    this.process = undefined;
    this.clearWatchers();
    if (this.stopping) return;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((time) => now - time < RESTART_WINDOW_MS), now];
    this.output.appendLine(`The DiploBrief server stopped unexpectedly (exit code ${code}).`);
    if (this.crashes.length > MAX_RESTARTS) {
      void vscode.window.showErrorMessage(`The DiploBrief server crashed ${this.crashes.length} times in 3 minutes and was not restarted. See the DiploBrief output, then run "DiploBrief: Restart Server".`);
      return;
    }
    void this.start();
  }

  private handleServerMessages(connection: MessageConnection): void {
    connection.onNotification('textDocument/publishDiagnostics', (params: lsp.PublishDiagnosticsParams) => {
      this.diagnostics.set(asUri(params.uri), params.diagnostics.map((diagnostic) => new ProtocolDiagnostic(diagnostic)));
    });
    connection.onNotification('window/logMessage', (params: lsp.LogMessageParams) => this.output.appendLine(params.message));
    connection.onNotification('window/showMessage', (params: lsp.ShowMessageParams) => void showMessage(params));
    connection.onRequest('window/showMessageRequest', async (params: lsp.ShowMessageRequestParams) => {
      const title = await showMessage(params);
      return params.actions?.find((action) => action.title === title) ?? null;
    });
    connection.onRequest('workspace/configuration', (params: lsp.ConfigurationParams) =>
      params.items.map((item) => vscode.workspace.getConfiguration(item.section, item.scopeUri ? asUri(item.scopeUri) : undefined)),
    );
    connection.onRequest('workspace/workspaceFolders', () => this.workspaceFolders());
    connection.onRequest('client/registerCapability', (params: lsp.RegistrationParams) => {
      for (const registration of params.registrations) {
        if (registration.method === 'workspace/didChangeWatchedFiles') this.watch(registration.id, registration.registerOptions as lsp.DidChangeWatchedFilesRegistrationOptions);
      }
    });
    connection.onRequest('client/unregisterCapability', (params: lsp.UnregistrationParams) => {
      for (const unregistration of params.unregisterations) this.unwatch(unregistration.id);
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
  }

  /** Watches the globs the server asked for and reports changes in one batch per event. */
  private watch(id: string, options: lsp.DidChangeWatchedFilesRegistrationOptions): void {
    const disposables = options.watchers.flatMap((watcher) => {
      if (typeof watcher.globPattern !== 'string') return [];
      const fileWatcher = vscode.workspace.createFileSystemWatcher(watcher.globPattern);
      const report = (type: lsp.FileChangeType) => (uri: vscode.Uri) => this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.toString(), type }] });
      return [fileWatcher, fileWatcher.onDidCreate(report(1)), fileWatcher.onDidChange(report(2)), fileWatcher.onDidDelete(report(3))];
    });
    this.watchers.set(id, disposables);
  }

  private unwatch(id: string): void {
    this.watchers.get(id)?.forEach((disposable) => disposable.dispose());
    this.watchers.delete(id);
  }

  private clearWatchers(): void {
    for (const id of [...this.watchers.keys()]) this.unwatch(id);
  }

  private workspaceFolders(): lsp.WorkspaceFolder[] | null {
    return vscode.workspace.workspaceFolders?.map((folder) => ({ uri: folder.uri.toString(), name: folder.name })) ?? null;
  }

  async updateTrace(): Promise<void> {
    if (this.connection) await this.applyTrace(this.connection);
  }

  /** `diplobrief.trace.server` logs the messages in the output channel. */
  private async applyTrace(connection: MessageConnection): Promise<void> {
    const level = Trace.fromString(vscode.workspace.getConfiguration('diplobrief.trace').get<string>('server', 'off'));
    await connection.trace(level, { log: (message: string, data?: string) => this.output.appendLine(data ? `${message}\n${data}` : message) });
  }
}
