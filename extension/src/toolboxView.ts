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
    const item = new vscode.TreeItem(entry.title, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = entry.uri;
    item.resourceUri = vscode.Uri.parse(entry.uri);
    item.tooltip = `${entry.id}`;
    const problems = [
      entry.errors ? vscode.l10n.t('{0} errors', entry.errors) : '',
      entry.warnings ? vscode.l10n.t('{0} warnings', entry.warnings) : '',
    ].filter(Boolean);
    item.description = problems.length ? problems.join(', ') : undefined;
    item.iconPath = new vscode.ThemeIcon(entry.errors ? 'error' : entry.warnings ? 'warning' : entry.kind === 'plan' ? 'checklist' : 'file', entry.errors ? new vscode.ThemeColor('problemsErrorIcon.foreground') : entry.warnings ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(entry.uri)] };
    item.contextValue = entry.kind;
    return item;
  }

  /** For tests: the tree as plain labels. */
  snapshot(): { label: string; children: string[] }[] {
    return this.roots.map((r) => ({ label: r.kind === 'group' ? r.label : r.entry.title, children: r.children.map((c) => (c.kind === 'entry' ? c.entry.title : c.label)) }));
  }
}
