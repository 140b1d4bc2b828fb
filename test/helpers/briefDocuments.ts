import { join } from 'node:path';
import type { Position } from 'vscode-languageserver-protocol';
import { BriefWorkspace, uriOf, type BriefDocument } from '../../server/src/lsp/workspace';
import { LineIndex } from '../../server/src/engine/lineIndex';
import { LSP_WORKSPACE } from './lspClient';

/** The front matter and title every test brief starts with; `extra` adds front matter lines. */
export const briefText = (body: string, extra = '') =>
  `---\ntitle: T\ntype: policy-brief\nauthors: [A]\ndate: 2025-01-01\nstatus: draft\n${extra}---\n\n# T\n\n${body}`;

/**
 * A brief open in an in-memory editor over the LSP fixture workspace (its config and
 * team catalogue), for testing language features without a server.
 */
export function openBrief(text: string, relativePath = 'briefs/open.brief.md', root = LSP_WORKSPACE): { workspace: BriefWorkspace; document: BriefDocument } {
  const uri = uriOf(join(root, relativePath));
  const workspace = new BriefWorkspace({ get: (candidate) => (candidate === uri ? { text, version: 1 } : undefined), uris: () => [uri] });
  workspace.setFolders([root]);
  return { workspace, document: workspace.document(uri)! };
}

/** Text with a `|` marking the cursor: the text without it, and the cursor's position. */
export function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in the text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, position: new LineIndex(text).positionAt(offset) };
}

/** A brief with a cursor, opened: the document and where the cursor is. */
export function openAt(marked: string, relativePath?: string) {
  const { text, position } = cursor(marked);
  return { ...openBrief(text, relativePath), position };
}
