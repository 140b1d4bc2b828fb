/**
 * The DiploBrief language server: wires the language features to an LSP connection.
 * Holds no lint logic of its own, and no state outside the server it builds.
 */
import {
  CodeActionKind,
  ResponseError,
  ShowMessageNotification,
  MessageType,
  ErrorCodes,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../../package.json';
import { RULES } from '../rules';
import { ruleDocsUrl } from '../rules/ruleDocs';
import { BriefWorkspace, pathOf, readText as readTextFromDisk, uriOf, type OpenDocuments } from './workspace';
import { readClientSettings, type ClientSettings } from './settings';
import { documentDiagnostics, documentReport, workspaceReports } from './diagnostics';
import { DiagnosticsPush } from './diagnosticsPush';
import { LINT_DELAY_MS, LintScheduler } from './lintScheduler';
import { briefStatus } from './features/briefStatus';
import { COMPLETION_TRIGGER_CHARACTERS, provideCompletion, resolveCompletion } from './features/completion';
import { provideHover } from './features/hover';
import { prepareInitiativeSearch } from './features/initiativeSearch';
import { provideCodeActions } from './features/codeActions';
import { provideDefinition } from './features/definition';
import { provideReferences } from './features/references';
import { prepareRename, provideRename, type RenameRefusal } from './features/rename';
import { provideDocumentSymbols } from './features/symbols';
import { provideDocumentLinks } from './features/links';
import { builtinContent } from './features/builtinEntries';
import type { ReadText } from './features/teamVocabulary';
import { PortfolioChanges, workspacePortfolio } from './features/portfolio';
import {
  BriefStatusRequest,
  BuiltinContentRequest,
  type BuiltinContentParams,
  FIX_ALL_KIND,
  InitiativesRequest,
  LintWorkspaceRequest,
  PortfolioChangedNotification,
  PortfolioRequest,
  RulesRequest,
  type BriefStatusParams,
  type InitiativesParams,
  type InitiativeSummary,
  type LintWorkspaceResult,
  type RuleSummary,
} from './protocol';

export interface ServerOptions {
  /** A script that runs `summaryWorker` in a worker thread; without it every brief is read in the server's thread. */
  workerScript?: string;
}

/**
 * Builds the server on a connection the caller made (stdio, IPC or in-memory streams in
 * a test) and starts listening for the documents; the caller then calls `connection.listen()`.
 */
export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);

  /** Open documents by a canonical URI, whatever encoding the client chose for it. */
  const openDocuments: OpenDocuments = {
    get(uri) {
      const document = documents.get(uri) ?? documents.all().find((candidate) => canonicalUri(candidate.uri) === uri);
      return document && { text: document.getText(), version: document.version };
    },
    uris: () => documents.all().map((document) => canonicalUri(document.uri)),
  };

  // A notification, not a request: a client that cannot show it has nothing to answer.
  const workspace = new BriefWorkspace(openDocuments, {
    warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    workerScript: options.workerScript,
  });
  const scheduler = new LintScheduler(LINT_DELAY_MS, (error) => connection.console.error(`Linting failed: ${error.stack ?? error.message}`));
  const portfolioChanges = new PortfolioChanges(() => void connection.sendNotification(PortfolioChangedNotification));
  let push: DiagnosticsPush | undefined;
  let capabilities: ClientCapabilities = {};

  function canonicalUri(uri: string): string {
    const path = pathOf(uri);
    return path === undefined ? uri : uriOf(path);
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const folders = params.workspaceFolders?.map((folder) => pathOf(folder.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : undefined];
    workspace.setFolders(folders.filter((path): path is string => path !== undefined));
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) workspace.setClientSettings(readClientSettings(initial));

    const pull = capabilities.textDocument?.diagnostic !== undefined;
    if (!pull) push = new DiagnosticsPush(workspace, scheduler, (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }).then(() => findingsSent(uri)));

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull && { diagnosticProvider: { identifier: 'diplobrief', interFileDependencies: true, workspaceDiagnostics: true } }),
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'diplobrief', version: packageJson.version },
    };
  });

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'diplobrief' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.diplobrief.{yaml,yml}' }, { globPattern: '**/*.{yaml,yml,json,bib}' }],
      });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        workspace.setFolders(folders.map((folder) => pathOf(folder.uri)).filter((path): path is string => path !== undefined));
        settingsChanged();
      });
    }
    await loadClientSettings();
    settingsChanged(0);
  });

  async function loadClientSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    const [settings] = (await connection.workspace.getConfiguration([{ section: 'diplobrief' }])) as [ClientSettings | null];
    // A client with nothing to say keeps what came with the initialize request.
    if (settings !== null && settings !== undefined) workspace.setClientSettings(readClientSettings(settings));
  }

  /** Everything may lint differently now: lint the whole workspace again. */
  function settingsChanged(delayMs?: number): void {
    portfolioChanges.changed();
    if (push) {
      push.workspaceChanged(delayMs);
      for (const uri of openDocuments.uris()) push.documentChanged(uri, delayMs);
    } else if (capabilities.workspace?.diagnostics?.refreshSupport) {
      void connection.languages.diagnostics.refresh();
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    const settings = (change.settings as { diplobrief?: unknown } | null)?.diplobrief;
    if (settings !== undefined) workspace.setClientSettings(readClientSettings(settings));
    else await loadClientSettings();
    settingsChanged();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let settings = false;
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (path === undefined) continue;
      const kind = change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      const impact = workspace.fileChanged(path, kind);
      if (impact !== 'none') portfolioChanges.changed();
      if (impact === 'settings') settings = true;
      else if (impact === 'brief' && push && !openDocuments.get(canonicalUri(change.uri))) push.documentClosed(canonicalUri(change.uri));
    }
    if (settings) settingsChanged();
  });

  // Opening also fires a content change; that one must not delay the immediate first lint.
  const justOpened = new Set<string>();

  /**
   * Opened briefs whose team catalogue, of maybe thousands of entries, is made searchable
   * before the first `[@`, once their first findings are written: the transport writes on a
   * later turn of the event loop (vscode-jsonrpc queues each message with setImmediate), and
   * the indexing must not hold the findings up.
   */
  const searchToPrepare = new Set<string>();
  function findingsSent(uri: string): void {
    if (!searchToPrepare.delete(uri)) return;
    const opened = documentAt(uri);
    if (opened) prepareInitiativeSearch(opened.settings.knowledge);
  }
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    searchToPrepare.add(canonicalUri(document.uri));
    push?.documentChanged(canonicalUri(document.uri), 0);
  });
  documents.onDidChangeContent(({ document }) => {
    portfolioChanges.changed();
    if (!justOpened.delete(document.uri)) push?.documentChanged(canonicalUri(document.uri));
  });
  documents.onDidClose(({ document }) => {
    // The brief's text is the file's again, unsaved edits and all forgotten.
    portfolioChanges.changed();
    push?.documentClosed(canonicalUri(document.uri));
    searchToPrepare.delete(canonicalUri(document.uri));
  });

  connection.languages.diagnostics.on((params) => {
    const uri = canonicalUri(params.textDocument.uri);
    const document = workspace.document(uri);
    // The reply is queued for writing (an immediate) a microtask after this handler returns: behind the first of these two.
    setImmediate(() => setImmediate(() => findingsSent(uri)));
    return documentReport(document ? documentDiagnostics(workspace, document) : [], params.previousResultId);
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => ({
    items: await workspaceReports(workspace, params.previousResultIds, () => token.isCancellationRequested),
  }));

  /** A team file's text: the editor's when it is open, else the file's. */
  const readText: ReadText = (path) => openDocuments.get(uriOf(path))?.text ?? readTextFromDisk(path);

  const documentAt = (uri: string) => {
    const document = workspace.enabled ? workspace.document(canonicalUri(uri)) : undefined;
    return document?.isBrief ? document : undefined;
  };

  const refuse = (result: RenameRefusal) => new ResponseError(ErrorCodes.InvalidRequest, result.error);

  connection.onCompletion(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideCompletion(document, position) : null;
  });

  connection.onCompletionResolve((item) => resolveCompletion(item, (uri) => workspace.settingsFor(pathOf(canonicalUri(uri))).knowledge));

  connection.onHover(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideHover(document, position) : null;
  });

  connection.onCodeAction((params) => {
    const document = documentAt(params.textDocument.uri);
    const canCreateFiles = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false;
    return document ? provideCodeActions(document, params, { readText, canCreateFiles }) : [];
  });

  connection.onDefinition(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideDefinition(document, position) : null;
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideReferences(document, position, context, workspace.briefs()) : [];
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const document = documentAt(textDocument.uri);
    const result = document ? prepareRename(document, position) : null;
    if (result && 'error' in result) throw refuse(result);
    return result;
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const document = documentAt(textDocument.uri);
    const result = document ? await provideRename(document, position, newName, workspace.briefs(), readText) : null;
    if (result && 'error' in result) throw refuse(result);
    return result;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideDocumentSymbols(document) : [];
  });

  connection.onDocumentLinks(({ textDocument }) => {
    const document = documentAt(textDocument.uri);
    return document ? provideDocumentLinks(document) : [];
  });

  connection.onRequest(BuiltinContentRequest, (params: BuiltinContentParams) => builtinContent(params.uri) ?? '');

  connection.onRequest(BriefStatusRequest, (params: BriefStatusParams) => briefStatus(workspace.document(canonicalUri(params.uri))));

  connection.onRequest(LintWorkspaceRequest, async (): Promise<LintWorkspaceResult> => {
    workspace.reload();
    settingsChanged(0);
    const result: LintWorkspaceResult = { briefs: 0, errors: 0, warnings: 0, info: 0 };
    for await (const brief of workspace.briefs()) {
      result.briefs++;
      // Disabled, DiploBrief shows no findings, so it counts none.
      if (!workspace.enabled) continue;
      result.errors += brief.lint.errors;
      result.warnings += brief.lint.warnings;
      result.info += brief.lint.info;
    }
    return result;
  });

  connection.onRequest(RulesRequest, (): RuleSummary[] => RULES.map((rule) => ({ id: rule.id, description: rule.description, docsUrl: ruleDocsUrl(rule.id) })));

  connection.onRequest(InitiativesRequest, (params: InitiativesParams): InitiativeSummary[] => {
    const path = pathOf(canonicalUri(params.uri));
    return workspace.settingsFor(path).knowledge.initiatives.map(({ id, kind, name, city, country, year }) => ({ id, kind, name, city, country, year }));
  });

  connection.onRequest(PortfolioRequest, () => {
    portfolioChanges.requested();
    return workspacePortfolio(workspace, new Date().toISOString());
  });

  connection.onShutdown(() => {
    scheduler.dispose();
    portfolioChanges.dispose();
  });

  documents.listen(connection);
}
