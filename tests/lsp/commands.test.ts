// `workspace/executeCommand` through the real server process: every argument is checked against the limits of
// the schema before anything is built, and documents outside the toolbox are refused — each with one German
// reason, the server staying up and answering the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const input = {
  agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' },
  assessed: '2026-11-20',
  assessment: { 'bo-wartezeiten': { status: 1, relevance: 5 }, 'bo-erstkontakt': { status: 3, relevance: 4 } },
  start: '2027-01',
  capacity: 2,
  limit: 0,
};

describe('executeCommand checks its arguments', () => {
  it('builds a plan from valid input (the control)', async () => {
    const result = (await run('newPlan', input)) as { text: string; measures: number };
    expect(result.text).toMatch(/^---\nkind: plan\n/);
    expect(result.measures).toBeGreaterThan(0);
    // A new plan is a first draft, dated the day it is made (the server's clock), on its cover.
    expect(result.text).toMatch(/\nassessed: 2026-11-20\nedition:\n  status: entwurf\n  version: "0\.1"\n  date: \d{4}-\d{2}-\d{2}\nplanning:\n/);
  });

  it('refuses a new plan with a 300-character id, a ../ id, capacity −1, a limit over the bound, month 13 or a score 9', async () => {
    expect(await refusal('newPlan', { ...input, id: 'a'.repeat(300) })).toMatch(/^Ungültiger Wert für „Kennung“ \(id\): „a{37}…“\. Erwartet: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen\.$/);
    expect(await refusal('newPlan', { ...input, id: '../../etc/plan' })).toBe('Ungültiger Wert für „Kennung“ (id): „../../etc/plan“. Erwartet: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen.');
    expect(await refusal('newPlan', { ...input, capacity: -1 })).toBe('Ungültiger Wert für „Kapazität“ (capacity): -1. Erwartet: eine ganze Zahl von 1 bis 10.');
    expect(await refusal('newPlan', { ...input, capacity: 2.5 })).toBe('Ungültiger Wert für „Kapazität“ (capacity): 2.5. Erwartet: eine ganze Zahl von 1 bis 10.');
    expect(await refusal('newPlan', { ...input, limit: 26 })).toBe('Ungültiger Wert für „Höchstzahl der Vorschläge“ (limit): 26. Erwartet: eine ganze Zahl von 1 bis 25 (oder 0 für alle).');
    expect(await refusal('newPlan', { ...input, start: '2027-13' })).toBe('Ungültiger Wert für „Planbeginn“ (start): „2027-13“. Erwartet: ein Monat im Format JJJJ-MM.');
    expect(await refusal('newPlan', { ...input, assessment: { 'bo-wartezeiten': { status: 9, relevance: 5 } } })).toBe('„bo-wartezeiten“: „status“ und „relevance“ müssen ganze Zahlen von 1 bis 5 oder „unbekannt“ sein (gefunden: 9 / 5).');
    expect(await refusal('newPlan', { ...input, assessment: { '../x': { status: 1, relevance: 5 } } })).toMatch(/^Ungültige Kennung eines Kriteriums in der Bewertung: „\.\.\/x“/);
    expect(await refusal('newPlan', { ...input, edition: { status: 'fertig' } })).toBe('Ungültiger Wert für „Fassung“ (edition): {"status":"fertig"}. Erwartet: eine Fassung mit status (entwurf, abgestimmt, beschlossen), wahlweise version, date (JJJJ-MM-TT) und author.');
    expect(await refusal('newPlan', 'kein Objekt')).toBe('Ungültige Angaben für einen neuen Plan: erwartet wird eine Zuordnung, gefunden „kein Objekt“.');
  });

  it('refuses a skeleton with a bad kind, id or title', async () => {
    expect(await refusal('skeleton', 'instrument', '../../etc/passwd', 'Ein Titel')).toMatch(/^Ungültiger Wert für „Kennung“ \(id\)/);
    expect(await refusal('skeleton', 'instrument', 'b'.repeat(300), 'Ein Titel')).toMatch(/^Ungültiger Wert für „Kennung“ \(id\)/);
    expect(await refusal('skeleton', 'geheim', 'neu', 'Ein Titel')).toMatch(/^Unbekannte Dokumentart „geheim“\. Erlaubt: /);
    expect(await refusal('skeleton', 'instrument', 'neu', 'x'.repeat(200))).toMatch(/^Ungültiger Wert für „Titel“ \(title\)/);
    expect(((await run('skeleton', 'instrument', 'neu', 'Ein neues Instrument')) as { text: string }).text).toContain('id: neu');
  });

  it('refuses documents outside the toolbox and bad ids and scores for a plan', async () => {
    for (const uri of ['file:///etc/passwd', `${server.uri('toolbox')}/../outside.md`, 42]) {
      expect(await refusal('addMeasure', uri, 'terminsystem')).toMatch(/^Kein Dokument des Werkzeugkoffers: /);
      expect(await refusal('renderPlan', uri)).toMatch(/^Kein Dokument des Werkzeugkoffers: /);
    }
    expect(await refusal('addMeasure', server.uri(PLAN), '../servicepoint')).toMatch(/^Ungültiger Wert für „Kennung“ \(id\): „\.\.\/servicepoint“/);
    expect(await refusal('updatePlan', server.uri(PLAN), { 'bo-wartezeiten': { status: -1, relevance: 5 } })).toMatch(/^„bo-wartezeiten“: „status“ und „relevance“ müssen/);
    expect(await refusal('updatePlan', server.uri(PLAN), { 'bo-wartezeiten': { status: 1, relevance: 5 } }, 'gestern')).toBe('Ungültiger Wert für „Datum der Standortbestimmung“ (assessed): „gestern“. Erwartet: ein Datum im Format JJJJ-MM-TT.');
    const updated = (await run('updatePlan', server.uri(PLAN), { 'bo-wartezeiten': { status: 4, relevance: 5 }, 'bo-erstkontakt': { status: 3, relevance: 4 }, 'bo-ablaeufe': { status: 'unbekannt', relevance: 3 } }, '2027-01-15')) as { text: string };
    expect(updated.text).toContain('bo-wartezeiten: { status: 4, relevance: 5 }');
    // The extension leaves the date out when the form did not ask for it: JSON carries that as null.
    const withoutDate = (await run('updatePlan', server.uri(PLAN), { 'bo-wartezeiten': { status: 4, relevance: 5 }, 'bo-erstkontakt': { status: 3, relevance: 4 }, 'bo-ablaeufe': { status: 'unbekannt', relevance: 3 } }, null)) as { text: string };
    expect(withoutDate.text).toContain('bo-wartezeiten: { status: 4, relevance: 5 }');
  });
});
