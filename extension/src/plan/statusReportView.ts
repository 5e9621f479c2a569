// „Statusbericht anzeigen“: the engine's Statusbericht in a webview beside the plan, re-rendered while typing
// (debounced, like the plan preview); a click on a measure jumps to its entry in the plan.
import * as vscode from 'vscode';
import { escapeHtml } from '../../../server/src/engine/vocabulary';
import { webviewHtml } from '../webview/html';
import type { ServerCommands } from '../serverCommands';

const REPORT_SCRIPT = `
const vscode = acquireVsCodeApi();
const main = document.getElementById('bericht');
window.addEventListener('message', (event) => {
  if (event.data.type === 'update') { main.innerHTML = event.data.html; main.setAttribute('aria-busy', 'false'); }
});
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
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The last HTML shown per plan, so tests can read what the consultant sees. */
  readonly lastHtml = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly server: ServerCommands, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document.uri.toString())));
  }

  async show(uri: vscode.Uri): Promise<vscode.WebviewPanel> {
    const key = uri.toString();
    const open = this.panels.get(key);
    if (open) {
      open.reveal(vscode.ViewColumn.Beside, true);
      await this.render(key);
      return open;
    }
    // The frame takes the report's style sheet once (the CSP admits no style that arrives later).
    const first = await this.server.statusReport(key).catch((error: unknown) => ({ title: '', html: alert(error), css: '' }));
    const panel = vscode.window.createWebviewPanel('werkzeugkoffer.statusReport', first.title || vscode.l10n.t('Status report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.extensionUri],
    });
    panel.webview.html = webviewHtml(panel.webview, { title: vscode.l10n.t('Status report'), body: `<main id="bericht" aria-live="polite">${first.html}</main>`, css: FRAME_CSS + first.css, script: REPORT_SCRIPT });
    this.lastHtml.set(key, first.html);
    panel.webview.onDidReceiveMessage((message: { type: string; instrument?: string }) => {
      if (message.type === 'open' && message.instrument) void revealMeasure(uri, message.instrument);
    });
    panel.onDidDispose(() => this.panels.delete(key));
    this.panels.set(key, panel);
    return panel;
  }

  private schedule(key: string): void {
    if (!this.panels.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.render(key), 300));
  }

  async render(key: string): Promise<void> {
    const panel = this.panels.get(key);
    if (!panel) return;
    const view = await this.server.statusReport(key).catch((error: unknown) => ({ title: '', html: alert(error) }));
    this.lastHtml.set(key, view.html);
    if (view.title) panel.title = view.title;
    await panel.webview.postMessage({ type: 'update', html: view.html });
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

function alert(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `<p role="alert">${escapeHtml(message)}</p>`;
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
