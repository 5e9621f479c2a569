// The monitoring commands through the real server process: the measures' Ampel for the extension's quick pick and
// explorer, a dated update appended to the text (nothing else changed), the Statusbericht as a fragment for the
// webview and as a page for the export — each bad argument refused with one German reason — and an indicator that
// points at the checklist as both webviews show it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MeasureSummary, type MeasureUpdateResult, type PlanViewResult, type PortfolioViewResult, type StatusReportResult } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from './harness';
import { captureErrors, serverCommands, stopCleanly } from './util';

const PLAN = 'toolbox/plaene/plan-beispiel.md';

let server: TestServer;
let errors: string[];
beforeAll(async () => {
  server = await startServer();
  errors = captureErrors(server);
}, 60_000);
afterAll(() => stopCleanly(server, errors));

const { run, refusal } = serverCommands(() => server);

describe('monitoring commands', () => {
  it('summarises each measure with its Ampel as of the plan’s reporting date', async () => {
    const summaries = await run<Omit<MeasureSummary, 'offset'>[]>('measureSummaries', server.uri(PLAN));
    expect(summaries.map((m) => [m.instrument, m.status, m.ampel])).toEqual([
      ['servicepoint', 'geplant', expect.stringMatching(/^(gruen|gelb|rot)$/)],
      ['terminsystem', 'geplant', expect.stringMatching(/^(gruen|gelb|rot)$/)],
    ]);
    expect(summaries[0]!.lens).toMatch(/ · geplant · noch kein Eintrag$/);
    expect(summaries[0]!.reason).toMatch(/^Ampel (grün|gelb|rot) am 31\. Dezember 2026: /);
    expect(await run('measureSummaries', server.uri('toolbox/instrumente/servicepoint.md'))).toEqual([]);
  });

  it('appends a dated update to one measure and changes nothing else', async () => {
    const result = await run<MeasureUpdateResult>('appendMeasureUpdate', server.uri(PLAN), 'terminsystem', { date: '2026-11-02', status: 'laufend', note: 'Ausschreibung begonnen' });
    expect(result.date).toBe('2026-11-02');
    const before = server.text(PLAN);
    const added = result.text.length - before.length;
    expect(added).toBeGreaterThan(0);
    let at = 0;
    while (result.text[at] === before[at]) at++;
    expect(result.text.slice(at + added)).toBe(before.slice(at));
    expect(result.text.slice(at, at + added)).toBe('    updates:\n      - date: 2026-11-02\n        status: laufend\n        note: "Ausschreibung begonnen"\n');
    expect(before.slice(0, at)).toMatch(/instrument: terminsystem[^]*status: geplant\n$/);
  });

  it('dates an update without a date today', async () => {
    const result = await run<MeasureUpdateResult>('appendMeasureUpdate', server.uri(PLAN), 'servicepoint', { status: 'laufend' });
    expect(result.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.text).toContain(`- date: ${result.date}\n`);
  });

  it('refuses a bad update with one German reason', async () => {
    expect(await refusal('appendMeasureUpdate', server.uri(PLAN), 'terminsystem', { date: '2027-13-40', status: 'laufend' })).toBe('Ungültiger Wert für „Datum“ (date): „2027-13-40“. Tag des Eintrags (JJJJ-MM-TT).');
    expect(await refusal('appendMeasureUpdate', server.uri(PLAN), 'terminsystem', { date: '2027-01-10', status: 'fertig' })).toBe('Ungültiger Wert für „Status“ (status): „fertig“. Stand der Umsetzung an diesem Tag. Erlaubt: geplant, laufend, abgeschlossen, zurueckgestellt.');
    expect(await refusal('appendMeasureUpdate', server.uri(PLAN), 'terminsystem', { status: 'laufend', owner: 'x' })).toBe('Unbekanntes Feld „owner“ im Eintrag zur Umsetzung; erlaubt: date, status, note, milestone, value.');
    expect(await refusal('appendMeasureUpdate', server.uri(PLAN), 'kiosk', { status: 'laufend' })).toBe('Der Plan hat keine Maßnahme zum Instrument „kiosk“.');
    expect(await refusal('appendMeasureUpdate', server.uri(PLAN), '../x', { status: 'laufend' })).toMatch(/^Ungültiger Wert für „Kennung“ \(id\)/);
    expect(await refusal('appendMeasureUpdate', 'file:///etc/passwd', 'terminsystem', { status: 'laufend' })).toMatch(/^Kein Dokument des Werkzeugkoffers: /);
    expect(await refusal('appendMeasureUpdate', server.uri('toolbox/instrumente/servicepoint.md'), 'terminsystem', { status: 'laufend' })).toBe('Dieses Dokument ist kein Maßnahmenplan.');
  });

  it('renders the Statusbericht for the webview and as a page for the export', async () => {
    const view = await run<StatusReportResult>('statusReport', server.uri(PLAN));
    expect(view.asOf).toBe('2026-12-31');
    expect(view.counts.gruen + view.counts.gelb + view.counts.rot).toBe(2);
    expect(view.title).toMatch(/^Statusbericht: /);
    expect(view.html).not.toMatch(/<html/);
    expect(view.html).toContain('data-instrument="servicepoint"');
    const page = await run<StatusReportResult>('exportStatusReport', server.uri(PLAN), { asOf: '2027-06' });
    expect(page.asOf).toBe('2027-06-30');
    expect(page.html).toMatch(/^<!DOCTYPE html>/i);
    expect(page.html).not.toContain('data-instrument=');
    expect(page.html).not.toMatch(/<script/i);
  });

  it('refuses a bad reporting date in German', async () => {
    expect(await refusal('statusReport', server.uri(PLAN), { asOf: '2027-13' })).toMatch(/2027-13/);
    expect(await refusal('exportStatusReport', server.uri('toolbox/instrumente/servicepoint.md'))).toBe('Dieses Dokument ist kein Maßnahmenplan.');
  });

  it('renders the portfolio over the workspace’s plans, anonymised unless names are asked for', async () => {
    const view = await run<PortfolioViewResult>('portfolio', { asOf: '2027-06' });
    expect([view.title, view.asOf, view.offices, view.skipped]).toEqual(['Portfolio der Maßnahmenpläne', '2027-06-30', 1, 0]);
    expect(view.css).toContain('.plan');
    expect(view.html).not.toMatch(/<html|<script/i);
    // One office: its name, owners and the exact count of its Land stay out; the count shows as „< 3“.
    const plain = view.html.replace(/\u00ad/g, '');
    expect(plain).not.toMatch(/Beispielstadt|Leitung der Ausländerbehörde|Sachgebiet Service/);
    expect(plain).toContain('&lt; 3');
    // With names, the counts are exact (nothing in the fixture is completed, so no office is listed as whom to ask).
    const named = await run<PortfolioViewResult>('portfolio', { asOf: '2027-06', named: true });
    expect(named.html).not.toContain('&lt; 3');
    expect(named.offices).toBe(1);
    expect(await refusal('portfolio', { asOf: '2027-13-40' })).toMatch(/2027-13-40/);
  });
});

describe('indicators in the webviews of the plan and the Statusbericht', () => {
  // The servicepoint's indicator points at the checklist; a second Standortbestimmung after the plan's start scores it.
  const withIndicator = (text: string) => text
    .replace('assessed: 2026-05-04\n', 'assessed: 2028-05-04\nearlier_assessments:\n  - assessed: 2026-05-04\n    assessment:\n      bo-erstkontakt: { status: 2, relevance: 4 }\n')
    .replace('    due: 2027-05\n    status: geplant\n', '    due: 2027-05\n    status: geplant\n    indicator: { text: Die Anlaufstelle ist eingerichtet., criterion: bo-erstkontakt, target: 4 }\n')
    .replace('reporting:\n  as_of: 2026-12\n', 'reporting:\n  as_of: 2028-06\n');
  let indicators: TestServer;
  let indicatorErrors: string[];
  beforeAll(async () => {
    indicators = await startServer({ prepare: (root) => writeFileSync(join(root, PLAN), withIndicator(readFileSync(join(root, PLAN), 'utf8'))) });
    indicatorErrors = captureErrors(indicators);
  }, 60_000);
  afterAll(() => stopCleanly(indicators, indicatorErrors));
  const commands = serverCommands(() => indicators);
  const visible = (html: string) => html.replace(/<span class="kennung">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('the fixture is what the test assumes', () => {
    expect(indicators.text(PLAN)).toContain('indicator: { text: Die Anlaufstelle ist eingerichtet., criterion: bo-erstkontakt, target: 4 }');
  });

  it('shows the criterion by its statement in the plan preview, the id only as its small label', async () => {
    const view = await commands.run<PlanViewResult>('renderPlan', indicators.uri(PLAN));
    expect(visible(view.html)).toContain('Die Anlaufstelle ist eingerichtet. Kriterium: Eine zentrale Anlaufstelle nimmt Anliegen entgegen und leitet weiter. · Ziel: mindestens Stand 4 in der nächsten Standortbestimmung');
    expect(view.html).toContain('<span class="kennung">bo-erstkontakt</span>');
  });

  it('says in the Statusbericht whether the target is reached, by the statement and never the id', async () => {
    const view = await commands.run<StatusReportResult>('statusReport', indicators.uri(PLAN));
    const text = visible(view.html);
    expect(text).toContain('Die Anlaufstelle ist eingerichtet. Kriterium: Eine zentrale Anlaufstelle nimmt Anliegen entgegen und leitet weiter. Ziel 4, Stand 3: noch nicht erreicht');
    expect(view.html).not.toContain('bo-erstkontakt');
  });
});
