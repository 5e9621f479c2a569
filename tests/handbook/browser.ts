// Test support for the handbook: Debian's Chromium (installed on demand when running as root, never
// downloaded by Playwright), a static server on 127.0.0.1 for a built site, and building a toolbox.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../server/src/node/pdf';
import { ensureDebianPackage } from '../setup/debianPackages';

export const root = join(__dirname, '..', '..');
export const cli = join(root, 'bin', 'werkzeugkoffer.js');

/** Chromium on the PATH; when missing and running as root, `apt-get install -y chromium`; otherwise a clear failure. */
export function ensureChromium(): string {
  return ensureDebianPackage('chromium', findChromium, 'Die Browser- und PDF-Tests');
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensureChromium();
  // Playwright gives every launch a fresh, temporary profile of its own.
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

/** Builds `toolbox` with the real CLI into a fresh folder and returns it (throws with the output on failure). */
export function buildToolbox(toolbox: string, extra: string[] = []): string {
  const out = join(mkdtempSync(join(tmpdir(), 'wk-handbuch-')), 'site');
  const result = spawnSync(process.execPath, [cli, 'build', toolbox, '--out', out, ...extra], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 like a static host (GitHub Pages): directories → index.html, missing → 404.html. */
export function serve(dir: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir + sep) && file !== dir) file = join(dir, '404.html');
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
      status = 404;
      file = join(dir, '404.html');
    }
    response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
