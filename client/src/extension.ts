/**
 * The VS Code side of DiploBrief: starts the bundled language server and owns the UI
 * (commands, status bar, read-only views of built-in entries). All checking happens
 * in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { BUILTIN_SCHEME, BuiltinContentRequest, type BuiltinContentParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { BriefStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
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
    diagnosticPullOptions: { onChange: true, onSave: true },
    initializationOptions: { settings: vscode.workspace.getConfiguration('diplobrief') },
  };
  const languageClient = new LanguageClient('diplobrief', 'DiploBrief', serverOptions, clientOptions);
  client = languageClient;

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, {
      provideTextDocumentContent: (uri) => languageClient.sendRequest<string>(BuiltinContentRequest, { uri: uri.toString() } satisfies BuiltinContentParams),
    }),
    new BriefStatusBar(languageClient),
    ...registerCommands(languageClient),
  );
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
