// Writing the handbook to disk: the engine renders, this adapter writes pages, assets and linked files,
// runs the search index, and publishes the result by swapping a complete staging folder into place, so a
// failed build never leaves a half-written site behind.
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { writeFile as writeFileAsync } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { LanguageService } from '../../engine';
import { createHandbook, PATHS, type Handbook, type HandbookOptions, type RebuildPlan } from '../../engine';
import { pathOf } from '../fileWorkspace';
import { FAVICON_SVG, HANDBOOK_CSS, SEARCH_JS } from './assets';
import { writeSearchIndex } from './pagefind';

/** Marks a folder as written by `werkzeugkoffer build`; only such a folder (or an empty one) is replaced. */
export const MARKER = '.werkzeugkoffer-handbuch';

export class OutputError extends Error {}

export interface SiteOptions {
  /** The output folder (e.g. dist/handbook). */
  out: string;
  /** Public URL of the site, for sitemap.xml and the 404 page. */
  baseUrl?: string;
  /** „Frage stellen“: issue-form URL template with `{instrument}` and `{titel}` (HandbookOptions.questionUrl). */
  questionUrl?: string;
  /** Build the search index (default true). */
  search?: boolean;
  /** Bodies rendered while the documents were checked (node/handbook/renderJob.ts). */
  renderedBodies?: HandbookOptions['renderedBodies'];
  /** The site will be rebuilt after changes (`--watch`): HandbookOptions.keepPrintParts. */
  keepPrintParts?: boolean;
}

export interface SiteResult {
  handbook: Handbook;
  pages: number;
  files: number;
  renderMs: number;
  searchMs: number;
}

function writeFile(root: string, path: string, content: string | Buffer): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * Writes pages while the next ones render: creating thousands of files waits on the file system, and that
 * wait need not hold up the rendering. A bounded number of writes is in flight; the first failure is thrown.
 */
export class PageWriter {
  private readonly pending = new Set<Promise<void>>();
  private readonly folders = new Set<string>();
  private failure: unknown;

  constructor(private readonly root: string) {}

  async write(path: string, content: string): Promise<void> {
    if (this.failure) throw this.failure;
    const file = join(this.root, path);
    const folder = dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const done: Promise<void> = writeFileAsync(file, content).then(
      () => void this.pending.delete(done),
      (error: unknown) => {
        this.pending.delete(done);
        this.failure ??= error;
      },
    );
    this.pending.add(done);
    if (this.pending.size >= PageWriter.IN_FLIGHT) await Promise.race(this.pending);
  }

  async finish(): Promise<void> {
    await this.settled();
    if (this.failure) throw this.failure;
  }

  /** Waits for the writes in flight, failed or not (before the staging folder is removed). */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }

  private static readonly IN_FLIGHT = 16;
}

/** Writes a page made in pieces, a megabyte at a time, without holding it whole. */
function writeInParts(file: string, parts: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  const flush = (text: string) => {
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
  };
  try {
    let pending: string[] = [];
    let size = 0;
    for (const part of parts) {
      pending.push(part);
      size += part.length;
      if (size < 1 << 20) continue;
      flush(pending.join(''));
      pending = [];
      size = 0;
    }
    flush(pending.join(''));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the style sheet, script and icon, and copies the linked files. A linked file is copied only when it is
 * a regular file inside the toolbox, by its real path: a symbolic link out of it (to /etc/passwd) publishes
 * nothing. The check reports such links (WK803) and stops the build before this; this is the last guard.
 */
function writeAssets(root: string, handbook: Handbook, contains: (uri: string) => boolean): number {
  writeFile(root, PATHS.css, HANDBOOK_CSS);
  writeFile(root, PATHS.js, SEARCH_JS);
  writeFile(root, PATHS.favicon, FAVICON_SVG);
  let copied = 0;
  for (const [uri, path] of handbook.model.files) {
    const source = pathOf(uri);
    if (!contains(uri) || !statSync(source, { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    copyFileSync(source, join(root, path));
    copied++;
  }
  return copied + 3;
}

/** Refuses to replace a folder that holds anything but an earlier build (a typo in --out must not delete work). */
export function assertReplaceable(out: string): void {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) throw new OutputError(`${out} ist kein Verzeichnis.`);
  if (readdirSync(out).length === 0 || existsSync(join(out, MARKER))) return;
  throw new OutputError(`${out} enthält Dateien, die nicht aus einem früheren „werkzeugkoffer build“ stammen. Wählen Sie mit --out ein leeres oder neues Verzeichnis.`);
}

/** Renders every page, writes the whole site into a staging folder and swaps it into `options.out`. */
export async function buildSite(service: LanguageService, options: SiteOptions): Promise<SiteResult> {
  const out = resolve(options.out);
  assertReplaceable(out);
  const staging = `${out}.neu-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const writer = new PageWriter(staging);
  try {
    const started = performance.now();
    const handbook = createHandbook(service.index, { baseUrl: options.baseUrl, questionUrl: options.questionUrl, renderedBodies: options.renderedBodies, keepPrintParts: options.keepPrintParts });
    const paths = handbook.paths();
    for (const path of paths) if (path !== PATHS.print) await writer.write(path, handbook.render(path));
    await writer.finish();
    const files = writeAssets(staging, handbook, (uri) => service.contains(uri));
    writeFileSync(join(staging, MARKER), 'Von „werkzeugkoffer build“ geschrieben; wird beim nächsten Build ersetzt.\n');
    let renderMs = performance.now() - started;
    // The print edition holds the whole handbook in one page and is not searchable: it is written while Pagefind
    // indexes the other pages, under a name Pagefind does not read, and renamed when Pagefind is done.
    const search = options.search === false ? Promise.resolve({ ms: 0 }) : writeSearchIndex(staging);
    const printFile = join(staging, `${PATHS.print}.teil`);
    const print = (async () => {
      const printStarted = performance.now();
      if (paths.includes(PATHS.print)) writeInParts(printFile, handbook.renderParts(PATHS.print));
      renderMs += performance.now() - printStarted;
    })();
    // Both settle before anything is thrown: the staging folder is removed only once Pagefind is done with it.
    const [printed, indexed] = await Promise.allSettled([print, search]);
    if (printed.status === 'rejected') throw printed.reason;
    if (indexed.status === 'rejected') throw indexed.reason;
    if (paths.includes(PATHS.print)) renameSync(printFile, join(staging, PATHS.print));
    const searchMs = indexed.value.ms;
    publish(staging, out);
    return { handbook, pages: paths.length - 1, files, renderMs, searchMs };
  } catch (error) {
    await writer.settled();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function publish(staging: string, out: string): void {
  const old = `${out}.alt-${process.pid}`;
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}

export interface RebuildResult extends RebuildPlan {
  ms: number;
}

/**
 * After the documents in `changed` changed in the service's index: writes the pages that show them (and
 * the sitemap when pages came or went) into the published folder, removes pages that no longer exist.
 */
export function rebuildPages(handbook: Handbook, out: string, changed: Iterable<string>, contains: (uri: string) => boolean): RebuildResult {
  const started = performance.now();
  const plan = handbook.update(changed);
  for (const path of plan.write) writeFile(out, path, handbook.render(path));
  for (const path of plan.remove) rmSync(join(out, path), { force: true });
  if (plan.write.length || plan.remove.length) writeAssets(out, handbook, contains);
  return { ...plan, ms: performance.now() - started };
}
