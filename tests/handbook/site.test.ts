// The handbook built from the real toolbox, in Debian's Chromium: accessibility (axe-core, WCAG 2.1 AA) on
// every page, keyboard navigation, language, links and anchors, no requests to other hosts, pages without
// JavaScript, and screenshots to look at.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToolbox, launchBrowser, root, serve, type StaticServer } from './browser';

// The callbacks passed to page.evaluate run in the browser; the project's TypeScript settings have no DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, window: any, location: any;
declare const HTMLAnchorElement: any, HTMLElement: any, HTMLScriptElement: any, HTMLLinkElement: any;
type HTMLAnchorElement = any;
type HTMLElement = any;
type HTMLScriptElement = any;
type HTMLLinkElement = any;

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const screenshots = join(root, 'test-results');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let site: string;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  site = buildToolbox('toolbox');
  server = await serve(site);
  browser = await launchBrowser();
  pages = htmlFiles(site).map((file) => relative(site, file).split(sep).join('/')).sort();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context that records every request leaving 127.0.0.1 (and refuses it). */
async function guardedContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || (url.hostname === '127.0.0.1' && url.port === new URL(server.url).port)) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  return { context, foreign };
}

describe('the built handbook', () => {
  it('has every kind of page', () => {
    for (const expected of ['index.html', '404.html', 'suche.html', 'druck.html', 'checkliste.html', 'impressum.html', 'barrierefreiheit.html', 'modellprojekt.html', 'phasenmodell.html', 'instrumente/index.html', 'instrumente/terminsystem.html', 'eckpunkte/binnenorganisation.html', 'praxis/index.html', 'praxis/weimar-servicepoint.html', 'standorte/index.html', 'standorte/weimar.html', 'fragen/index.html', 'fragen/frage-weimar-frontoffice.html', 'wen-fragen.html', 'angebote/index.html', 'angebote/angebot-lernevents.html']) {
      expect(pages).toContain(expected);
    }
    expect(pages.filter((p) => p.startsWith('instrumente/') && p !== 'instrumente/index.html')).toHaveLength(25);
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>/instrumente/terminsystem.html</loc>');
    expect(sitemap).not.toContain('404.html');
  });

  it('every page has lang="de", one h1, a skip link and the footer links to Impressum and Barrierefreiheit', () => {
    for (const path of pages) {
      const html = readFileSync(join(site, path), 'utf8');
      expect(html, path).toMatch(/<html lang="de">/);
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
      expect(html, path).toContain('<a class="sprungmarke" href="#inhalt">');
      expect(html, path).toMatch(/href="[^"]*impressum\.html"/);
      expect(html, path).toMatch(/href="[^"]*barrierefreiheit\.html"/);
    }
  });

  it('every internal link and anchor resolves, and nothing is loaded from another host', () => {
    const problems: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let set = idsOf.get(file);
      if (!set) idsOf.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)))));
      return set;
    };
    for (const path of pages) {
      const file = join(site, path);
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/<(a|link|script|img|iframe|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g)) {
        const [, tag, , raw] = match;
        const url = decode(raw!);
        if (/^(mailto|tel):/.test(url)) continue;
        if (/^https?:/.test(url) || url.startsWith('//')) {
          if (tag !== 'a') problems.push(`${path}: <${tag}> loads ${url} from another host`);
          continue;
        }
        const [target, fragment] = url.split('#') as [string, string | undefined];
        const targetFile = target ? resolve(dirname(file), target.split('?')[0]!) : file;
        if (!targetFile.startsWith(site)) {
          problems.push(`${path}: ${url} leaves the site`);
          continue;
        }
        let exists = true;
        try {
          readFileSync(targetFile);
        } catch {
          exists = false;
        }
        if (!exists) problems.push(`${path}: ${url} → missing file`);
        else if (fragment && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(fragment))) problems.push(`${path}: ${url} → missing anchor #${fragment}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('axe-core finds no WCAG 2.1 A/AA violation on any page, and no page requests another host', async () => {
    // bypassCSP only lets the test inject axe-core; the pages themselves run under their own policy otherwise.
    const { context, foreign } = await guardedContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(async (tags) => {
        const outcome = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return outcome.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }, WCAG);
      for (const v of result) violations.push(`${path}: ${v}`);
    }
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('control: the axe-core harness does report a violation where there is one', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + 'index.html');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:,"><a href="#x"></a>'));
    await page.addScriptTag({ content: AXE });
    const ids = await page.evaluate(async (tags) => {

      const outcome = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return outcome.violations.map((v: { id: string }) => v.id);
    }, WCAG);
    await context.close();
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
  });

  it('with the keyboard alone (Tab), the search field and every link of a page are reached', async () => {
    const { context } = await guardedContext();
    const page = await context.newPage();
    const sample = ['index.html', 'instrumente/terminsystem.html', 'eckpunkte/binnenorganisation.html', 'praxis/weimar-servicepoint.html', 'standorte/index.html', 'standorte/weimar.html', 'checkliste.html', 'impressum.html', 'barrierefreiheit.html', 'phasenmodell.html', 'suche.html', '404.html', 'instrumente/index.html', 'praxis/index.html', 'fragen/index.html', 'fragen/frage-bamf-einarbeitung.html', 'wen-fragen.html', 'angebote/index.html'];
    const unreached: string[] = [];
    for (const path of sample) {
      await page.goto(server.url + path);
      const links: string[] = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href + '|' + a.textContent!.trim()));
      const reached = new Set<string>();
      let search = false;
      // The first Tab lands on the skip link.
      for (let i = 0; i < links.length + 200; i++) {
        await page.keyboard.press('Tab');
        const active = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          return { tag: el.tagName, id: el.id, key: el instanceof HTMLAnchorElement ? `${el.href}|${el.textContent!.trim()}` : '' };
        });
        if (!active) {
          if (reached.size > 0) break;
          continue;
        }
        if (active.id === 'suchfeld') search = true;
        if (active.key) reached.add(active.key);
        if (reached.size === new Set(links).size && search) break;
      }
      if (!search) unreached.push(`${path}: search field`);
      for (const link of new Set(links)) if (!reached.has(link)) unreached.push(`${path}: ${link}`);
    }
    await context.close();
    expect(unreached).toEqual([]);
  }, 300_000);

  it('the skip link moves the focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'instrumente/terminsystem.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    await page.close();
  });

  it('works without JavaScript: navigation, backlinks, checklist form', async () => {
    const { context, foreign } = await guardedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'index.html');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Instrumente' }).click();
    await page.getByRole('link', { name: 'Terminsystem', exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe('/instrumente/terminsystem.html');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Terminsystem');
    const practice = page.locator('section.in-der-praxis');
    await expect(practice.getByRole('link', { name: 'Weimar: Terminvergabe am Servicepoint und Zweierteams' }).count()).resolves.toBe(1);
    await expect(practice.getByRole('link', { name: 'Ausländerbehörde Weimar' }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: /Weiter/ }).click();
    expect(new URL(page.url()).pathname).not.toBe('/instrumente/terminsystem.html');
    await page.goto(server.url + 'checkliste.html');
    const radios = await page.locator('input[type="radio"]').count();
    expect(radios).toBeGreaterThanOrEqual(29 * 10);
    await page.goto(server.url + 'gibt-es-nicht/seite.html');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Seite nicht gefunden');
    await context.close();
    expect(foreign).toEqual([]);
  });

  it('takes screenshots of the start page, an instrument page and the print edition', async () => {
    mkdirSync(screenshots, { recursive: true });
    const { context } = await guardedContext();
    const page = await context.newPage();
    await page.goto(server.url + 'index.html');
    await page.screenshot({ path: join(screenshots, 'handbuch-startseite.png'), fullPage: true });
    await page.goto(server.url + 'instrumente/terminsystem.html');
    await page.screenshot({ path: join(screenshots, 'handbuch-instrument.png'), fullPage: true });
    await page.goto(server.url + 'standorte/index.html');
    await page.screenshot({ path: join(screenshots, 'handbuch-standorte.png'), fullPage: true });
    await page.goto(server.url + 'druck.html');
    await page.screenshot({ path: join(screenshots, 'handbuch-druckfassung.png') });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.locator('#instrument-terminsystem').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'handbuch-druckfassung-druckansicht.png') });
    await context.close();
    for (const name of ['handbuch-startseite.png', 'handbuch-instrument.png', 'handbuch-druckfassung.png']) {
      expect(readFileSync(join(screenshots, name)).length).toBeGreaterThan(10_000);
    }
  }, 120_000);
});
