// `werkzeugkoffer portfolio` through the real CLI process, over six offices' plans in a temporary folder and the
// repository's toolbox: the exact counts of the JSON contract, the anonymisation in JSON and HTML (no name, owner or
// note; counts of one or two offices withheld), the named portfolio, the reporting date, and the exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, OFFICES, planText, secretsOf, writePlans } from './portfolio/fixture';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
const TOOLBOX = join(root, 'toolbox');
const W = { lessThan: 3 };
/** Withheld so that a „< 3“ of the same row cannot be worked out from the row's total. */
const X = { suppressed: true };
let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'portfolio', ...args, '--toolbox', TOOLBOX], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]) {
  const result = run(['plaene', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { report: JSON.parse(result.stdout), text: result.stdout };
}

/** The written page's text without the soft hyphens the tables carry (a hyphenated name would hide from a search). */
function html(file: string, ...args: string[]): string {
  const result = run(['plaene', '--out', file, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(`Portfolio geschrieben: ${file}\n`);
  return readFileSync(join(dir, file), 'utf8').replace(/\u00ad/g, '');
}

let anonymisedRun: ReturnType<typeof json> | undefined;
/** The anonymised portfolio at the fixture's reporting date, run once for the tests that only read it. */
const anonymised = () => (anonymisedRun ??= json('--as-of', AS_OF));

const cells = (...counts: (number | '<' | '×')[]) => counts.map((c) => `<td class="zahl">${c === '<' ? '&lt; 3' : c}</td>`).join('');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-portfolio-'));
  writePlans(join(dir, 'plaene'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkzeugkoffer portfolio --format json', () => {
  it('gives the contract’s fields, every criterion of the checklist and the exact distributions', () => {
    const { report } = anonymised();
    expect(Object.keys(report)).toEqual(['asOf', 'named', 'offices', 'skipped', 'criteria', 'hotspots', 'instruments', 'bundeslaender']);
    expect(report).toMatchObject({ asOf: '2027-06-30', named: false, offices: 6, skipped: 0 });
    expect(report.criteria).toHaveLength(29);
    expect(report.criteria[0]).toEqual({
      criterion: 'sv-ermessen',
      text: 'Die Behörde legt ordnungsrechtliche Ermessensspielräume zugunsten der Kundinnen und Kunden aus.',
      eckpunkt: 'selbstverstaendnis',
      eckpunktTitle: 'Selbstverständnis',
      status: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, unbekannt: 6 },
      relevance: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, unbekannt: 6 },
      hierAnsetzen: 0,
    });
    const byId = new Map(report.criteria.map((c: { criterion: string }) => [c.criterion, c]));
    expect(byId.get('bo-wartezeiten')).toMatchObject({
      eckpunkt: 'binnenorganisation',
      status: { 1: W, 2: W, 3: W, 4: W, 5: 0, unbekannt: 0 },
      relevance: { 1: 0, 2: 0, 3: W, 4: W, 5: 3, unbekannt: 0 },
      hierAnsetzen: 5,
    });
    // Relevance 4 + 1 + 1 of six offices: two „< 3“ need a „×“ only when both are 1 or both 2, and with the 4
    // withheld only 1 + 1 + 4 makes 6, so that is not enough; six offices in six values: the zeros go too. The
    // Leitbild's relevance (1 + 4 + 1) likewise.
    expect(byId.get('bo-erstkontakt')).toMatchObject({ status: { 1: 0, 2: 0, 3: 6, 4: 0, 5: 0, unbekannt: 0 }, relevance: { 1: X, 2: X, 3: X, 4: X, 5: X, unbekannt: X }, hierAnsetzen: 6 });
    // Weidenthal has not assessed the Leitbild and Birkenfeld does not know: both count as unbekannt.
    expect(byId.get('sv-leitbild')).toMatchObject({ status: { 1: W, 2: W, 3: 0, 4: W, 5: 0, unbekannt: W }, relevance: { 1: X, 2: X, 3: X, 4: X, 5: X, unbekannt: X }, hierAnsetzen: W });
    expect(byId.get('km-einarbeitung')).toMatchObject({ status: { 1: 0, 2: 0, 3: 0, 4: W, 5: X, unbekannt: 0 }, relevance: { 1: 3, 2: 3, 3: 0, 4: 0, 5: 0, unbekannt: 0 }, hierAnsetzen: 0 });
    const assessed = new Set(['bo-wartezeiten', 'bo-erstkontakt', 'sv-leitbild', 'km-einarbeitung']);
    for (const c of report.criteria.filter((c: { criterion: string }) => !assessed.has(c.criterion))) expect(c.status.unbekannt).toBe(6);
  });

  it('lists the hotspots by the number of offices in „Hier ansetzen“, a withheld count included', () => {
    expect(anonymised().report.hotspots).toEqual([
      { criterion: 'bo-erstkontakt', text: 'Eine zentrale Anlaufstelle nimmt Anliegen entgegen, beantwortet einfache Fragen sofort und leitet gezielt weiter.', offices: 6 },
      { criterion: 'bo-wartezeiten', text: 'Wartezeiten sind kurz und planbar; Kundinnen und Kunden bekommen ohne großen Aufwand einen Termin.', offices: 5 },
      { criterion: 'sv-leitbild', text: 'Ein gemeinsam erarbeitetes Leitbild beschreibt das Selbstverständnis der Behörde und ist allen Mitarbeitenden bekannt.', offices: W },
    ]);
  });

  it('counts the offices per instrument and status (geplant, laufend, abgeschlossen, zurückgestellt) with the median months', () => {
    expect(anonymised().report.instruments).toEqual([
      { instrument: 'servicepoint', title: 'Servicepoint (Front-Office)', offices: 5, status: { geplant: 0, laufend: W, abgeschlossen: X, zurueckgestellt: 0 }, plannedMonths: 5, actualMonths: 5 },
      { instrument: 'leitbild', title: 'Leitbild „Willkommensbehörde“', offices: 4, status: { geplant: W, laufend: 0, abgeschlossen: W, zurueckgestellt: W }, plannedMonths: 6, actualMonths: W },
      { instrument: 'terminsystem', title: 'Terminsystem', offices: 3, status: { geplant: W, laufend: W, abgeschlossen: 0, zurueckgestellt: 0 }, plannedMonths: 4, actualMonths: null },
      { instrument: 'mobiler-arbeitsplatz', title: 'Mobiler Arbeitsplatz', offices: W, status: { geplant: W, laufend: 0, abgeschlossen: 0, zurueckgestellt: 0 }, plannedMonths: W, actualMonths: null },
    ]);
  });

  it('counts offices, measures and their Ampel per Bundesland, alphabetically', () => {
    expect(anonymised().report.bundeslaender).toEqual([
      { bundesland: 'Bayern', offices: W, measures: W, ampel: { gruen: W, gelb: W, rot: W } },
      { bundesland: 'Hessen', offices: 3, measures: 7, ampel: { gruen: X, gelb: W, rot: W } },
      { bundesland: 'Sachsen', offices: W, measures: W, ampel: { gruen: W, gelb: W, rot: 0 } },
    ]);
  });

  it('anonymised: no office name, owner, author, contact or note anywhere in the output', () => {
    const { text } = anonymised();
    for (const office of OFFICES) for (const secret of secretsOf(office)) expect(planText(office)).toContain(secret);
    for (const office of OFFICES) for (const secret of secretsOf(office)) expect(text).not.toContain(secret);
    expect(text).not.toContain('completedBy');
    expect(text).not.toMatch(/Vertrauliche|Sachgebietsleitung|Organisationsamt|Kontaktstelle/);
  });

  it('--named: exact counts and, per instrument, the offices that completed it; still no owner or note', () => {
    const { report, text } = json('--as-of', AS_OF, '--named');
    expect(report.named).toBe(true);
    expect(report.instruments.map((i: { instrument: string; status: unknown; completedBy: string[] }) => [i.instrument, i.status, i.completedBy])).toEqual([
      ['servicepoint', { geplant: 0, laufend: 2, abgeschlossen: 3, zurueckgestellt: 0 }, ['Ausländerbehörde Ahornkreis', 'Ausländerbehörde Lindenhain', 'Ausländerbehörde Quellstadt']],
      ['leitbild', { geplant: 1, laufend: 0, abgeschlossen: 1, zurueckgestellt: 2 }, ['Ausländerbehörde Erlengrund']],
      ['terminsystem', { geplant: 2, laufend: 1, abgeschlossen: 0, zurueckgestellt: 0 }, []],
      ['mobiler-arbeitsplatz', { geplant: 1, laufend: 0, abgeschlossen: 0, zurueckgestellt: 0 }, []],
    ]);
    expect(report.instruments[1].actualMonths).toBe(5);
    expect(report.bundeslaender).toEqual([
      { bundesland: 'Bayern', offices: 2, measures: 4, ampel: { gruen: 2, gelb: 1, rot: 1 } },
      { bundesland: 'Hessen', offices: 3, measures: 7, ampel: { gruen: 5, gelb: 1, rot: 1 } },
      { bundesland: 'Sachsen', offices: 1, measures: 2, ampel: { gruen: 1, gelb: 1, rot: 0 } },
    ]);
    expect(report.hotspots[2].offices).toBe(2);
    for (const office of OFFICES) for (const secret of [office.owner, office.author, office.note]) expect(text).not.toContain(secret);
  });

  it('--as-of moves the Ampel and the status: updates after the reporting date do not count', () => {
    // As of September 2027 Quellstadt's Terminsystem should have begun (gelb), Weidenthal's is overdue (rot)
    // and Weidenthal's Servicepoint is completed.
    const named = json('--as-of', '2027-09', '--named').report;
    expect(named.asOf).toBe('2027-09-30');
    expect(named.bundeslaender.map((b: { ampel: unknown }) => b.ampel)).toEqual([{ gruen: 2, gelb: 1, rot: 1 }, { gruen: 4, gelb: 2, rot: 1 }, { gruen: 1, gelb: 0, rot: 1 }]);
    expect(named.instruments[0]).toMatchObject({ status: { laufend: 1, abgeschlossen: 4 }, actualMonths: 4.5, completedBy: ['Ausländerbehörde Ahornkreis', 'Ausländerbehörde Lindenhain', 'Ausländerbehörde Quellstadt', 'Ausländerbehörde Weidenthal'] });
    const september = json('--as-of', '2027-09-30').report;
    // 2 + 1 measures under „< 3“ would be open, but were it enough, only 1 + 1 would need a „×“, and a „×“ would
    // give it away; while a count is left to withhold, two „< 3“ of measures stop alone from 2 beyond their number.
    expect(september.bundeslaender[1].ampel).toEqual({ gruen: X, gelb: W, rot: W });
    expect(september.instruments[0].status).toEqual({ geplant: 0, laufend: W, abgeschlossen: X, zurueckgestellt: 0 });
    // Before any update (January 2027) every Servicepoint is still planned or running, none completed.
    expect(json('--as-of', '2027-01-31').report.instruments[0]).toMatchObject({ status: { geplant: W, laufend: X, abgeschlossen: 0, zurueckgestellt: 0 }, actualMonths: null });
  });
});

describe('werkzeugkoffer portfolio as HTML', () => {
  it('anonymised: counts below three as „< 3“, and no office name, owner, author, contact or note', () => {
    const page = html('portfolio.html', '--as-of', AS_OF);
    expect(page).toContain('<dt>Stichtag</dt><dd>30. Juni 2027</dd>');
    expect(page).toContain('<p class="plan-art">Portfolio · anonymisiert</p>');
    expect(page).toContain(`<tr><th scope="row">Hessen</th>${cells(3, 7, '×', '<', '<')}</tr>`);
    expect(page).toContain(`<tr><th scope="row">Bayern</th>${cells('<', '<', '<', '<', '<')}</tr>`);
    expect(page).toContain(`<tr><th scope="row">Sachsen</th>${cells('<', '<', '<', '<', 0)}</tr>`);
    expect(page).toContain(`<tr><th scope="row">Servicepoint (Front-Office)</th>${cells(5, 0, '<', '×', 0)}<td>5 Monate</td><td>5 Monate</td></tr>`);
    expect(page).not.toContain('Abgeschlossen bei');
    for (const office of OFFICES) for (const secret of secretsOf(office)) expect(page).not.toContain(secret);
    expect(page).not.toMatch(/Vertrauliche|Sachgebietsleitung|Organisationsamt|Kontaktstelle/);
  });

  it('anonymised: a median withheld for want of three offices reads as withheld, not as „< 3“ beside the months', () => {
    const page = html('portfolio-median.html', '--as-of', AS_OF);
    const withheld = '<td>nicht ausgewiesen (weniger als 3 Behörden)</td>';
    // The JSON gives { lessThan: 3 } for both (offices, not months): Leitbild's actual and Mobiler Arbeitsplatz's planned duration.
    expect(page).toContain(`<tr><th scope="row">Leitbild „Willkommensbehörde“</th>${cells(4, '<', 0, '<', '<')}<td>6 Monate</td>${withheld}</tr>`);
    expect(page).toContain(`<tr><th scope="row">Mobiler Arbeitsplatz</th>${cells('<', '<', 0, 0, 0)}${withheld}<td>noch keine Angaben</td></tr>`);
    // No duration cell (the last two of an instrument's row) shows a count's sign.
    for (const [, planned, actual] of page.matchAll(/<td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)) for (const cell of [planned, actual]) expect(cell).not.toMatch(/^(&lt; 3|×)$/);
  });

  it('--named: exact counts and the offices that completed an instrument, still no owner or note', () => {
    const page = html('portfolio-named.html', '--as-of', AS_OF, '--named');
    expect(page).toContain(`<tr><th scope="row">Sachsen</th>${cells(1, 2, 1, 1, 0)}</tr>`);
    expect(page).toContain(`<tr><th scope="row">Servicepoint (Front-Office)</th>${cells(5, 0, 2, 3, 0)}<td>5 Monate</td><td>5 Monate</td><td><ul class="kriterien"><li>Ausländerbehörde Ahornkreis</li><li>Ausländerbehörde Lindenhain</li><li>Ausländerbehörde Quellstadt</li></ul></td></tr>`);
    for (const office of OFFICES) for (const secret of [office.owner, office.author, office.note]) expect(page).not.toContain(secret);
  });
});

describe('werkzeugkoffer portfolio: where it writes', () => {
  it('writes the JSON with --out into a new folder, the same as on stdout, and the HTML by default to portfolio.html', () => {
    const written = run(['plaene', '--format', 'json', '--as-of', AS_OF, '--out', 'daten/portfolio.json']);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('Portfolio (JSON) geschrieben: daten/portfolio.json\n');
    expect(readFileSync(join(dir, 'daten', 'portfolio.json'), 'utf8')).toBe(anonymised().text);
    rmSync(join(dir, 'portfolio.html'), { force: true });
    const page = run(['plaene', '--as-of', AS_OF]);
    expect(page.code).toBe(0);
    expect(page.stdout).toBe('Portfolio geschrieben: portfolio.html\n');
    expect(readFileSync(join(dir, 'portfolio.html'), 'utf8')).toContain('<h1>Portfolio der Maßnahmenpläne</h1>');
  });
});

describe('werkzeugkoffer portfolio: errors and exit codes', () => {
  it('refuses an impossible --as-of with a German message and exit code 2 and nothing on stdout', () => {
    const bad = run(['plaene', '--format', 'json', '--as-of', '2027-13-40']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^werkzeugkoffer portfolio: Der Stichtag „2027-13-40“ ist kein gültiges Datum\. Erwartet wird ein Tag JJJJ-MM-TT/);
    expect(bad.stderr).toContain('Aufruf: werkzeugkoffer portfolio');
  });

  it('skips a plan with broken YAML, names the file with line and column, counts it and exits with 1', () => {
    mkdirSync(join(dir, 'kaputt'), { recursive: true });
    writeFileSync(join(dir, 'kaputt', 'plan-kaputt.md'), planText(OFFICES[0]!).replace(/^title: .*$/m, 'title: "Maßnahmenplan ohne Ende'));
    const result = run(['plaene', 'kaputt', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('kaputt/plan-kaputt.md:4:32: Das YAML der Kopfdaten ist fehlerhaft. Der Plan wird übersprungen.\n');
    expect(JSON.parse(result.stdout)).toMatchObject({ offices: 6, skipped: 1 });
    const page = run(['plaene', 'kaputt', '--out', 'mit-fehler.html', '--as-of', AS_OF]);
    expect(page.code).toBe(1);
    expect(readFileSync(join(dir, 'mit-fehler.html'), 'utf8')).toContain('<dt>Nicht berücksichtigt</dt><dd>1 Plan mit Fehlern</dd>');
  });

  it('skips a file that is no text with the reader’s one message, counts it and exits with 1', () => {
    mkdirSync(join(dir, 'binaer'), { recursive: true });
    writeFileSync(join(dir, 'binaer', 'plan-binaer.md'), `---\nkind: plan\nid: plan-binaer\ntitle: "\u0000"\n---\n`);
    const result = run(['plaene', 'binaer', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('binaer/plan-binaer.md: Die Datei ist keine Textdatei (sie enthält Binärdaten) und wird übersprungen.\n');
    expect(JSON.parse(result.stdout)).toMatchObject({ offices: 6, skipped: 1 });
  });

  it('--help prints the usage with exit code 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Aufruf: werkzeugkoffer portfolio \[pläne oder ordner…\] \[optionen\]\n/);
    for (const option of ['--out DATEI', '--format html|json', '--pdf', '--named', '--as-of JJJJ-MM[-TT]', '--toolbox ORDNER']) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('Exit-Codes: 0 = Portfolio erstellt, 1 = Pläne wegen Fehlern übersprungen, 2 = Aufruf- oder interner Fehler.');
  });
});
