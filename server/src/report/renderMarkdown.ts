import type { Portfolio } from './portfolio';
import { dateLabel, describeLint, generatedOn, goalCoverageLine, initiativePlace, NOT_READ_NOTE, NOT_READY_NOTE, notReadHeading, notReadyBriefs, notReadyHeading, notReadyReasons, statusLabel, UNTAGGED_GOAL_NOTE, yearLabel } from './reportText';

/** The portfolio as GitHub-flavoured Markdown, for a pull request comment or a wiki page. */
export function renderMarkdown(portfolio: Portfolio): string {
  const { goals, briefs } = portfolio;
  const uncovered = goals.filter((goal) => goal.briefs === 0);
  const lines = [
    `# Portfolio of ${briefs.length} brief${briefs.length === 1 ? '' : 's'}`,
    '',
    `${generatedOn(portfolio)} · ${goalCoverageLine(portfolio)} · ${describeLint(portfolio.totals)}`,
    '',
    uncovered.length === 0 ? 'Every goal is served by at least one brief.' : `**Goals with no brief (⚠):** ${uncovered.map((goal) => `${goal.id} ${goal.short}`).join(' · ')}`,
    '',
    ...notRead(portfolio),
    ...notReady(portfolio),
    '## SDG coverage',
    '',
    `● marks a goal the brief serves, with any targets or indicators tagged under it. ${UNTAGGED_GOAL_NOTE}`,
    '',
    table(
      ['Brief', ...goals.map((goal) => goal.id)],
      [
        ...briefs.map((brief) => [
          brief.title,
          ...goals.map((goal) => {
            if (!brief.goals.includes(goal.id)) return brief.untaggedGoals.includes(goal.id) ? '○' : '';
            const specific = brief.sdgs.filter((id) => id.startsWith(`${goal.id}.`));
            return specific.length > 0 ? `● ${specific.join(' ')}` : '●';
          }),
        ]),
        ['**Briefs per goal**', ...goals.map((goal) => (goal.briefs === 0 ? '0 ⚠' : String(goal.briefs)))],
      ],
      'center',
    ),
    '',
    `Goals: ${goals.map((goal) => `${goal.id} ${goal.short}`).join(' · ')}.`,
    '',
    '## Briefs',
    '',
    table(
      ['Brief', 'Path', 'City', 'Status', 'Date', 'Errors', 'Warnings', 'Info'],
      briefs.map((brief) => [brief.title, `\`${brief.path}\``, brief.city ?? '', statusLabel(brief.status), dateLabel(brief), ...[brief.lint.errors, brief.lint.warnings, brief.lint.info].map(String)]),
    ),
    '',
    '## Action areas',
    '',
    table(
      ['Action area', 'Briefs'],
      portfolio.actionAreas.map((area) => [area.known ? area.name : `${area.name} (not in the catalogue)`, area.briefs === 0 ? '0 ⚠' : String(area.briefs)]),
    ),
    '',
    '## Initiatives cited',
    '',
    portfolio.initiatives.length === 0
      ? 'No brief cites an initiative.'
      : table(
          ['Initiative', 'City', 'Briefs'],
          portfolio.initiatives.map((initiative) => [
            initiative.known ? `${initiative.name} (\`@${initiative.id}\`)` : `\`@${initiative.id}\``,
            initiativePlace(initiative),
            String(initiative.briefs),
          ]),
        ),
    '',
    '## Briefs by status',
    '',
    table(['Status', 'Briefs'], portfolio.statuses.map((s) => [statusLabel(s.status), String(s.briefs)])),
    '',
    '## Briefs by city',
    '',
    table(['City', 'Briefs'], portfolio.cities.map((c) => [c.city ?? 'No city given', String(c.briefs)])),
    '',
    '## Briefs by year',
    '',
    table(['Year', 'Briefs'], portfolio.years.map((y) => [yearLabel(y.year), String(y.briefs)])),
    '',
  ];
  return lines.join('\n');
}

/** Briefs that could not be read, each with why, so a gap in the counts is never silent. */
function notRead(portfolio: Portfolio): string[] {
  if (portfolio.notRead.length === 0) return [];
  return [`## ${notReadHeading(portfolio)}`, '', NOT_READ_NOTE, '', ...portfolio.notRead.map((file) => `- \`${file.path}\`: ${cell(file.reason)}`), ''];
}

/** Briefs that must not be published yet, each with why; the findings themselves stay in the lint output. */
function notReady(portfolio: Portfolio): string[] {
  const briefs = notReadyBriefs(portfolio);
  if (briefs.length === 0) return [];
  return [`## ${notReadyHeading(portfolio)}`, '', NOT_READY_NOTE, '', ...briefs.map((brief) => `- ${cell(brief.title)} (\`${brief.path}\`): ${notReadyReasons(brief)}`), ''];
}

/** A GFM table; the first column stays left-aligned, the others take `align`. */
function table(header: string[], rows: string[][], align: 'left' | 'center' = 'left'): string {
  const separator = header.map((_, index) => (index > 0 && align === 'center' ? ':-:' : '---'));
  return [header, separator, ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
