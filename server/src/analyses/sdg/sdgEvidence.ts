import { tokensOf } from '../../engine/phraseMatcher';
import { countWords } from '../prose/prose';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { scorerFor, type GoalEvidence, type SdgScorer } from './sdgScorer';
import { findSdgCitations } from './sdgCitations';
import { goalOfId } from './sdgTags';
import { briefLanguage } from '../frontMatter/tagField';
import { bodyBlocks } from './bodyProse';

/** What the brief's prose says about each goal, computed once per brief for the SDG rules, hovers, completion and the report. */
export interface BriefSdgEvidence {
  lang: string;
  /** Undefined when there are no term lists for the brief's language yet. */
  scorer?: SdgScorer;
  /** Evidence for every goal with any, strongest first; empty without term lists. */
  goals: GoalEvidence[];
  byGoal?: Map<string, GoalEvidence>;
  /** Words of the brief's body prose: references, notes, captions and disclaimers left out. */
  words: number;
  /** Goals the text cites outright ("SDG 13", "target 11.5"). */
  cited: Set<string>;
}

export function briefSdgEvidence(brief: ParsedBrief, catalogue: SdgCatalogue): BriefSdgEvidence {
  return brief.cache.getFor(briefSdgEvidence, [catalogue], () => {
    const lang = briefLanguage(brief);
    const scorer = scorerFor(catalogue, lang);
    // Only the brief's own argument counts: titles of cited works, biographies and captions speak of many goals.
    const units = bodyBlocks(brief);
    const words = units.reduce((sum, unit) => sum + countWords(brief, unit), 0);
    const goals = scorer ? scorer.score(tokensOf(brief), brief.prose, units, words) : [];
    return {
      lang,
      scorer,
      goals,
      byGoal: scorer && new Map(goals.map((evidence) => [evidence.goal, evidence])),
      words,
      cited: new Set(findSdgCitations(brief).map((citation) => goalOfId(citation.id))),
    };
  });
}

/** The goals the text clearly serves, strongest first. */
export function supportedGoals(evidence: BriefSdgEvidence, minConfidence?: number): GoalEvidence[] {
  const scorer = evidence.scorer;
  return scorer ? evidence.goals.filter((goal) => scorer.isClearlyAbout(goal, minConfidence)) : [];
}

const EVIDENCE_PARAGRAPHS = 5;

/** What editors and reports get about one goal's evidence: JSON-serialisable, with ranges. */
export function evidenceData(brief: ParsedBrief, goal: GoalEvidence) {
  const range = (span: { start: number; end: number }) => brief.lines.rangeOf(span.start, span.end);
  return {
    goal: goal.goal,
    score: Number(goal.confidence.toFixed(3)),
    paragraphs: goal.paragraphs.slice(0, EVIDENCE_PARAGRAPHS).map((paragraph) => ({ score: Number(paragraph.score.toFixed(2)), range: range(paragraph) })),
    evidence: goal.terms.map((term) => ({ phrase: term.phrase, weight: Number(term.weight.toFixed(3)), ranges: term.occurrences.map(range) })),
  };
}
