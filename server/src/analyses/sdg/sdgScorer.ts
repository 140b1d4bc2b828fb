import { PhraseMatcher, tokenize, type Token } from '../../engine/phraseMatcher';
import type { Span } from '../../engine/frontMatter';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { buildTermList, type Term } from './termList';

/** One phrase found in the text, with its weight for the goal and where it occurs. */
export interface TermEvidence {
  phrase: string;
  weight: number;
  occurrences: Span[];
}

/** How strongly a text speaks of one goal, and the phrases that show it, strongest first. */
export interface GoalEvidence {
  goal: string;
  score: number;
  terms: TermEvidence[];
}

/** When a text is clearly about a goal: thresholds that sdg-suggest exposes as options. */
export interface SuggestThresholds {
  /** Least score, whatever the length. */
  minScore: number;
  /** Least number of distinct phrases: one repeated word is not enough. */
  minTerms: number;
  /** Score needed per 100 words, so a long brief must speak of the goal more than in passing. */
  scorePer100Words: number;
}

export const DEFAULT_SUGGEST_THRESHOLDS: SuggestThresholds = { minScore: 5, minTerms: 2, scorePer100Words: 3 };

/** Scores text against the 17 goals with one compiled matcher over all their terms. */
export class SdgScorer {
  private readonly matcher: PhraseMatcher<Term>;

  constructor(terms: Term[]) {
    this.matcher = new PhraseMatcher(terms.map((term) => ({ phrase: term.phrase, value: term, caseSensitive: term.caseSensitive })));
  }

  /** Evidence for every goal with any, strongest first. */
  score(tokens: readonly Token[], source: string): GoalEvidence[] {
    const byGoal = new Map<string, Map<string, TermEvidence>>();
    for (const match of this.matcher.matchTokens(tokens, source)) {
      for (const [goal, weight] of Object.entries(match.value.weights)) {
        const terms = byGoal.get(goal) ?? new Map<string, TermEvidence>();
        const key = match.value.canonical;
        const term = terms.get(key) ?? { phrase: key, weight, occurrences: [] };
        term.occurrences.push({ start: match.start, end: match.end });
        terms.set(key, term);
        byGoal.set(goal, terms);
      }
    }
    return [...byGoal]
      .map(([goal, terms]) => {
        const list = [...terms.values()].sort((a, b) => contribution(b) - contribution(a));
        return { goal, score: list.reduce((sum, term) => sum + contribution(term), 0), terms: list };
      })
      .sort((a, b) => b.score - a.score);
  }

  scoreText(text: string): GoalEvidence[] {
    return this.score(tokenize(text), text);
  }
}

/** A phrase counts once in full, and each repetition adds less: "climate" ten times is not ten signs. */
export function contribution(term: TermEvidence): number {
  return term.weight * (1 + Math.log2(term.occurrences.length));
}

/** Whether the evidence shows that a text of `words` words is clearly about the goal. */
export function isClearlyAbout(evidence: GoalEvidence, words: number, thresholds: SuggestThresholds): boolean {
  const needed = Math.max(thresholds.minScore, (thresholds.scorePer100Words * words) / 100);
  return evidence.score >= needed && evidence.terms.length >= thresholds.minTerms;
}

const scorers = new WeakMap<SdgCatalogue, Map<string, SdgScorer | undefined>>();

/** The scorer for a language, built once per catalogue; undefined when there are no term lists for the language yet. */
export function scorerFor(catalogue: SdgCatalogue, lang: string): SdgScorer | undefined {
  let byLanguage = scorers.get(catalogue);
  if (!byLanguage) scorers.set(catalogue, (byLanguage = new Map()));
  if (!byLanguage.has(lang)) {
    const terms = buildTermList(lang, catalogue);
    byLanguage.set(lang, terms && new SdgScorer(terms));
  }
  return byLanguage.get(lang);
}
