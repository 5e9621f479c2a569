// The plan preview's style sheet on top of the webview frame's theme (webview/html.ts): the engine's plan view
// drawn in the editor's colours, at any width of the pane.
export const PREVIEW_CSS = `
[data-instrument] { cursor: pointer; }
article[data-instrument]:hover { background: var(--vscode-list-hoverBackground); }
.tabelle { border-collapse: collapse; width: 100%; margin: 1rem 0; }
/* In a narrow pane the wide tables scroll inside their frame; the page itself never scrolls sideways. */
.tabellenrahmen { margin: 1rem 0; }
.tabellenrahmen > .tabelle { margin: 0; }
.tabelle caption { text-align: left; }
.aktionsplan, .bedarfe { min-width: 40rem; }
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
