import { relative, sep } from 'node:path';
import { buildPortfolio, type Portfolio } from '../report/portfolio';
import type { BriefWorkspace } from './workspace';

/** How long changes must pause before the client is told its portfolio is out of date. */
const CHANGE_DELAY_MS = 500;

/** The workspace's briefs as the CLI's report sees them; paths are relative to their workspace folder. */
export async function workspacePortfolio(workspace: BriefWorkspace, generatedAt: string): Promise<Portfolio> {
  const inputs = (await workspace.briefs()).map((document) => {
    const folder = document.path === undefined ? undefined : workspace.folderOf(document.path);
    const path = document.path === undefined ? document.uri : folder === undefined ? document.path : relative(folder, document.path);
    const where = { path: path.split(sep).join('/'), uri: document.uri };
    const [refused] = document.refused ?? [];
    if (refused) return { ...where, refused };
    return { ...where, brief: document.brief, diagnostics: workspace.lint(document), knowledge: document.settings.knowledge };
  });
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
