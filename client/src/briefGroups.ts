import type { Portfolio, PortfolioBrief } from '../../server/src/report/portfolio';
import { statusLabel, yearLabel } from '../../server/src/report/reportText';

export const GROUPINGS = ['sdg', 'actionArea', 'city', 'status', 'year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUPING_LABELS: Record<Grouping, string> = { sdg: 'SDG', actionArea: 'Action area', city: 'City', status: 'Status', year: 'Year' };

export interface BriefGroup {
  /** Stable within a grouping, for tree item ids. */
  key: string;
  label: string;
  briefs: PortfolioBrief[];
  /** By SDG: the briefs whose text serves the goal while their tags leave it out. */
  untagged?: PortfolioBrief[];
}

/**
 * The briefs under each SDG, action area, city, status or year (of a YYYY-MM-DD date only)
 * that has any, in the report's order (the portfolio is where gaps show); briefs with no
 * value come last under their own group. Under an SDG, the briefs whose text serves it
 * untagged too, so a folder of untagged drafts does not look as if it served no goal.
 */
export function groupBriefs(portfolio: Portfolio, grouping: Grouping): BriefGroup[] {
  return allGroups(portfolio, grouping).filter((group) => group.briefs.length > 0 || (group.untagged?.length ?? 0) > 0);
}

function allGroups(portfolio: Portfolio, grouping: Grouping): BriefGroup[] {
  const { briefs } = portfolio;
  switch (grouping) {
    case 'sdg':
      return withUnassigned(
        portfolio.goals.map((goal) => ({
          key: goal.id,
          label: `${goal.id} ${goal.short}`,
          briefs: briefs.filter((b) => b.goals.includes(goal.id)),
          untagged: briefs.filter((b) => b.untaggedGoals.includes(goal.id)),
        })),
        briefs.filter((b) => b.goals.length === 0),
        'No SDG tag',
      );
    case 'actionArea':
      return withUnassigned(
        portfolio.actionAreas.map((area) => ({ key: area.id, label: area.known ? area.name : `${area.id} (not in the catalogue)`, briefs: briefs.filter((b) => b.actionAreas.includes(area.id)) })),
        briefs.filter((b) => b.actionAreas.length === 0),
        'No action area',
      );
    case 'city':
      return portfolio.cities.map(({ city }) => ({ key: city ?? '', label: city ?? 'No city given', briefs: briefs.filter((b) => b.city === city) }));
    case 'status':
      return portfolio.statuses.map(({ status }) => ({ key: status ?? '', label: statusLabel(status), briefs: briefs.filter((b) => b.status === status) }));
    case 'year':
      return portfolio.years.map(({ year }) => ({ key: year ?? '', label: yearLabel(year), briefs: briefs.filter((b) => (b.isoDate?.slice(0, 4) ?? null) === year) }));
  }
}

function withUnassigned(groups: BriefGroup[], unassigned: PortfolioBrief[], label: string): BriefGroup[] {
  return unassigned.length === 0 ? groups : [...groups, { key: '', label, briefs: unassigned }];
}
