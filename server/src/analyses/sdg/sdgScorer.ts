import { PhraseMatcher, tokenize, type Token } from '../../engine/phraseMatcher';
import type { Span } from '../../engine/frontMatter';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { buildTermList, modelFor, type SdgModel, type Term } from './termList';

/** One phrase found in the text, with its weight for the goal and where it occurs. */
export interface TermEvidence {
  phrase: string;
  /** What one paragraph holding the phrase adds to the goal's score. */
  weight: number;
  /** How many paragraphs hold the phrase. */
  paragraphs: number;
  occurrences: Span[];
}

/** A paragraph (or heading, or table cell) and what its phrases add to one goal. */
export interface ParagraphEvidence extends Span {
  score: number;
}

/** How strongly a text speaks of one goal, and the phrases that show it, strongest first. */
export interface GoalEvidence {
  goal: string;
  /** The model's log-odds that the text serves the goal: phrases by the paragraphs they occur in, and the text's length. */
  score: number;
  /** The same as a probability, between 0 and 1. */
  confidence: number;
  terms: TermEvidence[];
  /** Paragraphs that speak of the goal clearly on their own, strongest first. */
  paragraphs: ParagraphEvidence[];
}

/** A span of the text that counts as one paragraph: the scorer counts where a phrase occurs, not how often. */
export type Unit = Span;

/** A listed phrase found in a text (in any of its forms): the paragraphs, by index, that hold it, and where. */
export interface PhraseFound {
  term: Term;
  units: Set<number>;
  occurrences: Span[];
}

/** Matches a compiled term list in the paragraphs of a text, by listed phrase; shared by the scorer and its training script. */
export function countPhrases(matcher: PhraseMatcher<Term>, tokens: readonly Token[], source: string, units: readonly Unit[]): Map<string, PhraseFound> {
  const byPhrase = new Map<string, PhraseFound>();
  let unit = 0;
  for (const match of matcher.matchTokens(tokens, source)) {
    while (unit < units.length && units[unit].end <= match.start) unit++;
    if (unit >= units.length) break;
    if (match.start < units[unit].start || match.end > units[unit].end) continue;
    const key = match.value.canonical;
    const found = byPhrase.get(key) ?? { term: match.value, units: new Set<number>(), occurrences: [] };
    found.units.add(unit);
    found.occurrences.push({ start: match.start, end: match.end });
    byPhrase.set(key, found);
  }
  return byPhrase;
}

/** A phrase that occurs in n paragraphs counts log2(1 + n) times: spread across a brief says more than repeated in one place. */
export const paragraphFactor = (paragraphs: number) => Math.log2(1 + paragraphs);
/** The length term of the model, in log2 of words. */
export const lengthFactor = (words: number) => Math.log2(1 + words);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Scores text against the 17 goals with one compiled matcher over all their terms and the learned model. */
export class SdgScorer {
  readonly matcher: PhraseMatcher<Term>;
  /** Each term's weight per goal: curated weights scaled by the model, plus learned weights. */
  private readonly weights = new Map<Term, [string, number][]>();

  constructor(
    terms: Term[],
    readonly model: SdgModel,
  ) {
    this.matcher = new PhraseMatcher(terms.map((term) => ({ phrase: term.phrase, value: term, caseSensitive: term.caseSensitive })));
    for (const term of terms) {
      const weights = Object.keys(model.goals).flatMap((goal): [string, number][] => {
        const weight = (term.weights[goal] ?? 0) * model.goals[goal].curated + (term.learned?.[goal] ?? 0);
        return weight > 0 ? [[goal, weight]] : [];
      });
      this.weights.set(term, weights);
    }
  }

  /** Evidence for every goal with any, strongest first; `words` is the length of the text the units come from. */
  score(tokens: readonly Token[], source: string, units: readonly Unit[], words: number): GoalEvidence[] {
    const byGoal = new Map<string, { terms: TermEvidence[]; units: Map<number, number> }>();
    for (const [phrase, found] of countPhrases(this.matcher, tokens, source, units)) {
      for (const [goal, weight] of this.weights.get(found.term) ?? []) {
        const goalEvidence = byGoal.get(goal) ?? { terms: [], units: new Map<number, number>() };
        goalEvidence.terms.push({ phrase, weight, paragraphs: found.units.size, occurrences: found.occurrences });
        for (const unit of found.units) goalEvidence.units.set(unit, (goalEvidence.units.get(unit) ?? 0) + weight);
        byGoal.set(goal, goalEvidence);
      }
    }
    return [...byGoal]
      .map(([goal, { terms, units: unitScores }]) => {
        const merged = terms.sort((a, b) => contribution(b) - contribution(a));
        const params = this.model.goals[goal];
        const score = params.bias + params.length * lengthFactor(words) + merged.reduce((sum, term) => sum + contribution(term), 0);
        const paragraphs = [...unitScores]
          .filter(([, unitScore]) => unitScore >= this.model.clearParagraph)
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .map(([unit, unitScore]) => ({ start: units[unit].start, end: units[unit].end, score: unitScore }));
        return { goal, score, confidence: sigmoid(score), terms: merged, paragraphs };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** Scores plain text, each run of lines between blank lines one paragraph. */
  scoreText(text: string): GoalEvidence[] {
    const units = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const tokens = tokenize(text);
    return this.score(tokens, text, units, tokens.filter((token) => token.kind === 'word').length);
  }

  /** Whether the evidence shows that the text serves the goal: confident enough, with at least one paragraph clearly about it. */
  isClearlyAbout(evidence: GoalEvidence, minConfidence = this.model.threshold): boolean {
    return evidence.confidence >= minConfidence && evidence.paragraphs.length > 0;
  }
}

/** What a phrase adds to its goal's score. */
export function contribution(term: TermEvidence): number {
  return term.weight * paragraphFactor(term.paragraphs);
}

const scorers = new WeakMap<SdgCatalogue, Map<string, SdgScorer | undefined>>();

/** The scorer for a language, built once per catalogue; undefined when there are no term lists for the language yet. */
export function scorerFor(catalogue: SdgCatalogue, lang: string): SdgScorer | undefined {
  let byLanguage = scorers.get(catalogue);
  if (!byLanguage) scorers.set(catalogue, (byLanguage = new Map()));
  if (!byLanguage.has(lang)) {
    const terms = buildTermList(lang, catalogue);
    byLanguage.set(lang, terms && new SdgScorer(terms, modelFor(lang)));
  }
  return byLanguage.get(lang);
}
