/// <reference lib="dom" />
// The plan preview (the engine's plan view in the extension's webview frame, extension/src/plan/previewStyle.ts)
// of both example plans in Debian's Chromium as VS Code shows it: in a 500 px pane the page never scrolls
// sideways (wide tables scroll inside their own frame, which keyboard users can reach), and in a dark or
// high-contrast theme the charts are drawn in the theme's colours — no white box, labels light on dark.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, createPortfolioCollector, renderPlanView, renderPortfolioView, type LanguageService } from '../server/src/engine';
import { renderStatusReport } from '../server/src/engine/monitoring/view/statusView';
import { toolbox } from '../server/src/engine/testing/planToolbox';
import { FIXTURE_OFFICES, fixturePlanText, PORTFOLIO_AS_OF } from '../server/src/engine/testing/portfolioFixture';
import { statusReportFixture } from '../server/src/engine/testing/statusReportFixture';
import { createFileWorkspace, uriOf } from '../server/src/node/fileWorkspace';
import { PREVIEW_CSS } from '../extension/src/plan/previewStyle';
import { webviewHtml } from '../extension/src/webview/html';
import { launchBrowser } from './handbook/browser';
import { openWebview, THEMES, WEBVIEW, type ThemeName } from './webview/vscodeWebview';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const root = join(__dirname, '..', 'toolbox');
const PLANS = ['plan-stadt-musterstadt', 'plan-landkreis-beispielhausen'];
let browser: Browser;
let service: LanguageService;

beforeAll(async () => {
  service = createLanguageService({ workspace: createFileWorkspace([root]) });
  service.indexWorkspace();
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

/** The preview as LiveWebviews frames it: the server's plan view in <main>, the preview's CSS on the theme's. */
async function previewPage(name: string): Promise<string> {
  const view = await renderPlanView(service.document(uriOf(join(root, 'plaene', `${name}.md`)))!, service.index, { interactive: true });
  return webviewHtml(WEBVIEW, { title: 'Maßnahmenplan-Vorschau', body: `<main id="plan" aria-live="polite">${view.html}</main>`, css: PREVIEW_CSS });
}

/** Elements that reach past the pane's right edge without being inside a frame that scrolls. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[]; frames: { name: string; focusable: boolean; scrolls: boolean }[] }> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const outside = Array.from(document.querySelectorAll('main *'))
      .filter((e) => e.getBoundingClientRect().right > edge + 0.5 && !e.closest('.tabellenrahmen'))
      .slice(0, 10)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} „${(e.textContent ?? '').slice(0, 40)}“`);
    const frames = Array.from(document.querySelectorAll<HTMLElement>('.tabellenrahmen')).map((frame) => ({
      name: (document.getElementById(frame.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').replace(/\u00ad/g, ''),
      focusable: frame.tabIndex === 0 && frame.getAttribute('role') === 'region',
      scrolls: frame.scrollWidth > frame.clientWidth && getComputedStyle(frame).overflowX === 'auto',
    }));
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: edge, outside, frames };
  });
}

/** The channels 0–255 of a computed colour, `rgb(…)` or, from color-mix, `color(srgb r g b)` with channels 0–1. */
function channels(colour: string): [number, number, number] {
  const values = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  return colour.startsWith('color(') ? (values.map((v) => v * 255) as [number, number, number]) : values;
}
const same = (a: string, b: string) => channels(a).every((v, i) => Math.abs(v - channels(b)[i]!) < 1);

/** Relative luminance of a computed colour (WCAG). */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};

describe.each(PLANS)('the preview of %s', (name) => {
  it.each(['light', 'dark'] as ThemeName[])('in a 500 px pane (%s theme): no sideways scrolling of the page, wide tables scroll in a named, focusable frame', async (theme) => {
    const view = await openWebview(browser, await previewPage(name), theme, 500);
    try {
      const result = await overflow(view.page);
      expect(result.outside).toEqual([]);
      expect(result.scrollWidth).toBeLessThanOrEqual(result.clientWidth);
      expect(result.frames.map((f) => f.name)).toEqual(['Kriterien im Raster aus Wichtigkeit und Stand', 'Alle Instrumente mit Bedarf, nach Punktwert', 'Maßnahmen in der Form eines Aktionsplans']);
      for (const frame of result.frames) expect(frame.focusable).toBe(true);
      // The two wide tables scroll in their frames; the raster's two columns fit.
      expect(result.frames.map((f) => f.scrolls)).toEqual([false, true, true]);
    } finally {
      await view.close();
    }
  }, 120_000);

  it.each(['dark', 'high contrast'] as ThemeName[])('in the %s theme: the charts have the editor’s background, not white, and their labels stand out from it', async (theme) => {
    const view = await openWebview(browser, await previewPage(name), theme, 1000);
    try {
      const background = THEMES[theme].variables['--vscode-editor-background'];
      const charts = await view.page.$$eval('.diagramm svg', (svgs) => svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        background: getComputedStyle(svg.querySelector(':scope > rect')!).fill,
        fills: Array.from(svg.querySelectorAll('[fill]')).map((e) => getComputedStyle(e).fill).filter((f) => f !== 'none'),
        text: Array.from(svg.querySelectorAll('text')).map((e) => getComputedStyle(e).fill),
      })));
      expect(charts.map((c) => c.title)).toHaveLength(4);
      const page = await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(page).toBe(`rgb(${parseInt(background.slice(1, 3), 16)}, ${parseInt(background.slice(3, 5), 16)}, ${parseInt(background.slice(5, 7), 16)})`);
      for (const chart of charts) {
        expect(same(chart.background, page), `${chart.title}: ${chart.background}`).toBe(true);
        expect(chart.fills.filter((f) => same(f, 'rgb(255, 255, 255)')), chart.title).toEqual([]);
        expect(chart.text.length, chart.title).toBeGreaterThan(5);
        for (const fill of chart.text) expect(contrast(fill, page), `${chart.title}: ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await view.close();
    }
  }, 120_000);

  it('has no WCAG 2.1 A/AA violation in the dark theme at 500 px', async () => {
    const view = await openWebview(browser, await previewPage(name), 'dark', 500);
    try {
      // The webview's CSP admits no injected script tag; evaluating axe-core's source is not subject to it.
      await view.page.evaluate(AXE);
      const violations = await view.page.evaluate(async (tags) => {
        const outcome = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return outcome.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }, WCAG);
      expect(violations).toEqual([]);
    } finally {
      await view.close();
    }
  }, 120_000);
});

/** The Statusbericht and the portfolio as their webviews frame them: the server's view in <main>, the preview's CSS. */
async function reportPages(): Promise<{ name: string; html: string }[]> {
  const { service: fixtureToolbox } = toolbox();
  const status = await renderStatusReport(statusReportFixture(), fixtureToolbox.index, { interactive: true });
  const collector = createPortfolioCollector(fixtureToolbox.index, fixtureToolbox.schemas, { asOf: PORTFOLIO_AS_OF, named: false });
  for (const office of FIXTURE_OFFICES) collector.add(fixturePlanText(office));
  const portfolio = await renderPortfolioView(collector.report());
  return [
    { name: 'Statusbericht', html: webviewHtml(WEBVIEW, { title: status.title, body: `<main>${status.html}</main>`, css: PREVIEW_CSS }) },
    { name: 'Portfolio', html: webviewHtml(WEBVIEW, { title: portfolio.title, body: `<main>${portfolio.html}</main>`, css: PREVIEW_CSS }) },
  ];
}

describe('the Statusbericht and the portfolio in a 500 px pane', () => {
  it('never scroll the page sideways: every table stands in a named, focusable frame', async () => {
    for (const report of await reportPages()) {
      const view = await openWebview(browser, report.html, 'dark', 500);
      try {
        const result = await overflow(view.page);
        expect(result.outside, report.name).toEqual([]);
        expect(result.scrollWidth, report.name).toBeLessThanOrEqual(result.clientWidth);
        expect(result.frames.length, report.name).toBeGreaterThan(2);
        for (const frame of result.frames) {
          expect(frame.focusable, `${report.name}: ${frame.name}`).toBe(true);
          expect(frame.name.length, report.name).toBeGreaterThan(5);
        }
      } finally {
        await view.close();
      }
    }
  }, 120_000);
});
