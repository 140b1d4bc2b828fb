import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';
import { asCodeAction, asCompletionItem, asDocumentLink, asDocumentSymbol, asLocation, asMarkdown, asRange, asWorkspaceEdit, toDiagnostic, toPosition, toRange } from './convert';
import { DOCUMENT_SELECTOR, type ServerClient } from './serverClient';

/** Registers one VS Code provider per language feature the server offers; each forwards to the server and converts the answer. */
export function registerLanguageFeatures(client: ServerClient, capabilities: lsp.ServerCapabilities): vscode.Disposable {
  const at = (document: vscode.TextDocument, position: vscode.Position) => ({ textDocument: { uri: document.uri.toString() }, position: toPosition(position) });
  const ask = async <R>(method: string, params: unknown, token: vscode.CancellationToken): Promise<R | null> => {
    try {
      return await client.request<R | null>(method, params, token);
    } catch (error) {
      if (!token.isCancellationRequested) client.output.appendLine(`${method} failed: ${(error as Error).message}`);
      return null;
    }
  };
  const completionOptions = capabilities.completionProvider;
  const codeActionKinds = (capabilities.codeActionProvider as lsp.CodeActionOptions | undefined)?.codeActionKinds ?? [];

  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(
      DOCUMENT_SELECTOR,
      {
        async provideCompletionItems(document, position, token, context) {
          const list = await ask<lsp.CompletionList>('textDocument/completion', { ...at(document, position), context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter } }, token);
          return list && new vscode.CompletionList(list.items.map(asCompletionItem), list.isIncomplete);
        },
      },
      ...(completionOptions?.triggerCharacters ?? []),
    ),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, {
      async provideHover(document, position, token) {
        const hover = await ask<lsp.Hover>('textDocument/hover', at(document, position), token);
        const contents = hover && asMarkdown(hover.contents as lsp.MarkupContent);
        return contents ? new vscode.Hover(contents, hover.range && asRange(hover.range)) : undefined;
      },
    }),
    vscode.languages.registerDefinitionProvider(DOCUMENT_SELECTOR, {
      async provideDefinition(document, position, token) {
        const location = await ask<lsp.Location>('textDocument/definition', at(document, position), token);
        return location ? asLocation(location) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(DOCUMENT_SELECTOR, {
      async provideReferences(document, position, context, token) {
        const locations = await ask<lsp.Location[]>('textDocument/references', { ...at(document, position), context }, token);
        return locations?.map(asLocation);
      },
    }),
    vscode.languages.registerRenameProvider(DOCUMENT_SELECTOR, {
      async prepareRename(document, position, token) {
        // A refusal comes back as an error whose message the editor shows.
        const result = await client.request<{ range: lsp.Range; placeholder: string } | null>('textDocument/prepareRename', at(document, position), token);
        if (!result) throw new Error('Only initiative ids can be renamed.');
        return { range: asRange(result.range), placeholder: result.placeholder };
      },
      async provideRenameEdits(document, position, newName, token) {
        const edit = await client.request<lsp.WorkspaceEdit | null>('textDocument/rename', { ...at(document, position), newName }, token);
        return edit ? asWorkspaceEdit(edit) : undefined;
      },
    }),
    vscode.languages.registerCodeActionsProvider(
      DOCUMENT_SELECTOR,
      {
        async provideCodeActions(document, range, context, token) {
          const params: lsp.CodeActionParams = {
            textDocument: { uri: document.uri.toString() },
            range: toRange(range),
            context: { diagnostics: context.diagnostics.map(toDiagnostic), only: context.only ? [context.only.value] : undefined, triggerKind: context.triggerKind },
          };
          const actions = await ask<lsp.CodeAction[]>('textDocument/codeAction', params, token);
          return actions?.map(asCodeAction);
        },
      },
      { providedCodeActionKinds: codeActionKinds.map((kind) => vscode.CodeActionKind.Empty.append(kind)) },
    ),
    vscode.languages.registerDocumentSymbolProvider(DOCUMENT_SELECTOR, {
      async provideDocumentSymbols(document, token) {
        const symbols = await ask<lsp.DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: document.uri.toString() } }, token);
        return symbols?.map(asDocumentSymbol);
      },
    }),
    vscode.languages.registerDocumentLinkProvider(DOCUMENT_SELECTOR, {
      async provideDocumentLinks(document, token) {
        const links = await ask<lsp.DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: document.uri.toString() } }, token);
        return links?.map(asDocumentLink);
      },
    }),
  );
}
