// Files that are not regular files, through the real CLI: a link to /dev/zero, a FIFO (directly and through a
// link), a socket, a link out of the toolbox, directory links in a circle and a file over the size limit. Each
// is reported with its reason and nothing else is read; named on the command line, a FIFO, a device or a folder
// named like a document is a usage error. Every run must finish: the timeouts guard against a hang.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eckpunkt, instrument } from '../server/src/engine/testing/fixtures';

const cli = join(__dirname, '..', 'bin', 'werkzeugkoffer.js');

/** Runs the CLI to its end; `spawn` rather than `spawnSync`, so that the socket below stays served meanwhile. */
function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let toolbox: string;
let socket: Server;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wk-special-'));
  toolbox = join(dir, 'toolbox');
  mkdirSync(join(toolbox, 'unter'), { recursive: true });
  writeFileSync(join(toolbox, 'binnenorganisation.md'), eckpunkt());
  writeFileSync(join(toolbox, 'terminsystem.md'), instrument());
  symlinkSync('/dev/zero', join(toolbox, 'null.md'));
  execFileSync('mkfifo', [join(toolbox, 'pipe.md')]);
  symlinkSync('pipe.md', join(toolbox, 'zur-pipe.md'));
  writeFileSync(join(dir, 'draussen.md'), instrument({ id: 'draussen' }));
  symlinkSync('../draussen.md', join(toolbox, 'draussen.md'));
  // Directory links in a circle: one inside the toolbox (not entered), one named like a document (reported).
  symlinkSync('..', join(toolbox, 'unter', 'zurueck'));
  symlinkSync('.', join(toolbox, 'kreis.md'));
  writeFileSync(join(toolbox, 'gross.md'), `---\nkind: case\n---\n${'x'.repeat(2 * 1024 * 1024)}`);
  // A folder named like a document is walked like any folder; named on the command line it is refused.
  mkdirSync(join(toolbox, 'ordner.md'));
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(join(toolbox, 'socket.md'), resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('check over a toolbox with files that are not regular files', () => {
  it('reports each with its reason, reads none of them, and checks the rest', async () => {
    const result = await run(['check', 'toolbox', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { file: string; line: number; column: number; code: string; message: string }[]).map(({ file, line, column, code, message }) => ({ file, at: `${line}:${column}`, code, message }));
    expect(findings).toEqual([
      { file: 'toolbox/draussen.md', at: '1:1', code: 'WK104', message: `Der symbolische Link führt aus dem Werkzeugkoffer hinaus und wird nicht gelesen (Ziel: ${join(dir, 'draussen.md')}).` },
      { file: 'toolbox/gross.md', at: '1:1', code: 'WK105', message: 'Die Datei ist größer als 1 MB (2,1 MB) und wird nicht geprüft.' },
      { file: 'toolbox/kreis.md', at: '1:1', code: 'WK104', message: `Der symbolische Link zeigt auf ein Verzeichnis, keine reguläre Datei, und wird nicht gelesen (Ziel: ${toolbox}).` },
      { file: 'toolbox/null.md', at: '1:1', code: 'WK104', message: 'Der symbolische Link führt aus dem Werkzeugkoffer hinaus und wird nicht gelesen (Ziel: /dev/zero).' },
      { file: 'toolbox/pipe.md', at: '1:1', code: 'WK104', message: 'Das ist eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen.' },
      { file: 'toolbox/socket.md', at: '1:1', code: 'WK104', message: 'Das ist ein Socket, keine reguläre Datei, und wird nicht gelesen.' },
      { file: 'toolbox/zur-pipe.md', at: '1:1', code: 'WK104', message: `Der symbolische Link zeigt auf eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen (Ziel: ${join(toolbox, 'pipe.md')}).` },
    ]);
  }, 60_000);

  it('the human format counts every file it met, the skipped ones included', async () => {
    const result = await run(['check', 'toolbox'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('9 Dateien geprüft: 7 Fehler, 0 Warnungen.');
  }, 60_000);

  it('build refuses to publish with the same messages', async () => {
    const result = await run(['build', 'toolbox', '--out', 'site', '--no-search'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('toolbox/null.md:1:1 Fehler WK104 Der symbolische Link führt aus dem Werkzeugkoffer hinaus und wird nicht gelesen (Ziel: /dev/zero).');
    expect(result.stderr).toContain('toolbox/pipe.md:1:1 Fehler WK104 Das ist eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen.');
    expect(result.stderr).toContain('Das Handbuch wurde nicht gebaut: 7 Fehler im Werkzeugkoffer.');
  }, 60_000);
});

describe('check with a path that is no Markdown file and no folder', () => {
  it.each([
    ['toolbox/pipe.md', '„toolbox/pipe.md“ ist eine benannte Pipe (FIFO), keine reguläre Datei; geprüft werden nur Markdown-Dateien und Ordner.'],
    ['toolbox/zur-pipe.md', '„toolbox/zur-pipe.md“ ist eine benannte Pipe (FIFO), keine reguläre Datei; geprüft werden nur Markdown-Dateien und Ordner.'],
    ['toolbox/null.md', '„toolbox/null.md“ ist eine Gerätedatei, keine reguläre Datei; geprüft werden nur Markdown-Dateien und Ordner.'],
    ['toolbox/socket.md', '„toolbox/socket.md“ ist ein Socket, keine reguläre Datei; geprüft werden nur Markdown-Dateien und Ordner.'],
    ['toolbox/ordner.md', '„toolbox/ordner.md“ ist ein Verzeichnis, keine Markdown-Datei.'],
  ])('%s: exit code 2 and a message naming it', async (path, message) => {
    const result = await run(['check', path], dir);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `werkzeugkoffer: ${message}\n` });
  }, 60_000);

  it('build, given a FIFO for the toolbox, says so with exit code 2', async () => {
    const result = await run(['build', 'toolbox/pipe.md', '--out', 'site'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('werkzeugkoffer build: Der Werkzeugkoffer muss ein Verzeichnis sein; „toolbox/pipe.md“ ist eine benannte Pipe (FIFO).');
  }, 60_000);

  it('a regular file beside them is checked as before', async () => {
    const result = await run(['check', 'toolbox/terminsystem.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 Datei geprüft: 0 Fehler, 0 Warnungen.\n');
  }, 60_000);
});

describe('plan commands, which read the files they are given outside any toolbox', () => {
  it('refuse a FIFO as the plan and /dev/zero as the assessment, without blocking or reading', async () => {
    const pipe = await run(['plan', 'update', 'toolbox/pipe.md', '--assessment', 'bewertung.yaml', '--toolbox', 'toolbox'], dir);
    expect(pipe).toEqual({ code: 2, stdout: '', stderr: 'toolbox/pipe.md: Das ist eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen.\n' });
    const zero = await run(['plan', 'new', '--agency', 'Ausländerbehörde Musterstadt', '--bundesland', 'Hessen', '--assessment', 'toolbox/null.md', '--toolbox', 'toolbox', '--out', 'plan.md'], dir);
    expect(zero).toEqual({ code: 2, stdout: '', stderr: 'toolbox/null.md: Der symbolische Link zeigt auf eine Gerätedatei, keine reguläre Datei, und wird nicht gelesen (Ziel: /dev/zero).\n' });
  }, 60_000);
});
