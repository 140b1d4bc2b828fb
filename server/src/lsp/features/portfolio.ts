import { relative, sep } from 'node:path';
import { buildPortfolio, type Portfolio, type PortfolioInput, type UnreadInput } from '../../report/portfolio';
import type { BriefWorkspace } from '../workspace';

/** How long changes must pause before the client is told its portfolio is out of date. */
const CHANGE_DELAY_MS = 500;

/** The workspace's briefs as the CLI's report sees them; paths are relative to their workspace folder. */
export async function workspacePortfolio(workspace: BriefWorkspace, generatedAt: string): Promise<Portfolio> {
  const inputs: (PortfolioInput | UnreadInput)[] = [];
  for await (const brief of workspace.briefs()) {
    const folder = brief.path === undefined ? undefined : workspace.folderOf(brief.path);
    const path = brief.path === undefined ? brief.uri : folder === undefined ? brief.path : relative(folder, brief.path);
    const where = { path: path.split(sep).join('/'), uri: brief.uri };
    inputs.push(brief.refused ? { ...where, refused: brief.refused } : { ...where, facts: brief.facts, lint: brief.lint, knowledge: workspace.settingsFor(brief.path).knowledge });
  }
  return buildPortfolio(inputs, generatedAt);
}

/**
 * Tells the client, once per burst of edits, that the portfolio changed; silent until
 * the client first asks for a portfolio, so editors without the view get no traffic.
 */
export class PortfolioChanges {
  private watched = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly notify: () => void) {}

  /** The client holds a portfolio from now on. */
  requested(): void {
    this.watched = true;
  }

  changed(): void {
    if (!this.watched) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.notify();
    }, CHANGE_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
