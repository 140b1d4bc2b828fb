import { tokensOf, type PhraseMatch } from '../../engine/phraseMatcher';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { ActionArea, Knowledge } from '../../knowledge/knowledge';
import { knowledgeIndex } from '../../knowledge/knowledgeIndex';

export const ACTION_AREAS_FIELD = 'action_areas';

/** The keywords of each action area found in the prose, by area id. */
export function actionAreaEvidence(brief: ParsedBrief, knowledge: Knowledge): Map<string, PhraseMatch<ActionArea>[]> {
  const evidence = new Map<string, PhraseMatch<ActionArea>[]>();
  for (const match of knowledgeIndex(knowledge).actionAreaKeywords.matchTokens(tokensOf(brief), brief.text)) {
    const matches = evidence.get(match.value.id);
    if (matches) matches.push(match);
    else evidence.set(match.value.id, [match]);
  }
  return evidence;
}
