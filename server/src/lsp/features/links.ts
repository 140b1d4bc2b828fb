import type { DocumentLink } from 'vscode-languageserver-protocol';
import { initiativeOccurrences } from './targets';
import type { BriefDocument } from '../briefDocument';

/** Each cited initiative that has a web site links to it, in the front matter and in the text. */
export function provideDocumentLinks(document: BriefDocument): DocumentLink[] {
  if (!document.isBrief) return [];
  const byId = new Map(document.settings.knowledge.initiatives.map((initiative) => [initiative.id, initiative]));
  return initiativeOccurrences(document.brief).flatMap((occurrence) => {
    const initiative = byId.get(occurrence.id);
    if (!initiative?.url) return [];
    return [{ range: document.brief.lines.rangeOf(occurrence.span.start, occurrence.span.end), target: initiative.url, tooltip: `Open the site of ${initiative.name}` }];
  });
}
