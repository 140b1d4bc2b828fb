import * as vscode from 'vscode';
import type { PortfolioBrief } from '../../server/src/report/portfolio';
import { describeLint, notReadyReasons } from '../../server/src/report/reportText';
import { GROUPING_LABELS, GROUPINGS, groupBriefs, type BriefGroup, type Grouping } from './briefGroups';
import type { PortfolioSource } from './portfolioSource';

export const BRIEFS_VIEW = 'diplobrief.briefs';
const GROUPING_KEY = 'diplobrief.briefs.groupBy';

/** A brief under a group; `untaggedGoal` when it stands under an SDG its text serves but its tags leave out. */
type Node = { kind: 'group'; grouping: Grouping; group: BriefGroup } | { kind: 'brief'; parent: string; brief: PortfolioBrief; untaggedGoal?: string };

const GROUP_ICONS: Record<Grouping, string> = { sdg: 'target', actionArea: 'symbol-event', city: 'location', status: 'tasklist', year: 'calendar' };

/** The "Briefs" view in the explorer: the workspace's briefs grouped by SDG, action area, city, status or year. */
export class BriefsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly source: PortfolioSource,
    private readonly state: vscode.Memento,
  ) {
    this.view = vscode.window.createTreeView(BRIEFS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.view.description = `by ${GROUPING_LABELS[this.grouping]}`;
    this.disposables = [
      this.view,
      this.changed,
      source.onDidChange(() => this.changed.fire()),
      vscode.commands.registerCommand('diplobrief.groupBriefsBy', () => this.pickGrouping()),
    ];
  }

  private get grouping(): Grouping {
    const stored = this.state.get<string>(GROUPING_KEY);
    return GROUPINGS.find((grouping) => grouping === stored) ?? 'sdg';
  }

  /** A quick pick of the groupings with the current one marked and focused. */
  private async pickGrouping(): Promise<void> {
    const current = this.grouping;
    const items = GROUPINGS.map((grouping) => ({
      label: grouping === current ? `$(check) ${GROUPING_LABELS[grouping]}` : GROUPING_LABELS[grouping],
      description: grouping === current ? 'current' : undefined,
      grouping,
    }));
    const pick = vscode.window.createQuickPick<(typeof items)[number]>();
    pick.placeholder = 'Group the briefs by';
    pick.items = items;
    pick.activeItems = items.filter((item) => item.grouping === current);
    const picked = await new Promise<Grouping | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.grouping));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (!picked) return;
    await this.state.update(GROUPING_KEY, picked);
    this.view.description = `by ${GROUPING_LABELS[picked]}`;
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'brief') return [];
    if (node) {
      const parent = `${node.grouping}/${node.group.key}`;
      return [
        ...node.group.briefs.map((brief): Node => ({ kind: 'brief', parent, brief })),
        ...(node.group.untagged ?? []).map((brief): Node => ({ kind: 'brief', parent, brief, untaggedGoal: node.group.key })),
      ];
    }
    const grouping = this.grouping;
    return groupBriefs(await this.source.get(), grouping).map((group) => ({ kind: 'group', grouping, group }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const { group, grouping } = node;
      const count = group.briefs.length;
      const untagged = group.untagged?.length ?? 0;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${grouping}/${group.key}`;
      item.description = `${count} brief${count === 1 ? '' : 's'}${untagged > 0 ? ` · ${untagged} untagged` : ''}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[grouping]);
      return item;
    }
    const { brief, untaggedGoal } = node;
    const item = new vscode.TreeItem(brief.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.parent}/${brief.path}`;
    const untagged = untaggedGoal ? `The text serves or cites SDG ${untaggedGoal}, which its tags leave out.` : '';
    // The counts of the Problems panel and the status bar, from the same findings; no
    // resourceUri, whose decoration would add VS Code's count of errors and warnings only.
    // Not ready to publish comes first: it is what a reviewer must not miss.
    const notReady = brief.notReady.length > 0 ? `Not ready to publish: ${notReadyReasons(brief)}` : '';
    item.description = [untagged && 'untagged, served by its text', notReady, describeLint(brief.lint)].filter(Boolean).join(' · ');
    item.tooltip = [brief.title, brief.path, [brief.city, brief.status, brief.date].filter(Boolean).join(' · '), untagged, notReady, describeLint(brief.lint)].filter(Boolean).join('\n');
    item.iconPath = lintIcon(brief);
    if (brief.uri) item.command = { command: 'vscode.open', title: 'Open Brief', arguments: [vscode.Uri.parse(brief.uri)] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

function lintIcon(brief: PortfolioBrief): vscode.ThemeIcon {
  if (brief.lint.errors > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (brief.lint.warnings > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}
