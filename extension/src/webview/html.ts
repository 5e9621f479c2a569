// The frame of every webview: a strict Content-Security-Policy with a nonce, no remote content, and
// styles that follow the VS Code theme (light, dark, high contrast) — the charts too, whose print greys are
// redrawn in the theme's foreground over its background.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { chartThemeCss, escapeHtml } from '../../../server/src/engine/vocabulary';

export function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export const THEME_CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.5; padding: 0 1.2rem 2rem; }
a { color: var(--vscode-textLink-foreground); }
a:focus, button:focus, input:focus, select:focus, [tabindex]:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
h1, h2, h3, h4 { color: var(--vscode-foreground); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--vscode-panel-border, #888); }
thead th { background: var(--vscode-editorWidget-background); }
button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 0.35rem 0.9rem; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
input, select, textarea { font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #888); padding: 0.2rem 0.4rem; }
body.vscode-high-contrast .diagramm svg { outline: 1px solid var(--vscode-contrastBorder); }
.tabellenrahmen { overflow-x: auto; }
${chartThemeCss('.diagramm svg', 'var(--vscode-editor-foreground, var(--vscode-foreground))', 'var(--vscode-editor-background)')}
`;

export function webviewHtml(webview: vscode.Webview, options: { title: string; body: string; css?: string; script?: string; lang?: string }): string {
  const n = nonce();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource} 'nonce-${n}'`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${n}'`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${options.lang ?? 'de'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${n}">${THEME_CSS}${options.css ?? ''}</style>
</head>
<body>
${options.body}
${options.script ? `<script nonce="${n}">${options.script}</script>` : ''}
</body>
</html>`;
}
