import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR, type ServerClient } from './serverClient';

/**
 * Keeps the server's copy of every open Markdown document current. Whole texts are
 * sent on change: briefs are short, and a full text can never drift.
 */
export function syncDocuments(client: ServerClient): vscode.Disposable {
  let synced = new Set<string>();
  const matches = (document: vscode.TextDocument) => vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;
  const open = (document: vscode.TextDocument) => {
    if (!matches(document) || synced.has(document.uri.toString())) return;
    synced.add(document.uri.toString());
    client.notify('textDocument/didOpen', { textDocument: { uri: document.uri.toString(), languageId: document.languageId, version: document.version, text: document.getText() } });
  };
  return vscode.Disposable.from(
    client.onDidStart(() => {
      synced = new Set();
      vscode.workspace.textDocuments.forEach(open);
    }),
    vscode.workspace.onDidOpenTextDocument(open),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length === 0 || !synced.has(document.uri.toString())) return;
      client.notify('textDocument/didChange', { textDocument: { uri: document.uri.toString(), version: document.version }, contentChanges: [{ text: document.getText() }] });
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (synced.has(document.uri.toString())) client.notify('textDocument/didSave', { textDocument: { uri: document.uri.toString() } });
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (synced.delete(document.uri.toString())) client.notify('textDocument/didClose', { textDocument: { uri: document.uri.toString() } });
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('diplobrief.trace')) void client.updateTrace();
      if (event.affectsConfiguration('diplobrief')) client.notify('workspace/didChangeConfiguration', { settings: { diplobrief: vscode.workspace.getConfiguration('diplobrief') } });
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const folder = (workspaceFolder: vscode.WorkspaceFolder) => ({ uri: workspaceFolder.uri.toString(), name: workspaceFolder.name });
      client.notify('workspace/didChangeWorkspaceFolders', { event: { added: added.map(folder), removed: removed.map(folder) } });
    }),
  );
}
