import type { Location, Position, ReferenceContext } from 'vscode-languageserver-protocol';
import { targetAt } from './targets';
import { initiativeDefinition } from './definition';
import { summaryPlaces, type BriefSummary } from '../briefSummary';
import type { BriefDocument } from '../briefDocument';

/** The workspace's briefs, as the workspace hands them out or as a list. */
export type Briefs = AsyncIterable<BriefSummary> | Iterable<BriefSummary>;

/**
 * Every place a brief in the workspace cites the initiative: front matter tags and body
 * references, and with `named` also its names in plain words (which a rename leaves alone).
 */
export async function citationsOf(briefs: Briefs, id: string, { named = false } = {}): Promise<Location[]> {
  const locations: Location[] = [];
  for await (const brief of briefs) {
    if (!brief.initiatives.includes(id)) continue;
    const places = summaryPlaces(brief);
    for (const place of named ? [...places.citations, ...places.named] : places.citations) if (place.id === id) locations.push({ uri: brief.uri, range: place.range });
  }
  return locations;
}

/** Find references on an initiative or network: every brief citing or naming it, and its catalogue entry when asked for the declaration. */
export async function provideReferences(document: BriefDocument, position: Position, context: ReferenceContext, briefs: Briefs): Promise<Location[]> {
  if (!document.isBrief) return [];
  const target = targetAt(document.brief, document.settings.knowledge, document.brief.lines.offsetAt(position));
  if (target?.kind !== 'initiative') return [];
  const locations = await citationsOf(briefs, target.id, { named: true });
  const declaration = context.includeDeclaration ? initiativeDefinition(document.settings.knowledge, target.id) : undefined;
  return declaration ? [declaration, ...locations] : locations;
}
