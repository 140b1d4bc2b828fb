import type { Diagnostic } from '../engine/types';
import type { Knowledge } from '../knowledge/knowledge';
import { BUILTIN_KNOWLEDGE } from '../knowledge/loadKnowledge';
import type { BriefFacts } from './briefFacts';

/**
 * One brief as the report receives it: its facts and lint counts, read with the knowledge it
 * was linted with. No parsed tree, so a caller can drop each brief as soon as it is read.
 */
export interface PortfolioInput {
  /** How the report names the brief: a path relative to where the report was asked for. */
  path: string;
  /** Where an editor opens the brief; the language server sets it, the CLI does not. */
  uri?: string;
  facts: BriefFacts;
  lint: LintSummary;
  knowledge: Knowledge;
}

/** A brief the engine would not read (binary, over `maxFileSize`, nested too deep), with the one finding that says why. */
export interface UnreadInput {
  path: string;
  uri?: string;
  refused: Diagnostic;
}

export interface LintSummary {
  errors: number;
  warnings: number;
  /** Information and hints. */
  info: number;
  /** What keeps the brief from being published, whatever the findings' severity; empty when nothing does. */
  notReady?: NotReadyReason[];
}

/** A finding that a brief must not be published with: the rule that finds it, and how the report names it. */
const NOT_READY_RULES = { 'structure-template-text': 'template text', 'personal-data': 'personal data' } as const;
export type NotReadyReason = (typeof NOT_READY_RULES)[keyof typeof NOT_READY_RULES];

export interface PortfolioBrief extends BriefFacts {
  path: string;
  uri?: string;
  lint: LintSummary;
  /** Why the brief is not ready to publish (template text, personal data); empty when it is. */
  notReady: NotReadyReason[];
}

/** A brief left out of every count because it could not be read, and why. */
export interface PortfolioUnread {
  path: string;
  uri?: string;
  rule: string;
  /** The finding's message: why the file was not read, and what to do about it. */
  reason: string;
}

export interface PortfolioGoal {
  id: string;
  short: string;
  title: string;
  colour: string;
  /** How many briefs serve the goal. */
  briefs: number;
  /** How many briefs' text clearly serves or cites the goal without tagging it. */
  untaggedBriefs: number;
}

export interface PortfolioActionArea {
  id: string;
  name: string;
  /** False for a tag that no action-area catalogue defines. */
  known: boolean;
  briefs: number;
}

export interface PortfolioInitiative {
  id: string;
  /** 'network' for a city network or international body; its city is its seat. */
  kind: 'initiative' | 'network';
  name: string;
  city: string | null;
  country: string | null;
  known: boolean;
  briefs: number;
}

export interface Portfolio {
  version: 1;
  generatedAt: string;
  totals: Omit<LintSummary, 'notReady'> & {
    briefs: number;
    goalsCovered: number;
    /** Goals no brief tags but the text of some brief clearly serves or cites. */
    goalsInTextOnly: number;
    notReadyToPublish: number;
  };
  goals: PortfolioGoal[];
  /** Goals no brief serves, in goal order. */
  uncoveredGoals: string[];
  actionAreas: PortfolioActionArea[];
  initiatives: PortfolioInitiative[];
  statuses: { status: string | null; briefs: number }[];
  cities: { city: string | null; briefs: number }[];
  /** Briefs by the year of their date, newest first; null for briefs with no date in the form YYYY-MM-DD. */
  years: { year: string | null; briefs: number }[];
  briefs: PortfolioBrief[];
  /** Briefs that could not be read, by path; they count nowhere else. */
  notRead: PortfolioUnread[];
}

/** Review order first; a status the schema does not know comes after, by name. */
const STATUS_ORDER = ['draft', 'review', 'final'];

/** The coverage of a set of briefs: which goals, action areas and initiatives they serve, and how clean they are. */
export function buildPortfolio(all: readonly (PortfolioInput | UnreadInput)[], generatedAt: string): Portfolio {
  const sorted = [...all].sort((a, b) => compareText(a.path, b.path));
  const inputs = sorted.filter((input): input is PortfolioInput => !('refused' in input));
  const briefs = inputs.map((input): PortfolioBrief => {
    const { notReady = [], ...lint } = input.lint;
    return { path: input.path, ...(input.uri && { uri: input.uri }), ...input.facts, lint, notReady };
  });
  const knowledge = inputs.map((input) => input.knowledge);
  if (knowledge.length === 0) knowledge.push(BUILTIN_KNOWLEDGE);

  const goals = knowledge[0].sdg.goals('en').map(({ id, short, title, colour }) => ({
    id,
    short,
    title,
    colour,
    briefs: countWhere(briefs, (b) => b.goals.includes(id)),
    untaggedBriefs: countWhere(briefs, (b) => b.untaggedGoals.includes(id)),
  }));
  return {
    version: 1,
    generatedAt,
    totals: {
      briefs: briefs.length,
      goalsCovered: goals.filter((goal) => goal.briefs > 0).length,
      goalsInTextOnly: goals.filter((goal) => goal.briefs === 0 && goal.untaggedBriefs > 0).length,
      ...sumLint(briefs.map((brief) => brief.lint)),
      notReadyToPublish: countWhere(briefs, (brief) => brief.notReady.length > 0),
    },
    goals,
    uncoveredGoals: goals.filter((goal) => goal.briefs === 0).map((goal) => goal.id),
    actionAreas: actionAreas(briefs, knowledge),
    initiatives: initiatives(briefs, knowledge),
    statuses: tally(briefs.map((brief) => brief.status), (a, b) => rank(a) - rank(b) || compareText(a, b)).map(([status, count]) => ({ status, briefs: count })),
    cities: tally(briefs.map((brief) => brief.city), (a, b, countA, countB) => countB - countA || compareText(a, b)).map(([city, count]) => ({ city, briefs: count })),
    years: tally(briefs.map((brief) => brief.isoDate?.slice(0, 4) ?? null), (a, b) => compareText(b, a)).map(([year, count]) => ({ year, briefs: count })),
    briefs,
    notRead: sorted.flatMap((input) => ('refused' in input ? [{ path: input.path, ...(input.uri && { uri: input.uri }), rule: input.refused.rule, reason: input.refused.message }] : [])),
  };
}

/** Every catalogued action area, covered or not, so gaps show; then tags no catalogue defines. */
function actionAreas(briefs: PortfolioBrief[], knowledge: Knowledge[]): PortfolioActionArea[] {
  const areas = new Map<string, PortfolioActionArea>();
  for (const area of knowledge.flatMap((k) => k.actionAreas)) {
    if (!areas.has(area.id)) areas.set(area.id, { id: area.id, name: area.name, known: true, briefs: 0 });
  }
  const unknown = [...new Set(briefs.flatMap((brief) => brief.actionAreas))].filter((id) => !areas.has(id)).sort(compareText);
  for (const id of unknown) areas.set(id, { id, name: id, known: false, briefs: 0 });
  for (const area of areas.values()) area.briefs = countWhere(briefs, (brief) => brief.actionAreas.includes(area.id));
  return [...areas.values()];
}

/** The initiatives and networks cited, most cited first. */
function initiatives(briefs: PortfolioBrief[], knowledge: Knowledge[]): PortfolioInitiative[] {
  const ids = [...new Set(briefs.flatMap((brief) => brief.initiatives))];
  return ids
    .map((id): PortfolioInitiative => {
      const entry = knowledge.flatMap((k) => k.initiatives).find((initiative) => initiative.id === id);
      const briefsCiting = countWhere(briefs, (brief) => brief.initiatives.includes(id));
      return entry
        ? { id, kind: entry.kind ?? 'initiative', name: entry.name, city: entry.city ?? null, country: entry.country ?? null, known: true, briefs: briefsCiting }
        : { id, kind: 'initiative', name: id, city: null, country: null, known: false, briefs: briefsCiting };
    })
    .sort((a, b) => b.briefs - a.briefs || compareText(a.name, b.name));
}

export function summariseLint(diagnostics: readonly Diagnostic[]): LintSummary {
  const rules = new Set(diagnostics.map((d) => d.rule));
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    info: diagnostics.filter((d) => d.severity === 'information' || d.severity === 'hint').length,
    notReady: Object.entries(NOT_READY_RULES).flatMap(([rule, reason]) => (rules.has(rule) ? [reason] : [])),
  };
}

function sumLint(summaries: LintSummary[]): Omit<LintSummary, 'notReady'> {
  return summaries.reduce((sum, s) => ({ errors: sum.errors + s.errors, warnings: sum.warnings + s.warnings, info: sum.info + s.info }), { errors: 0, warnings: 0, info: 0 });
}

/** Counts of each value, in the given order; a missing value (null) always comes last. */
function tally(values: (string | null)[], order: (a: string, b: string, countA: number, countB: number) => number): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => (a === null ? 1 : b === null ? -1 : order(a, b, countA, countB)));
}

function rank(status: string): number {
  const index = STATUS_ORDER.indexOf(status);
  return index === -1 ? STATUS_ORDER.length : index;
}

function countWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

/** Locale-independent, so the report is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
