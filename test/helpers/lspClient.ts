import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ServerCapabilities,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
export const LSP_WORKSPACE = join(__dirname, '..', 'fixtures', 'lsp', 'workspace');

/** How long to wait for the server before a test fails; waits end as soon as the event comes. */
const TIMEOUT_MS = 10_000;

/** A copy of the LSP fixture workspace, so tests may change files. */
export function copyWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-lsp-'));
  cpSync(LSP_WORKSPACE, dir, { recursive: true });
  return dir;
}

export const fileUri = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  /** Announce LSP 3.17 pull diagnostics (the server then stops pushing). */
  pull?: boolean;
  settings?: Record<string, unknown>;
  /** How the server talks: stdio (any editor) or Node IPC (as VS Code starts it). */
  transport?: 'stdio' | 'ipc';
}

/**
 * The built server, spawned over stdio and driven by a real JSON-RPC client, as an
 * editor would. Waits are on notifications with a timeout, never on sleeps.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  stderr = '';
  /** What the server said it can do, in its initialize result. */
  capabilities: ServerCapabilities | undefined;
  private readonly latest = new Map<string, Diagnostic[]>();
  private waiters: { uri: string; accept: (diagnostics: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private versions = new Map<string, number>();

  private constructor(
    private readonly child: ChildProcess,
    readonly root: string,
    settings: Record<string, unknown> | null,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection =
      child.stdin === null
        ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
        : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.latest.set(uri, diagnostics);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== uri || !waiter.accept(diagnostics)) return true;
        waiter.resolve(diagnostics);
        return false;
      });
    });
    // The server asks for settings and registers watchers; answer as an editor would.
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  static async start(root: string, options: StartOptions = {}): Promise<LspTestClient> {
    const child =
      options.transport === 'ipc'
        ? fork(SERVER, ['--node-ipc'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] })
        : spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspTestClient(child, root, options.settings ?? null);
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, diagnostics: { refreshSupport: true } },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
        hover: { contentFormat: ['markdown'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
        rename: { prepareSupport: true },
        ...(options.pull && { diagnostic: { dynamicRegistration: false } }),
      },
    };
    const result: InitializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'workspace' }],
      capabilities,
      initializationOptions: options.settings ? { settings: options.settings } : undefined,
    });
    client.capabilities = result.capabilities;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** The server's process id, to read its memory. */
  get pid(): number {
    return this.child.pid!;
  }

  uri(relativePath: string): string {
    return fileUri(join(this.root, relativePath));
  }

  /** Opens a workspace file (with its text on disk unless `text` is given). */
  async open(relativePath: string, text?: string): Promise<string> {
    const uri = this.uri(relativePath);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: text ?? readFileSync(join(this.root, relativePath), 'utf8') },
    });
    return uri;
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next pushed diagnostics for the URI that pass `accept` (the latest ones, if they already do). */
  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const current = this.latest.get(uri);
    if (current && accept(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${TIMEOUT_MS} ms; last: ${JSON.stringify(this.latest.get(uri))}`)), TIMEOUT_MS);
      this.waiters.push({ uri, accept, resolve: (diagnostics) => (clearTimeout(timer), resolve(diagnostics)) });
    });
  }

  /** Forgets what was pushed for the URI, so the next wait sees only newer diagnostics. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
  }
}

/**
 * Registers mocha hooks that start the server on a fresh copy of the fixture workspace
 * (before the suite, or before each test) and stop it after, failing on any stderr output.
 */
export function useServer(options: StartOptions & { perTest?: boolean } = {}) {
  const state = {
    client: undefined as unknown as LspTestClient,
    root: '',
    /** Starts the server again on the same folder, e.g. with other settings. */
    async restart(restartOptions: StartOptions) {
      await state.client.stop();
      state.client = await LspTestClient.start(state.root, restartOptions);
    },
  };
  const setUp = async () => {
    state.root = copyWorkspace();
    state.client = await LspTestClient.start(state.root, options);
  };
  const tearDown = async () => {
    await state.client.stop();
    if (state.client.stderr !== '') throw new Error(`the server wrote to stderr:\n${state.client.stderr}`);
  };
  if (options.perTest) {
    beforeEach(setUp);
    afterEach(tearDown);
  } else {
    before(setUp);
    after(tearDown);
  }
  return state;
}
