// "Maßnahmenplan-Vorschau": the plan view of the engine in a webview beside the plan, updated while typing
// (debounced), scrolled in step with the editor, and a click on a measure opens its instrument.
import * as vscode from 'vscode';
import { LiveWebviews, updateScript } from '../webview/liveWebview';
import type { ServerCommands } from '../serverCommands';
import { PREVIEW_CSS } from './previewStyle';

const PREVIEW_SCRIPT = `${updateScript('plan')}
window.addEventListener('message', (event) => {
  const message = event.data;
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


export class PlanPreview implements vscode.Disposable {
  private readonly views: LiveWebviews;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(server: ServerCommands, extensionUri: vscode.Uri, openInstrument: (id: string) => Promise<void>) {
    const fileName = (key: string) => key.split('/').pop() ?? '';
    this.views = new LiveWebviews({
      viewType: 'werkzeugkoffer.planPreview',
      frameTitle: vscode.l10n.t('Action plan preview'),
      mainId: 'plan',
      css: PREVIEW_CSS,
      script: PREVIEW_SCRIPT,
      load: (key) => server.renderPlan(key),
      panelTitle: (key, content) => vscode.l10n.t('Preview: {0}', content.title || fileName(key)),
      onMessage: (_key, message) => {
        if (message.type === 'open' && message.instrument) void openInstrument(message.instrument);
      },
    }, extensionUri);
    this.disposables.push(
      this.views,
      vscode.workspace.onDidChangeTextDocument((event) => this.views.schedule(event.document.uri.toString())),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.syncScroll(event.textEditor)),
    );
  }

  /** The last HTML shown per plan, so tests and the export can see what the consultant sees. */
  get lastHtml(): Map<string, string> {
    return this.views.lastHtml;
  }

  show(uri: vscode.Uri): Promise<vscode.WebviewPanel> {
    return this.views.show(uri.toString());
  }

  /** Keeps the preview on the measure whose entry is at the top of the editor. */
  private syncScroll(editor: vscode.TextEditor): void {
    const panel = this.views.panel(editor.document.uri.toString());
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
    for (const d of this.disposables) d.dispose();
  }
}
