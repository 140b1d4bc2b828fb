import type { Location, Position, ReferenceContext } from 'vscode-languageserver-protocol';
import { initiativeOccurrences, targetAt } from './targets';
import { initiativeDefinition } from './definition';
import type { BriefDocument } from './workspace';

export interface Occurrence {
  document: BriefDocument;
  start: number;
  end: number;
}

/** Every place a brief in the workspace cites the initiative: front matter tags and body references. */
export function citationsOf(briefs: readonly BriefDocument[], id: string): Occurrence[] {
  return briefs.flatMap((document) =>
    initiativeOccurrences(document.brief)
      .filter((occurrence) => occurrence.id === id)
      .map((occurrence) => ({ document, start: occurrence.span.start, end: occurrence.span.end })),
  );
}

/** Find references on an initiative: every brief citing it, and its catalogue entry when asked for the declaration. */
export function provideReferences(document: BriefDocument, position: Position, context: ReferenceContext, briefs: readonly BriefDocument[]): Location[] {
  if (!document.isBrief) return [];
  const target = targetAt(document.brief, document.settings.knowledge, document.brief.lines.offsetAt(position));
  if (target?.kind !== 'initiative') return [];
  const locations = citationsOf(briefs, target.id).map(({ document: citing, start, end }) => ({ uri: citing.uri, range: citing.brief.lines.rangeOf(start, end) }));
  const declaration = context.includeDeclaration ? initiativeDefinition(document.settings.knowledge, target.id) : undefined;
  return declaration ? [declaration, ...locations] : locations;
}
