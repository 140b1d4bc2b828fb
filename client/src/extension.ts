/**
 * The VS Code side of DiploBrief: starts the bundled language server and owns the UI
 * (commands, status bar, read-only views of built-in entries). All checking happens
 * in the server.
 */
import * as vscode from 'vscode';
import { BUILTIN_SCHEME, BuiltinContentRequest, type BuiltinContentParams } from '../../server/src/lsp/protocol';
import { ServerClient } from './serverClient';
import { registerCommands } from './commands';
import { BriefStatusBar } from './statusBar';
import { PortfolioSource } from './portfolioSource';
import { PortfolioView } from './portfolioView';
import { BriefsTree } from './briefsTree';

let client: ServerClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = new ServerClient(context.asAbsolutePath('dist/server.js'));
  client = server;
  context.subscriptions.push(
    server,
    vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, {
      provideTextDocumentContent: (uri, token) => server.request<string>(BuiltinContentRequest, { uri: uri.toString() } satisfies BuiltinContentParams, token),
    }),
    new BriefStatusBar(server),
    ...registerCommands(server),
  );
  const portfolio = new PortfolioSource(server);
  context.subscriptions.push(portfolio, new PortfolioView(portfolio), new BriefsTree(portfolio, context.workspaceState));
  await server.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
