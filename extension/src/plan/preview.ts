// "Maßnahmenplan-Vorschau": the plan view of the engine in a webview beside the plan, updated while typing
// (debounced), scrolled in step with the editor, and a click on a measure opens its instrument.
import * as vscode from 'vscode';
import { webviewHtml } from '../webview/html';
import type { ServerCommands } from '../serverCommands';

const PREVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const main = document.getElementById('plan');
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'update') { main.innerHTML = message.html; main.setAttribute('aria-busy', 'false'); }
  if (message.type === 'reveal') {
    const target = document.querySelector('article[data-instrument="' + CSS.escape(message.instrument) + '"]');
    if (target) target.scrollIntoView({ block: 'start' });
  }
});
document.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  const measure = event.target.closest('[data-instrument]');
  if (link && !measure) return;
  if (measure) { event.preventDefault(); vscode.postMessage({ type: 'open', instrument: measure.getAttribute('data-instrument') }); }
});
document.addEventListener('keydown', (event) => {
  const measure = event.target.closest && event.target.closest('[data-instrument]');
  if (measure && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); vscode.postMessage({ type: 'open', instrument: measure.getAttribute('data-instrument') }); }
});
`;

const PREVIEW_CSS = `
[data-instrument] { cursor: pointer; }
article[data-instrument]:hover { background: var(--vscode-list-hoverBackground); }
.tabelle { border-collapse: collapse; width: 100%; margin: 1rem 0; }
.tabelle th, .tabelle td { padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
.plan-formel, .noch-zu-klaeren { border: 1px solid var(--vscode-panel-border, #888); padding: 0.5rem 0.8rem; }
.quick-win { border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3rem; font-size: 0.8em; }
.plan-eckdaten, .massnahme-daten { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.3rem 1.2rem; }
.plan-eckdaten dd, .massnahme-daten dd { margin: 0; }
.massnahme-daten .breit { grid-column: 1 / -1; }
.klein { font-size: 0.9em; opacity: 0.85; }
.kennung { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.8em; opacity: 0.75; margin-left: 0.3rem; white-space: nowrap; }
.kriterien { margin: 0; padding-left: 1rem; }
.tabelle { hyphens: manual; }
.freigabe { display: none; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
`;

export class PlanPreview implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The last HTML shown per plan, so tests and the export can see what the consultant sees. */
  readonly lastHtml = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly server: ServerCommands, private readonly extensionUri: vscode.Uri, private readonly openInstrument: (id: string) => Promise<void>) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document.uri.toString())),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.syncScroll(event.textEditor)),
    );
  }

  async show(uri: vscode.Uri): Promise<vscode.WebviewPanel> {
    const key = uri.toString();
    let panel = this.panels.get(key);
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      panel = vscode.window.createWebviewPanel('werkzeugkoffer.planPreview', vscode.l10n.t('Preview: {0}', uri.path.split('/').pop() ?? ''), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [this.extensionUri],
        retainContextWhenHidden: false,
      });
      panel.webview.html = webviewHtml(panel.webview, {
        title: vscode.l10n.t('Action plan preview'),
        body: `<main id="plan" aria-live="polite" aria-busy="true"><p>${vscode.l10n.t('The plan view is being prepared …')}</p></main>`,
        css: PREVIEW_CSS,
        script: PREVIEW_SCRIPT,
      });
      panel.webview.onDidReceiveMessage((message: { type: string; instrument?: string }) => {
        if (message.type === 'open' && message.instrument) void this.openInstrument(message.instrument);
      });
      panel.onDidDispose(() => this.panels.delete(key));
      this.panels.set(key, panel);
    }
    await this.render(key);
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
    try {
      const view = await this.server.renderPlan(key);
      this.lastHtml.set(key, view.html);
      await panel.webview.postMessage({ type: 'update', html: view.html });
      panel.title = vscode.l10n.t('Preview: {0}', view.title || key.split('/').pop() || '');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.lastHtml.set(key, message);
      await panel.webview.postMessage({ type: 'update', html: `<p role="alert">${message.replace(/</g, '&lt;')}</p>` });
    }
  }

  /** Keeps the preview on the measure whose entry is at the top of the editor. */
  private syncScroll(editor: vscode.TextEditor): void {
    const panel = this.panels.get(editor.document.uri.toString());
    const top = editor.visibleRanges[0]?.start.line;
    if (!panel || top === undefined) return;
    for (let line = top; line >= 0 && line > top - 40; line--) {
      const match = /^\s*-\s+instrument:\s*([a-z0-9-]+)/.exec(editor.document.lineAt(line).text);
      if (match) {
        void panel.webview.postMessage({ type: 'reveal', instrument: match[1] });
        return;
      }
    }
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
