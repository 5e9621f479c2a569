// The "Werkzeugkoffer" view in the explorer: Eckpunkte with their instruments, cases, sites, plans, questions
// and offers, each opening its file, with its problem counts. The data comes from the server's outline.
import * as vscode from 'vscode';
import type { MeasureItem, OutlineEntry, ServerCommands } from './serverCommands';
import { problemCountText } from './statusBar';

type Node =
  | { kind: 'group'; label: string; children: Node[]; icon: string }
  | { kind: 'entry'; entry: OutlineEntry; children: Node[] }
  | { kind: 'measure'; plan: string; measure: MeasureItem; children: Node[] };

/** The Ampel as an icon colour; the word and symbol stand in the label, so the colour is never the only sign. */
const AMPEL_ICON: Record<string, { icon: string; colour: string }> = {
  gruen: { icon: 'pass', colour: 'testing.iconPassed' },
  gelb: { icon: 'warning', colour: 'list.warningForeground' },
  rot: { icon: 'error', colour: 'list.errorForeground' },
};

export class ToolboxView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly server: ServerCommands) {}

  /** Redraws the items with the current problem counts, without asking the server. */
  redraw(): void {
    this.changed.fire(undefined);
  }

  /** Re-reads the outline soon; bursts of changes (typing) lead to one request. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 400);
  }

  async load(): Promise<void> {
    try {
      const outline = await this.server.outline();
      const entries = (list: OutlineEntry[]): Node[] => list.map((entry) => ({ kind: 'entry', entry, children: [] }));
      this.roots = [
        { kind: 'group', label: vscode.l10n.t('Cornerstones'), icon: 'layers', children: outline.eckpunkte.map((e) => ({ kind: 'entry', entry: e, children: entries(e.instruments) })) },
        { kind: 'group', label: vscode.l10n.t('Best-practice cases'), icon: 'star', children: entries(outline.cases) },
        { kind: 'group', label: vscode.l10n.t('Model sites and partner offices'), icon: 'location', children: entries(outline.sites) },
        { kind: 'group', label: vscode.l10n.t('Action plans'), icon: 'checklist', children: await Promise.all(outline.plans.map((plan) => this.planNode(plan))) },
        { kind: 'group', label: vscode.l10n.t('Questions and answers'), icon: 'comment-discussion', children: entries(outline.questions) },
        { kind: 'group', label: vscode.l10n.t('Training and exchange'), icon: 'mortar-board', children: entries(outline.offers) },
      ];
      this.changed.fire(undefined);
    } catch {
      // The server is not ready yet; the next change refreshes.
    }
  }

  /** A plan with its measures and their Ampel as of the plan's reporting date. */
  private async planNode(entry: OutlineEntry): Promise<Node> {
    const measures = await this.server.measureSummaries(entry.uri).catch(() => [] as MeasureItem[]);
    return { kind: 'entry', entry, children: measures.map((measure) => ({ kind: 'measure', plan: entry.uri, measure, children: [] })) };
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = String(node.children.length);
      return item;
    }
    if (node.kind === 'measure') return measureItem(node.plan, node.measure);
    const { entry } = node;
    const uri = vscode.Uri.parse(entry.uri);
    let errors = 0;
    let warnings = 0;
    for (const d of vscode.languages.getDiagnostics(uri)) {
      if (d.source !== 'werkzeugkoffer') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    const item = new vscode.TreeItem(entry.title, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = entry.uri;
    item.resourceUri = uri;
    item.tooltip = `${entry.id}`;
    item.description = problemCountText(errors, warnings) || undefined;
    item.iconPath = new vscode.ThemeIcon(errors ? 'error' : warnings ? 'warning' : entry.kind === 'plan' ? 'checklist' : 'file', errors ? new vscode.ThemeColor('problemsErrorIcon.foreground') : warnings ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(entry.uri)] };
    item.contextValue = entry.kind;
    return item;
  }

  /** For tests: the tree as plain labels. */
  snapshot(): { label: string; children: string[] }[] {
    const label = (n: Node) => (n.kind === 'group' ? n.label : n.kind === 'entry' ? n.entry.title : `${n.measure.title} — ${n.measure.lens}`);
    return this.roots.map((r) => ({ label: label(r), children: r.children.map(label) }));
  }

  /** For tests: the measures shown under a plan, as their labels with the Ampel. */
  planMeasures(uri: string): string[] {
    const plan = this.roots.flatMap((r) => r.children).find((n) => n.kind === 'entry' && n.entry.uri === uri);
    return plan ? plan.children.map((n) => (n.kind === 'measure' ? `${n.measure.title} — ${n.measure.lens}` : '')) : [];
  }
}

function measureItem(plan: string, measure: MeasureItem): vscode.TreeItem {
  const item = new vscode.TreeItem(measure.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${plan}#${measure.instrument}`;
  item.description = measure.lens;
  item.tooltip = measure.reason;
  const ampel = AMPEL_ICON[measure.ampel];
  if (ampel) item.iconPath = new vscode.ThemeIcon(ampel.icon, new vscode.ThemeColor(ampel.colour));
  item.command = { command: 'werkzeugkoffer.plan.status', title: vscode.l10n.t('Update the status of a measure'), arguments: [plan, measure.instrument] };
  item.contextValue = 'measure';
  return item;
}
