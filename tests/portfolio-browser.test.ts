/// <reference lib="dom" />
// The portfolio page of six offices' plans, written by the real CLI, in Debian's Chromium: axe-core finds no
// WCAG 2.1 A/AA violation (anonymised and named), every chart is an image with a name and a description, the
// page loads nothing from anywhere, and a withheld count reads „< 3“ on the page, in its table cells.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchBrowser, root } from './handbook/browser';
import { AS_OF, writePlans } from './portfolio/fixture';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let browser: Browser;
let out: string;

beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'wk-portfolio-a11y-'));
  writePlans(join(out, 'plaene'));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

function writePage(name: string, extra: string[]): string {
  const html = join(out, `${name}.html`);
  const result = spawnSync(process.execPath, [cli, 'portfolio', join(out, 'plaene'), '--toolbox', join(root, 'toolbox'), '--as-of', AS_OF, '--out', html, ...extra], { cwd: out, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return html;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const outcome = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return outcome.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, WCAG);
}

describe.each([
  ['anonymised', []],
  ['named', ['--named']],
])('the %s portfolio page', (name, extra) => {
  it('has no WCAG 2.1 AA violation, accessible charts, and loads nothing', async () => {
    const html = writePage(`portfolio-${name}`, extra);
    const context = await browser.newContext({ bypassCSP: true });
    const requests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg')).map((svg) => {
        const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
        return { role: svg.getAttribute('role'), title, desc };
      }),
    );
    // The Bundesland row of Sachsen (one office) as the reader sees it: every count withheld but the 0 rot.
    const sachsen = await page.evaluate(() => {
      const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.querySelector('th')?.textContent === 'Sachsen');
      return row ? Array.from(row.querySelectorAll('td')).map((td) => td.textContent) : null;
    });
    const violations = await axeViolations(page);
    await context.close();
    expect(charts.map((c) => [c.role, c.title])).toEqual([
      ['img', 'Stand je Kriterium: Zahl der Behörden je Wert'],
      ['img', 'Relevanz je Kriterium: Zahl der Behörden je Wert'],
      ['img', 'Instrumente nach Status: Zahl der Behörden'],
    ]);
    for (const chart of charts) expect(chart.desc!.length).toBeGreaterThan(60);
    expect(sachsen).toEqual(name === 'named' ? ['1', '2', '1', '1', '0'] : ['< 3', '< 3', '< 3', '< 3', '0']);
    expect(violations).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);
});
