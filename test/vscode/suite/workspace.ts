import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** The findings briefs/water.brief.md was written to show, in the order of their place; briefs/heat.brief.md has none. */
export const WATER_FINDINGS = ['structure-required-sections', 'initiative-untagged-reference', 'sdg-body-mention-untagged'];

/** The copy of test/vscode/workspace that the launcher opened. */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The launcher opened no folder: open a copy of test/vscode/workspace.');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/**
 * A new brief beside `relativePath`, with its text (optionally changed by `edit`), open in
 * an editor. Tests change their own copies, so no test sees another's edits.
 */
export async function openCopyOf(relativePath: string, edit: (text: string) => string = (text) => text): Promise<vscode.TextEditor> {
  const original = workspaceUri(relativePath);
  const copy = vscode.Uri.joinPath(original, '..', `copy-${randomUUID().slice(0, 8)}-${original.path.split('/').pop()}`);
  writeFileSync(copy.fsPath, edit(readFileSync(original.fsPath, 'utf8')));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
}

/** The position just after the first occurrence of `text` in the document. */
export function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  if (offset < 0) throw new Error(`'${text}' is not in ${document.uri.path}.`);
  return document.positionAt(offset + text.length);
}
