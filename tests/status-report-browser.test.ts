/// <reference lib="dom" />
// The printable Statusbericht in Debian's Chromium: axe-core finds no WCAG 2.1 A/AA violation, both charts are
// images with a name and a description, nothing is loaded, the Ampel prints in black and white, and the PDF's
// text holds every measure with its Ampel word. The report is the hand-built one with every Ampel case.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMPEL, ampelWord } from '../server/src/engine/monitoring/ampelRules';
import { renderStatusPage } from '../server/src/engine/monitoring/view/statusView';
import { toolbox } from '../server/src/engine/testing/planToolbox';
import { statusReportFixture } from '../server/src/engine/testing/statusReportFixture';
import { printToPdf } from '../server/src/node/pdf';
import { launchBrowser } from './handbook/browser';
import { ensurePdfTools } from './setup/debianPackages';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let browser: Browser;
let out: string;
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'wk-statusbericht-'));
  html = join(out, 'bericht.html');
  writeFileSync(html, await renderStatusPage(statusReportFixture(), toolbox().service.index));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function open(run: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true });
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(`file://${html}`);
  await run(page);
  await context.close();
  return requests;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const outcome = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return outcome.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, WCAG);
}

describe('the Statusbericht in the browser', () => {
  it('has no WCAG 2.1 AA violation, accessible charts, and loads nothing', async () => {
    let violations: string[] = [];
    let charts: { role: string | null; title: string; desc: string }[] = [];
    const requests = await open(async (page) => {
      charts = await page.evaluate(() => Array.from(document.querySelectorAll('svg')).map((svg) => ({ role: svg.getAttribute('role'), title: svg.querySelector('title')?.textContent ?? '', desc: svg.querySelector('desc')?.textContent ?? '' })));
      violations = await axeViolations(page);
    });
    expect(charts.map((c) => [c.role, c.title])).toEqual([['img', 'Geplant und tatsächlich'], ['img', 'Stand je Eckpunkt: damals und heute']]);
    for (const chart of charts) expect(chart.desc.length).toBeGreaterThan(60);
    expect(violations).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);

  it('prints the Ampel in black and white: no colour left, symbol and word stay', async () => {
    let styles: { color: string; background: string; text: string }[] = [];
    await open(async (page) => {
      await page.emulateMedia({ media: 'print' });
      styles = await page.evaluate(() => Array.from(document.querySelectorAll('.ampel')).map((e) => ({ color: getComputedStyle(e).color, background: getComputedStyle(e).backgroundColor, text: e.textContent ?? '' })));
    });
    expect(styles.length).toBeGreaterThan(16);
    for (const s of styles) {
      expect(s.color).toBe('rgb(17, 17, 17)');
      expect(s.background).toBe('rgba(0, 0, 0, 0)');
      expect(s.text).toMatch(/^[●▲■] /);
    }
  }, 120_000);

  it('prints a PDF whose text holds every measure with its Ampel word', async () => {
    ensurePdfTools();
    const pdf = join(out, 'bericht.pdf');
    await printToPdf(html, pdf);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    const measures = statusReportFixture().measures;
    expect(measures).toHaveLength(8);
    measures.forEach((m, i) => expect(text).toContain(`${i + 1}. ${m.title} ${AMPEL[m.ampel].symbol} ${ampelWord(m.ampel, m.status)} ${m.ampelReason}`));
    expect(text).toContain('Seite 1 von');
  }, 120_000);
});
