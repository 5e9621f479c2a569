// The Umsetzungsmonitoring through the real CLI process: `plan status` appends a dated update and keeps every
// other byte, `plan report` gives the Statusbericht as JSON (the contract) and as HTML.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
const PLAN = 'toolbox/plaene/plan-stadt-musterstadt.md';
let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-monitoring-'));
  cpSync(join(root, 'toolbox'), join(dir, 'toolbox'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkzeugkoffer plan report', () => {
  it('prints the Statusbericht as JSON in the documented shape, at the plan’s own reporting date', () => {
    const { code, stdout, stderr } = run(['plan', 'report', PLAN, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['asOf', 'since', 'plan', 'counts', 'measures', 'assessments', 'changes', 'recommendations', 'profile']);
    expect(report.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const counted = { gruen: 0, gelb: 0, rot: 0 } as Record<string, number>;
    for (const measure of report.measures) counted[measure.ampel] = (counted[measure.ampel] ?? 0) + 1;
    expect(report.counts).toEqual(counted);
    expect(report.measures.length).toBeGreaterThan(3);
    expect(report.assessments.at(-1).current).toBe(true);
  });

  it('takes --as-of as a month (its last day) and refuses an impossible date with a German message and exit code 2', () => {
    const early = JSON.parse(run(['plan', 'report', PLAN, '--format', 'json', '--as-of', '2027-02']).stdout);
    expect(early.asOf).toBe('2027-02-28');
    const bad = run(['plan', 'report', PLAN, '--format', 'json', '--as-of', '2027-13-40']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^werkzeugkoffer plan report: Der Stichtag .*2027-13-40/);
  });

  it('compares with the plan’s `since` only where it lies before the reporting date, and refuses a later --since', () => {
    // The plan reports as of October 2028 since April 2028: a report as of February 2027 has nothing to compare with.
    expect(JSON.parse(run(['plan', 'report', PLAN, '--format', 'json', '--as-of', '2027-02']).stdout).since).toBeNull();
    expect(JSON.parse(run(['plan', 'report', PLAN, '--format', 'json', '--as-of', '2027-02', '--since', '2027-01']).stdout).since).toBe('2027-01-31');
    const later = run(['plan', 'report', PLAN, '--format', 'json', '--since', '2028-12']);
    expect(later.code).toBe(2);
    expect(later.stdout).toBe('');
    expect(later.stderr).toBe('werkzeugkoffer plan report: Der Vergleichsstichtag 31. Dezember 2028 (--since) liegt nach dem Stichtag 31. Oktober 2028 („reporting.as_of“ im Plan). Wählen Sie einen Vergleichsstichtag vor dem Stichtag.\n');
    const flags = run(['plan', 'report', PLAN, '--format', 'json', '--as-of', '2027-03', '--since', '2027-04-01']);
    expect(flags.stderr).toBe('werkzeugkoffer plan report: Der Vergleichsstichtag 1. April 2027 (--since) liegt nach dem Stichtag 31. März 2027 (--as-of). Wählen Sie einen Vergleichsstichtag vor dem Stichtag.\n');
  });

  it('writes the report as a self-contained HTML page with every measure and its Ampel word', () => {
    const { code, stdout } = run(['plan', 'report', PLAN, '--out', 'bericht.html']);
    expect(code).toBe(0);
    expect(stdout).toBe('Statusbericht geschrieben: bericht.html\n');
    const html = readFileSync(join(dir, 'bericht.html'), 'utf8');
    const report = JSON.parse(run(['plan', 'report', PLAN, '--format', 'json']).stdout);
    for (const measure of report.measures) expect(html).toContain(measure.title.replace(/&/g, '&amp;'));
    expect(html).toMatch(/im Plan/);
    expect(html).not.toMatch(/<script|(?:src|href)="https?:/);
  });
});

describe('werkzeugkoffer plan status', () => {
  it('appends a dated update to the measure and keeps every other byte, comments, CRLF line ends and a byte order mark included', () => {
    const path = join(dir, PLAN);
    const original = '\ufeff' + readFileSync(path, 'utf8').replace(/^(measures:)$/m, '$1 # die Maßnahmen\r').replace(/\r?\n/g, '\r\n');
    writeFileSync(path, original);
    const { code, stdout, stderr } = run(['plan', 'status', PLAN, 'handlungsleitlinien', 'laufend', '--date', '2028-11-02', '--note', 'Neu begonnen mit dem Team Einbürgerung.']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${PLAN}: „handlungsleitlinien“ am 2. November 2028 laufend – Neu begonnen mit dem Team Einbürgerung.\n`);
    const after = readFileSync(path, 'utf8');
    const added = after.length - original.length;
    expect(added).toBeGreaterThan(0);
    // Removing the one new entry gives back the file as it was.
    const entry = /\r\n {6}- \{? ?date: 2028-11-02[^\r]*(\r\n {8}[^\r]*)*/.exec(after)?.[0] ?? /\r\n[ -]*date: 2028-11-02[^\r]*(\r\n {8,}[^\r]*)*/.exec(after)![0];
    expect(after.replace(entry, '')).toBe(original);
    expect(after.startsWith('\ufeff---\r\n')).toBe(true);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after).toContain('measures: # die Maßnahmen');
  });

  it('refuses an unknown status or instrument with the allowed values and leaves the file alone', () => {
    const path = join(dir, PLAN);
    const before = readFileSync(path, 'utf8');
    const status = run(['plan', 'status', PLAN, 'terminsystem', 'fertig']);
    expect(status.code).toBe(2);
    expect(status.stderr).toBe('Unbekannter Status „fertig“; erlaubt: geplant, laufend, abgeschlossen, zurueckgestellt.\n');
    const instrument = run(['plan', 'status', PLAN, 'gibtsnicht', 'laufend']);
    expect(instrument.code).toBe(2);
    expect(instrument.stderr).toMatch(/^Der Plan hat keine Maßnahme zum Instrument „gibtsnicht“; im Plan: servicepoint, /);
    const date = run(['plan', 'status', PLAN, 'terminsystem', 'laufend', '--date', '2027-13-40']);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('--date erwartet ein Datum im Format JJJJ-MM-TT, nicht „2027-13-40“.\n');
    // The entry is checked against the plan's schema, as the editor's command checks it: a one-letter note is refused.
    const note = run(['plan', 'status', PLAN, 'terminsystem', 'laufend', '--note', 'x']);
    expect(note.code).toBe(2);
    expect(note.stderr).toBe('Ungültiger Wert für „Notiz“ (note): „x“. Was geschehen ist oder entschieden wurde. Verlangt sind mindestens 2 Zeichen.\n');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('a plan whose frontmatter cannot be read', () => {
  it('is refused with the located limit message, not as “no plan”', () => {
    const path = join(dir, 'toolbox/plaene/zu-lang.md');
    const original = readFileSync(join(root, PLAN), 'utf8');
    writeFileSync(path, original.replace(/^kind: plan$/m, `kind: plan\n# ${'x'.repeat(500_000)}`));
    const { code, stdout, stderr } = run(['plan', 'report', 'toolbox/plaene/zu-lang.md', '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/zu-lang\.md:1:1.*WK203.*Der Kopfbereich ist [\d.]+ Zeichen lang; erlaubt sind höchstens 500\.000 für einen Maßnahmenplan\./);
    expect(stderr).toContain('Der Kopfbereich von toolbox/plaene/zu-lang.md kann nicht gelesen werden; der Plan bekommt keinen Statusbericht.');
    expect(stderr).not.toContain('kein Maßnahmenplan');
    rmSync(path);
  });
});

describe('werkzeugkoffer plan update with a new Standortbestimmung', () => {
  const plan = () => join(dir, PLAN);
  const assessmentOn = (assessed: string) => {
    const text = readFileSync(join(dir, 'toolbox/plaene/bewertungen/stadt-musterstadt-2028.yaml'), 'utf8').replace(/^assessed: .*$/m, `assessed: ${assessed}`).replace(/(bo-wartezeiten:\n {4}status:) 3/, '$1 4');
    writeFileSync(join(dir, `bewertung-${assessed}.yaml`), text);
    return `bewertung-${assessed}.yaml`;
  };
  const update = (file: string) => run(['plan', 'update', PLAN, '--assessment', file]);

  it('moves the previous assessed and assessment to the end of earlier_assessments and keeps the comments byte for byte', () => {
    const original = readFileSync(join(root, PLAN), 'utf8')
      .replace(/^earlier_assessments:\n/m, 'earlier_assessments: # die Geschichte\n')
      .replace(/^( {2}vn-netzwerkkarte: .*)$/m, '$1 # zuletzt besprochen');
    writeFileSync(plan(), original);
    const file = assessmentOn('2030-10-15');
    const result = update(file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('• Die bisherige Standortbestimmung vom 19. Oktober 2028 bleibt unter „earlier_assessments“ erhalten.');
    const after = readFileSync(plan(), 'utf8');
    expect(after).toMatch(/^assessed: 2030-10-15$/m);
    expect(after).toContain('earlier_assessments: # die Geschichte\n  - assessed: 2026-10-20\n');
    expect(after).toContain('# zuletzt besprochen');
    const history = after.slice(after.indexOf('earlier_assessments:'), after.indexOf('\nreporting:'));
    const dates = [...history.matchAll(/^ {2}- assessed: (\S+)$/gm)].map((m) => m[1]);
    expect(dates).toEqual(['2026-10-20', '2028-10-19']);
    // The moved assessment is the one the plan held before, criterion by criterion.
    const moved = history.slice(history.indexOf('- assessed: 2028-10-19'));
    expect(moved).toMatch(/bo-wartezeiten: \{ status: 3, relevance: 5,/);
    expect(after.slice(after.indexOf('\n---', 4))).toBe(original.slice(original.indexOf('\n---', 4)));
  });

  it('refuses a date the history already holds, or one before the current assessment, in German with exit code 2', () => {
    const before = readFileSync(plan(), 'utf8');
    const again = update(assessmentOn('2026-10-20'));
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe('werkzeugkoffer plan: Die Standortbestimmung vom 20. Oktober 2026 steht schon unter „earlier_assessments“; der Plan wird nicht aktualisiert.\n');
    const earlier = update(assessmentOn('2029-01-10'));
    expect(earlier.code).toBe(2);
    expect(earlier.stdout).toBe('');
    expect(earlier.stderr).toBe('werkzeugkoffer plan: Die neue Standortbestimmung (10. Januar 2029) liegt vor der bisherigen (15. Oktober 2030); der Plan wird nicht aktualisiert.\n');
    expect(readFileSync(plan(), 'utf8')).toBe(before);
  });
});
