// The "Werkzeugkoffer" view in the explorer: Eckpunkte with their instruments, cases, sites and plans,
// each opening its file, with its problem counts. The data comes from the server's outline.
import * as vscode from 'vscode';
import type { OutlineEntry, ServerCommands } from './serverCommands';

type Node = { kind: 'group'; label: string; children: Node[]; icon: string } | { kind: 'entry'; entry: OutlineEntry; children: Node[] };

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
        { kind: 'group', label: vscode.l10n.t('Action plans'), icon: 'checklist', children: entries(outline.plans) },
      ];
      this.changed.fire(undefined);
    } catch {
      // The server is not ready yet; the next change refreshes.
    }
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
    const problems = [
      errors ? vscode.l10n.t('{0} errors', errors) : '',
      warnings ? vscode.l10n.t('{0} warnings', warnings) : '',
    ].filter(Boolean);
    item.description = problems.length ? problems.join(', ') : undefined;
    item.iconPath = new vscode.ThemeIcon(errors ? 'error' : warnings ? 'warning' : entry.kind === 'plan' ? 'checklist' : 'file', errors ? new vscode.ThemeColor('problemsErrorIcon.foreground') : warnings ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(entry.uri)] };
    item.contextValue = entry.kind;
    return item;
  }

  /** For tests: the tree as plain labels. */
  snapshot(): { label: string; children: string[] }[] {
    return this.roots.map((r) => ({ label: r.kind === 'group' ? r.label : r.entry.title, children: r.children.map((c) => (c.kind === 'entry' ? c.entry.title : c.label)) }));
  }
}
