// „Portfolio anzeigen“: the engine's portfolio over the workspace's plans in a webview beside the editor,
// anonymised unless the setting `werkzeugkoffer.portfolio.named` (or the command's argument) asks for names;
// rendered again when a plan is saved, created or deleted.
import * as vscode from 'vscode';
import { LiveWebviews, updateScript } from '../webview/liveWebview';
import type { ServerCommands } from '../serverCommands';

/** One panel for the whole workspace. */
const WORKSPACE = 'workspace';

const FRAME_CSS = `
.tabelle { border-collapse: collapse; width: 100%; margin: 1rem 0; }
.tabelle th, .tabelle td { padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
`;

export class PortfolioView implements vscode.Disposable {
  private readonly views: LiveWebviews;
  private readonly disposables: vscode.Disposable[] = [];
  private named = false;

  constructor(server: ServerCommands, extensionUri: vscode.Uri) {
    this.views = new LiveWebviews({
      viewType: 'werkzeugkoffer.portfolio',
      frameTitle: vscode.l10n.t('Portfolio of the action plans'),
      mainId: 'portfolio',
      css: FRAME_CSS,
      script: updateScript('portfolio'),
      load: () => server.portfolio({ named: this.named }),
      panelTitle: (_key, content) => content.title || vscode.l10n.t('Portfolio of the action plans'),
    }, extensionUri);
    const plans = vscode.workspace.createFileSystemWatcher('**/plaene/**/*.md');
    const again = () => this.views.schedule(WORKSPACE);
    this.disposables.push(this.views, plans, plans.onDidChange(again), plans.onDidCreate(again), plans.onDidDelete(again), vscode.workspace.onDidSaveTextDocument(again));
  }

  /** The last HTML shown, so tests can read what the reader sees. */
  get lastHtml(): string | undefined {
    return this.views.lastHtml.get(WORKSPACE);
  }

  async show(named?: boolean): Promise<vscode.WebviewPanel> {
    this.named = named ?? vscode.workspace.getConfiguration('werkzeugkoffer').get<boolean>('portfolio.named', false);
    return this.views.show(WORKSPACE);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
