import type { LintSummary, Portfolio, PortfolioBrief } from './portfolio';

/** Sentences that every report format shows alike. */

export function generatedOn(portfolio: Portfolio): string {
  return `Generated ${portfolio.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

export function goalCoverageLine(portfolio: Portfolio): string {
  const { briefs, goalsCovered, goalsInTextOnly } = portfolio.totals;
  const line = `${briefs} brief${briefs === 1 ? '' : 's'} serving ${goalsCovered} of ${portfolio.goals.length} SDGs`;
  // Untagged briefs still speak of goals: say so, rather than show a folder of drafts as serving nothing.
  return goalsInTextOnly === 0 ? line : `${line} by their tags; their text serves ${goalsInTextOnly} more, untagged`;
}

export function describeLint(lint: LintSummary): string {
  return `${lint.errors} error${lint.errors === 1 ? '' : 's'}, ${lint.warnings} warning${lint.warnings === 1 ? '' : 's'}, ${lint.info} info`;
}

export function notReadyHeading(portfolio: Portfolio): string {
  const count = portfolio.totals.notReadyToPublish;
  return `${count} brief${count === 1 ? '' : 's'} not ready to publish`;
}

export const NOT_READY_NOTE = "A brief that keeps template text or people's contact details must not be published; its findings say where they are.";

/** Why one brief is not ready, as a sentence part: "template text and personal data". */
export function notReadyReasons(brief: { notReady: readonly string[] }): string {
  const reasons = brief.notReady;
  return reasons.length <= 1 ? (reasons[0] ?? '') : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

export function statusLabel(status: string | null): string {
  return status ?? 'No status given';
}

export function notReadHeading(portfolio: Portfolio): string {
  const count = portfolio.notRead.length;
  return `${count} brief${count === 1 ? '' : 's'} not read`;
}

export const NOT_READ_NOTE = 'These files are left out of every count in this report until they can be read.';

export function yearLabel(year: string | null): string {
  return year ?? 'No date as YYYY-MM-DD';
}

/** A date as the brief wrote it, marked when it is not YYYY-MM-DD (the brief's lint says so too). */
export function dateLabel(brief: { date: string | null; isoDate: string | null }): string {
  if (brief.date === null) return '';
  return brief.isoDate === null ? `${brief.date} (not YYYY-MM-DD)` : brief.date;
}

/** Where an initiative is based, or that a network is one (and its seat). */
export function initiativePlace(initiative: { kind: 'initiative' | 'network'; known: boolean; city: string | null; country: string | null }): string {
  if (!initiative.known) return 'Not in the catalogue';
  const place = [initiative.city, initiative.country].filter(Boolean).join(', ');
  if (initiative.kind === 'initiative') return place;
  return place ? `Network, seat in ${place}` : 'Network';
}

/** What a matrix cell says of a goal a brief's text serves but its tags leave out. */
export const UNTAGGED_GOAL_NOTE = '○ marks a goal the text clearly serves or cites but the tags leave out.';

// Here rather than in portfolio.ts, which loads the built-in knowledge: the VS Code client bundles the renderers.
/** The briefs that must not be published yet, by path. */
export function notReadyBriefs(portfolio: Pick<Portfolio, 'briefs'>): PortfolioBrief[] {
  return portfolio.briefs.filter((brief) => brief.notReady.length > 0);
}
