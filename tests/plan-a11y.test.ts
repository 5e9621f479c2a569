/// <reference lib="dom" />
// The printable plan view of both example plans, in Debian's Chromium: axe-core finds no WCAG 2.1 A/AA violation,
// every chart is an image with a name and a description, and the page loads nothing from anywhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, launchBrowser, root } from './handbook/browser';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let browser: Browser;
let out: string;

beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'wk-plan-a11y-'));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe.each(['plan-landkreis-beispielhausen', 'plan-stadt-musterstadt'])('the plan view of %s', (name) => {
  it('has no WCAG 2.1 AA violation, accessible charts, and loads nothing', async () => {
    const html = join(out, `${name}.html`);
    const result = spawnSync(process.execPath, [cli, 'plan', 'render', `toolbox/plaene/${name}.md`, '--out', html], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const context = await browser.newContext({ bypassCSP: true });
    const requests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg')).map((svg) => ({
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
      })),
    );
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.title.length).toBeGreaterThan(10);
      expect(chart.desc.length).toBeGreaterThan(20);
    }
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async (tags) => {
      const outcome = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return outcome.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, WCAG);
    await context.close();
    expect(violations).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);
});
