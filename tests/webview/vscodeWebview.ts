// Test support: a page of the extension's webviews in Debian's Chromium as VS Code shows it. VS Code gives a
// webview its theme as CSS variables on <html> and a class on <body> (vscode-light, vscode-dark,
// vscode-high-contrast), and the script an `acquireVsCodeApi()` whose state outlives a reload of the page. The
// values below are those of VS Code's themes „Light Modern“, „Dark Modern“ and „Dark High Contrast“.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type * as vscode from 'vscode';

const FONTS = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
  '--vscode-editor-font-size': '14px',
};

export const THEMES = {
  light: {
    bodyClass: 'vscode-light',
    variables: {
      '--vscode-foreground': '#3b3b3b', '--vscode-editor-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff',
      '--vscode-input-background': '#ffffff', '--vscode-input-foreground': '#3b3b3b', '--vscode-input-border': '#cecece',
      '--vscode-panel-border': '#e5e5e5', '--vscode-focusBorder': '#005fb8', '--vscode-errorForeground': '#f85149',
      '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff', '--vscode-button-hoverBackground': '#0258a8',
      '--vscode-button-secondaryBackground': '#e5e5e5', '--vscode-button-secondaryForeground': '#3b3b3b',
      '--vscode-textLink-foreground': '#005fb8', '--vscode-editorWidget-background': '#f8f8f8', '--vscode-list-hoverBackground': '#f2f2f2',
      '--vscode-descriptionForeground': '#3b3b3b',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    variables: {
      '--vscode-foreground': '#cccccc', '--vscode-editor-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f',
      '--vscode-input-background': '#313131', '--vscode-input-foreground': '#cccccc', '--vscode-input-border': '#3c3c3c',
      '--vscode-panel-border': '#2b2b2b', '--vscode-focusBorder': '#0078d4', '--vscode-errorForeground': '#f85149',
      '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff', '--vscode-button-hoverBackground': '#026ec1',
      '--vscode-button-secondaryBackground': '#313131', '--vscode-button-secondaryForeground': '#cccccc',
      '--vscode-textLink-foreground': '#4daafc', '--vscode-editorWidget-background': '#202020', '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-descriptionForeground': '#9d9d9d',
    },
  },
  'high contrast': {
    bodyClass: 'vscode-high-contrast',
    variables: {
      '--vscode-foreground': '#ffffff', '--vscode-editor-foreground': '#ffffff', '--vscode-editor-background': '#000000',
      '--vscode-input-background': '#000000', '--vscode-input-foreground': '#ffffff', '--vscode-input-border': '#6fc3df',
      '--vscode-panel-border': '#6fc3df', '--vscode-focusBorder': '#f38518', '--vscode-errorForeground': '#f48771',
      '--vscode-contrastBorder': '#6fc3df', '--vscode-button-background': '#000000', '--vscode-button-foreground': '#ffffff',
      '--vscode-button-border': '#6fc3df', '--vscode-button-secondaryBackground': '#000000', '--vscode-button-secondaryForeground': '#ffffff',
      '--vscode-textLink-foreground': '#21a6ff', '--vscode-editorWidget-background': '#0c141f', '--vscode-list-hoverBackground': '#000000',
      '--vscode-descriptionForeground': '#ffffff',
    },
  },
} as const;

export type ThemeName = keyof typeof THEMES;

/** What webviewHtml needs of a webview outside VS Code. */
export const WEBVIEW = { cspSource: 'vscode-webview:' } as unknown as vscode.Webview;

/** The German translations of the extension's strings, as vscode.l10n.t gives them in a German VS Code. */
const BUNDLE = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
export function germanT(message: string, ...args: (string | number)[]): string {
  return (BUNDLE[message] ?? message).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}

export interface WebviewPage {
  page: Page;
  /** What the page's script posted with vscode.postMessage. */
  posted(): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * Opens `html` (a full webview document, its CSP included) at `width` in `theme`. The state the script keeps with
 * setState survives `page.reload()`, as VS Code keeps it when a hidden webview is shown again.
 */
export async function openWebview(browser: Browser, html: string, theme: ThemeName, width: number, height = 900): Promise<WebviewPage> {
  const file = join(mkdtempSync(join(tmpdir(), 'wk-webview-')), 'webview.html');
  writeFileSync(file, html);
  const context = await browser.newContext({ viewport: { width, height } });
  const { bodyClass, variables } = THEMES[theme];
  await context.addInitScript(({ bodyClass, variables }) => {
    const w = window as unknown as Record<string, unknown>;
    w.__posted = [];
    w.acquireVsCodeApi = () => ({
      getState: () => JSON.parse(sessionStorage.getItem('webview-state') ?? 'null'),
      setState: (state: unknown) => sessionStorage.setItem('webview-state', JSON.stringify(state)),
      postMessage: (message: unknown) => (w.__posted as unknown[]).push(message),
    });
    document.addEventListener('DOMContentLoaded', () => {
      for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
      document.body.classList.add(bodyClass);
    });
  }, { bodyClass, variables: { ...FONTS, ...variables } as Record<string, string> });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  return {
    page,
    posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
    close: () => context.close(),
  };
}
