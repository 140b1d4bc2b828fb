import { tokensOf } from '../../engine/phraseMatcher';
import { budgetedWordCount, findSection } from '../prose/prose';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';
import { scorerFor, type GoalEvidence } from './sdgScorer';
import { findSdgCitations } from './sdgCitations';
import { goalOfId } from './sdgTags';
import { briefLanguage } from '../frontMatter/tagField';

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

export function briefSdgEvidence(brief: ParsedBrief, catalogue: SdgCatalogue): BriefSdgEvidence {
  return brief.cache.getFor(briefSdgEvidence, [catalogue], () => {
    const lang = briefLanguage(brief);
    const scorer = scorerFor(catalogue, lang);
    // Titles of cited works speak of many goals; the brief's own argument is what counts.
    const references = findSection(brief, REFERENCE_TITLES);
    const tokens = tokensOf(brief).filter((token) => !references || token.end <= references.start || token.start >= references.sectionEnd);
    return {
      lang,
      byGoal: scorer && new Map(scorer.score(tokens, brief.prose).map((evidence) => [evidence.goal, evidence])),
      words: budgetedWordCount(brief),
      cited: new Set(findSdgCitations(brief).map((citation) => goalOfId(citation.id))),
    };
  });
}
