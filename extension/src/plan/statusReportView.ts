// „Statusbericht anzeigen“: the engine's Statusbericht in a webview beside the plan, re-rendered while typing
// (debounced, like the plan preview); a click on a measure jumps to its entry in the plan.
import * as vscode from 'vscode';
import { LiveWebviews, updateScript } from '../webview/liveWebview';
import type { ServerCommands } from '../serverCommands';

const REPORT_SCRIPT = `${updateScript('bericht')}
const open = (event) => {
  const measure = event.target.closest && event.target.closest('[data-instrument]');
  if (!measure || (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', instrument: measure.getAttribute('data-instrument') });
};
document.addEventListener('click', open);
document.addEventListener('keydown', open);
`;

const FRAME_CSS = `
[data-instrument] { cursor: pointer; }
article[data-instrument]:hover { background: var(--vscode-list-hoverBackground); }
.tabelle { border-collapse: collapse; width: 100%; margin: 1rem 0; }
.tabelle th, .tabelle td { padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
.ampel-uebersicht { border-color: var(--vscode-panel-border, #888) !important; }
.massnahme-daten, .plan-eckdaten { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.3rem 1.2rem; }
.massnahme-daten dd, .plan-eckdaten dd { margin: 0; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
`;

export class StatusReportView implements vscode.Disposable {
  private readonly views: LiveWebviews;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(server: ServerCommands, extensionUri: vscode.Uri) {
    this.views = new LiveWebviews({
      viewType: 'werkzeugkoffer.statusReport',
      frameTitle: vscode.l10n.t('Status report'),
      mainId: 'bericht',
      css: FRAME_CSS,
      script: REPORT_SCRIPT,
      load: (key) => server.statusReport(key),
      panelTitle: (_key, content) => content.title || vscode.l10n.t('Status report'),
      onMessage: (key, message) => {
        if (message.type === 'open' && message.instrument) void revealMeasure(vscode.Uri.parse(key), message.instrument);
      },
    }, extensionUri);
    this.disposables.push(this.views, vscode.workspace.onDidChangeTextDocument((event) => this.views.schedule(event.document.uri.toString())));
  }

  /** The last HTML shown per plan, so tests can read what the consultant sees. */
  get lastHtml(): Map<string, string> {
    return this.views.lastHtml;
  }

  show(uri: vscode.Uri): Promise<vscode.WebviewPanel> {
    return this.views.show(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Puts the cursor on the measure's `instrument:` line in the plan's editor. */
async function revealMeasure(uri: vscode.Uri, instrument: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
  const text = editor.document.getText();
  const match = new RegExp(`^\\s*-?\\s*instrument:\\s*["']?${instrument.replace(/[^a-z0-9-]/g, '')}["']?\\s*$`, 'm').exec(text);
  if (!match) return;
  const position = editor.document.positionAt(match.index + match[0].indexOf('instrument'));
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}
