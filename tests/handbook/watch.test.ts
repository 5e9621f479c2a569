// `werkzeugkoffer build --watch`: serves on 127.0.0.1 (refusing malformed requests), and after a one-document change writes that page and
// the pages that show it, not the whole site; a change with an error is reported and not published.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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

/** A request sent as written: `fetch` would normalise `..` and percent-escapes before they reach the server. */
function rawRequest(method: string, path: string): Promise<{ status: number; body: string; allow?: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: new URL(url).port, method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, allow: response.headers.allow }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('build --watch', () => {
  it('serves the site on 127.0.0.1, with a 404 page for unknown addresses', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const start = await fetch(url);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('<html lang="de">');
    const missing = await fetch(`${url}gibt-es-nicht.html`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Seite nicht gefunden');
  });

  it('refuses malformed requests with 400, 405 or 414, serves nothing outside the site folder, and stays up', async () => {
    const site = join(dir, 'site');
    writeFileSync(join(dir, 'geheim.html'), '<p>Geheimnis außerhalb der Website</p>');
    symlinkSync(join(dir, 'geheim.html'), join(site, 'geheim.html'));
    symlinkSync(dir, join(site, 'extern'));
    const refused: [string, string, number][] = [
      ['GET', '/%00', 400],
      ['GET', '/instrumente/%00.html', 400],
      ['GET', '/%2e%2e/%2e%2e/etc/passwd', 400],
      ['GET', '/.%2E/geheim.html', 400],
      ['GET', '/..%2f..%2fetc/passwd', 400],
      ['GET', '/..%5c..%5cetc/passwd', 400],
      ['GET', '/../../etc/passwd', 400],
      ['GET', '/%c0%ae%c0%ae/etc/passwd', 400],
      ['GET', '/%zz', 400],
      ['GET', '/index%', 400],
      ['GET', `${url}index.html`, 400],
      ['GET', `/${'a'.repeat(3000)}`, 414],
      ['POST', '/', 405],
      ['DELETE', '/index.html', 405],
      ['GET', '/geheim.html', 404],
      ['GET', '/extern/geheim.html', 404],
      ['GET', '/%252e%252e/geheim.html', 404],
    ];
    for (const [method, path, status] of refused) {
      const answer = await rawRequest(method, path);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status });
      expect(answer.body).not.toContain('Geheimnis');
    }
    expect((await rawRequest('POST', '/')).allow).toBe('GET, HEAD');
    expect(child.exitCode).toBeNull();
    const start = await rawRequest('GET', '/');
    expect(start.status).toBe(200);
    expect(start.body).toContain('<html lang="de">');
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
    await waitFor(/Suchindex aktualisiert \(\d+ durchsuchbare Seiten, /, () => stdout.slice(before));
  });

  it('keeps following a document that is replaced by renaming a new file over it (as editors and sed -i save), and new folders', { timeout: 60_000 }, async () => {
    const file = join(dir, 'toolbox', 'instrumente', 'leitbild.md');
    for (const title of ['Leitbild eins', 'Leitbild zwei', 'Leitbild drei']) {
      const before = stdout.length;
      const temporary = join(dir, 'toolbox', 'instrumente', '.leitbild.md.tmp');
      writeFileSync(temporary, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
      renameSync(temporary, file);
      await waitFor(/leitbild\.md: \d+ Seiten neu geschrieben/, () => stdout.slice(before));
      expect(await (await fetch(`${url}instrumente/leitbild.html`)).text()).toContain(`<h1>${title}</h1>`);
    }
    const before = stdout.length;
    const folder = join(dir, 'toolbox', 'praxis', 'neu');
    mkdirSync(folder);
    await new Promise((r) => setTimeout(r, 300));
    const fresh = join(dir, 'toolbox', 'praxis', 'weimar-servicepoint.md');
    writeFileSync(join(folder, 'weimar-kopie.md'), readFileSync(fresh, 'utf8').replace(/^id: .*$/m, 'id: weimar-kopie').replace(/^title: .*$/m, 'title: "Weimar: Kopie im neuen Ordner"').replaceAll('](../', '](../../'));
    await waitFor(/weimar-kopie\.md: \d+ Seiten neu geschrieben/, () => stdout.slice(before));
    expect(await (await fetch(`${url}praxis/weimar-kopie.html`)).text()).toContain('Weimar: Kopie im neuen Ordner');
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
