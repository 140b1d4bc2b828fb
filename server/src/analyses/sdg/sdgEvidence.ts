import { PhraseMatcher, tokensOf } from '../../engine/phraseMatcher';
import { countWords } from '../prose/prose';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { scorerFor, type GoalEvidence, type SdgScorer, type Unit } from './sdgScorer';
import { targetPhrases } from './termList';
import type { Tokens } from '../../engine/phraseMatcher';
import { findSdgCitations } from './sdgCitations';
import { goalOfId } from './sdgTags';
import { briefLanguage } from '../frontMatter/tagField';
import { bodyBlocks } from './bodyProse';
import { sentencesOf } from '../prose/sentences';

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
  /** Goals the text cites outright ("SDG 13", "target 11.5") as its own, not as places the work could be replicated in. */
  cited: Set<string>;
  /** Goals the text names only among four or more ("SDG 1, 3, 5 and 11"): a scope it reports, which a tag of one of them may still claim. */
  listed: Set<string>;
  /** Per goal, the target whose own language carries its evidence, if one does. */
  targets: Map<string, TargetEvidence>;
  /** Per goal, the phrases of its targets' own language that the body uses, even once. */
  targetPhrasesUsed: Map<string, Set<string>>;
}

/** A target whose specific phrases the text uses. */
export interface TargetEvidence {
  id: string;
  /** Its phrases the text uses, most widespread first. */
  phrases: string[];
  /** Paragraphs that use any of them. */
  paragraphs: number;
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
      ...citedAndListed(brief),
      ...(scorer ? findTargets(tokensOf(brief), brief.prose, units, lang) : { targets: new Map(), targetPhrasesUsed: new Map() }),
    };
  });
}

function citedAndListed(brief: ParsedBrief): Pick<BriefSdgEvidence, 'cited' | 'listed'> {
  const citations = findSdgCitations(brief).filter((citation) => !citation.elsewhere);
  const cited = new Set(citations.flatMap((citation) => (citation.inLongList ? [] : [goalOfId(citation.id)])));
  const listed = new Set(citations.flatMap((citation) => (citation.inLongList && !cited.has(goalOfId(citation.id)) ? [goalOfId(citation.id)] : [])));
  return { cited, listed };
}

const targetMatchers = new Map<string, PhraseMatcher<string>>();

function targetMatcher(lang: string): PhraseMatcher<string> {
  let matcher = targetMatchers.get(lang);
  if (!matcher) {
    const entries = Object.entries(targetPhrases(lang)).flatMap(([id, phrases]) => phrases.map((phrase) => ({ phrase, value: id, caseSensitive: phrase !== phrase.toLowerCase() })));
    targetMatchers.set(lang, (matcher = new PhraseMatcher(entries)));
  }
  return matcher;
}

/** Fewest paragraphs, or distinct phrases, that name a target: one passing phrase does not. */
const TARGET_EVIDENCE = 2;

/**
 * For each goal, the target whose phrases the most paragraphs use, when they use them in two
 * paragraphs or more, or two of them; and every target phrase the body uses, by goal.
 */
function findTargets(tokens: Tokens, source: string, units: readonly Unit[], lang: string): Pick<BriefSdgEvidence, 'targets' | 'targetPhrasesUsed'> {
  const found = new Map<string, { paragraphs: Set<number>; phrases: Map<string, number> }>();
  const targetPhrasesUsed = new Map<string, Set<string>>();
  let unit = 0;
  for (const match of targetMatcher(lang).matchTokens(tokens, source)) {
    while (unit < units.length && units[unit].end <= match.start) unit++;
    if (unit >= units.length) break;
    if (match.start < units[unit].start) continue;
    const target = found.get(match.value) ?? { paragraphs: new Set<number>(), phrases: new Map<string, number>() };
    target.paragraphs.add(unit);
    const phrase = match.text.toLowerCase().replace(/\s+/g, ' ');
    target.phrases.set(phrase, (target.phrases.get(phrase) ?? 0) + 1);
    found.set(match.value, target);
    const goal = goalOfId(match.value);
    targetPhrasesUsed.set(goal, (targetPhrasesUsed.get(goal) ?? new Set()).add(phrase));
  }
  const byGoal = new Map<string, TargetEvidence>();
  for (const [id, { paragraphs, phrases }] of found) {
    if (paragraphs.size < TARGET_EVIDENCE && phrases.size < TARGET_EVIDENCE) continue;
    const goal = goalOfId(id);
    const best = byGoal.get(goal);
    if (best && best.paragraphs >= paragraphs.size) continue;
    byGoal.set(goal, { id, paragraphs: paragraphs.size, phrases: [...phrases].sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase) });
  }
  return { targets: byGoal, targetPhrasesUsed };
}

/** The goals the text clearly serves, strongest first. */
export function supportedGoals(evidence: BriefSdgEvidence, minConfidence?: number): GoalEvidence[] {
  const scorer = evidence.scorer;
  return scorer ? evidence.goals.filter((goal) => scorer.isClearlyAbout(goal, minConfidence)) : [];
}

const EVIDENCE_PARAGRAPHS = 5;

/** What editors and reports get about one goal's evidence: JSON-serialisable, with ranges. */
export function evidenceData(brief: ParsedBrief, goal: GoalEvidence, target?: TargetEvidence) {
  const range = (span: { start: number; end: number }) => brief.lines.rangeOf(span.start, span.end);
  return {
    goal: goal.goal,
    ...(target && { target: target.id, targetPhrases: target.phrases }),
    score: Number(goal.confidence.toFixed(3)),
    paragraphs: goal.paragraphs.slice(0, EVIDENCE_PARAGRAPHS).map((paragraph) => ({ score: Number(paragraph.score.toFixed(2)), range: range(paragraph) })),
    evidence: goal.terms.map((term) => ({ phrase: term.phrase, weight: Number(term.weight.toFixed(3)), ranges: term.occurrences.map(range) })),
  };
}

const RELATED_SENTENCES = 3;

/** The sentences that carry a goal's strongest phrases, one per phrase, for editors to point at. */
export function evidenceSentences(brief: ParsedBrief, goal: GoalEvidence): { message: string; start: number; end: number }[] {
  const sentences = sentencesOf(brief);
  const places: { message: string; start: number; end: number }[] = [];
  for (const term of goal.terms) {
    const first = term.occurrences[0];
    const sentence = sentences.find((s) => s.start <= first.start && first.end <= s.end);
    const span = sentence ?? first;
    if (places.some((place) => place.start === span.start)) continue;
    places.push({ message: `'${term.phrase}' speaks of SDG ${goal.goal} here.`, start: span.start, end: span.end });
    if (places.length === RELATED_SENTENCES) break;
  }
  return places;
}

const SUPPORT_PHRASES = 4;

/** Whether, and how, the brief's text supports a goal, in a sentence or two: for hovers and the report. */
export function describeSupport(brief: ParsedBrief, evidence: BriefSdgEvidence, goalId: string): string {
  if (!evidence.scorer) return `SDG evidence is not weighed for briefs in '${evidence.lang}' yet.`;
  if (evidence.cited.has(goalId)) return `The text cites SDG ${goalId} outright.`;
  if (evidence.listed.has(goalId)) return `The text names SDG ${goalId} among four goals or more.`;
  const targetLanguage = [...(evidence.targetPhrasesUsed.get(goalId) ?? [])].slice(0, SUPPORT_PHRASES).map((phrase) => `'${phrase}'`);
  const targetNote = targetLanguage.length > 0 ? ` It uses the language of the goal's targets: ${targetLanguage.join(', ')}.` : '';
  const goal = evidence.byGoal?.get(goalId);
  if (!goal || goal.terms.length === 0) return `No phrase of the text speaks of SDG ${goalId}.${targetNote}`;
  const phrases = goal.terms
    .slice(0, SUPPORT_PHRASES)
    .map((term) => `'${term.phrase}' (line ${brief.lines.positionAt(term.occurrences[0].start).line + 1})`)
    .join(', ');
  const confidence = `confidence ${goal.confidence.toFixed(2)}`;
  if (evidence.scorer.isClearlyAbout(goal)) {
    const paragraphs = goal.paragraphs.length;
    if (paragraphs === 0) return `The text clearly serves SDG ${goalId} (${confidence}): no single paragraph dwells on it, but its phrases run through the text: ${phrases}.`;
    return `The text clearly serves SDG ${goalId} (${confidence}): ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} speak${paragraphs === 1 ? 's' : ''} of it, with ${phrases}.`;
  }
  if (goal.paragraphs.length > 0) return `The text speaks of SDG ${goalId} in ${goal.paragraphs.length} paragraph${goal.paragraphs.length === 1 ? '' : 's'}, but not enough to show it serves the goal (${confidence}): ${phrases}.${targetNote}`;
  return `No paragraph speaks clearly of SDG ${goalId} (${confidence}); only ${phrases} in passing.${targetNote}`;
}
