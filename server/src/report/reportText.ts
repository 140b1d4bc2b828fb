import type { LintSummary, Portfolio } from './portfolio';

/** Sentences that every report format shows alike. */

export function generatedOn(portfolio: Portfolio): string {
  return `Generated ${portfolio.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

export function goalCoverageLine(portfolio: Portfolio): string {
  const { briefs, goalsCovered } = portfolio.totals;
  return `${briefs} brief${briefs === 1 ? '' : 's'} serving ${goalsCovered} of ${portfolio.goals.length} SDGs`;
}

export function describeLint(lint: LintSummary): string {
  return `${lint.errors} error${lint.errors === 1 ? '' : 's'}, ${lint.warnings} warning${lint.warnings === 1 ? '' : 's'}, ${lint.info} info`;
}

export function statusLabel(status: string | null): string {
  return status ?? 'No status given';
}

export function notReadHeading(portfolio: Portfolio): string {
  const count = portfolio.notRead.length;
  return `${count} brief${count === 1 ? '' : 's'} not read`;
}

export const NOT_READ_NOTE = 'These files are left out of every count in this report until they can be read.';
