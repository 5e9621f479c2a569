// The `check` command as CI runs it: the real process, its exit codes and its four output formats.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Codes, INTAKE_MARKER } from '../server/src/engine';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'werkzeugkoffer.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('werkzeugkoffer check on the real toolbox', () => {
  it('exits 0 and reports no error', () => {
    const result = run(['check', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    const findings = JSON.parse(result.stdout) as { severity: string }[];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('prints a summary in the human format', () => {
    const result = run(['check'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ Dateien geprüft: 0 Fehler/);
  });
});

describe('werkzeugkoffer check on a broken copy', () => {
  let dir: string;
  let toolbox: string;
  const edit = (path: string, change: (text: string) => string) => {
    const file = join(toolbox, path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wk-cli-'));
    toolbox = join(dir, 'toolbox');
    cpSync(join(root, 'toolbox'), toolbox, { recursive: true });
    edit('instrumente/terminsystem.md', (t) => t.replace(/^effort: \w+$/m, 'effort: mitel'));
    edit('praxis/weimar-campus.md', (t) => t.replace(/^instruments: .*$/m, 'instruments:\n  - mobiler-arbeitsplatzz'));
    edit('instrumente/leitbild.md', (t) => t.replace('## Stolpersteine', '## Stolpersteinchen'));
    writeFileSync(join(toolbox, 'praxis', 'kaputt.md'), '---\nkind: case\nid: kaputt\ntitle: [offen\n---\n\n## Ausgangslage\n\nA.\n\n## Vorgehen\n\nB.\n\n## Ergebnisse\n\nC.\n\n## Erfolgsfaktoren\n\nD.\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expected = [
    { file: 'toolbox/instrumente/leitbild.md', code: 'WK701' },
    { file: 'toolbox/instrumente/terminsystem.md', code: 'WK402' },
    { file: 'toolbox/praxis/kaputt.md', code: 'WK201' },
    { file: 'toolbox/praxis/weimar-campus.md', code: 'WK601' },
  ];

  it('exits 1 and reports each error at its place (json)', () => {
    const result = run(['check', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map(({ file, code }) => ({ file, code }))).toEqual(expected);

    const terminsystem = readFileSync(join(toolbox, 'instrumente/terminsystem.md'), 'utf8').split('\n');
    const effortLine = terminsystem.findIndex((l) => l === 'effort: mitel');
    expect(errors[1]).toMatchObject({ line: effortLine + 1, column: 9, endLine: effortLine + 1, endColumn: 14 });
    expect(errors[1]!.message).toContain('Meinten Sie „mittel“?');

    const campus = readFileSync(join(toolbox, 'praxis/weimar-campus.md'), 'utf8').split('\n');
    const refLine = campus.findIndex((l) => l === '  - mobiler-arbeitsplatzz');
    expect(errors[3]).toMatchObject({ line: refLine + 1, column: 5, endColumn: 5 + 'mobiler-arbeitsplatzz'.length });
    expect(errors[2]).toMatchObject({ line: 4 });
  });

  it('reports the same findings as workflow annotations (github)', () => {
    const result = run(['check', '--format', 'github'], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').filter((l) => l.startsWith('::error '));
    expect(lines).toHaveLength(expected.length);
    expect(lines[1]).toMatch(/^::error file=toolbox\/instrumente\/terminsystem\.md,line=\d+,col=9,endLine=\d+,endColumn=14,title=WK402::„mitel“ ist kein erlaubter Wert/);
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema', () => {
    const result = run(['check', '--format', 'sarif'], dir);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const errors = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error');
    expect(errors.map((r: { ruleId: string }) => r.ruleId)).toEqual(expected.map((e) => e.code));
    expect(errors[1].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'toolbox/instrumente/terminsystem.md' }, region: { startColumn: 9, endColumn: 14 } });
    // Every rule of the engine, as code-scanning views list them: German description, help, default level.
    const rules = sarif.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[];
    expect(rules.map((r) => r.id)).toEqual(['WK000', ...Object.values(Codes)].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))));
    expect(rules.find((r) => r.id === 'WK402')).toMatchObject({ shortDescription: { text: 'Wert nicht erlaubt' }, defaultConfiguration: { level: 'error' } });
    expect(rules.find((r) => r.id === 'WK604')!.defaultConfiguration.level).toBe('warning');
    expect(rules.find((r) => r.id === 'WK1008')!.defaultConfiguration.level).toBe('note');
    expect(rules.every((r) => r.help.text.length > 40)).toBe(true);
    for (const result of sarif.runs[0].results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('shows file, line, column, code, message and a marked excerpt (human)', () => {
    const result = run(['check', 'toolbox/instrumente/terminsystem.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^toolbox\/instrumente\/terminsystem\.md:\d+:9 Fehler WK402 „mitel“ ist kein erlaubter Wert für „Aufwand“/m);
    expect(result.stdout).toMatch(/\| effort: mitel\n\s+\| {9}\^{5}\n/);
    expect(result.stdout).toContain('1 Datei geprüft: 1 Fehler');
  });
});

describe('werkzeugkoffer check on a toolbox under another name', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wk-cli-copy-'));
    cpSync(join(root, 'toolbox'), join(dir, 'sicherung'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves one file and one folder against the whole copy, as in toolbox/', () => {
    for (const [path, files] of [['sicherung/instrumente/servicepoint.md', '1 Datei'], ['sicherung/instrumente', '25 Dateien']] as const) {
      const result = run(['check', path], dir);
      expect(result.stderr, path).toBe('');
      expect(result.code, path).toBe(0);
      expect(result.stdout, path).toMatch(new RegExp(`${files} geprüft: 0 Fehler`));
    }
  });
});

describe('werkzeugkoffer check on a copy with a leftover marker of the intake', () => {
  let dir: string;
  const question = 'toolbox/fragen/frage-bamf-haltung.md';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wk-cli-marker-'));
    cpSync(join(root, 'toolbox'), join(dir, 'toolbox'), { recursive: true });
    const file = join(dir, question);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text
      .replace('  beraten. Gibt es', `  beraten. Rückfragen an ${INTAKE_MARKER.phone}. Gibt es`)
      .replace('Dass die Haltung entscheidend ist,', `Antwort bitte an ${INTAKE_MARKER.email}. Dass die Haltung entscheidend ist,`));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with the marker in the folded question and in the answer as the only errors, each on the marker', () => {
    const result = run(['check', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const lines = readFileSync(join(dir, question), 'utf8').split('\n');
    const where = (marker: string) => {
      const line = lines.findIndex((l) => l.includes(marker));
      const column = lines[line]!.indexOf(marker) + 1;
      return { file: question, line: line + 1, column, endLine: line + 1, endColumn: column + marker.length, severity: 'error', code: 'WK906' };
    };
    const errors = (JSON.parse(result.stdout) as { severity: string; message: string }[]).filter((f) => f.severity === 'error');
    expect(errors.map(({ message, ...rest }) => rest)).toEqual([where(INTAKE_MARKER.phone), where(INTAKE_MARKER.email)]);
    expect(errors[0]).toMatchObject({ line: 7, column: 26 });
    expect(errors[1]!.message).toBe(`Hier steht noch eine Markierung aus der Aufnahme der Frage („${INTAKE_MARKER.email}“): An dieser Stelle stand ein personenbezogenes Datum (E-Mail-Adresse), das nicht veröffentlicht wird. Löschen Sie die Markierung oder formulieren Sie den Satz ohne sie um, bevor die Frage veröffentlicht wird.`);
  });

  it('stops the handbook from being built (exit 1, nothing written)', () => {
    const result = run(['build', '--out', 'site', '--no-search'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('WK906');
    expect(existsSync(join(dir, 'site', 'index.html'))).toBe(false);
  });
});

describe('werkzeugkoffer usage errors', () => {
  it('exits 2 on an unknown format, command or path', () => {
    expect(run(['check', '--format', 'xml'], root).code).toBe(2);
    expect(run(['pruefen'], root).code).toBe(2);
    const missing = run(['check', 'gibt-es-nicht'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Pfad nicht gefunden: gibt-es-nicht');
  });

  it('says in German what is wrong on the command line, with the nearest option and the command’s own usage', () => {
    const typo = run(['check', '--formt', 'json'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^werkzeugkoffer check: Unbekannte Option „--formt“\. Meinten Sie --format\?\n\nAufruf: werkzeugkoffer check /);
    const noValue = run(['check', '--format'], root);
    expect(noValue.stderr).toContain('Die Option --format braucht einen Wert.');
    const build = run(['build', '--pdf=ja'], root);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^werkzeugkoffer build: Die Option --pdf nimmt keinen Wert\.\n\nAufruf: werkzeugkoffer build /);
    expect(run(['build', '--outt', 'x'], root).stderr).toContain('Unbekannte Option „--outt“. Meinten Sie --out?');
    for (const result of [typo, noValue, build]) expect(result.stderr).not.toMatch(/Unknown|argument|positional/);
  });

  it('names the nearest command or subcommand of a mistyped one', () => {
    const command = run(['chek'], root);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^werkzeugkoffer: Unbekannter Befehl „chek“\. Meinten Sie check\?\n\nAufruf: werkzeugkoffer <befehl>/);
    const sub = run(['plan', 'nwe'], root);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/^werkzeugkoffer plan: Unbekannter Unterbefehl „nwe“\. Meinten Sie new\?\n\nAufruf:/);
    expect(run(['plan'], root).stderr).toMatch(/^werkzeugkoffer plan: Unterbefehl fehlt\.\n/);
    expect(run(['frage', 'neuu'], root).stderr).toMatch(/^werkzeugkoffer frage: Unbekannter Unterbefehl „neuu“\. Meinten Sie neu\?/);
    // Nothing near: no guess.
    expect(run(['xyz123'], root).stderr).toMatch(/^werkzeugkoffer: Unbekannter Befehl „xyz123“\.\n/);
    expect(run(['constructor'], root).stderr).toMatch(/Unbekannter Befehl „constructor“/);
    expect(run(['--versio'], root).stderr).toMatch(/^werkzeugkoffer: Unbekannte Option „--versio“\. Meinten Sie --version\?/);
  });

  it('shows each command’s own help with --help and -h, exit 0', () => {
    for (const args of [['check', '--help'], ['check', '-h']]) {
      const help = run(args, root);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Aufruf: werkzeugkoffer check \[pfade…\]/);
      expect(help.stdout).toContain('--format sarif');
    }
    expect(run(['build', '--help'], root).stdout).toMatch(/^Aufruf: werkzeugkoffer build /);
    expect(run(['plan', '--help'], root).stdout).toContain('Hilfe zu einem Unterbefehl: werkzeugkoffer plan new --help');
    for (const sub of ['new', 'render', 'update', 'status', 'report']) {
      const help = run(['plan', sub, '--help'], root);
      expect(help.code, sub).toBe(0);
      expect(help.stdout, sub).toMatch(new RegExp(`^Aufruf: werkzeugkoffer plan ${sub} `));
    }
  });

  it('says what is wrong with a plan subcommand, with that subcommand’s usage', () => {
    const typo = run(['plan', 'render', 'plan.md', '--pdff'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^werkzeugkoffer plan render: Unbekannte Option „--pdff“\. Meinten Sie --pdf\?\n\nAufruf: werkzeugkoffer plan render /);
    const missing = run(['plan', 'update'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^werkzeugkoffer plan update: Plan und --assessment sind Pflicht\.\n\nAufruf: werkzeugkoffer plan update /);
  });
});
