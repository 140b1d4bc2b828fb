import { tokensOf } from '../engine/phraseMatcher';
import { budgetedWordCount, findSection } from '../engine/prose';
import type { ParsedBrief } from '../engine/parseBrief';
import type { SdgCatalogue } from '../knowledge/sdgCatalogue';
import { REFERENCE_TITLES } from '../knowledge/sectionTitles';
import { scorerFor, type GoalEvidence } from '../sdgScorer/sdgScorer';
import { findSdgCitations } from './sdgCitations';
import { goalOfId } from './sdgTags';
import { briefLanguage } from './tagField';

/** What the brief's prose says about each goal, computed once per brief for sdg-suggest and sdg-unsupported. */
export interface BriefSdgEvidence {
  lang: string;
  /** Undefined when there are no term lists for the brief's language yet. */
  byGoal?: Map<string, GoalEvidence>;
  /** Words of the brief, references excluded. */
  words: number;
  /** Goals the text cites outright ("SDG 13", "target 11.5"). */
  cited: Set<string>;
}

const cache = new WeakMap<ParsedBrief, BriefSdgEvidence>();

export function briefSdgEvidence(brief: ParsedBrief, catalogue: SdgCatalogue): BriefSdgEvidence {
  let found = cache.get(brief);
  if (!found) {
    const lang = briefLanguage(brief);
    const scorer = scorerFor(catalogue, lang);
    // Titles of cited works speak of many goals; the brief's own argument is what counts.
    const references = findSection(brief, REFERENCE_TITLES);
    const tokens = tokensOf(brief).filter((token) => !references || token.end <= references.start || token.start >= references.sectionEnd);
    found = {
      lang,
      byGoal: scorer && new Map(scorer.score(tokens, brief.prose).map((evidence) => [evidence.goal, evidence])),
      words: budgetedWordCount(brief),
      cited: new Set(findSdgCitations(brief).map((citation) => goalOfId(citation.id))),
    };
    cache.set(brief, found);
  }
  return found;
}
