// `werkzeugkoffer build --watch`: serves the handbook on 127.0.0.1 for editors and, when a document
// changes, re-checks what the change affects and writes only the pages that show the document again.
import { existsSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, LanguageService } from '../../engine';
import type { Handbook } from '../../engine';
import { uriOf } from '../fileWorkspace';
import { watchMarkdownTree } from './watchTree';
import { writeSearchIndex } from './pagefind';
import { rebuildPages } from './site';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

const RELOAD_PATH = '/__werkzeugkoffer/neu-laden.js';
const EVENTS_PATH = '/__werkzeugkoffer/ereignisse';
const RELOAD_JS = `new EventSource('${EVENTS_PATH}').addEventListener('message', function () { location.reload(); });\n`;

export interface PreviewServer {
  server: Server;
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** Longer request targets are refused (414): no page of the site has an address near this long. */
const MAX_TARGET_LENGTH = 2048;

export type ResolvedRequest = { status: 200; file: string } | { status: 400 | 404 | 414 };

/**
 * The file of the site folder `root` that a request target names. Only a path is accepted (no absolute URL), each
 * segment percent-decoded exactly once and strictly: a bad escape, a NUL or other control character, an encoded
 * slash or backslash, and `.` or `..` in any spelling are a bad request. A path that leads out of the folder,
 * through a link too, is not found, like anything that is not a regular file.
 */
export function resolveRequest(root: string, target: string): ResolvedRequest {
  if (target.length > MAX_TARGET_LENGTH) return { status: 414 };
  if (!target.startsWith('/')) return { status: 400 };
  const segments: string[] = [];
  for (const raw of target.split(/[?#]/, 1)[0]!.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400 }; // not percent-encoding, or not UTF-8 (an overlong `%c0%ae` too)
    }
    if (segment === '.' || segment === '..' || /[\u0000-\u001f\u007f/\\]/.test(segment)) return { status: 400 };
    if (segment) segments.push(segment);
  }
  const realRoot = realpathOrUndefined(root);
  if (!realRoot) return { status: 404 };
  let file = realpathOrUndefined(join(root, ...segments));
  if (file && statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = realpathOrUndefined(join(file, 'index.html'));
  // Nothing outside the site folder is ever served, whatever link leads there.
  if (!file?.startsWith(realRoot + sep)) return { status: 404 };
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? { status: 200, file } : { status: 404 };
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

const REFUSED: Record<number, string> = { 400: 'Ungültige Anfrage', 405: 'Methode nicht erlaubt', 414: 'Adresse zu lang', 500: 'Interner Fehler' };

/** A static file server for the built site on 127.0.0.1, with live reload for the pages it serves. */
export function servePreview(siteDir: string, port: number): Promise<PreviewServer> {
  const root = resolve(siteDir);
  const clients = new Set<import('node:http').ServerResponse>();
  const refuse = (response: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
    response.end(`${REFUSED[status]}\n`);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, { allow: 'GET, HEAD' });
    const target = request.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0];
    if (pathname === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': verbunden\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (pathname === RELOAD_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
      response.end(RELOAD_JS);
      return;
    }
    const resolved = resolveRequest(root, target);
    if (resolved.status === 400 || resolved.status === 414) return refuse(response, resolved.status);
    const notFound = resolveRequest(root, '/404.html');
    const path = resolved.status === 200 ? resolved.file : notFound.status === 200 ? notFound.file : undefined;
    let body: Buffer | string;
    try {
      if (!path) throw new Error('no 404 page');
      body = readFileSync(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Nicht gefunden');
      return;
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) body = body.toString('utf8').replace('</head>', `<script src="${RELOAD_PATH}" defer></script>\n</head>`);
    response.writeHead(resolved.status === 200 ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(body);
  };
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // Whatever a request does, the preview stays up.
      if (!response.headersSent) refuse(response, 500);
      else response.destroy();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        server,
        url: `http://127.0.0.1:${actual}/`,
        reload() {
          for (const client of clients) client.write('data: neu\n\n');
        },
        close() {
          for (const client of clients) client.end();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

export interface WatchOptions {
  toolbox: string;
  out: string;
  port: number;
  /** Whether the search index is written again after a change (not with --no-search). */
  search: boolean;
  log(line: string): void;
  /** Reports findings (human format) when a change brings errors. */
  report(uris: string[], diagnostics: Map<string, Diagnostic[]>): void;
  /** The handbook of the last good build, if the initial build succeeded. */
  handbook?: Handbook;
  /** Builds the whole site (used when the initial build had errors and they are fixed). */
  fullBuild(): Promise<Handbook | undefined>;
}

export interface WatchSession {
  preview: PreviewServer;
  close(): Promise<void>;
  /** Resolves when pending changes are handled (for tests). */
  idle(): Promise<void>;
}

export async function watchHandbook(service: LanguageService, options: WatchOptions): Promise<WatchSession> {
  const toolbox = resolve(options.toolbox);
  const out = resolve(options.out);
  let handbook = options.handbook;
  const preview = await servePreview(out, options.port);
  options.log(`Vorschau: ${preview.url} (Strg+C beendet)`);

  // Errors per document, kept current from the URIs each change affects: no full re-check per keystroke.
  const errors = new Map<string, Diagnostic[]>();
  for (const uri of service.uris()) {
    const found = service.diagnostics(uri).filter((d) => d.severity === 'error');
    if (found.length) errors.set(uri, found);
  }

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let searchRunning: Promise<void> | undefined;
  let searchAgain = false;

  const refreshSearch = () => {
    if (searchRunning) {
      searchAgain = true;
      return;
    }
    searchRunning = (async () => {
      do {
        searchAgain = false;
        const staging = join(out, '.pagefind-neu');
        try {
          const result = await writeSearchIndexInto(out, staging);
          options.log(`  Suchindex aktualisiert (${result.pages} durchsuchbare Seiten, ${(result.ms / 1000).toFixed(1).replace('.', ',')} s)`);
        } catch (error) {
          options.log(`  Suchindex nicht aktualisiert: ${(error as Error).message}`);
        }
      } while (searchAgain);
      searchRunning = undefined;
      preview.reload();
    })();
  };

  const handle = async () => {
    const paths = [...pending];
    pending.clear();
    const changed: string[] = [];
    const affected = new Set<string>();
    for (const path of paths) {
      const uri = uriOf(path);
      // Whatever is there now is read (a FIFO or a folder named like a document is reported, as by `check`).
      const exists = lstatSync(path, { throwIfNoEntry: false }) !== undefined;
      const touched = exists ? service.refresh(uri) : service.remove(uri);
      changed.push(uri);
      for (const u of touched) affected.add(u);
    }
    for (const uri of affected) {
      const found = service.diagnostics(uri).filter((d) => d.severity === 'error');
      if (found.length) errors.set(uri, found);
      else errors.delete(uri);
    }
    const names = paths.map((p) => relative(process.cwd(), p) || p).join(', ');
    if (errors.size) {
      options.log(`geändert: ${names}: ${[...errors.values()].reduce((n, e) => n + e.length, 0)} Fehler, Handbuch nicht aktualisiert.`);
      options.report([...errors.keys()].sort(), errors);
      return;
    }
    if (!handbook) {
      handbook = await options.fullBuild();
      if (handbook) options.log(`geändert: ${names}: Fehler behoben, Handbuch vollständig gebaut.`);
      preview.reload();
      return;
    }
    const result = rebuildPages(handbook, out, changed, (uri) => service.contains(uri));
    options.log(`geändert: ${names}: ${result.write.length} ${result.write.length === 1 ? 'Seite' : 'Seiten'} neu geschrieben${result.remove.length ? `, ${result.remove.length} entfernt` : ''} (${result.ms.toFixed(0)} ms): ${result.write.slice(0, 8).join(', ')}${result.write.length > 8 ? ', …' : ''}`);
    preview.reload();
    if (options.search) refreshSearch();
  };

  const watcher = watchMarkdownTree(toolbox, (path) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(handle).catch((error) => options.log(`Fehler beim Aktualisieren: ${(error as Error).stack ?? error}`));
    }, 60);
  });

  return {
    preview,
    async close() {
      watcher.close();
      clearTimeout(timer);
      await running;
      await searchRunning;
      await preview.close();
    },
    async idle() {
      await new Promise((r) => setTimeout(r, 120));
      await running;
      await searchRunning;
    },
  };
}

/** Writes the search index into `staging`, then swaps it in for `site/pagefind`, so search keeps working meanwhile. */
async function writeSearchIndexInto(site: string, staging: string) {
  rmSync(staging, { recursive: true, force: true });
  const result = await writeSearchIndex(site, staging);
  const target = join(site, 'pagefind');
  const old = join(site, '.pagefind-alt');
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  return result;
}
