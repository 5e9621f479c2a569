// The plan document of both example plans as a person reads it: criteria by statement and instruments by title
// (no internal ids), German hyphenation in the tables, German dates and decimals, unfilled prompts left out.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, criteriaOf, instrumentsOf, newPlanBody, renderPlanPage, renderPlanView, type LanguageService } from '../server/src/engine';
import { dateLabel, decimalLabel, monthLabel } from '../server/src/engine/plan/months';
import { hyphenateWords } from '../server/src/engine/plan/view/hyphenate';
import { createFileWorkspace, uriOf } from '../server/src/node/fileWorkspace';

const root = join(__dirname, '..', 'toolbox');
let service: LanguageService;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([root]) });
  service.indexWorkspace();
});

/** What a reader sees: the text of the page without tags, soft hyphens, and the charts' hidden descriptions. */
function readerText(html: string): string {
  return html
    .replace(/<(title|desc|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ');
}

const plan = (name: string) => service.document(uriOf(join(root, 'plaene', `${name}.md`)))!;

describe.each(['plan-stadt-musterstadt', 'plan-landkreis-beispielhausen'])('the plan document of %s', (name) => {
  it('names criteria by their statement and instruments by their title, never by id', async () => {
    const html = await renderPlanPage(plan(name), service.index);
    const text = readerText(html);
    const ids = [...criteriaOf(service.index).map((c) => c.id), ...instrumentsOf(service.index).keys()].filter((id) => id.includes('-'));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => new RegExp(`(^|[^\\wäöüß-])${id}([^\\wäöüß-]|$)`).test(text))).toEqual([]);
    // The chart labels of the needs are statements too (text inside the SVG is what the reader sees).
    const needsChart = /<svg[^>]*aria-labelledby="bedarf-titel[\s\S]*?<\/svg>/.exec(html)![0];
    expect(readerText(needsChart)).toMatch(/Die Behörde|Mitarbeitende|Kundinnen/);
    const { data } = plan(name);
    const measures = data!.measures as { instrument: string }[];
    for (const m of measures) expect(text).toContain(instrumentsOf(service.index).get(m.instrument)!.title.replace(/\u00ad/g, ''));
    expect(text).not.toMatch(/Quick Win/);
  });

  it('shows the ids as small secondary labels in the editor preview only', async () => {
    const preview = await renderPlanView(plan(name), service.index, { interactive: true });
    expect(preview.html).toMatch(/<span class="kennung">[a-z]{2}-[a-z-]+<\/span>/);
    expect(await renderPlanPage(plan(name), service.index)).not.toContain('class="kennung"');
  });

  it('hyphenates long German words in table cells with soft hyphens, and nowhere else', async () => {
    const html = await renderPlanPage(plan(name), service.index);
    const cells = [...html.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!);
    expect(cells.filter((c) => c.includes('\u00ad')).length).toBeGreaterThan(10);
    expect(await hyphenateWords('Aufbauend')).toBe('Auf\u00adbau\u00adend');
    expect(html).toContain('<th scope="col">Auf\u00adbau\u00adend auf</th>');
    // Headings, attributes and the charts stay as written.
    expect(html.replace(/<table\b[\s\S]*?<\/table>/g, '')).not.toContain('\u00ad');
    expect(html).not.toMatch(/<[^>]*\u00ad[^>]*>/);
  });

  it('writes dates and decimals the German way', async () => {
    const text = readerText(await renderPlanPage(plan(name), service.index));
    expect(text).toMatch(/Standortbestimmung \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 20\d\d/);
    expect(text).toMatch(/ab Jan\. 2027/);
    expect(text).not.toMatch(/\b20\d\d-\d\d\b/);
    const html = await renderPlanPage(plan(name), service.index);
    const profile = /<desc id="profil-beschreibung">([^<]+)<\/desc>/.exec(html)![1]!;
    expect(profile).toMatch(/Stand \d,\d/);
    expect(profile).not.toMatch(/\d\.\d/);
  });
});

describe('German forms and hyphenation', () => {
  it('formats days, months and numbers as German texts do', () => {
    expect(dateLabel('2026-10-20')).toBe('20. Oktober 2026');
    expect(dateLabel('2027-03-01')).toBe('1. März 2027');
    expect(monthLabel('2027-01')).toBe('Jan. 2027');
    expect(monthLabel('2027-06')).toBe('Juni 2027');
    expect(decimalLabel(2.5)).toBe('2,5');
    expect(decimalLabel(31000)).toBe('31.000');
    expect(decimalLabel(2024)).toBe('2024');
  });

  it('breaks long compounds only where a soft hyphen stands, short words not at all', async () => {
    expect(await hyphenateWords('Willkommensbehörde')).toBe('Will\u00adkom\u00admens\u00adbe\u00adhör\u00adde');
    expect(await hyphenateWords('Ausländerbehörde und Amt')).toBe('Aus\u00adlän\u00adder\u00adbe\u00adhör\u00adde und Amt');
    expect(await hyphenateWords('&quot;Termin&quot;')).toBe('&quot;Termin&quot;');
  });
});

describe('unfilled template prompts', () => {
  it('are left out of the document, and a heading left empty goes with them', async () => {
    const original = plan('plan-landkreis-beispielhausen');
    const text = original.text.slice(0, original.split.bodyStart) + newPlanBody('Ausländerbehörde des Landkreises Beispielhausen');
    const uri = uriOf(join(root, 'plaene', 'plan-landkreis-beispielhausen.md'));
    service.update(uri, { text });
    try {
      const page = readerText(await renderPlanPage(service.document(uri)!, service.index));
      expect(page).not.toContain('Wer ist die');
      expect(page).not.toContain('Was bis zum nächsten Termin geschieht');
      expect(page).not.toMatch(/Ausgangslage|Nächste Schritte/);
      expect(page).toContain('Vorgehen bei der Standortbestimmung');
      expect(page).toContain('Der Vorschlag der Maßnahmen folgt dem Bedarf je Kriterium');
    } finally {
      service.update(uri, { text: original.text });
    }
  });
});
