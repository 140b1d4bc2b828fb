/**
 * Conversions between LSP values and the VS Code API, for the part of the protocol
 * the DiploBrief server speaks. LSP types are imported as types only: the client
 * bundle carries no protocol library beyond the JSON-RPC transport.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';

export const asPosition = (position: lsp.Position) => new vscode.Position(position.line, position.character);
export const asRange = (range: lsp.Range) => new vscode.Range(asPosition(range.start), asPosition(range.end));
export const toPosition = (position: vscode.Position): lsp.Position => ({ line: position.line, character: position.character });
export const toRange = (range: vscode.Range): lsp.Range => ({ start: toPosition(range.start), end: toPosition(range.end) });
export const asUri = (uri: string) => vscode.Uri.parse(uri);

export function asMarkdown(content: lsp.MarkupContent | string | undefined): vscode.MarkdownString | string | undefined {
  if (content === undefined || typeof content === 'string') return content;
  const markdown = new vscode.MarkdownString(content.value);
  // SDG goal badges are coloured <span>s; the hovers run no commands.
  markdown.supportHtml = true;
  return markdown;
}

const SEVERITY = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

/** A VS Code diagnostic that keeps the LSP one, whose `data` rebuilds the quick fix. */
export class ProtocolDiagnostic extends vscode.Diagnostic {
  constructor(readonly original: lsp.Diagnostic) {
    super(asRange(original.range), typeof original.message === 'string' ? original.message : original.message.value, SEVERITY[(original.severity ?? 1) - 1]);
    this.source = original.source;
    if (original.code !== undefined) {
      this.code = original.codeDescription ? { value: original.code, target: asUri(original.codeDescription.href) } : original.code;
    }
    if (original.tags) this.tags = original.tags.map((tag) => (tag === 1 ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
  }
}

export function toDiagnostic(diagnostic: vscode.Diagnostic): lsp.Diagnostic {
  if (diagnostic instanceof ProtocolDiagnostic) return diagnostic.original;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return { range: toRange(diagnostic.range), message: diagnostic.message, severity: (diagnostic.severity + 1) as lsp.DiagnosticSeverity, source: diagnostic.source, code };
}

export function asCompletionItem(item: lsp.CompletionItem): vscode.CompletionItem {
  const result = new vscode.CompletionItem(item.labelDetails ? { label: item.label, description: item.labelDetails.description, detail: item.labelDetails.detail } : item.label);
  // LSP numbers completion kinds from 1, VS Code from 0.
  if (item.kind !== undefined) result.kind = (item.kind - 1) as vscode.CompletionItemKind;
  result.detail = item.detail;
  result.documentation = asMarkdown(item.documentation);
  result.sortText = item.sortText;
  result.filterText = item.filterText;
  const edit = item.textEdit;
  if (edit && 'range' in edit) {
    result.range = asRange(edit.range);
    result.insertText = edit.newText;
  } else {
    result.insertText = item.insertText ?? item.label;
  }
  return result;
}

export function asLocation(location: lsp.Location): vscode.Location {
  return new vscode.Location(asUri(location.uri), asRange(location.range));
}

export function asWorkspaceEdit(edit: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const result = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    result.set(asUri(uri), edits.map((textEdit) => new vscode.TextEdit(asRange(textEdit.range), textEdit.newText)));
  }
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') result.createFile(asUri(change.uri), { ignoreIfExists: change.options?.ignoreIfExists, overwrite: change.options?.overwrite });
      continue;
    }
    for (const textEdit of change.edits) {
      if ('newText' in textEdit) result.replace(asUri(change.textDocument.uri), asRange(textEdit.range), textEdit.newText);
    }
  }
  return result;
}

export function asCodeAction(action: lsp.CodeAction): vscode.CodeAction {
  const result = new vscode.CodeAction(action.title, action.kind ? vscode.CodeActionKind.Empty.append(action.kind) : undefined);
  result.isPreferred = action.isPreferred;
  if (action.diagnostics) result.diagnostics = action.diagnostics.map((diagnostic) => new ProtocolDiagnostic(diagnostic));
  if (action.edit) result.edit = asWorkspaceEdit(action.edit);
  return result;
}

export function asDocumentSymbol(symbol: lsp.DocumentSymbol): vscode.DocumentSymbol {
  // LSP numbers symbol kinds from 1, VS Code from 0.
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail ?? '', (symbol.kind - 1) as vscode.SymbolKind, asRange(symbol.range), asRange(symbol.selectionRange));
  result.children = (symbol.children ?? []).map(asDocumentSymbol);
  return result;
}

export function asDocumentLink(link: lsp.DocumentLink): vscode.DocumentLink {
  const result = new vscode.DocumentLink(asRange(link.range), link.target ? asUri(link.target) : undefined);
  result.tooltip = link.tooltip;
  return result;
}
