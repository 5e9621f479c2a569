/// <reference lib="dom" />
// The assessment form (extension/src/plan/wizardForm.ts) with the real checklist, in Debian's Chromium as a VS Code
// webview shows it (theme variables, CSP, the webview API): at 900 and 1,400 px, in a light, a dark and a
// high-contrast theme, no select cuts its text and no two elements overlap; dates are German; a criterion is read
// by its statement, its id only a small label after it; what was entered survives a reload (the webview state);
// prefilled with entries of an update not applied, it says so and offers to discard them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checklistGroups, createLanguageService, type ChecklistGroup } from '../server/src/engine';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';
import { FORM_CSS, parseWizard, WIZARD_SCRIPT, wizardBody, type WizardDefaults } from '../extension/src/plan/wizardForm';
import { webviewHtml } from '../extension/src/webview/html';
import { launchBrowser } from './handbook/browser';
import { germanT, openWebview, THEMES, WEBVIEW, type ThemeName } from './webview/vscodeWebview';

let browser: Browser;
let groups: ChecklistGroup[];

const NEW: WizardDefaults = { mode: 'new', start: '2027-01', capacity: 3, assessed: '2026-10-20' };

beforeAll(async () => {
  const service = createLanguageService({ workspace: createFileWorkspace([join(__dirname, '..', 'toolbox')]) });
  service.indexWorkspace();
  groups = checklistGroups(service.index);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

function page(defaults: WizardDefaults = NEW, css = FORM_CSS): string {
  return webviewHtml(WEBVIEW, { title: 'Neuer Maßnahmenplan', body: wizardBody(groups, defaults, germanT), css, script: WIZARD_SCRIPT });
}

/**
 * The layout faults a reader sees: a select narrower than its longest option (its text is cut), two elements whose
 * boxes overlap, anything reaching past the right edge of the panel.
 */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} „${(e.textContent ?? '').trim().slice(0, 30)}“`;
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const free = select.cloneNode(true) as HTMLSelectElement;
      free.style.width = 'auto';
      free.style.maxWidth = 'none';
      free.style.position = 'absolute';
      free.style.visibility = 'hidden';
      select.parentElement!.appendChild(free);
      const needed = free.getBoundingClientRect().width;
      free.remove();
      const width = select.getBoundingClientRect().width;
      if (width + 0.5 < needed) faults.push(`${name(select)} is ${width.toFixed(0)} px wide, its text needs ${needed.toFixed(0)} px`);
      if (select.scrollWidth > select.clientWidth) faults.push(`${name(select)} overflows (${select.scrollWidth} > ${select.clientWidth})`);
    }
    const boxes = Array.from(document.querySelectorAll('h1, p.hinweis, legend, label, .beschriftung, select, input, button, .aussage > span'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 0.5 && y > 0.5) faults.push(`${name(a.element)} overlaps ${name(b.element)}`);
      }
    }
    const edge = document.documentElement.clientWidth;
    for (const { element, box } of boxes) if (box.right > edge + 0.5) faults.push(`${name(element)} reaches past the panel (${box.right.toFixed(0)} > ${edge})`);
    if (document.documentElement.scrollWidth > edge) faults.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${edge})`);
    return faults;
  });
}

describe('the assessment form in a VS Code webview', () => {
  const cases = [900, 1400].flatMap((width) => (Object.keys(THEMES) as ThemeName[]).map((theme) => [width, theme] as const));
  it.each(cases)('at %i px in the %s theme: every select shows its whole text, nothing overlaps or leaves the panel', async (width, theme) => {
    const view = await openWebview(browser, page(), theme, width);
    try {
      const selects = await view.page.locator('select').count();
      // The office's Bundesland, day, month and year of the assessment, month and year of the start, two per criterion.
      expect(selects).toBe(6 + 2 * groups.reduce((n, g) => n + g.criteria.length, 0));
      expect(await layoutFaults(view.page)).toEqual([]);
      // The theme reached the page: the form is drawn in the theme's colours, not in the browser's defaults.
      const colours = await view.page.evaluate(() => ({ body: getComputedStyle(document.body).backgroundColor, select: getComputedStyle(document.querySelector('select')!).backgroundColor }));
      expect(colours.body).toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', 'high contrast': 'rgb(0, 0, 0)' }[theme]);
      expect(colours.select).toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(49, 49, 49)', 'high contrast': 'rgb(0, 0, 0)' }[theme]);
    } finally {
      await view.close();
    }
  }, 120_000);

  it('control: the layout check reports the form’s former grid, as cut selects or, let free, as overlapping ones', async () => {
    const former = `${FORM_CSS} .kriterium { grid-template-columns: 1fr 9rem 9rem; }`;
    const faultsWith = async (css: string) => {
      const view = await openWebview(browser, page(NEW, css), 'dark', 900);
      try {
        return await layoutFaults(view.page);
      } finally {
        await view.close();
      }
    };
    expect((await faultsWith(former)).some((f) => /^select#status--\S+ „.*“ is 144 px wide, its text needs \d+ px$/.test(f))).toBe(true);
    expect((await faultsWith(`${former} select { max-width: none; }`)).some((f) => /^select#status--\S+ „.*“ overlaps (label|select)#relevance--/.test(f))).toBe(true);
  }, 120_000);

  it('shows dates in German form: „20.“ „Oktober“ „2026“ and the first month as „Januar“ „2027“', async () => {
    const view = await openWebview(browser, page(), 'light', 1400);
    try {
      const shown = (id: string) => view.page.$eval(`#${id}`, (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
      expect([await shown('assessed-day'), await shown('assessed-month'), await shown('assessed-year')]).toEqual(['20.', 'Oktober', '2026']);
      expect([await shown('start-month'), await shown('start-year')]).toEqual(['Januar', '2027']);
      expect(await view.page.$eval('#assessed-label', (e) => e.textContent)).toBe('Datum der Standortbestimmung');
      const text = await view.page.innerText('main');
      expect(text).not.toMatch(/\d{4}-\d{2}/);
    } finally {
      await view.close();
    }
  }, 120_000);

  it('reads a criterion by its statement; the id is a smaller, fainter label after it', async () => {
    const view = await openWebview(browser, page(), 'dark', 900);
    try {
      const rows = await view.page.$$eval('.kriterium', (all) => all.map((row) => {
        const statement = row.querySelector('.aussage > span:first-child')!;
        const id = row.querySelector('.kennung')!;
        const group = row.getAttribute('aria-labelledby');
        return {
          statement: statement.textContent ?? '',
          named: group === statement.id,
          smaller: parseFloat(getComputedStyle(id).fontSize) < parseFloat(getComputedStyle(statement).fontSize),
          fainter: Number(getComputedStyle(id).opacity) < 1,
          after: id.getBoundingClientRect().top >= statement.getBoundingClientRect().bottom - 1,
        };
      }));
      expect(rows).toHaveLength(groups.reduce((n, g) => n + g.criteria.length, 0));
      expect(rows[0]!.statement).toBe(groups[0]!.criteria[0]!.text);
      for (const row of rows) expect(row).toMatchObject({ named: true, smaller: true, fainter: true, after: true });
    } finally {
      await view.close();
    }
  }, 120_000);

  it('keeps what was entered and the last note in the webview state: a reload shows them again, a submit posts them', async () => {
    const view = await openWebview(browser, page(), 'light', 1400);
    try {
      const first = groups[0]!.criteria[0]!.id;
      await view.page.fill('#name', 'Ausländerbehörde Teststadt');
      await view.page.selectOption('#bundesland', 'Hessen');
      await view.page.selectOption(`#status--${first}`, '2');
      await view.page.selectOption('#assessed-month', '11');
      await view.page.evaluate(() => window.postMessage({ type: 'info', message: 'Der Plan ist noch nicht gespeichert.' }, '*'));
      await expect.poll(() => view.page.textContent('#info')).toBe('Der Plan ist noch nicht gespeichert.');
      await view.page.reload();
      expect(await view.page.inputValue('#name')).toBe('Ausländerbehörde Teststadt');
      expect(await view.page.inputValue('#bundesland')).toBe('Hessen');
      expect(await view.page.inputValue(`#status--${first}`)).toBe('2');
      expect(await view.page.inputValue('#assessed-month')).toBe('11');
      expect(await view.page.textContent('#info')).toBe('Der Plan ist noch nicht gespeichert.');
      await view.page.click('button[type="submit"]');
      const [submitted] = (await view.posted()) as { type: string; data: Record<string, string> }[];
      expect(submitted!.type).toBe('submit');
      expect(submitted!.data).toMatchObject({ name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen', [`status--${first}`]: '2', 'assessed-day': '20', 'assessed-month': '11', 'assessed-year': '2026', 'start-month': '1', 'start-year': '2027' });
      // The submit cleared the note; the form's values stay.
      expect(await view.page.textContent('#info')).toBe('');
      const result = parseWizard(submitted!.data, groups, NEW, germanT);
      expect(result).toMatchObject({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', start: '2027-01' });
      expect((result as { assessment: Record<string, unknown> }).assessment[first]).toEqual({ status: 2, relevance: 'unbekannt' });
    } finally {
      await view.close();
    }
  }, 120_000);
});

describe('the update form prefilled with entries not applied', () => {
  it('says so in German above the scores and offers to discard them', async () => {
    const first = groups[0]!.criteria[0]!.id;
    const kept: WizardDefaults = { mode: 'update', agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessment: { [first]: { status: 4, relevance: 5 } }, start: '', capacity: 3, assessed: '2026-11-20', keptOn: '2027-03-16' };
    const view = await openWebview(browser, page(kept), 'dark', 900);
    try {
      const note = 'Vorbelegt mit Ihren Eingaben vom 16. März 2027, die noch nicht im Plan stehen. „Eingaben verwerfen“ lädt wieder die Bewertung aus dem Plan.';
      expect(await view.page.textContent('#vorbelegt p')).toBe(note);
      expect(await view.page.textContent('#verwerfen')).toBe('Eingaben verwerfen');
      expect(await view.page.inputValue(`#status--${first}`)).toBe('4');
      // Read before the first score: between the introduction and the form.
      const above = await view.page.evaluate(() => document.getElementById('vorbelegt')!.getBoundingClientRect().bottom <= document.querySelector('form')!.getBoundingClientRect().top);
      expect(above).toBe(true);
      expect(await layoutFaults(view.page)).toEqual([]);
      await view.page.click('#verwerfen');
      expect(await view.posted()).toEqual([{ type: 'discard' }]);
    } finally {
      await view.close();
    }
  }, 120_000);

  it('has no discard button without kept entries', async () => {
    const view = await openWebview(browser, page({ ...NEW, mode: 'update' }), 'light', 900);
    try {
      expect(await view.page.locator('#vorbelegt, #verwerfen').count()).toBe(0);
    } finally {
      await view.close();
    }
  }, 120_000);
});

describe('reading the form', () => {
  it('refuses a day the calendar does not have, in German', () => {
    const data = { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen', 'assessed-day': '31', 'assessed-month': '2', 'assessed-year': '2027' };
    expect(parseWizard(data, [], NEW, germanT)).toBe('Den 31. Februar 2027 gibt es nicht; bitte wählen Sie einen anderen Tag für die Standortbestimmung.');
  });
});
