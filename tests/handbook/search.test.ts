// German full-text search in the browser, through the handbook's own search page and Pagefind's index:
// umlauts and their transliterations, ß and ss, lower case, word stems and parts of compound words.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToolbox, launchBrowser, serve, type StaticServer } from './browser';

// The callbacks passed to page.evaluate run in the browser; the project's TypeScript settings have no DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, window: any, location: any;
declare const HTMLAnchorElement: any, HTMLElement: any, HTMLScriptElement: any, HTMLLinkElement: any;
type HTMLAnchorElement = any;
type HTMLElement = any;
type HTMLScriptElement = any;
type HTMLLinkElement = any;

let server: StaticServer;
let browser: Browser;
let page: Page;
const foreign: string[] = [];

beforeAll(async () => {
  const site = buildToolbox('toolbox');
  server = await serve(site);
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types the query into the search page's field (as a reader would) and returns the result paths. */
async function search(query: string): Promise<string[]> {
  await page.goto(`${server.url}suche.html`);
  await page.getByLabel('Suchbegriff').last().fill(query);
  await page.getByRole('button', { name: 'Suchen' }).last().click();
  // Wait for the answer to this very query (typing may have answered a shorter one first).
  await page.waitForFunction((q) => { const text = document.getElementById('suchstatus')?.textContent ?? ''; return /Treffer/.test(text) && text.includes(`„${q}“`); }, query, { timeout: 15_000 });
  return page.$$eval('#suchergebnisse a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\//, '')));
}

describe('search', () => {
  it('„Termin“ finds the Terminsystem first, and the query from the header form (URL) works too', async () => {
    const results = await search('Termin');
    expect(results[0]).toBe('instrumente/terminsystem.html');
    await page.goto(`${server.url}suche.html?q=Terminsystem`);
    await page.waitForFunction(() => /Treffer/.test(document.getElementById('suchstatus')?.textContent ?? ''));
    expect(await page.$$eval('#suchergebnisse a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toContain('/instrumente/terminsystem.html');
    expect(await page.inputValue('#suchfeld')).toBe('Terminsystem');
  });

  it('lower case finds the same pages', async () => {
    expect(await search('termin')).toContain('instrumente/terminsystem.html');
    expect(await search('öffentlichkeitsarbeit')).toContain('instrumente/oeffentlichkeitsarbeit.html');
  });

  it.each([
    ['Broschüre', 'Broschuere', 'instrumente/willkommensbroschuere.html'],
    ['Öffentlichkeitsarbeit', 'Oeffentlichkeitsarbeit', 'instrumente/oeffentlichkeitsarbeit.html'],
    ['Führungskräfte', 'Fuehrungskraefte', 'instrumente/fuehrungskraefte-coaching.html'],
    ['Außenwirkung', 'Aussenwirkung', 'standorte/weimar.html'],
    ['Maßnahmen', 'Massnahmen', 'checkliste.html'],
  ])('„%s“ and „%s“ (umlauts, ß and their transliterations) both find %s', async (spelled, transliterated, expected) => {
    expect(await search(spelled)).toContain(expected);
    expect(await search(transliterated)).toContain(expected);
  });

  it('a word stem: an inflected form finds the base form', async () => {
    // „Stolpersteinen“ does not occur anywhere; German stemming maps it to „Stolperstein(e)“.
    expect(await search('Stolpersteinen')).toContain('instrumente/terminsystem.html');
    expect(await search('Wartezeit')).toContain('instrumente/terminsystem.html');
  });

  it('parts of compound words: the first part (prefix) and a later part', async () => {
    expect(await search('Termin')).toContain('instrumente/terminsystem.html');
    // The Servicepoint page speaks of „Terminvergabe“, never of „Vergabe“ alone; the Terminsystem page of
    // „Ersterteilung“, never of „Erteilung“.
    expect(await search('Vergabe')).toContain('instrumente/servicepoint.html');
    expect(await search('Erteilung')).toContain('instrumente/terminsystem.html');
    expect(await search('Broschüre')).toContain('instrumente/willkommensbroschuere.html');
  });

  it('the content pages are in the index: the phase model and the page about the model project', async () => {
    expect(await search('Erstorientierung')).toContain('phasenmodell.html');
    expect(await search('Verstetigung')).toContain('phasenmodell.html');
    expect(await search('Projektträger')).toContain('modellprojekt.html');
    expect(await search('Projekttraeger')).toContain('modellprojekt.html');
  });

  it('a question is found by a word only its answer has, in either spelling of the umlaut', async () => {
    // „Veränderungsprojekt“ stands only in the answer of this question (not its title, not its question).
    expect(await search('Veränderungsprojekt')).toContain('fragen/frage-bamf-rueckhalt.html');
    expect(await search('Veraenderungsprojekt')).toContain('fragen/frage-bamf-rueckhalt.html');
    expect(await search('Lernevents')).toContain('angebote/angebot-lernevents.html');
  });

  it('search results are links with the page kind, and nothing is requested from another host', async () => {
    await search('Servicepoint');
    const kinds = await page.$$eval('.treffer-art', (spans) => spans.map((s) => s.textContent));
    expect(kinds).toContain('Instrument');
    expect(foreign).toEqual([]);
  });
});
