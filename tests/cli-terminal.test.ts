// What the CLI writes to a terminal: control characters from documents and file names (escape and OSC
// sequences, CR, newlines, BEL, C1 controls, bidi overrides) appear escaped, never raw, and the marker under an
// excerpt still points at the value; the GitHub format escapes as its workflow commands require. A UTF-16 file is
// named as such, with the way to convert it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eckpunkt, instrument } from '../server/src/engine/testing/fixtures';

const cli = join(__dirname, '..', 'bin', 'werkzeugkoffer.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every character a terminal acts on rather than shows, but the line feed that ends a line and the tab. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** An effort value that clears the title (OSC 0 … BEL), reverses the line (RLO) and opens a C1 CSI. */
const VALUE = '"mi\u001b]0;x\u0007t\u202etel\u009b"';
const NEWLINE_NAME = 'neue\nzeile\r.md';
const PROPERTY_NAME = '100%,a:b.md';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wk-terminal-'));
  const toolbox = join(dir, 'toolbox');
  mkdirSync(toolbox);
  writeFileSync(join(toolbox, 'binnenorganisation.md'), eckpunkt());
  writeFileSync(join(toolbox, 'terminsystem.md'), instrument().replace('effort: mittel', `effort: ${VALUE}`));
  writeFileSync(join(toolbox, NEWLINE_NAME), instrument({ id: 'zeile' }));
  writeFileSync(join(toolbox, PROPERTY_NAME), instrument({ id: 'prozent' }));
  const text = instrument({ id: 'utf16' });
  writeFileSync(join(toolbox, 'utf16le.md'), Buffer.from(text, 'utf16le'));
  writeFileSync(join(toolbox, 'utf16le-bom.md'), Buffer.from(`\uFEFF${text}`, 'utf16le'));
  writeFileSync(join(toolbox, 'utf16be-bom.md'), Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());
  writeFileSync(join(toolbox, 'utf16be.md'), Buffer.from(text, 'utf16le').swap16());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format human', () => {
  it('escapes the control characters of values, messages, excerpts and file names, and marks the escaped value', () => {
    const result = run(['check', 'toolbox'], dir);
    expect(result.code).toBe(1);
    // The bytes themselves: no ESC, BEL, CR, C1 or bidi control anywhere, and the file name's newline is no line break.
    expect(result.stdout.includes(0x1b)).toBe(false);
    const out = result.stdout.toString('utf8');
    expect(out).not.toMatch(RAW_CONTROL);

    const shown = String.raw`"mi\x1b]0;x\x07t\u202etel\x9b"`;
    const lines = out.split('\n');
    const at = lines.findIndex((line) => line.startsWith('toolbox/terminsystem.md:'));
    expect(lines[at]).toBe(String.raw`toolbox/terminsystem.md:13:9 Fehler WK402 „mi\x1b]0;x\x07t\u202etel\x9b“ ist kein erlaubter Wert für „Aufwand“. Erlaubt: „niedrig“, „mittel“, „hoch“.`);
    expect(lines[at + 1]).toBe(`   13 | effort: ${shown}`);
    expect(lines[at + 2]).toBe(`      |         ${'^'.repeat(shown.length)}`);

    expect(out).toContain(String.raw`toolbox/neue\nzeile\r.md:3:5 Warnung WK502 Die Kennung „zeile“ weicht vom Dateinamen „neue\nzeile\r.md“ ab.`);
  });

  it('escapes what the CLI says about a path, too', () => {
    const result = run(['check', 'toolbox/gibt\u001b[2J-es-nicht.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.includes(0x1b)).toBe(false);
    expect(result.stderr.toString('utf8')).toContain(String.raw`Pfad nicht gefunden: toolbox/gibt\x1b[2J-es-nicht.md`);
  });
});

describe('--format github', () => {
  it('escapes %, CR and LF in the message and also : and , in the file property', () => {
    const result = run(['check', 'toolbox', '--format', 'github'], dir);
    const lines = result.stdout.toString('utf8').split('\n');
    expect(lines).toContain('::warning file=toolbox/neue%0Azeile%0D.md,line=3,col=5,endLine=3,endColumn=10,title=WK502::Die Kennung „zeile“ weicht vom Dateinamen „neue%0Azeile%0D.md“ ab. Benennen Sie die Datei in „zeile.md“ um oder passen Sie die Kennung an.');
    expect(lines).toContain('::warning file=toolbox/100%25%2Ca%3Ab.md,line=3,col=5,endLine=3,endColumn=12,title=WK502::Die Kennung „prozent“ weicht vom Dateinamen „100%25,a:b.md“ ab. Benennen Sie die Datei in „prozent.md“ um oder passen Sie die Kennung an.');
  });
});

describe('a UTF-16 file', () => {
  const advice = (order: string) =>
    `Die Datei ist in ${order} kodiert, nicht in UTF-8, und wird nicht geprüft. Wandeln Sie sie um, etwa mit „iconv -f ${order} -t UTF-8 alt.md > neu.md“ oder in VS Code mit „Mit Codierung speichern“ → „UTF-8“.`;

  it('is named with its byte order and how to convert it, with or without a BOM', () => {
    const result = run(['check', 'toolbox', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout.toString('utf8')) as { file: string; line: number; column: number; code: string; message: string }[]).filter((f) => f.file.includes('utf16'));
    expect(findings).toEqual(
      ['utf16be-bom.md', 'utf16be.md', 'utf16le-bom.md', 'utf16le.md'].map((file) => ({
        file: `toolbox/${file}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'error',
        code: 'WK104',
        message: advice(file.includes('be') ? 'UTF-16BE' : 'UTF-16LE'),
      })),
    );
  });
});
