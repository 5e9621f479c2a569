// Security: a toolbox whose documents carry many kinds of XSS payloads (in Markdown, raw HTML and the
// frontmatter) is built and opened in Chromium; nothing may execute, no dialog may open, nothing may be
// loaded from another host. The pages are opened once with their Content-Security-Policy and once with
// it bypassed, so that the sanitizer alone is shown to hold.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
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

/** Each payload sets `window.__pwned` (or opens a dialog) if it ever runs. */
export const PAYLOADS: [string, string][] = [
  ['script tag', '<script>window.__pwned = "script"</script>'],
  ['script tag, upper case', '<SCRIPT>window.__pwned = "SCRIPT"</SCRIPT>'],
  ['img onerror', '<img src="x" onerror="window.__pwned = \'img\'">'],
  ['img onerror without quotes', '<img src=x onerror=window.__pwned=1>'],
  ['svg onload', '<svg onload="window.__pwned = \'svg\'"><circle r="4"/></svg>'],
  ['script inside svg', '<svg><script>window.__pwned = "svg-script"</script></svg>'],
  ['svg link with javascript', '<svg><a xlink:href="javascript:window.__pwned=1"><text y="20">SVG-Link</text></a></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned = \'srcdoc\'</script>"></iframe>'],
  ['iframe javascript src', '<iframe src="javascript:parent.__pwned=1"></iframe>'],
  ['Markdown javascript link', '[Markdown-Link](javascript:window.__pwned=1)'],
  ['Markdown javascript image', '![Markdown-Bild](javascript:window.__pwned=1)'],
  ['reference definition with javascript', '[Referenz-Link][schad]\n\n[schad]: javascript:window.__pwned=1'],
  ['autolink with javascript', '<javascript:window.__pwned=1>'],
  ['raw javascript link', '<a href="javascript:window.__pwned=1">Roher Link</a>'],
  ['entity-encoded javascript link', '<a href="&#106;avascript:window.__pwned=1">Kodierter Link</a>'],
  ['javascript link with tab and spaces', '<a href="  java\tscript:window.__pwned=1">Link mit Tab</a>'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">VBScript-Link</a>'],
  ['data URL link', '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">Data-Link</a>'],
  ['data URL image (svg)', '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="Data-Bild">'],
  ['object data', '<object data="data:text/html,&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></object>'],
  ['embed src', '<embed src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">'],
  ['form action javascript', '<form action="javascript:window.__pwned=1"><button>Absenden</button></form>'],
  ['button formaction', '<button formaction="javascript:window.__pwned=1">Formaction</button>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">'],
  ['base href', '<base href="javascript:window.__pwned=1//">'],
  ['style attribute with url and expression', '<p style="background:url(javascript:window.__pwned=1); width: expression(window.__pwned=1)">Stil</p>'],
  ['style element with import', '<style>@import "http://example.invalid/boese.css"; body { background: url(javascript:alert(1)) }</style>'],
  ['link stylesheet from elsewhere', '<link rel="stylesheet" href="http://example.invalid/boese.css">'],
  ['details ontoggle', '<details open ontoggle="window.__pwned = \'details\'"><summary>Details</summary>Inhalt</details>'],
  ['input autofocus onfocus', '<input autofocus onfocus="window.__pwned = \'focus\'">'],
  ['body onload', '<body onload="window.__pwned = \'body\'">'],
  ['video source onerror', '<video><source onerror="window.__pwned = \'video\'"></video>'],
  ['audio src onerror', '<audio src="x" onerror="window.__pwned=1"></audio>'],
  ['mouseover handler', '<div onmouseover="window.__pwned = \'hover\'">Überfahren</div>'],
  ['mutation XSS via math/style', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>'],
  ['noscript attribute breakout', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></noscript>'],
  ['template content', '<template><script>window.__pwned = "template"</script></template>'],
  ['textarea breakout', '<textarea></textarea><script>window.__pwned = "textarea"</script></textarea>'],
  ['DOM clobbering of the search field', '<img name="suchfeld" id="suchstatus" src="data:,">'],
  ['external image', '![Externes Bild](https://example.invalid/verfolgung.png)'],
  ['srcset with javascript', '<img srcset="javascript:window.__pwned=1 1x" alt="srcset">'],
  // URL-bearing attributes the renderer does not rewrite: the sanitizer drops them, so nothing is requested.
  ['picture source srcset from elsewhere', '<picture><source srcset="https://example.invalid/quelle.png 1x"><img alt="Bild im picture"></picture>'],
  ['img srcset from elsewhere', '<img srcset="https://example.invalid/srcset.png 2x" alt="srcset extern">'],
  ['video poster from elsewhere', '<video poster="https://example.invalid/poster.png"></video>'],
  ['table background from elsewhere', '<table background="https://example.invalid/hintergrund.png"><tr><td>Tabelle</td></tr></table>'],
  ['link ping', '<a href="https://example.org/" ping="https://example.invalid/ping">Ping-Link</a>'],
  ['svg image xlink:href from elsewhere', '<svg><image xlink:href="https://example.invalid/svg.png"/></svg>'],
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wk-xss-'));
  const toolbox = join(dir, 'toolbox');
  cpSync(join(root, 'toolbox'), toolbox, { recursive: true });
  const body = PAYLOADS.map(([name, payload]) => `Schadcode (${name}):\n\n${payload}\n`).join('\n');
  // A case carries every payload in its body and some in its frontmatter, and refers to an instrument, so the
  // payloads also reach the instrument's „In der Praxis“, the lists, the print edition and the search index.
  writeFileSync(
    join(toolbox, 'praxis', 'schadcode.md'),
    `---
kind: case
id: schadcode
title: "Schadcode <script>window.__pwned='titel'</script><img src=x onerror=alert(1)>"
summary: "Eine Zusammenfassung mit Schadcode: <svg onload=alert(1)> und \\"><script>window.__pwned='summary'</script> und javascript:alert(1)."
region: "<iframe src=javascript:alert(1)>"
bundesland: Thüringen
instruments: [terminsystem]
sites: [weimar]
partners:
  - "<img src=x onerror=alert('partner')>"
contacts:
  - { role: "<b onmouseover=alert(1)>Rolle</b>", institution: "Institution \\" onfocus=\\"alert(1)" }
sources:
  - { title: "Quelle <script>alert(1)</script>", url: "https://example.invalid/quelle" }
---

## Ausgangslage

${body}

## Vorgehen

<div onclick="window.__pwned=1">Vorgehen</div>

## Ergebnisse

<img src="x" onerror="alert('ergebnisse')">

## Erfolgsfaktoren

[Zurück zum Terminsystem](../instrumente/terminsystem.md#ziel)
`,
  );
  // A second kind of document with payloads: an editorial page.
  writeFileSync(
    join(toolbox, 'seiten', 'schadseite.md'),
    `---\nkind: page\nid: schadseite\ntitle: "Seite <script>alert(1)</script>"\npurpose: sonstige\nsummary: "Eine Seite mit <img src=x onerror=alert(1)> im Kopf und im Text."\n---\n\n${body}\n`,
  );
  site = buildToolbox(toolbox);
  server = await serve(site);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('XSS payloads in the content', () => {
  it(`the test toolbox carries at least 20 kinds of payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it('no built page contains a script, an event handler, a javascript: URL, a frame, an object or an embed from content (DOM of every page)', async () => {
    // JavaScript off: the DOM is inspected as parsed, before anything could run.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const file of htmlFiles(site)) {
      const name = relative(site, file).split(sep).join('/');
      await page.goto(server.url + name);
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*')) as any[]) {
          const tag = element.tagName.toLowerCase();
          if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet'].includes(tag)) bad.push(`<${tag}>`);
          if (tag === 'script' && !/assets\/suche\.js$/.test((element as HTMLScriptElement).src)) bad.push(`<script ${element.outerHTML.slice(0, 60)}>`);
          if (tag === 'style') bad.push('<style>');
          if (tag === 'meta' && element.getAttribute('http-equiv') && element.getAttribute('http-equiv') !== 'Content-Security-Policy') bad.push('<meta http-equiv>');
          if (tag === 'link' && !/assets\/(handbuch\.css|favicon\.svg)$/.test((element as HTMLLinkElement).href)) bad.push(`<link ${(element as HTMLLinkElement).href}>`);
          for (const attribute of Array.from(element.attributes) as any[]) {
            const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
            if (attribute.name.startsWith('on')) bad.push(`${tag}[${attribute.name}]`);
            if (attribute.name === 'style') bad.push(`${tag}[style]`);
            if (['href', 'src', 'action', 'formaction', 'srcset', 'data', 'xlink:href', 'poster', 'background'].includes(attribute.name) && /^(javascript|vbscript|data:text|data:image\/svg)/.test(value)) bad.push(`${tag}[${attribute.name}=${value.slice(0, 30)}]`);
            if (['src', 'srcset', 'poster', 'background', 'ping', 'xlink:href', 'cite', 'longdesc'].includes(attribute.name) && /(^|,)(https?:)?\/\//.test(value)) bad.push(`${tag}[${attribute.name}] from another host`);
            if (tag === 'picture' || tag === 'source') bad.push(`<${tag}>`);
          }
        }
        return bad;
      });
      for (const problem of found) problems.push(`${name}: ${problem}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  for (const csp of ['with', 'without'] as const) {
    it(`nothing executes in the browser (${csp} the page's Content-Security-Policy)`, async () => {
      const context = await browser.newContext({ bypassCSP: csp === 'without' });
      const foreign: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
        foreign.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const pwned: string[] = [];
      if (csp === 'without') {
        // Control: the detection itself works (an unsanitized handler does set the flag).
        await page.setContent('<img src="x" onerror="window.__pwned = 1">');
        await page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned === 1);
      }
      // Each page with the part of it that shows the payloads (hovered element by element).
      const targets: [string, string][] = [
        ['praxis/schadcode.html', 'main *'],
        ['schadseite.html', 'main *'],
        ['instrumente/terminsystem.html', 'section.in-der-praxis *'],
        ['praxis/index.html', 'main li:has(a[href$="schadcode.html"]) *'],
        ['standorte/weimar.html', 'main section *'],
        ['druck.html', '#case-schadcode *'],
        ['index.html', 'main > *'],
        ['suche.html?q=Schadcode', '#suchergebnisse *'],
      ];
      for (const [target, hover] of targets) {
        await page.goto(server.url + target, { waitUntil: 'load' });
        if (target.startsWith('suche')) await page.waitForFunction(() => /Treffer/.test(document.getElementById('suchstatus')?.textContent ?? ''));
        // Give handlers every chance: hover, focus and click everything that is left.
        for (const element of await page.locator(hover).all()) {
          await element.hover({ timeout: 200, force: true }).catch(() => undefined);
        }
        for (const link of await page.locator('main a:not([href])').all()) await link.click({ timeout: 200, force: true }).catch(() => undefined);
        for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
        await page.waitForTimeout(300);
        const flag = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
        if (flag !== undefined) pwned.push(`${target}: ${String(flag)}`);
        expect(new URL(page.url()).hostname).toBe('127.0.0.1');
      }
      await context.close();
      expect(pwned).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
    }, 300_000);
  }

  it('the payloads stay visible as text where they were text, and external images become links', async () => {
    const html = readFileSync(join(site, 'praxis', 'schadcode.html'), 'utf8');
    expect(html).toContain('<h1>Schadcode &lt;script&gt;window.__pwned=&#39;titel&#39;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('class="externes-bild"');
    expect(html).not.toContain('src="https://example.invalid');
  });
});
