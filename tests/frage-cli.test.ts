// `werkzeugkoffer frage neu` through the real CLI process: from a file and from stdin, into the toolbox's
// fragen/ folder, never over an existing file, with exit codes and the German summary.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');
let dir: string;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const form = `### Frage

Wie richten wir einen Servicepoint ein? Rückfragen an 0345 1234567.

### Instrument

Servicepoint

### Art der Behörde

Landkreis

### Bundesland

Sachsen
`;

/** The reviewer's e-mail: a client's name, date of birth, case number and IBAN in the question. */
const mail = `Von: Ausländerbehörde <abh@landkreis-beispiel.de>
Betreff: Servicepoint und Bankverbindung

Sehr geehrte Damen und Herren,

Unser Kunde Herr Ahmed Yilmaz (geb. 03.04.1985, Az. 12-345/2026) möchte am Servicepoint
seine Bankverbindung ändern, IBAN DE89 3704 0044 0532 0130 00. Wie gehen Sie damit um?

Mit freundlichen Grüßen
Petra Schulze
Landkreis Beispiel, Sachsen-Anhalt
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-frage-'));
  cpSync(join(root, 'toolbox'), join(dir, 'toolbox'), { recursive: true });
  writeFileSync(join(dir, 'frage.txt'), form);
  writeFileSync(join(dir, 'mail.txt'), mail);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkzeugkoffer frage neu', () => {
  it('writes the question from a file into toolbox/fragen/<id>.md and summarises in German', () => {
    const result = run(['frage', 'neu', 'frage.txt']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Frage angelegt: toolbox/fragen/frage-richten-einen-servicepoint.md
  Instrument: „Servicepoint (Front-Office)“ (servicepoint)
  Personenbezogene Daten markiert: 1 – check meldet jede Markierung „[entfernen: …]“ als Fehler, bis sie entfernt ist
    Zeile 3: Telefonnummer
  Offen für die Redaktion: wer antwortet (answered_by), die Quelle (sources) und der Abschnitt „Antwort“.
`);
    const text = readFileSync(join(dir, 'toolbox/fragen/frage-richten-einen-servicepoint.md'), 'utf8');
    expect(text).toContain('question: "Wie richten wir einen Servicepoint ein? Rückfragen an [entfernen: Telefonnummer]."\n');
    expect(text).toContain('asked_by:\n  authority: landkreis\n  bundesland: Sachsen\n');
  });

  it('writes a document that check refuses for exactly its open parts and, as errors, its markers (exit 1)', () => {
    const file = 'toolbox/fragen/frage-richten-einen-servicepoint.md';
    const result = run(['check', '--format', 'json', file]);
    expect(result.code).toBe(1);
    const errors = (JSON.parse(result.stdout) as { file: string; line: number; column: number; endColumn: number; severity: string; code: string }[]).filter((f) => f.severity === 'error');
    const line = readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.startsWith('question: '));
    const column = 'question: "Wie richten wir einen Servicepoint ein? Rückfragen an '.length + 1;
    expect(errors.filter((e) => e.code === 'WK906').map(({ file, line, column, endColumn }) => ({ file, line, column, endColumn }))).toEqual([
      { file, line: line + 1, column, endColumn: column + '[entfernen: Telefonnummer]'.length },
    ]);
    // Besides the marker, only what the editor still fills in: who answered, the source, the answer.
    expect(errors.map((e) => e.code).sort()).toEqual(['WK404', 'WK406', 'WK703', 'WK906']);
    // The empty „answered_by: {}“ of the skeleton is a missing answer, said as such (not „nicht erlaubt … nicht beides“).
    const answeredBy = errors.find((e) => e.code === 'WK404') as { message?: string } | undefined;
    expect(answeredBy?.message).toMatch(/^„Beantwortet von“ ist leer\. Anzugeben ist entweder ein Standort/);
  });

  it('marks a name, a date of birth, a case number and an IBAN in an e-mail by their kind; check reports each marker (WK906) at its place', () => {
    const result = run(['frage', 'neu', 'mail.txt', '--id', 'frage-servicepoint-bankverbindung']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Frage angelegt: toolbox/fragen/frage-servicepoint-bankverbindung.md
  Instrument: „Servicepoint (Front-Office)“ (servicepoint)
  Personenbezogene Daten markiert: 4 – check meldet jede Markierung „[entfernen: …]“ als Fehler, bis sie entfernt ist
    Zeile 6: Name
    Zeile 6: Geburtsdatum
    Zeile 6: Aktenzeichen
    Zeile 7: IBAN
  Weggelassen: Kopfzeile „Von“ (Zeile 1).
  Weggelassen: Anrede (Zeile 4).
  Weggelassen: Grußformel und Unterschrift (Zeilen 9–11).
  Offen für die Redaktion: wer antwortet (answered_by), die Quelle (sources) und der Abschnitt „Antwort“.
`);
    const file = 'toolbox/fragen/frage-servicepoint-bankverbindung.md';
    const text = readFileSync(join(dir, file), 'utf8');
    const question = 'question: "Unser Kunde Herr [entfernen: Name] (geb. [entfernen: Geburtsdatum], Az. [entfernen: Aktenzeichen]) möchte am Servicepoint seine Bankverbindung ändern, IBAN [entfernen: IBAN]. Wie gehen Sie damit um?"';
    expect(text).toContain(`${question}\n`);
    expect(text).not.toMatch(/Yilmaz|1985|12-345|DE89|Schulze/);
    const check = run(['check', '--format', 'json', file]);
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    const line = text.split('\n').indexOf(question) + 1;
    const markers = findings.filter((f) => f.code === 'WK906');
    expect(markers.map(({ line, column, endLine, endColumn, severity }) => ({ line, column, endLine, endColumn, severity }))).toEqual([
      { line, column: 29, endLine: line, endColumn: 46, severity: 'error' },
      { line, column: 53, endLine: line, endColumn: 78, severity: 'error' },
      { line, column: 84, endLine: line, endColumn: 109, severity: 'error' },
      { line, column: 168, endLine: line, endColumn: 185, severity: 'error' },
    ]);
    // Each range is its marker, and each message names its kind.
    for (const m of markers) expect(question.slice(m.column - 1, m.endColumn - 1)).toMatch(/^\[entfernen: [^\]]+\]$/);
    expect(markers.map((m) => /personenbezogenes Datum \(([^)]+)\)/.exec(m.message)?.[1])).toEqual(['Name', 'Geburtsdatum', 'Aktenzeichen', 'IBAN']);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code).sort()).toEqual(['WK404', 'WK406', 'WK703', 'WK906', 'WK906', 'WK906', 'WK906']);
  });

  it('gives the same question again a new id, and refuses to overwrite a named one (exit 2), leaving it byte for byte', () => {
    expect(run(['frage', 'neu', 'frage.txt']).stdout.split('\n')[0]).toBe('Frage angelegt: toolbox/fragen/frage-richten-einen-servicepoint-2.md');
    const path = join(dir, 'toolbox/fragen/frage-richten-einen-servicepoint.md');
    const before = readFileSync(path);
    const result = run(['frage', 'neu', 'frage.txt', '--id', 'frage-richten-einen-servicepoint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('werkzeugkoffer frage neu: toolbox/fragen/frage-richten-einen-servicepoint.md gibt es schon und wird nicht überschrieben; eine andere Kennung mit --id oder eine andere Datei mit --out.\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reads stdin with „-“ and takes the id from --out', () => {
    const result = run(['frage', 'neu', '-', '--out', 'neu/frage-servicepoint-sachsen.md'], form);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Frage angelegt: neu/frage-servicepoint-sachsen.md');
    expect(readFileSync(join(dir, 'neu/frage-servicepoint-sachsen.md'), 'utf8')).toContain('id: frage-servicepoint-sachsen\n');
  });

  it('refuses a bad id, a missing file and empty input with exit 2 and a German message', () => {
    const bad = run(['frage', 'neu', 'frage.txt', '--id', 'Servicepoint']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('werkzeugkoffer frage neu: --id erwartet eine Kennung wie „frage-weimar-servicepoint“ (beginnt mit „frage-“, dann Kleinbuchstaben, Ziffern und Bindestriche), nicht „Servicepoint“.\n');
    const missing = run(['frage', 'neu', 'fehlt.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^werkzeugkoffer frage neu: fehlt\.txt: /);
    const empty = run(['frage', 'neu'], '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('werkzeugkoffer frage neu: Der Text ist leer; es gibt keine Frage aufzunehmen.\n');
    expect(existsSync(join(dir, 'toolbox/fragen/frage-neu.md'))).toBe(false);
  });

  it('shows its help and is listed in the general usage', () => {
    const help = run(['frage', 'neu', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Aufruf: werkzeugkoffer frage neu \[datei\|-\] \[--out DATEI\] \[--id ID\]/);
    expect(run(['frage', '--help']).stdout).toContain('werkzeugkoffer frage neu [datei|-]');
    expect(run(['--help']).stdout).toContain('  frage neu [datei|-]');
    expect(run(['frage', 'alt']).code).toBe(2);
  });
});
