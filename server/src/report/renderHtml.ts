import type { Portfolio, PortfolioBrief, PortfolioGoal } from './portfolio';
import { textColourOn } from './contrast';
import { dateLabel, describeLint, generatedOn, goalCoverageLine, initiativePlace, NOT_READ_NOTE, NOT_READY_NOTE, notReadHeading, notReadyBriefs, notReadyHeading, notReadyReasons, statusLabel, UNTAGGED_GOAL_NOTE, yearLabel } from './reportText';

export interface HtmlOptions {
  /** Where a brief's name links to, e.g. its path relative to the report file. */
  hrefFor?: (brief: { path: string }) => string;
  /**
   * Inside an editor's webview: rows post `{type: 'open', path}` when clicked, and the
   * page allows only the editor's own resources and the script carrying this nonce.
   */
  webview?: { cspSource: string; nonce: string };
}

/**
 * The portfolio as one self-contained page: inline CSS, no script outside a webview,
 * and a policy that forbids every network load.
 */
export function renderHtml(portfolio: Portfolio, options: HtmlOptions = {}): string {
  const { webview } = options;
  const policy = webview
    ? `default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${webview.nonce}'`
    : `default-src 'none'; style-src 'unsafe-inline'`;
  const title = `Portfolio of ${plural(portfolio.totals.briefs, 'brief')}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>DiploBrief: ${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escape(title)}</h1>
<p class="meta">${escape(generatedOn(portfolio))} · ${escape(goalCoverageLine(portfolio))} · ${escape(describeLint(portfolio.totals))}</p>
</header>
${gaps(portfolio)}
${notRead(portfolio, options)}${notReady(portfolio, options)}${matrix(portfolio, options)}
${briefTable(portfolio, options)}
${actionAreaTable(portfolio)}
${initiativeTable(portfolio)}
<div class="pair">
${countTable('by-status', 'Briefs by status', 'Status', portfolio.statuses.map((s) => [statusLabel(s.status), s.briefs]))}
${countTable('by-city', 'Briefs by city', 'City', portfolio.cities.map((c) => [c.city ?? 'No city given', c.briefs]))}
${countTable('by-year', 'Briefs by year', 'Year', portfolio.years.map((y) => [yearLabel(y.year), y.briefs]))}
</div>
</main>
${webview ? `<script nonce="${webview.nonce}">${WEBVIEW_SCRIPT}</script>\n` : ''}</body>
</html>
`;
}

function gaps(portfolio: Portfolio): string {
  const uncovered = portfolio.goals.filter((goal) => goal.briefs === 0);
  if (uncovered.length === 0) return '<p class="all-covered">Every goal is served by at least one brief.</p>';
  const items = uncovered.map((goal) => `<li class="gap-goal" style="${goalStyle(goal)}"><b>${goal.id}</b> ${escape(goal.short)}</li>`).join('');
  return `<section class="gaps" aria-labelledby="gaps-title">
<h2 id="gaps-title">${plural(uncovered.length, 'goal')} with no brief</h2>
<ul>${items}</ul>
</section>`;
}

function notRead(portfolio: Portfolio, options: HtmlOptions): string {
  const entries = portfolio.notRead.map((file) => ({ path: file.path, name: briefName({ title: file.path.split('/').pop()!, path: file.path }, options), reason: file.reason }));
  return reasonList('not-read', notReadHeading(portfolio), NOT_READ_NOTE, entries);
}

function notReady(portfolio: Portfolio, options: HtmlOptions): string {
  const entries = notReadyBriefs(portfolio).map((brief) => ({ path: brief.path, name: briefName(brief, options), reason: notReadyReasons(brief) }));
  return reasonList('not-ready', notReadyHeading(portfolio), NOT_READY_NOTE, entries);
}

/** A section listing files, each opened on click, with the reason it is listed; nothing when none is. */
function reasonList(kind: string, heading: string, note: string, entries: { path: string; name: string; reason: string }[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((entry) => `<li data-open="${escape(entry.path)}">${entry.name}<span class="reason">${escape(entry.reason)}</span></li>`).join('\n');
  return `<section class="${kind}" aria-labelledby="${kind}-title">
<h2 id="${kind}-title">${escape(heading)}</h2>
<p class="hint">${escape(note)}</p>
<ul>
${items}
</ul>
</section>
`;
}

function matrix(portfolio: Portfolio, options: HtmlOptions): string {
  const headers = portfolio.goals
    .map((goal) => {
      const covered = goal.briefs > 0;
      const style = covered ? ` style="${goalStyle(goal)}"` : ` style="--goal:${goal.colour}"`;
      const flag = covered ? '' : '<span class="flag">no brief</span>';
      return `<th scope="col" class="goal${covered ? '' : ' uncovered'}" data-goal="${goal.id}"${style} title="${escape(goal.title)}"><span class="num">${goal.id}</span><span class="short">${escape(goal.short)}</span>${flag}</th>`;
    })
    .join('');
  const rows = portfolio.briefs
    .map((brief) => {
      const cells = portfolio.goals.map((goal) => matrixCell(brief, goal)).join('');
      return `<tr data-open="${escape(brief.path)}"><th scope="row">${briefName(brief, options)}</th>${cells}</tr>`;
    })
    .join('\n');
  const totals = portfolio.goals
    .map((goal) => (goal.briefs > 0 ? `<td data-goal="${goal.id}">${goal.briefs}</td>` : `<td data-goal="${goal.id}" class="gap zero"><span aria-hidden="true">0 ⚠</span><span class="sr">No brief</span></td>`))
    .join('');
  const empty = portfolio.briefs.length === 0 ? `<tr><td colspan="${portfolio.goals.length + 1}">No briefs found.</td></tr>` : '';
  return `<section aria-labelledby="matrix-title">
<h2 id="matrix-title">SDG coverage</h2>
<p class="hint">● marks a goal the brief serves, with any targets or indicators tagged under it; hatched columns have no brief. ${escape(UNTAGGED_GOAL_NOTE)}</p>
<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
<table class="matrix">
<caption id="matrix-caption" class="sr">Briefs (rows) by the 17 Sustainable Development Goals (columns)</caption>
<thead><tr><th scope="col" class="corner">Brief</th>${headers}</tr></thead>
<tbody>
${rows}${empty}
</tbody>
<tfoot><tr><th scope="row">Briefs per goal</th>${totals}</tr></tfoot>
</table>
</div>
</section>`;
}

function matrixCell(brief: PortfolioBrief, goal: PortfolioGoal): string {
  if (brief.untaggedGoals.includes(goal.id)) {
    return `<td data-goal="${goal.id}" class="text-only${goal.briefs === 0 ? ' gap' : ''}"><span aria-hidden="true">○</span><span class="sr">The text serves SDG ${goal.id}, untagged</span></td>`;
  }
  if (!brief.goals.includes(goal.id)) return `<td data-goal="${goal.id}"${goal.briefs === 0 ? ' class="gap"' : ''}></td>`;
  const specific = brief.sdgs.filter((id) => id.startsWith(`${goal.id}.`));
  const detail = specific.length > 0 ? `<span class="ids">${specific.map(escape).join(' ')}</span>` : '';
  return `<td data-goal="${goal.id}" class="hit" style="${goalStyle(goal)}"><span aria-hidden="true">●</span><span class="sr">Serves SDG ${goal.id}</span>${detail}</td>`;
}

function briefTable(portfolio: Portfolio, options: HtmlOptions): string {
  const rows = portfolio.briefs
    .map((brief) => {
      const lint = (count: number, kind: string) => `<td class="count${count > 0 ? ` has-${kind}` : ''}">${count}</td>`;
      return `<tr data-open="${escape(brief.path)}"><th scope="row">${briefName(brief, options)}</th><td>${escape(brief.city ?? '')}</td><td>${escape(statusLabel(brief.status))}</td><td>${escape(dateLabel(brief))}</td>${lint(brief.lint.errors, 'errors')}${lint(brief.lint.warnings, 'warnings')}${lint(brief.lint.info, 'info')}</tr>`;
    })
    .join('\n');
  return `<section aria-labelledby="briefs-title">
<h2 id="briefs-title">Briefs</h2>
<div class="scroll" role="region" aria-labelledby="briefs-caption" tabindex="0">
<table class="list">
<caption id="briefs-caption" class="sr">Each brief with its city, status, date and lint findings</caption>
<thead><tr><th scope="col">Brief</th><th scope="col">City</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col" class="count">Errors</th><th scope="col" class="count">Warnings</th><th scope="col" class="count">Info</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>`;
}

function actionAreaTable(portfolio: Portfolio): string {
  const most = Math.max(1, ...portfolio.actionAreas.map((area) => area.briefs));
  const rows = portfolio.actionAreas
    .map((area) => {
      const note = area.known ? '' : ' <span class="note">(not in the catalogue)</span>';
      const bar = `<span class="bar" style="width:${Math.round((area.briefs / most) * 100)}%"></span>`;
      const count = area.briefs === 0 ? '<span class="zero">0 ⚠ no brief</span>' : String(area.briefs);
      return `<tr${area.briefs === 0 ? ' class="gap-row"' : ''}><th scope="row">${escape(area.name)}${note}</th><td class="count">${count}</td><td class="bar-cell" aria-hidden="true">${bar}</td></tr>`;
    })
    .join('\n');
  return `<section aria-labelledby="areas-title">
<h2 id="areas-title">Action areas</h2>
<table class="list">
<caption class="sr">Briefs tagged with each action area</caption>
<thead><tr><th scope="col">Action area</th><th scope="col" class="count">Briefs</th><th scope="col" class="bar-cell"><span class="sr">Share</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function initiativeTable(portfolio: Portfolio): string {
  const rows = portfolio.initiatives
    .map((initiative) => {
      const place = initiativePlace(initiative);
      return `<tr><th scope="row">${initiative.known ? `${escape(initiative.name)} ` : ''}<code>@${escape(initiative.id)}</code></th><td>${escape(place)}</td><td class="count">${initiative.briefs}</td></tr>`;
    })
    .join('\n');
  const body = rows || '<tr><td colspan="3">No brief cites an initiative.</td></tr>';
  return `<section aria-labelledby="initiatives-title">
<h2 id="initiatives-title">Initiatives cited</h2>
<p class="hint">City initiatives and networks tagged in the front matter or cited with <code>[@id]</code>, and networks the text names.</p>
<div class="scroll" role="region" aria-labelledby="initiatives-caption" tabindex="0">
<table class="list">
<caption id="initiatives-caption" class="sr">Initiatives cited, with their city and how many briefs cite each</caption>
<thead><tr><th scope="col">Initiative</th><th scope="col">City</th><th scope="col" class="count">Briefs</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</section>`;
}

function countTable(id: string, heading: string, label: string, rows: [string, number][]): string {
  const body = rows.map(([name, count]) => `<tr><th scope="row">${escape(name)}</th><td class="count">${count}</td></tr>`).join('\n');
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<table class="list">
<caption class="sr">${heading}</caption>
<thead><tr><th scope="col">${label}</th><th scope="col" class="count">Briefs</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function briefName(brief: { title: string; path: string }, options: HtmlOptions): string {
  const href = options.webview ? '#' : options.hrefFor?.(brief);
  const title = escape(brief.title);
  const name = href === undefined ? `<span class="title">${title}</span>` : `<a class="title" href="${escape(href)}">${title}</a>`;
  return `${name}<span class="path">${escape(brief.path)}</span>`;
}

function goalStyle(goal: PortfolioGoal): string {
  return `--goal:${goal.colour};background:${goal.colour};color:${textColourOn(goal.colour)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Clicks anywhere in a brief's row open it; the editor decides how.
const WEBVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const row = event.target.closest('[data-open]');
  if (!row) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', path: row.dataset.open });
});`;

// Theme colours come from the editor inside a webview and fall back to a light or dark page elsewhere.
const STYLE = `
:root { --fg: var(--vscode-editor-foreground, #1b1b1b); --bg: var(--vscode-editor-background, #ffffff); --muted: var(--vscode-descriptionForeground, #595959); --line: var(--vscode-panel-border, #c4c4c4); --link: var(--vscode-textLink-foreground, #0b57d0); --error: var(--vscode-errorForeground, #b3261e); --warn: #8a5300; --hatch: rgba(128,128,128,.22); color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-editor-foreground, #e8e8e8); --bg: var(--vscode-editor-background, #1e1e1e); --muted: var(--vscode-descriptionForeground, #b0b0b0); --line: var(--vscode-panel-border, #555); --link: var(--vscode-textLink-foreground, #8ab4f8); --error: var(--vscode-errorForeground, #f48771); --warn: #e5b25d; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 100rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
.meta, .path, .note, .hint { color: var(--muted); }
.hint { margin: 0 0 .5rem; font-size: .9rem; }
.meta { margin: 0; }
a { color: var(--link); }
code { font-size: .9em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.gaps ul { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: 0; padding: 0; }
.gap-goal { border-radius: .3rem; padding: .2rem .55rem; font-size: .9rem; }
.all-covered { margin: 1rem 0 0; }
.scroll { position: relative; overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: .35rem; }
.scroll:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
table { border-collapse: separate; border-spacing: 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: middle; }
th { text-align: left; }
.matrix th[scope=row], .matrix .corner { position: sticky; left: 0; z-index: 1; background: var(--bg); border-right: 1px solid var(--line); min-width: 11rem; max-width: min(42vw, 15rem); text-align: left; font-weight: 600; }
.matrix .corner { z-index: 2; vertical-align: bottom; }
.matrix th.goal { width: 4.4rem; min-width: 4.4rem; vertical-align: top; text-align: center; font-weight: 600; padding: .4rem .3rem; border-left: 1px solid var(--bg); }
.matrix th.goal .num { display: block; font-size: 1.35rem; line-height: 1.1; }
.matrix th.goal .short { display: block; font-size: .72rem; line-height: 1.2; font-weight: 500; hyphens: auto; }
.matrix th.uncovered { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--hatch) 6px 8px), var(--bg); color: var(--fg); border-top: 6px solid var(--goal); }
.matrix .flag { display: inline-block; margin-top: .3rem; padding: 0 .3rem; border: 1px solid var(--error); border-radius: .25rem; color: var(--error); font-size: .7rem; font-weight: 700; background: var(--bg); white-space: nowrap; }
.matrix td { text-align: center; border-left: 1px solid var(--line); }
.matrix td.hit { font-size: 1.1rem; font-weight: 700; border-left-color: var(--bg); }
.matrix td.hit .ids { display: block; font-size: .68rem; font-weight: 600; }
.matrix td.text-only { font-size: 1.1rem; color: var(--muted); }
.matrix td.gap { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--hatch) 6px 8px); }
.matrix tfoot td, .matrix tfoot th { font-weight: 700; border-bottom: 0; }
.matrix .zero, .zero { color: var(--error); font-weight: 700; }
.path { display: block; font-size: .75rem; font-weight: 400; word-break: break-all; }
.list { min-width: 100%; }
.list td.count, .list th.count { text-align: right; font-variant-numeric: tabular-nums; }
.has-errors { color: var(--error); font-weight: 700; }
.has-warnings { color: var(--warn); font-weight: 700; }
.bar-cell { width: 40%; }
.bar { display: block; height: .7rem; min-width: 2px; background: var(--link); border-radius: .2rem; }
.gap-row th { color: var(--muted); }
.not-read ul, .not-ready ul { margin: 0; padding-left: 1.2rem; }
.not-read li, .not-ready li { margin: .35rem 0; }
.not-read .reason, .not-ready .reason { display: block; color: var(--error); }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 2rem; }
tbody tr[data-open]:hover th, tbody tr[data-open]:hover td:not(.hit) { background-image: linear-gradient(rgba(128,128,128,.14), rgba(128,128,128,.14)); }
body.vscode-light [data-open], body.vscode-dark [data-open], body.vscode-high-contrast [data-open] { cursor: pointer; }
/* A title takes two lines at most: an editor beside the page leaves it little room. */
.matrix th[scope=row] .title { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.matrix th[scope=row] .path { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; word-break: normal; }
/* Too narrow for 17 named goals: numbers alone, the name on hover, so the matrix fits without scrolling. */
@media (max-width: 1400px) { .matrix th.goal { width: 2.2rem; min-width: 2.2rem; padding: .4rem .1rem; } .matrix td { padding: .35rem .15rem; } .matrix th.goal .short, .matrix .flag { display: none; } .matrix th[scope=row], .matrix .corner { min-width: 9rem; max-width: 12rem; } .matrix td.hit .ids { font-size: .6rem; word-spacing: 100vw; } }
@media (max-width: 600px) { main { padding: .6rem; } body { font-size: 14px; } .matrix th[scope=row], .matrix .corner { min-width: 7.5rem; } .matrix .path { display: none; } }
`;
