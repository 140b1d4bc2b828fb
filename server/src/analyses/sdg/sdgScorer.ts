import { PhraseMatcher, tokenize, type Tokens } from '../../engine/phraseMatcher';
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
  /** The score of the paragraph that adds most to the goal. */
  peakParagraph: number;
  /**
   * In a short text, the curated score of the strongest paragraph whose main goal this is:
   * its phrases' listed weights, each × (1 + log2 of its repetitions there). One paragraph
   * that dwells on a goal (two phrases, or "poverty" seven times) shows it in a text of one paragraph.
   */
  strongest: number;
}

/** A span of the text that counts as one paragraph: the scorer counts where a phrase occurs, not how often. */
export type Unit = Span;

/** A listed phrase found in a text (in any of its forms): the paragraphs, by index, that hold it, and where. */
export interface PhraseFound {
  term: Term;
  /** Each paragraph that holds it, in order, and how often it occurs there; its length is the number of paragraphs. */
  paragraphs: PhraseInParagraph[];
  occurrences: Span[];
}

export interface PhraseInParagraph {
  /** The paragraph's index among the units. */
  unit: number;
  count: number;
}

/** Matches a compiled term list in the paragraphs of a text, by listed phrase; shared by the scorer and its training script. */
export function countPhrases(matcher: PhraseMatcher<Term>, tokens: Tokens, source: string, units: readonly Unit[]): Map<string, PhraseFound> {
  const byPhrase = new Map<string, PhraseFound>();
  let unit = 0;
  for (const match of matcher.matchTokens(tokens, source)) {
    while (unit < units.length && units[unit].end <= match.start) unit++;
    if (unit >= units.length) break;
    if (match.start < units[unit].start || match.end > units[unit].end) continue;
    const key = match.value.canonical;
    let found = byPhrase.get(key);
    if (!found) byPhrase.set(key, (found = { term: match.value, paragraphs: [], occurrences: [] }));
    // Matches come in the text's order, so a phrase's paragraphs do too: a repeat is in its last one.
    const last = found.paragraphs[found.paragraphs.length - 1];
    if (last?.unit === unit) last.count++;
    else found.paragraphs.push({ unit, count: 1 });
    found.occurrences.push({ start: match.start, end: match.end });
  }
  return byPhrase;
}

/** A phrase that occurs in n paragraphs counts log2(1 + n) times: spread across a brief says more than repeated in one place. */
export const paragraphFactor = (paragraphs: number) => Math.log2(1 + paragraphs);
/**
 * A goal's share of the curated evidence of all goals (listed weights × paragraph factor), held
 * back when there is little evidence at all: a goal most of a text's phrases speak of stands
 * out from goals it only touches.
 */
export const curatedShare = (goal: number, total: number) => goal / (SHARE_PRIOR + total);
/** Evidence of about three phrases spread through a text, so that one phrase in a short text is no share at all. */
const SHARE_PRIOR = 10;
/** The length term of the model, in log2 of words. */
export const lengthFactor = (words: number) => Math.log2(1 + words);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** What a term weighs, read once from its lists: the score reads it for every phrase a text holds. */
interface TermWeights {
  /** Its curated (or official-text) weight per goal, as listed: the goals' shares of the evidence. */
  listed: [goal: string, weight: number][];
  /** Per goal it speaks for: its weight in the model, and its listed weight. */
  goals: { goal: string; weight: number; listed: number }[];
}

/** What one goal's phrases add to one paragraph. */
interface UnitEvidence {
  /** Their weights in the model. */
  score: number;
  /** Their listed weights, each × (1 + log2 of its repetitions there). */
  listed: number;
  /** How often phrases with a listed weight occur there. */
  signs: number;
  /** How many different phrases with a listed weight occur there. */
  phrases: number;
}

/** Scores text against the 17 goals with one compiled matcher over all their terms and the learned model. */
export class SdgScorer {
  readonly matcher: PhraseMatcher<Term>;
  /** The weights of each term a text held: curated weights scaled by the model, plus learned weights. */
  private readonly weights = new Map<Term, TermWeights>();

  constructor(
    terms: Term[],
    readonly model: SdgModel,
  ) {
    this.matcher = new PhraseMatcher(terms.map((term) => ({ phrase: term.phrase, value: term, caseSensitive: term.caseSensitive })));
  }

  /** A term's weights, worked out the first time a text holds it: texts hold a few hundred of the thousands of terms. */
  private weightsOf(term: Term): TermWeights {
    let weights = this.weights.get(term);
    if (!weights) {
      const goals = Object.keys(this.model.goals).flatMap((goal) => {
        const listed = term.weights[goal] ?? 0;
        const weight = listed * this.model.goals[goal].curated + (term.learned?.[goal] ?? 0);
        return weight > 0 ? [{ goal, weight, listed }] : [];
      });
      this.weights.set(term, (weights = { listed: Object.entries(term.weights), goals }));
    }
    return weights;
  }

  /** Evidence for every goal with any, strongest first; `words` is the length of the text the units come from. */
  score(tokens: Tokens, source: string, units: readonly Unit[], words: number): GoalEvidence[] {
    // Each goal's evidence per paragraph is kept by the paragraph's index: a brief has tens of paragraphs, and no map is needed for so few.
    const byGoal = new Map<string, { terms: TermEvidence[]; units: (UnitEvidence | undefined)[] }>();
    const curated = new Map<string, number>();
    let curatedTotal = 0;
    for (const [phrase, found] of countPhrases(this.matcher, tokens, source, units)) {
      const paragraphs = found.paragraphs.length;
      const weights = this.weightsOf(found.term);
      for (const [goal, listedWeight] of weights.listed) {
        const evidence = listedWeight * paragraphFactor(paragraphs);
        curated.set(goal, (curated.get(goal) ?? 0) + evidence);
        curatedTotal += evidence;
      }
      for (const { goal, weight, listed } of weights.goals) {
        let goalEvidence = byGoal.get(goal);
        if (!goalEvidence) byGoal.set(goal, (goalEvidence = { terms: [], units: new Array<UnitEvidence | undefined>(units.length).fill(undefined) }));
        goalEvidence.terms.push({ phrase, weight, paragraphs, occurrences: found.occurrences });
        for (const { unit, count } of found.paragraphs) {
          const unitEvidence = (goalEvidence.units[unit] ??= { score: 0, listed: 0, signs: 0, phrases: 0 });
          unitEvidence.score += weight;
          const listedHere = listed * (1 + Math.log2(count));
          unitEvidence.listed += listedHere;
          if (listedHere > 0) {
            unitEvidence.signs += count;
            unitEvidence.phrases++;
          }
        }
      }
    }
    // The main goal of each paragraph: the one its listed phrases weigh most for.
    const mainScore = new Float64Array(units.length);
    for (const goalEvidence of byGoal.values()) {
      for (let unit = 0; unit < units.length; unit++) mainScore[unit] = Math.max(mainScore[unit], goalEvidence.units[unit]?.listed ?? 0);
    }
    const judgedByStrongest = words <= this.model.shortText;
    const evidence: GoalEvidence[] = [];
    for (const [goal, { terms, units: unitEvidence }] of byGoal) {
      const merged = terms.sort((a, b) => contribution(b) - contribution(a));
      const params = this.model.goals[goal];
      const share = (params.share ?? 0) * curatedShare(curated.get(goal) ?? 0, curatedTotal);
      const score = params.bias + params.length * lengthFactor(words) + share + merged.reduce((sum, term) => sum + contribution(term), 0);
      const clear: [unit: number, score: number][] = [];
      let peakParagraph = 0;
      let strongest = 0;
      for (let unit = 0; unit < units.length; unit++) {
        const paragraph = unitEvidence[unit];
        if (!paragraph) continue;
        const { score: unitScore, listed, signs, phrases } = paragraph;
        if (unitScore >= this.model.clearParagraph) clear.push([unit, unitScore]);
        peakParagraph = Math.max(peakParagraph, unitScore);
        // Only a short text is judged by its strongest paragraph: a long one has more to show, and the model weighs it.
        // A word said once or twice is never enough alone ("a lot of energy", "innovation … public innovation"):
        // two phrases are, or one said three times ("women" in a paragraph on women's work).
        if (judgedByStrongest && listed >= mainScore[unit] && (phrases >= 2 || signs >= 3)) strongest = Math.max(strongest, listed);
      }
      const paragraphs = clear.sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([unit, unitScore]) => ({ start: units[unit].start, end: units[unit].end, score: unitScore }));
      evidence.push({ goal, score, confidence: sigmoid(score), terms: merged, paragraphs, peakParagraph, strongest });
    }
    return evidence.sort((a, b) => b.score - a.score);
  }

  /** Scores plain text, each run of lines between blank lines one paragraph. */
  scoreText(text: string): GoalEvidence[] {
    const units = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const tokens = tokenize(text);
    return this.score(tokens, text, units, tokens.words().length);
  }

  /**
   * Whether the evidence shows that the text serves the goal: confident enough, with a
   * paragraph that adds enough on its own, or with one paragraph that shows it on its own
   * in a short text. A `minConfidence` given by the user replaces the model's threshold.
   */
  isClearlyAbout(evidence: GoalEvidence, minConfidence?: number): boolean {
    const confident = evidence.confidence >= (minConfidence ?? this.model.threshold) && evidence.peakParagraph >= this.model.suggestionParagraph && saysMoreThanOnce(evidence);
    return confident || (minConfidence === undefined && evidence.strongest >= this.model.strongParagraph);
  }
}

/** Two phrases, or one in two paragraphs: a goal named once in passing ('health' in a page about something else) is not what a text is about. */
export function saysMoreThanOnce(evidence: GoalEvidence): boolean {
  return evidence.terms.length >= 2 || evidence.terms.some((term) => term.paragraphs >= 2);
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
