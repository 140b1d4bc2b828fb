import type { Location, Position, ReferenceContext } from 'vscode-languageserver-protocol';
import { targetAt } from './targets';
import { initiativeDefinition } from './definition';
import type { BriefSummary } from '../briefSummary';
import type { BriefDocument } from '../briefDocument';

/** The workspace's briefs, as the workspace hands them out or as a list. */
export type Briefs = AsyncIterable<BriefSummary> | Iterable<BriefSummary>;

/** Every place a brief in the workspace cites the initiative: front matter tags and body references. */
export async function citationsOf(briefs: Briefs, id: string): Promise<Location[]> {
  const locations: Location[] = [];
  for await (const brief of briefs) {
    for (const citation of brief.citations) if (citation.id === id) locations.push({ uri: brief.uri, range: citation.range });
  }
  return locations;
}

/** Find references on an initiative: every brief citing it, and its catalogue entry when asked for the declaration. */
export async function provideReferences(document: BriefDocument, position: Position, context: ReferenceContext, briefs: Briefs): Promise<Location[]> {
  if (!document.isBrief) return [];
  const target = targetAt(document.brief, document.settings.knowledge, document.brief.lines.offsetAt(position));
  if (target?.kind !== 'initiative') return [];
  const locations = await citationsOf(briefs, target.id);
  const declaration = context.includeDeclaration ? initiativeDefinition(document.settings.knowledge, target.id) : undefined;
  return declaration ? [declaration, ...locations] : locations;
}
