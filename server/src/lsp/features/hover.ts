import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-protocol';
import { targetAt } from './targets';
import { acronymCard, actionAreaCard, catalogueCard, fieldCard, sdgCard, termCard } from './cards';
import type { BriefDocument } from '../briefDocument';
import { briefSdgEvidence, describeSupport } from '../../analyses/sdg/sdgEvidence';

/**
 * Hover over SDG ids and mentions, initiative ids, references and names (networks' too), action areas,
 * front matter keys, vocabulary terms and acronyms.
 */
export function provideHover(document: BriefDocument, position: Position): Hover | null {
  if (!document.isBrief) return null;
  const { brief } = document;
  const { knowledge } = document.settings;
  const target = targetAt(brief, knowledge, brief.lines.offsetAt(position));
  if (!target) return null;
  let markdown: string | undefined;
  switch (target.kind) {
    case 'sdg': {
      const card = sdgCard(knowledge.sdg, target.id, document.lang);
      // What the brief itself says of the goal, so a tag can be checked against the text.
      const support = describeSupport(brief, briefSdgEvidence(brief, knowledge.sdg), target.id.split('.')[0]);
      markdown = card && `${card}\n\n**In this brief:** ${support}`;
      break;
    }
    case 'initiative': {
      const initiative = knowledge.initiatives.find((candidate) => candidate.id === target.id);
      markdown = initiative && catalogueCard(knowledge, initiative);
      break;
    }
    case 'actionArea': {
      const area = knowledge.actionAreas.find((candidate) => candidate.id === target.id);
      markdown = area && actionAreaCard(area);
      break;
    }
    case 'field':
      markdown = fieldCard(target.key);
      break;
    case 'term':
      markdown = termCard(target.term);
      break;
    case 'acronym':
      markdown = acronymCard(target.acronym);
      break;
  }
  if (!markdown) return null;
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: brief.lines.rangeOf(target.span.start, target.span.end) };
}
