import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../engine/lineIndex';
import { targetAt } from './targets';
import { citationsOf, type Briefs } from './references';
import type { ReadText } from './teamVocabulary';
import { uriOf } from '../workspace';
import type { BriefDocument } from '../briefDocument';

/** A refusal with the reason shown to the user. */
export interface RenameRefusal {
  error: string;
}

const CITATION_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]|[:.#$%&+?<>~/](?=[\p{L}\p{N}_]))*$/u;

/** Only initiative ids can be renamed, and only those a team file defines (built-in ids are not the team's to change). */
export function prepareRename(document: BriefDocument, position: Position): { range: Range; placeholder: string } | RenameRefusal | null {
  if (!document.isBrief) return null;
  const target = targetAt(document.brief, document.settings.knowledge, document.brief.lines.offsetAt(position));
  if (target?.kind !== 'initiative' || target.named) return null;
  const { knowledge } = document.settings;
  if (!knowledge.initiativeLocations.has(target.id) && knowledge.initiatives.some((initiative) => initiative.id === target.id)) {
    return { error: `'${target.id}' is a built-in initiative, so its id cannot change. Add an entry with the new id to the team catalogue instead.` };
  }
  return { range: document.brief.lines.rangeOf(target.span.start, target.span.end), placeholder: target.id };
}

/** Renames an initiative id in every brief that cites it and in the team catalogue that defines it. */
export async function provideRename(document: BriefDocument, position: Position, newName: string, briefs: Briefs, readText: ReadText): Promise<WorkspaceEdit | RenameRefusal | null> {
  const prepared = prepareRename(document, position);
  if (!prepared || 'error' in prepared) return prepared;
  if (!CITATION_KEY.test(newName)) return { error: `'${newName}' cannot be a citation key. Use letters, digits, '-' and '_'.` };
  const oldName = prepared.placeholder;
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, range } of await citationsOf(briefs, oldName)) (changes[uri] ??= []).push({ range, newText: newName });
  const location = document.settings.knowledge.initiativeLocations.get(oldName);
  const catalogue = location && readText(location.file);
  if (location && catalogue !== undefined) {
    const lines = new LineIndex(catalogue);
    const lineText = catalogue.slice(lines.lineStart(location.line), lines.lineEnd(location.line));
    const character = lineText.search(new RegExp(`(?<=id["']?\\s*:\\s*["']?)${escape(oldName)}(?![\\w-])`));
    if (character >= 0) {
      const start = { line: location.line, character };
      (changes[uriOf(location.file)] ??= []).push({ range: { start, end: { line: location.line, character: character + oldName.length } }, newText: newName });
    }
  }
  return { changes };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
