// A webview beside the editor that shows what the server renders for one key (a plan, the workspace) and renders
// it again, debounced, when its source changes: the frame of the plan preview, the Statusbericht and the portfolio.
import * as vscode from 'vscode';
import { escapeHtml } from '../../../server/src/engine/vocabulary';
import { webviewHtml } from './html';

/** What the server answers: the panel's title, the HTML and (taken once, with the frame) its style sheet. */
export interface LiveContent {
  title: string;
  html: string;
  css?: string;
}

/** A message the webview's script posts. */
export interface WebviewMessage {
  type: string;
  instrument?: string;
}

export interface LiveWebviewSpec {
  viewType: string;
  /** The frame's document title, for screen readers. */
  frameTitle: string;
  /** The id of the `<main>` element the script fills. */
  mainId: string;
  css: string;
  script: string;
  load(key: string): Promise<LiveContent>;
  panelTitle(key: string, content: LiveContent): string;
  onMessage?(key: string, message: WebviewMessage): void;
}

const DEBOUNCE_MS = 300;

export class LiveWebviews implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The last HTML shown per key, so tests and exports can see what the reader sees. */
  readonly lastHtml = new Map<string, string>();

  constructor(private readonly spec: LiveWebviewSpec, private readonly extensionUri: vscode.Uri) {}

  panel(key: string): vscode.WebviewPanel | undefined {
    return this.panels.get(key);
  }

  keys(): string[] {
    return [...this.panels.keys()];
  }

  /** Opens the panel for `key` beside the editor, or reveals it and renders again. */
  async show(key: string): Promise<vscode.WebviewPanel> {
    const open = this.panels.get(key);
    if (open) {
      open.reveal(vscode.ViewColumn.Beside, true);
      await this.render(key);
      return open;
    }
    // The frame takes the content's style sheet once: the CSP admits no style that arrives later.
    const first = await this.load(key);
    const panel = vscode.window.createWebviewPanel(this.spec.viewType, this.spec.panelTitle(key, first), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [this.extensionUri],
    });
    panel.webview.html = webviewHtml(panel.webview, {
      title: this.spec.frameTitle,
      body: `<main id="${this.spec.mainId}" aria-live="polite">${first.html}</main>`,
      css: this.spec.css + (first.css ?? ''),
      script: this.spec.script,
    });
    this.lastHtml.set(key, first.html);
    panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.spec.onMessage?.(key, message));
    panel.onDidDispose(() => {
      this.panels.delete(key);
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
    });
    this.panels.set(key, panel);
    return panel;
  }

  /** Renders `key` again after a pause in the changes; nothing when no panel shows it. */
  schedule(key: string): void {
    if (!this.panels.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.render(key), DEBOUNCE_MS));
  }

  async render(key: string): Promise<void> {
    if (!this.panels.has(key)) return;
    const content = await this.load(key);
    const panel = this.panels.get(key);
    if (!panel) return;
    this.lastHtml.set(key, content.html);
    if (content.title) panel.title = this.spec.panelTitle(key, content);
    await panel.webview.postMessage({ type: 'update', html: content.html });
  }

  /** The server's content, or its refusal as an alert the reader sees in the panel. */
  private async load(key: string): Promise<LiveContent> {
    try {
      return await this.spec.load(key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { title: '', html: `<p role="alert">${escapeHtml(message)}</p>` };
    }
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}

/** The script part every live webview shares: the server's HTML replaces the main element's content. */
export function updateScript(mainId: string): string {
  return `
const vscode = acquireVsCodeApi();
const main = document.getElementById(${JSON.stringify(mainId)});
window.addEventListener('message', (event) => {
  if (event.data.type === 'update') { main.innerHTML = event.data.html; main.setAttribute('aria-busy', 'false'); }
});
`;
}
