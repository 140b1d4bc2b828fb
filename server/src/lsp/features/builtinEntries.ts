import { stringify } from 'yaml';
import type { Location } from 'vscode-languageserver-protocol';
import { BUILTIN_KNOWLEDGE } from '../../knowledge/loadKnowledge';
import { BUILTIN_SCHEME } from '../protocol';

/**
 * Read-only views of the built-in catalogue, so "go to definition" has somewhere to go
 * for an initiative that no team file defines. The client shows them through a
 * content provider for the `diplobrief-builtin:` scheme.
 */
export const BUILTIN_INITIATIVES_URI = `${BUILTIN_SCHEME}:/built-in-initiatives.yaml`;

let initiativesText: string | undefined;

function builtinInitiativesText(): string {
  initiativesText ??= [
    '# The built-in catalogue of city initiatives (read-only).',
    '# Add or override entries in a team file named by `initiatives:` in .diplobrief.yaml.',
    stringify({ initiatives: BUILTIN_KNOWLEDGE.initiatives }, { lineWidth: 0 }),
  ].join('\n');
  return initiativesText;
}

export function builtinContent(uri: string): string | undefined {
  return uri === BUILTIN_INITIATIVES_URI ? builtinInitiativesText() : undefined;
}

/** Where a built-in initiative's entry starts in its read-only view. */
export function builtinInitiativeLocation(id: string): Location | undefined {
  const lines = builtinInitiativesText().split('\n');
  const line = lines.findIndex((text) => text === `  - id: ${id}`);
  if (line < 0) return undefined;
  const character = lines[line].indexOf(id);
  return { uri: BUILTIN_INITIATIVES_URI, range: { start: { line, character }, end: { line, character: character + id.length } } };
}
