// `werkzeugkoffer build --watch`: serves on 127.0.0.1, and after a one-document change writes that page and
// the pages that show it, not the whole site; a change with an error is reported and not published.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './browser';

let dir: string;
let child: ChildProcess;
let url: string;
let stdout = '';
let stderr = '';

function waitFor(pattern: RegExp, stream: () => string, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      const match = pattern.exec(stream());
      if (match) return resolve(match);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wk-watch-'));
  cpSync(join(root, 'toolbox'), join(dir, 'toolbox'), { recursive: true });
  child = spawn(process.execPath, [cli, 'build', 'toolbox', '--out', 'site', '--watch', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  url = (await waitFor(/Vorschau: (http:\/\/127\.0\.0\.1:\d+\/)/, () => stdout))[1]!;
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('build --watch', () => {
  it('serves the site on 127.0.0.1, with a 404 page for unknown addresses', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const start = await fetch(url);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('<html lang="de">');
    const missing = await fetch(`${url}gibt-es-nicht.html`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Seite nicht gefunden');
    const escape = await fetch(`${url}..%2f..%2fetc/passwd`);
    expect(escape.status).toBe(404);
  });

  it('after a one-document change, writes that page and the pages that show it — not the whole site', async () => {
    const site = join(dir, 'site');
    const untouched = statSync(join(site, 'instrumente', 'leitbild.html')).mtimeMs;
    const before = stdout.length;
    const file = join(dir, 'toolbox', 'praxis', 'weimar-servicepoint.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Weimar: Neue Terminvergabe am Servicepoint"'));
    const line = await waitFor(/geändert: .*weimar-servicepoint\.md: (\d+) Seiten neu geschrieben.*: (.*)\n/, () => stdout.slice(before));
    const written = Number(line[1]);
    const total = Number(/Handbuch gebaut: (\d+) Seiten/.exec(stdout)![1]);
    expect(written).toBeGreaterThan(3);
    expect(written).toBeLessThan(total / 3);
    expect(line[2]).toContain('praxis/weimar-servicepoint.html');
    const instrument = await (await fetch(`${url}instrumente/terminsystem.html`)).text();
    expect(instrument).toContain('Weimar: Neue Terminvergabe am Servicepoint');
    expect(statSync(join(site, 'instrumente', 'leitbild.html')).mtimeMs).toBe(untouched);
    await waitFor(/Suchindex aktualisiert/, () => stdout.slice(before));
  });

  it('a change with an error is reported with its location and not published', async () => {
    const before = stdout.length;
    const beforeErr = stderr.length;
    const file = join(dir, 'toolbox', 'instrumente', 'terminsystem.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^effort: \w+$/m, 'effort: riesig').replace(/^title: .*$/m, 'title: Terminsystem kaputt'));
    await waitFor(/terminsystem\.md: 1 Fehler, Handbuch nicht aktualisiert/, () => stdout.slice(before));
    await waitFor(/toolbox\/instrumente\/terminsystem\.md:\d+:9 Fehler WK402/, () => stderr.slice(beforeErr));
    const page = await (await fetch(`${url}instrumente/terminsystem.html`)).text();
    expect(page).not.toContain('Terminsystem kaputt');
    // Fixed again: published.
    const again = stdout.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('effort: riesig', 'effort: mittel'));
    await waitFor(/terminsystem\.md: \d+ Seiten neu geschrieben/, () => stdout.slice(again));
    expect(await (await fetch(`${url}instrumente/terminsystem.html`)).text()).toContain('Terminsystem kaputt');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Vorschau beendet.');
  });
});
