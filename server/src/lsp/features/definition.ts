import type { Location, Position } from 'vscode-languageserver-protocol';
import type { Knowledge } from '../../knowledge/knowledge';
import { targetAt } from './targets';
import { builtinInitiativeLocation } from './builtinEntries';
import { uriOf } from '../workspace';
import type { BriefDocument } from '../briefDocument';

/** Go to definition on an initiative id or reference: its entry in the team catalogue, else in the read-only built-in one. */
export function provideDefinition(document: BriefDocument, position: Position): Location | null {
  if (!document.isBrief) return null;
  const target = targetAt(document.brief, document.settings.knowledge, document.brief.lines.offsetAt(position));
  return target?.kind === 'initiative' ? (initiativeDefinition(document.settings.knowledge, target.id) ?? null) : null;
}

export function initiativeDefinition(knowledge: Knowledge, id: string): Location | undefined {
  const team = knowledge.initiativeLocations.get(id);
  if (team) return { uri: uriOf(team.file), range: { start: { line: team.line, character: 0 }, end: { line: team.line, character: 0 } } };
  return knowledge.initiatives.some((initiative) => initiative.id === id) ? builtinInitiativeLocation(id) : undefined;
}
